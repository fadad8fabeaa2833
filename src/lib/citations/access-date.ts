/**
 * Access-date templates such as "{MMMM} {D}, {Y}": how a citation style prints the day a page was read.
 * Shared by the build (cite-this-page.ts) and the cite page's script, which fills in the reader's day.
 */
const longMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// citeproc's en-US short month terms; styles that strip periods print them without the full stop.
const shortMonths = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'];

export const tokenPattern = /\{(Y|MMMM|MMM\.?|MM|M|DD|D)\}/g;

/** A template filled in with a date's calendar day (in UTC, as the build writes it). */
export function fillAccessDate(template: string, date: Date): string {
  const m = date.getUTCMonth();
  const d = date.getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  const values: Record<string, string> = {
    Y: String(date.getUTCFullYear()),
    MMMM: longMonths[m],
    'MMM.': shortMonths[m],
    MMM: shortMonths[m].replace('.', ''),
    MM: pad(m + 1),
    M: String(m + 1),
    DD: pad(d),
    D: String(d),
  };
  return template.replace(tokenPattern, (_, token: string) => values[token]);
}

/** Turns how a style printed the date `probe` into a template; throws if a part is in an unknown form. */
export function dateTemplate(rendered: string, probe: readonly [number, number, number]): string {
  const [y, m, d] = probe;
  const template = rendered
    .replace(String(y), '{Y}')
    .replace(longMonths[m - 1], '{MMMM}')
    .replace(shortMonths[m - 1], '{MMM.}')
    .replace(shortMonths[m - 1].replace('.', ''), '{MMM}')
    .replace(`0${m}`, '{MM}')
    .replace(String(m), '{M}')
    .replace(`0${d}`, '{DD}')
    .replace(String(d), '{D}');
  const hasEveryPart = [/\{Y\}/, /\{M/, /\{D/].every((part) => part.test(template));
  if (!hasEveryPart || /\d/.test(template.replace(tokenPattern, ''))) {
    throw new Error(`cannot read the access date "${rendered}": a date part is in a form access-date.ts does not know.`);
  }
  return template;
}
