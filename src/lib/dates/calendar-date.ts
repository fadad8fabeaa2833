/** Strict calendar dates: YYYY-MM-DD only, a day that exists, read as UTC so no build machine's time zone shifts it. */

/** The date at UTC midnight, or undefined when the text is not a real date written YYYY-MM-DD. */
export function calendarDate(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over to 2 March: a date that does not exist comes back different.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}
