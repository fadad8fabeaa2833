/** A work's claim ledger: every sentence of the current articles that cites it, by article and section. */
import type { Heading } from '../sections/toc.ts';
import type { LedgerPlace } from './remark-ledger.ts';

/** What the ledger needs of one article: its address, title, headings and recorded citation places. */
export interface LedgerArticle {
  slug: string;
  title: string;
  headings: readonly Heading[];
  places: readonly LedgerPlace[];
}

export interface LedgerEntry {
  /** The marker's address, e.g. /articles/causes/#cite-12. */
  href: string;
  text: string;
}

export interface LedgerSection {
  title: string;
  /** The section's address; none for text before the first heading. */
  href?: string;
  entries: LedgerEntry[];
}

export interface WorkLedger {
  articles: Array<{ slug: string; title: string; href: string; sections: LedgerSection[] }>;
  /** Distinct sentences that cite the work (a marker after two sentences counts both). */
  sentences: number;
}

/** The ledger of work `id` over the given articles (in the order given). */
export function workLedger(id: string, articles: readonly LedgerArticle[]): WorkLedger {
  let sentences = 0;
  const found = articles.flatMap((article) => {
    const places = article.places.filter((place) => place.ids.includes(id));
    if (places.length === 0) return [];
    const href = `/articles/${article.slug}/`;
    const counted = new Set<number>();
    const sections: Array<LedgerSection & { heading: number | null }> = [];
    for (const place of places) {
      place.sentences.forEach((_, i) => counted.add(place.first + i));
      const heading = place.heading === null ? undefined : article.headings[place.heading];
      const title = heading?.text ?? 'Introduction';
      let section = sections.at(-1);
      if (!section || section.heading !== place.heading) {
        section = { heading: place.heading, title, href: heading && `${href}#${heading.slug}`, entries: [] };
        sections.push(section);
      }
      section.entries.push({ href: `${href}#${place.anchor}`, text: place.sentences.join(' ') });
    }
    sentences += counted.size;
    return [{ slug: article.slug, title: article.title, href, sections: sections.map(({ heading: _, ...section }) => section) }];
  });
  return { articles: found, sentences };
}

/** "Cited in 7 sentences in 3 articles", or that it is cited nowhere. */
export function ledgerSummary(ledger: WorkLedger): string {
  const n = ledger.articles.length;
  if (n === 0) return 'No article on this site cites this work.';
  const s = ledger.sentences;
  return `Cited in ${s} ${s === 1 ? 'sentence' : 'sentences'} in ${n} ${n === 1 ? 'article' : 'articles'}.`;
}
