/** The one wrapper around citation-js's CSL engine: formats references in one style, the whole library at once or one item. */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { decodeHTML } from 'entities';
import type { Reference } from '../../schemas/reference.ts';
import { registerCslStyles } from './csl-styles.ts';
import { citationStyles, type CitationStyleId } from './styles.ts';
import { traced } from './timing.ts';

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

/** citeproc's HTML as plain text (tags dropped, character references decoded): in-text forms go into text and attributes. */
export function plainText(html: string): string {
  return decodeHTML(html.replace(/<[^>]+>/g, ''));
}

// Numbered styles wrap the text in csl-right-inline beside a csl-left-margin number; others use csl-entry alone.
const numberedBody = /<div class="csl-right-inline">([\s\S]*?)<\/div>\s*<\/div>\s*$/;
const plainBody = /^\s*<div class="csl-entry">([\s\S]*?)<\/div>\s*$/;

/** An entry's text without the div(s) citeproc wraps it in. */
function entryBody(id: string, entry: string): string {
  const match = numberedBody.exec(entry) ?? plainBody.exec(entry);
  if (!match) throw new Error(`citeproc returned an entry for "${id}" in an unexpected shape: ${entry}`);
  return match[1].trim();
}

/** citation-js's engine for a style over these items (citation-js keeps one engine per style and swaps the items). */
function engineFor(items: readonly Record<string, unknown>[], styleId: CitationStyleId, linkIdentifiers: boolean) {
  registerCslStyles();
  const engine = plugins.config.get('@csl').engine([...items], citationStyles[styleId].csl, 'en-US', 'html');
  engine.opt.development_extensions.wrap_url_and_doi = linkIdentifiers;
  engine.updateItems(items.map((item) => item.id as string));
  return engine;
}

/** Formats every reference in one style, DOIs and URLs as links; the result is keyed by reference id. */
export function formatStyle(refs: readonly Reference[], styleId: CitationStyleId): Map<string, FormattedEntry> {
  return traced('style', () => formatAll(refs, styleId));
}

function formatAll(refs: readonly Reference[], styleId: CitationStyleId): Map<string, FormattedEntry> {
  const engine = engineFor(refs.map(toCsl), styleId, true);
  const [meta, entries] = engine.makeBibliography() as [{ entry_ids: string[][] }, string[]];
  const result = new Map<string, FormattedEntry>();
  meta.entry_ids.forEach(([id], rank) => {
    const inText = citationStyles[styleId].kind === 'author-date' ? plainText(engine.makeCitationCluster([{ id }])).replace(/^\((.*)\)$/s, '$1') : '';
    result.set(id, { html: entryBody(id, entries[rank]), rank, inText });
  });
  return result;
}

/** One item's bibliography entry in one style, alone (no "2026a/2026b" with other items), addresses as text. */
export function formatEntry(item: Reference, styleId: CitationStyleId): string {
  const result = engineFor([item as unknown as Record<string, unknown>], styleId, false).makeBibliography();
  return entryBody(item.id, result ? result[1][0] : '');
}
