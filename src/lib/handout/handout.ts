/** The printable handout of an article ("Take this to your appointment"): its address and what it shows. */
import type { CitedPlace } from '../citations/markers.ts';
import { versionPath } from '../articles/versions.ts';
import type { HandoutRedFlags, HandoutText } from './remark-handout.ts';

/** The address of an article's handout. */
export function handoutPath(slug: string): string {
  return `/articles/${slug}/handout/`;
}

/** The article's most cited works (most markers first; ties in order of first citation), at most `max`. */
export function keySources(places: readonly CitedPlace[], max = 5): string[] {
  const counts = new Map<string, number>();
  for (const place of places) for (const id of place.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  const firstSeen = [...counts.keys()];
  return firstSeen.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || firstSeen.indexOf(a) - firstSeen.indexOf(b)).slice(0, max);
}

/**
 * The red-flag cards a handout shows: the article's own, or else those of the first article in reading order
 * that has some (every handout carries the warning signs).
 */
export function handoutRedFlags(slug: string, texts: ReadonlyMap<string, HandoutText>): HandoutRedFlags[] {
  const own = texts.get(slug)?.redFlags ?? [];
  if (own.length > 0) return own;
  return [...texts.values()].find((text) => text.redFlags.length > 0)?.redFlags ?? [];
}

/** The permanent address a handout points to: the article's newest frozen version, or the article if it has none. */
export function handoutAddress(slug: string, versionDates: readonly string[]): { path: string; date?: string } {
  const date = [...versionDates].sort().at(-1);
  return date ? { path: versionPath(slug, date), date } : { path: `/articles/${slug}/` };
}
