/**
 * RIS written from our CSL items, one tag a line, in the tags reference managers read: PY before DA
 * (readers that keep the last date would otherwise keep only the year), PMID and PMCID where Zotero and
 * EndNote look for them, organisations as one name. Written here rather than by citation-js, which let a
 * line break in a value start a new tag and wrote DA before PY.
 */
import type { Reference } from '../../schemas/reference.ts';
import { datePartsText, type Person } from '../metadata/work.ts';

/** RIS types for our CSL types. */
const risTypes: Record<Reference['type'], string> = {
  'article-journal': 'JOUR',
  chapter: 'CHAP',
  book: 'BOOK',
  report: 'RPRT',
  webpage: 'ELEC',
};

/** A value on one line: a line break in it would start a new tag, so every run of white space is one space. */
export const risValue = (value: unknown) => String(value).replace(/\s+/g, ' ').trim();

/**
 * An author as RIS readers take it apart: "Family, Given" for a person; an organisation without a comma
 * as it is (Zotero and EndNote read a name without a comma as one corporate name). An organisation whose
 * name has a comma cannot be written as an author without being read as a person: null.
 */
export function risName(person: Person): string | null {
  if (person.literal) return person.literal.includes(',') ? null : risValue(person.literal);
  return risValue([person.family, person.given].filter(Boolean).join(', '));
}

type Tag = [tag: string, value: unknown];

function tags(ref: Reference): Tag[] {
  const r = ref as Reference & Record<string, unknown>;
  const issued = ref.issued?.['date-parts']?.[0];
  const accessed = (r.accessed as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0];
  const people = (ref.author ?? []) as Person[];
  const authors = people.map(risName);
  // An organisation RIS cannot hold as an author is kept as the work's publisher rather than made a person.
  const unwritable = people.filter((_, i) => authors[i] === null).map((p) => p.literal);
  const publisher = (r.publisher as string | undefined) ?? unwritable[0];
  const [first, last] = ref.page != null ? String(ref.page).split(/\s*[-–]\s*/) : [r['page-first'] as string | undefined];
  const journal = ref.type === 'article-journal';
  return [
    ['TY', risTypes[ref.type]],
    ...authors.filter((a) => a !== null).map((a): Tag => ['AU', a]),
    ['TI', ref.title],
    ['T2', r['container-title'] ?? (ref.type === 'report' ? r['collection-title'] : undefined)],
    ['T3', ref.type === 'report' ? undefined : r['collection-title']],
    ['J2', r['container-title-short']],
    ['PY', issued?.[0]],
    // DA is "YYYY/MM/DD" with the parts known; PY, the year alone, comes first.
    ['DA', datePartsText(issued, '/')],
    ['VL', ref.volume],
    ['IS', ref.issue],
    ['SP', first],
    ['EP', last],
    ['SN', ref.type === 'report' ? r.number : undefined],
    ['PB', publisher],
    ['CY', r['publisher-place']],
    ['DO', ref.DOI],
    ['UR', ref.URL],
    ['Y2', datePartsText(accessed, '/')],
    // PMID: AN (accession number, as PubMed records reach EndNote) and, with the PMCID, Zotero's Extra (M2).
    ['AN', ref.PMID],
    ['C2', journal ? ref.PMCID : undefined],
    ['M2', ref.PMID != null ? `PMID: ${ref.PMID}` : undefined],
    ['M2', ref.PMCID ? `PMCID: ${ref.PMCID}` : undefined],
    ['ID', ref.id],
  ];
}

/** One reference as an RIS record. */
export function risRecord(ref: Reference): string {
  const lines = tags(ref)
    .filter(([, value]) => value != null && risValue(value) !== '')
    .map(([tag, value]) => `${tag}  - ${risValue(value)}`);
  return `${lines.join('\n')}\nER  - \n`;
}

/** An .ris file: one record per reference, a blank line between. */
export function risFile(refs: readonly Reference[]): string {
  return refs.map(risRecord).join('\n');
}
