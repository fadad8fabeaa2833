import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coins } from '../../src/lib/metadata/coins.ts';
import { highwireTags } from '../../src/lib/metadata/highwire.ts';
import { articleJsonLd } from '../../src/lib/metadata/json-ld.ts';
import { loadReferences } from '../../src/lib/citations/references.ts';
import type { Reference } from '../../src/schemas/reference.ts';
import { jsonLdArticle } from '../fixtures/json-ld-article.ts';
import { contentSources } from '../../src/lib/content/sources.ts';

const fixtures = loadReferences(path.resolve('tests/fixtures/sites/citing/references'));
const fixture = (id: string) => fixtures.get(id) as Reference;

const library = contentSources(path.resolve('tests/fixtures/library')).library();
const lacy = library.get('lacy2024');
const twardowska = library.get('twardowska2022');

describe('Highwire citation tags', () => {
  const page = {
    title: 'What is leaky gut?',
    publisher: 'Leaky Gut, Evidence First editorial team',
    date: new Date('2026-11-25'),
    url: 'https://example.org/a/',
    language: 'en-GB',
  };

  it('describe the page with its title and date', () => {
    const tags = highwireTags(page);
    const byName = (name: string) => tags.filter((t) => t.name === name).map((t) => t.content);
    expect(byName('citation_title')).toEqual(['What is leaky gut?']);
    expect(byName('citation_publication_date')).toEqual(['2026/11/25']);
  });

  it('name no person: an organisation in citation_author is read as a person, and the site is no journal', () => {
    const tags = highwireTags(page);
    expect(tags.map((t) => t.name)).not.toContain('citation_author');
    expect(tags.map((t) => t.name)).not.toContain('citation_journal_title');
    expect(tags.find((t) => t.name === 'citation_publisher')?.content).toBe('Leaky Gut, Evidence First editorial team');
    // Zotero reads citation_title with og:type "article" as a journal article unless told it is a web page.
    expect(tags.find((t) => t.name === 'z:itemType')?.content).toBe('webpage');
  });

  it("give the licence of the text as DC.rights, which Zotero saves as the item's Rights, and nothing without one", () => {
    const tags = highwireTags({ ...page, rights: 'CC BY 4.0 https://creativecommons.org/licenses/by/4.0/' });
    expect(tags.filter((t) => t.name === 'DC.rights').map((t) => t.content)).toEqual(['CC BY 4.0 https://creativecommons.org/licenses/by/4.0/']);
    expect(highwireTags(page).map((t) => t.name)).not.toContain('DC.rights');
  });
});

describe('COinS', () => {
  it('encodes a journal article as an OpenURL ContextObject', () => {
    const params = new URLSearchParams(coins(twardowska, 'test'));
    expect(params.get('ctx_ver')).toBe('Z39.88-2004');
    expect(params.get('rft_val_fmt')).toBe('info:ofi/fmt:kev:mtx:journal');
    expect(params.get('rft.atitle')).toBe(twardowska.title);
    expect(params.get('rft.jtitle')).toBe('International Journal of Molecular Sciences');
    expect(params.get('rft.date')).toBe('2022-03-16');
    expect(params.getAll('rft.au')).toEqual(['Twardowska, Agata', 'Makaro, Adam', 'Binienda, Agata', 'Fichna, Jakub', 'Salaga, Maciej']);
    // Each author is named once: no separate first-author keys repeating rft.au's first entry.
    expect([...params.keys()].filter((key) => key.startsWith('rft.au'))).toEqual(Array(5).fill('rft.au'));
    expect(params.getAll('rft_id')).toEqual(['info:doi/10.3390/ijms23063204', 'info:pmid/35328624']);
  });

  it('escapes only what would break the pairs, and non-ASCII as UTF-8', () => {
    const tricky = { ...twardowska, title: 'A & B = C + 5% of #1: Taulean, Ţ, ö' };
    expect(new URLSearchParams(coins(tricky, 'test')).get('rft.atitle')).toBe(tricky.title);
    expect(coins(tricky, 'test')).toContain('rft.atitle=A+%26+B+%3D+C+%2B+5%25+of+%231:+Taulean,+%C5%A2,+%C3%B6&');
  });

  it('encodes a guideline as a report by an organisation (rft.aucorp), with its series, publisher and place', () => {
    const params = new URLSearchParams(coins(fixture('guideline2015'), 'test'));
    expect(params.get('rft_val_fmt')).toBe('info:ofi/fmt:kev:mtx:book');
    expect(params.get('rft.genre')).toBe('report');
    expect(params.get('rft.btitle')).toBe('Fixture disease: recognition and management');
    expect(params.getAll('rft.aucorp')).toEqual(['Institute for Fixtures and Tests']);
    expect(params.has('rft.au')).toBe(false);
    expect(params.get('rft.series')).toBe('Fixture guideline');
    expect(params.get('rft.pub')).toBe('Institute for Fixtures and Tests');
    expect(params.get('rft.place')).toBe('London');
    expect(params.get('rft.date')).toBe('2015-09');
    expect(params.getAll('rft_id')).toEqual(['https://example.org/guidance/fg20']);
  });

  it('encodes a web page in Dublin Core, with its title, site and organisation', () => {
    const params = new URLSearchParams(coins(fixture('webpage'), 'test'));
    expect(params.get('rft_val_fmt')).toBe('info:ofi/fmt:kev:mtx:dc');
    expect(params.get('rft.type')).toBe('webpage');
    expect(params.get('rft.title')).toBe('Main symptoms of a fixture');
    expect(params.get('rft.source')).toBe('Fixture Health website (example.org)');
    expect(params.getAll('rft.aucorp')).toEqual(['Fixture Health Service']);
    expect(params.getAll('rft_id')).toEqual(['https://example.org/symptoms/fixture']);
  });
});

