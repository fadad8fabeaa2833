/** Plain facts about a cited work (authors, year, pages, identifiers) in the shapes metadata formats need. */
import type { Reference } from '../../schemas/reference.ts';

export interface Person {
  family?: string;
  given?: string;
  literal?: string;
}

/** "Family, Given" (or an organisation's name), as Highwire and COinS expect. */
export function invertedName(person: Person): string {
  return person.literal ?? [person.family, person.given].filter(Boolean).join(', ');
}

export function authorsOf(ref: Reference): Person[] {
  return (ref.author ?? []) as Person[];
}

/** CSL date parts (year, then month and day where known) as YYYY[-MM[-DD]] joined by `separator`, or undefined. */
export function datePartsText(parts: readonly (number | string)[] | undefined, separator = '-'): string | undefined {
  if (!parts?.length) return undefined;
  return parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join(separator);
}

/** When the work was issued, as YYYY[-MM[-DD]], or undefined. */
export function isoDate(ref: Reference): string | undefined {
  return datePartsText(ref.issued?.['date-parts']?.[0]);
}

/** First and last page of a range such as "264-272" or "e1-e7"; a single page or article number is the first. */
export function pageRange(ref: Reference): { first?: string; last?: string } {
  if (ref.page == null) return {};
  const [first, last] = String(ref.page).split(/[-–]/);
  return { first, last };
}
