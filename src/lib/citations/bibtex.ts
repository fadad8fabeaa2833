/**
 * BibTeX for biblatex and biber, written from our CSL items: entry types and fields from biblatex's data
 * model, ISO dates, every LaTeX special escaped so no value can close its braces early or run a command.
 * Written here rather than by citation-js, whose UTF-8 BibTeX output escapes nothing (a "}" in a title
 * injected fields) and whose ASCII output turns every accented letter into a LaTeX command.
 */
import type { Reference } from '../../schemas/reference.ts';
import { datePartsText, isoDate, type Person } from '../metadata/work.ts';

/**
 * Text as a BibTeX value: LaTeX specials escaped and line breaks made spaces. A lone brace is written as
 * Zotero writes it (\{\vphantom{\}} and \vphantom{\{}\}): escaped for LaTeX and still balanced for
 * BibTeX's brace counting, which ignores backslashes; Zotero and biber both read it back.
 */
export function latexText(text: string): string {
  const specials: Record<string, string> = {
    '\\': '{\\textbackslash}',
    '{': '\\{\\vphantom{\\}}',
    '}': '\\vphantom{\\{}\\}',
    '~': '{\\textasciitilde}',
    '^': '{\\textasciicircum}',
    '<': '{\\textless}',
    '>': '{\\textgreater}',
    '|': '{\\textbar}',
  };
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}~^<>|]/g, (c) => specials[c])
    .replace(/[#$%&_]/g, (c) => `\\${c}`);
}

/**
 * A title with its case kept: words with a capital after their first letter (acronyms such as "IBS-D",
 * "mRNA") are braced, so styles that sentence-case titles (APA in biblatex) leave them alone.
 */
export function latexTitle(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map((word) => (/^.+\p{Lu}/u.test(word) ? `{${latexText(word)}}` : latexText(word)))
    .join(' ');
}

/** One name: "Family, Given" for people, the whole name in braces for an organisation (never split). */
export function latexName(person: Person): string {
  if (person.literal) return `{${latexText(person.literal)}}`;
  // A comma or a lone "and" inside a part would split it; braces keep the part whole.
  const part = (text: string) => (/,|\band\b/i.test(text) ? `{${latexText(text)}}` : latexText(text));
  return [person.family, person.given]
    .filter(Boolean)
    .map((p) => part(p as string))
    .join(', ');
}

/** A value of a biblatex list field (institution, publisher, location, organization): braced whole, so an "and" in one name does not split it in two. */
const latexListItem = (text: string) => (/\band\b/i.test(text) ? `{${latexText(text)}}` : latexText(text));

/** URLs and DOIs are verbatim in biblatex; only what would unbalance the value or end it is encoded. */
const verbatim = (value: string) => value.replace(/[{}\\\s]/g, (c) => encodeURIComponent(c));

/** biblatex entry types for our CSL types. */
const entryTypes: Record<Reference['type'], string> = {
  'article-journal': 'article',
  chapter: 'incollection',
  book: 'book',
  report: 'report',
  webpage: 'online',
};

type Field = [name: string, value: string | undefined];

/** The fields of one entry, in the order biblatex's manual lists them, only those its type allows. */
function fields(ref: Reference): Field[] {
  const r = ref as Reference & Record<string, unknown>;
  const text = (value: unknown) => (value == null || value === '' ? undefined : latexText(String(value)));
  const names = (ref.author ?? []) as Person[];
  const container = r['container-title'] as string | undefined;
  const accessed = (r.accessed as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0];
  const pages = ref.page ?? (r['page-first'] as string | undefined);
  const common: Field[] = [
    ['author', names.length ? names.map(latexName).join(' and ') : undefined],
    ['title', latexTitle(ref.title)],
  ];
  const ids: Field[] = [
    ['doi', ref.DOI ? verbatim(ref.DOI) : undefined],
    ['url', ref.URL ? verbatim(ref.URL) : undefined],
    ['urldate', datePartsText(accessed)],
    // Not in biblatex's data model (biber ignores them); Zotero, JabRef and Better BibTeX read both.
    ['pmid', text(ref.PMID)],
    ['pmcid', text(ref.PMCID)],
  ];
  const list = (value: unknown) => (value == null || value === '' ? undefined : latexListItem(String(value)));
  const published: Field[] = [
    ['publisher', list(r.publisher)],
    ['location', list(r['publisher-place'])],
  ];
  switch (ref.type) {
    case 'article-journal':
      return [
        ...common,
        ['journaltitle', text(container)],
        ['shortjournal', text(r['container-title-short'])],
        ['volume', text(ref.volume)],
        ['number', text(ref.issue)],
        ['pages', text(pages)?.replace(/\s*[-–]\s*/, '--')],
        ['date', isoDate(ref)],
        ...ids,
      ];
    case 'chapter':
      return [
        ...common,
        ['booktitle', text(container)],
        ['series', text(r['collection-title'])],
        ['pages', text(pages)?.replace(/\s*[-–]\s*/, '--')],
        ...published,
        ['date', isoDate(ref)],
        ...ids,
      ];
    case 'book':
      return [...common, ['series', text(r['collection-title'])], ...published, ['date', isoDate(ref)], ...ids];
    case 'report':
      // @report has no series: a guideline series ("NICE guideline") is the report's type, before its number.
      return [
        ...common,
        ['type', text(r['collection-title'] ?? r.genre)],
        ['number', text(r.number)],
        ['institution', list(r.publisher)],
        ['location', list(r['publisher-place'])],
        ['date', isoDate(ref)],
        ...ids,
      ];
    case 'webpage':
      // The site's name is the organisation that publishes an @online resource in biblatex's model.
      return [...common, ['organization', list(container ?? r.publisher)], ['date', isoDate(ref)], ...ids];
  }
}

/** One reference as a biblatex entry keyed by its id. */
export function bibtexEntry(ref: Reference): string {
  const lines = fields(ref)
    .filter((field): field is [string, string] => field[1] !== undefined && field[1] !== '')
    .map(([name, value]) => `  ${name} = {${value}},`);
  return `@${entryTypes[ref.type]}{${ref.id},\n${lines.join('\n')}\n}\n`;
}

/** A .bib file: one entry per reference, a blank line between. */
export function bibtexFile(refs: readonly Reference[]): string {
  return refs.map(bibtexEntry).join('\n');
}
