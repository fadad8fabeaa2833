// Change logs read from fixture content, and the Atom feed built from them, checked with an XML parser.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changesFeed } from '../../src/lib/trust/atom.ts';
import { readChangeLogs } from '../../src/lib/trust/change-log.ts';

const fixtures = path.resolve('tests/fixtures/changes');
const logs = readChangeLogs(path.join(fixtures, 'valid'), '2026-12-03');
const site = {
  url: 'https://example.org/',
  name: 'Site & Co',
  publisher: 'The team',
  feedUrl: 'https://example.org/changes.xml',
  htmlUrl: 'https://example.org/how-we-work/corrections/',
};
const articles = [
  { id: 'sample', title: 'Sample <article>', changes: logs.get('sample')! },
  { id: 'other', title: 'Other', changes: logs.get('other')! },
];
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

type Node = Record<string, unknown>;
const parse = (xml: string) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['entry', 'link'].includes(name),
    processEntities: true,
  }).parse(xml).feed as Node & { entry: Node[]; link: Node[] };

describe('change logs', () => {
  it('reads each article log, newest first, with corrections defaulting to none', () => {
    expect([...logs.keys()]).toEqual(['other', 'sample']);
    expect(logs.get('sample')!.map((e) => e.date)).toEqual(['2026-12-03', '2026-11-25']);
    expect(logs.get('sample')![1].corrections).toEqual([]);
  });

  it('has no logs where the folder does not exist', () => {
    expect(readChangeLogs(path.join(fixtures, 'no-such-folder')).size).toBe(0);
  });
});

describe('the Atom feed of changes', () => {
  const xml = changesFeed(site, articles);
  const feed = parse(xml);

  it('is well-formed XML in the Atom namespace, with the elements RFC 4287 requires of a feed', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://example.org/changes.xml');
    expect(feed.title).toBe('Site & Co: what changed');
    expect(feed.updated).toBe('2026-12-03T00:00:00Z');
    expect((feed.author as Node).name).toBe('The team');
    expect(feed.link.find((l) => l['@rel'] === 'self')?.['@href']).toBe('https://example.org/changes.xml');
  });

  it('has one entry per article per day, newest first, each with a unique id, a title, an RFC 3339 date and a link to the entry on the article', () => {
    expect(feed.entry.map((e) => e.id)).toEqual([
      'https://example.org/articles/sample/#changes-2026-12-03',
      'https://example.org/articles/other/#changes-2026-12-03',
      'https://example.org/articles/sample/#changes-2026-11-25',
    ]);
    for (const entry of feed.entry) {
      expect(entry.updated).toMatch(rfc3339);
      expect((entry.link as Node[])[0]['@href']).toBe(entry.id);
      expect(String(entry.title).length).toBeGreaterThan(0);
    }
    expect(feed.entry[0].title).toBe('Sample <article>: changes of 3 December 2026 (with corrections)');
  });

  it('says in each entry what changed, whether conclusions changed, and what each correction fixed', () => {
    const [first, , last] = feed.entry;
    expect(first.summary).toMatchObject({ '#text': 'Corrected a number & a <source>.', '@type': 'text' });
    const html = String((first.content as Node)['#text']);
    expect(html).toContain('<p>Conclusions changed: yes.</p>');
    expect(html).toContain(
      '<li><p>What was wrong: We said 10 in every 100 people.</p><p>What changed: It now says 4 in every 100, as the review does.</p></li>',
    );
    expect(String((last.content as Node)['#text'])).toContain('Conclusions changed: no.');
  });

  it('is the same text on every build: nothing in it depends on when it was built', () => {
    expect(changesFeed(site, articles)).toBe(xml);
  });
});
