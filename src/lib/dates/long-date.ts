/** Dates as readers see them: "3 December 2026", from a Date or a YYYY-MM-DD string, always in UTC. */

/** The day written out in British English. */
export function longDate(date: Date | string): string {
  const day = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
  return day.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
