/** COinS (ContextObjects in Spans, OpenURL 1.0 KEV): lets reference managers save each cited work from the page. */
import type { Reference } from '../../schemas/reference.ts';
import { authorsOf, invertedName, isoDate, pageRange } from './work.ts';

/**
 * Form-encodes a KEV value (application/x-www-form-urlencoded, as OpenURL readers decode it): only what
 * would break the pairs or is not printable ASCII is escaped, and spaces become "+". The value then stays
 * close to the visible entry, which keeps the page small once gzipped.
 */
export const kevValue = (value: string) => value.replace(/[%&=+#]|[^\x20-\x7e]/gu, (c) => encodeURIComponent(c)).replaceAll(' ', '+');

/** The title attribute of a <span class="Z3988"> describing one reference. */
export function coins(ref: Reference, referrer: string): string {
  const journal = ref.type === 'article-journal';
  const { first, last } = pageRange(ref);
  const pairs: Array<[string, unknown]> = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', journal ? 'info:ofi/fmt:kev:mtx:journal' : 'info:ofi/fmt:kev:mtx:book'],
    ['rfr_id', `info:sid/${referrer}`],
    ['rft.genre', journal ? 'article' : ref.type === 'report' ? 'report' : 'document'],
    [journal ? 'rft.atitle' : 'rft.btitle', ref.title],
    [journal ? 'rft.jtitle' : 'rft.pub', ref['container-title']],
    ['rft.stitle', ref['container-title-short']],
    ['rft.date', isoDate(ref)],
    ['rft.volume', ref.volume],
    ['rft.issue', ref.issue],
    ['rft.spage', first],
    ['rft.epage', last],
    // Every author once, in order, as rft.au (rft.aulast/aufirst would only repeat the first one).
    ...authorsOf(ref).map((a): [string, unknown] => ['rft.au', invertedName(a)]),
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
