/**
 * The site-wide Atom feed of changes (RFC 4287): one entry per article per day of its change log, newest first.
 * Built from content only, so the same content gives the same bytes on every build (no build time in it).
 */
import { encodeXML, escapeText } from 'entities';
import { longDate } from '../dates/long-date.ts';
import type { ChangeEntry } from '../../schemas/change-log.ts';
import { changeAnchor } from './change-log.ts';

export interface FeedArticle {
  id: string;
  title: string;
  changes: readonly ChangeEntry[];
}

export interface FeedSite {
  /** The site's origin with a trailing slash, e.g. https://example.org/. */
  url: string;
  name: string;
  publisher: string;
  /** The feed's own absolute URL. */
  feedUrl: string;
  /** The page that lists changes for people (the corrections log). */
  htmlUrl: string;
}

const stamp = (date: string) => `${date}T00:00:00Z`;

/** The HTML body of an entry: what changed, whether conclusions changed, and each correction (HTML escapes only, no &apos;). */
function entryHtml(change: ChangeEntry): string {
  const corrections = change.corrections.map(
    (c) => `<li><p>What was wrong: ${escapeText(c.wrong)}</p><p>What changed: ${escapeText(c.changed)}</p></li>`,
  );
  return [
    `<p>${escapeText(change.summary)}</p>`,
    `<p>Conclusions changed: ${change.conclusionsChanged ? 'yes' : 'no'}.</p>`,
    ...(corrections.length > 0 ? [`<p>Corrections:</p><ul>${corrections.join('')}</ul>`] : []),
  ].join('');
}

/** The feed as XML text. Entries: newest day first, then in the order the articles are given. */
export function changesFeed(site: FeedSite, articles: readonly FeedArticle[]): string {
  const entries = articles
    .flatMap((article, order) => article.changes.map((change) => ({ article, change, order })))
    .sort((a, b) => b.change.date.localeCompare(a.change.date) || a.order - b.order);
  const updated = entries[0]?.change.date ?? '1970-01-01';
  const x = encodeXML;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${x(site.feedUrl)}</id>`,
    `  <title>${x(site.name)}: what changed</title>`,
    `  <subtitle>Every change to our articles, with whether its conclusions changed and any corrections.</subtitle>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(site.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(site.htmlUrl)}"/>`,
    `  <author><name>${x(site.publisher)}</name><uri>${x(site.url)}</uri></author>`,
    ...entries.flatMap(({ article, change }) => {
      const url = new URL(`/articles/${article.id}/#${changeAnchor(change.date)}`, site.url).href;
      return [
        '  <entry>',
        `    <id>${x(url)}</id>`,
        `    <title>${x(`${article.title}: changes of ${longDate(change.date)}`)}${change.corrections.length > 0 ? ' (with corrections)' : ''}</title>`,
        `    <updated>${stamp(change.date)}</updated>`,
        `    <link rel="alternate" type="text/html" href="${x(url)}"/>`,
        `    <summary type="text">${x(change.summary)}</summary>`,
        `    <content type="html">${x(entryHtml(change))}</content>`,
        '  </entry>',
      ];
    }),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