describe('JSON-LD', () => {
  it('describes a MedicalWebPage about a condition, with review data, citations and breadcrumbs', () => {
    const doc = articleJsonLd(jsonLdArticle, [lacy, twardowska]) as { '@graph': Array<Record<string, unknown>> };
    const [page, crumbs] = doc['@graph'];
    expect(page).toMatchObject({
      '@type': 'MedicalWebPage',
      lastReviewed: '2026-11-25',
      datePublished: '2026-11-25',
      dateModified: '2026-11-25',
      image: 'https://example.org/og/articles/t.png',
      author: { '@type': 'Organization', name: 'P', url: 'https://example.org/' },
      publisher: { '@type': 'Organization', name: 'P', url: 'https://example.org/' },
      about: { '@type': 'MedicalCondition' },
    });
    expect(page.reviewedBy).toEqual({ '@type': 'Organization', name: 'Editorial team, evidence editors' });
    expect(page.citation).toHaveLength(2);
    // The article's text carries its licence; the cited works' metadata does not (it is factual data).
    expect(page.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect((page.citation as Array<Record<string, unknown>>).every((work) => !('license' in work))).toBe(true);
    expect((page.citation as Array<Record<string, unknown>>)[1]).toEqual({
      '@type': 'ScholarlyArticle',
      name: twardowska.title,
      sameAs: ['https://doi.org/10.3390/ijms23063204', 'https://pubmed.ncbi.nlm.nih.gov/35328624/'],
    });
    // With no change log, the last change known is the review.
    expect(page.dateModified).toBe('2026-11-25');
    expect(page).not.toHaveProperty('correction');
    expect(crumbs).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { position: 1, name: 'Home' },
        { position: 2, name: 'T' },
      ],
    });
  });

  it('carries the dates of first publication and of the last change, and each day of corrections as a CorrectionComment', () => {
    const log = 'https://example.org/how-we-work/corrections/';
    const doc = articleJsonLd(
      {
        ...jsonLdArticle,
        datePublished: '2026-11-01',
        dateModified: '2026-12-03',
        corrections: [
          { date: '2026-12-03', count: 5, url: `${log}#corrections-2026-12-03` },
          { date: '2026-12-02', count: 1, url: `${log}#corrections-2026-12-02` },
        ],
      },
      [],
    ) as { '@graph': Array<Record<string, unknown>> };
    expect(doc['@graph'][0]).toMatchObject({ datePublished: '2026-11-01', dateModified: '2026-12-03', lastReviewed: '2026-11-25' });
    expect(doc['@graph'][0].correction).toEqual([
      { '@type': 'CorrectionComment', name: '5 corrections', datePublished: '2026-12-03', url: `${log}#corrections-2026-12-03` },
      { '@type': 'CorrectionComment', name: '1 correction', datePublished: '2026-12-02', url: `${log}#corrections-2026-12-02` },
    ]);
  });

  it('names the version and its permanent address, unless the page is that address', () => {
    const frozenCopy = 'https://example.org/articles/t/v/2026-12-03/';
    const current = articleJsonLd({ ...jsonLdArticle, version: '2026-12-03', versionUrl: frozenCopy }, []) as {
      '@graph': Array<Record<string, unknown>>;
    };
    expect(current['@graph'][0]).toMatchObject({ url: jsonLdArticle.url, version: '2026-12-03', archivedAt: frozenCopy });
    const frozen = articleJsonLd({ ...jsonLdArticle, url: frozenCopy, version: '2026-12-03', versionUrl: frozenCopy }, []) as {
      '@graph': Array<Record<string, unknown>>;
    };
    expect(frozen['@graph'][0]).toMatchObject({ url: frozenCopy, version: '2026-12-03' });
    expect(frozen['@graph'][0]).not.toHaveProperty('archivedAt');
  });
});
