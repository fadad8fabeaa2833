/** COinS (ContextObjects in Spans, OpenURL 1.0 KEV): lets a reference manager save a work from a page in one click. */
import type { Reference } from '../../schemas/reference.ts';
import { authorsOf, invertedName, isoDate, pageRange } from './work.ts';

/**
 * Form-encodes a KEV value (application/x-www-form-urlencoded, as OpenURL readers decode it): only what
 * would break the pairs or is not printable ASCII is escaped, and spaces become "+". The value then stays
 * close to the visible entry, which keeps the page small once gzipped.
 */
export const kevValue = (value: string) => value.replace(/[%&=+#]|[^\x20-\x7e]/gu, (c) => encodeURIComponent(c)).replaceAll(' ', '+');

type Pair = [string, unknown];

/** Every author once, in order: a person as rft.au ("Family, Given"), an organisation as rft.aucorp, never split. */
const creators = (ref: Reference): Pair[] => authorsOf(ref).map((a): Pair => (a.literal ? ['rft.aucorp', a.literal] : ['rft.au', invertedName(a)]));

/** The pairs that say what kind of work it is and what it is called: journal, book part, book or report, web page. */
function described(ref: Reference): Pair[] {
  const r = ref as Reference & Record<string, unknown>;
  const { first, last } = pageRange(ref);
  switch (ref.type) {
    case 'article-journal':
      return [
        ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'],
        ['rft.genre', 'article'],
        ['rft.atitle', ref.title],
        ['rft.jtitle', ref['container-title']],
        ['rft.stitle', ref['container-title-short']],
        ['rft.volume', ref.volume],
        ['rft.issue', ref.issue],
        ['rft.spage', first],
        ['rft.epage', last],
      ];
    case 'chapter':
      return [
        ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'],
        ['rft.genre', 'bookitem'],
        ['rft.atitle', ref.title],
        ['rft.btitle', ref['container-title']],
        ['rft.spage', first],
        ['rft.epage', last],
      ];
    case 'book':
    case 'report':
      return [
        ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'],
        ['rft.genre', ref.type],
        ['rft.btitle', ref.title],
        ['rft.series', r['collection-title']],
      ];
    case 'webpage':
      // OpenURL's book and journal formats have no web page: Dublin Core (mtx:dc) does, with the site as source.
      return [
        ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
        ['rft.type', 'webpage'],
        ['rft.title', ref.title],
        ['rft.source', ref['container-title']],
      ];
  }
}

/** The title attribute of a <span class="Z3988"> describing one work. */
export function coins(ref: Reference, referrer: string): string {
  const r = ref as Reference & Record<string, unknown>;
  const pairs: Pair[] = [
    ['ctx_ver', 'Z39.88-2004'],
    ...described(ref).slice(0, 1),
    ['rfr_id', `info:sid/${referrer}`],
    ...described(ref).slice(1),
    ['rft.date', isoDate(ref)],
    ...creators(ref),
    ['rft.pub', r.publisher],
    ['rft.place', r['publisher-place']],
    ['rft_id', ref.DOI ? `info:doi/${ref.DOI}` : undefined],
    ['rft_id', ref.PMID ? `info:pmid/${ref.PMID}` : undefined],
    // A URL only where no DOI says where the work is (our URLs for DOI works are the DOI's own).
    ['rft_id', ref.DOI ? undefined : (ref.URL ?? undefined)],
  ];
  return pairs
    .filter(([, value]) => value != null && value !== '')
    .map(([key, value]) => `${key}=${kevValue(String(value))}`)
    .join('&');
}
