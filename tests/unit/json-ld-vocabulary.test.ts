// Checks the JSON-LD of every article against a small allow-list taken from the schema.org vocabulary:
// each @type must exist, each property must be defined on that type (or a supertype), and nested
// nodes must have a type the property's range admits.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleJsonLd } from '../../src/lib/metadata/json-ld.ts';
import { jsonLdArticle } from '../fixtures/json-ld-article.ts';
import { contentSources } from '../../src/lib/content/sources.ts';

type Node = Record<string, unknown>;

/** schema.org types the site uses: parent type and the properties schema.org defines on the type itself. */
const vocabulary: Record<string, { parent?: string; properties: string[] }> = {
  Thing: { properties: ['name', 'alternateName', 'description', 'url', 'sameAs', 'identifier', 'image'] },
  CreativeWork: {
    parent: 'Thing',
    properties: [
      'headline',
      'inLanguage',
      'isPartOf',
      'about',
      'publisher',
      'author',
      'datePublished',
      'dateModified',
      'citation',
      'license',
      'version',
      'correction',
      'archivedAt',
    ],
  },
  Comment: { parent: 'CreativeWork', properties: [] },
  CorrectionComment: { parent: 'Comment', properties: [] },
  WebPage: { parent: 'CreativeWork', properties: ['breadcrumb', 'lastReviewed', 'reviewedBy'] },
  MedicalWebPage: { parent: 'WebPage', properties: [] },
  WebSite: { parent: 'CreativeWork', properties: [] },
  Article: { parent: 'CreativeWork', properties: [] },
  ScholarlyArticle: { parent: 'Article', properties: [] },
  CreativeWorkSeries: { parent: 'CreativeWork', properties: [] },
  Periodical: { parent: 'CreativeWorkSeries', properties: [] },
  Organization: { parent: 'Thing', properties: [] },
  Person: { parent: 'Thing', properties: [] },
  MedicalEntity: { parent: 'Thing', properties: [] },
  MedicalCondition: { parent: 'MedicalEntity', properties: [] },
  Intangible: { parent: 'Thing', properties: [] },
  StructuredValue: { parent: 'Intangible', properties: [] },
  PropertyValue: { parent: 'StructuredValue', properties: ['propertyID', 'value'] },
  ItemList: { parent: 'Intangible', properties: ['itemListElement'] },
  BreadcrumbList: { parent: 'ItemList', properties: [] },
  ListItem: { parent: 'Intangible', properties: ['position', 'item'] },
};

/** The range of each property whose value is a node here (schema.org also admits URL or Text for most). */
const ranges: Record<string, string[]> = {
  isPartOf: ['CreativeWork'],
  about: ['Thing'],
  publisher: ['Organization', 'Person'],
  author: ['Organization', 'Person'],
  reviewedBy: ['Organization', 'Person'],
  breadcrumb: ['BreadcrumbList'],
  citation: ['CreativeWork'],
  correction: ['CorrectionComment'],
  identifier: ['PropertyValue'],
  itemListElement: ['ListItem'],
  item: ['Thing'],
};

const ancestry = (type: string): string[] => (type ? [type, ...ancestry(vocabulary[type]?.parent ?? '')] : []);
const allowed = (type: string) => new Set(ancestry(type).flatMap((t) => vocabulary[t].properties));

/** Every problem found in a node and the nodes inside it, as "path: problem" lines. */
function problems(value: unknown, where: string, range: string[] | undefined, byId: Map<string, Node>): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => problems(v, `${where}[${i}]`, range, byId));
  if (value === null || typeof value !== 'object') return [];
  const node = value as Node;
  const keys = Object.keys(node);
  if (keys.length === 1 && keys[0] === '@id') {
    const target = byId.get(String(node['@id']));
    return target ? problems({ ...target, '@id': undefined }, where, range, new Map()) : [`${where}: @id ${String(node['@id'])} is not in the graph`];
  }
  const type = String(node['@type']);
  if (!(type in vocabulary)) return [`${where}: unknown @type ${type}`];
  const out: string[] = [];
  if (range && !range.some((r) => ancestry(type).includes(r))) out.push(`${where}: ${type} is not in the range ${range.join('|')}`);
  const properties = allowed(type);
  for (const [key, v] of Object.entries(node)) {
    if (key.startsWith('@')) continue;
    if (!properties.has(key)) out.push(`${where}: ${type} has no property ${key}`);
    else out.push(...problems(v, `${where}.${key}`, ranges[key], byId));
  }
  return out;
}

const library = contentSources(path.resolve('tests/fixtures/library')).library();
const all = library.ids().map((id) => library.get(id));
// Every optional part present: the version and its frozen copy, and a day of corrections.
const graph = articleJsonLd(
  {
    ...jsonLdArticle,
    version: '2026-12-03',
    versionUrl: 'https://example.org/articles/t/v/2026-12-03/',
    corrections: [{ date: '2026-12-03', count: 2, url: 'https://example.org/how-we-work/corrections/#corrections-2026-12-03' }],
  },
  all,
) as { '@context': string; '@graph': Node[] };

describe('JSON-LD against the schema.org vocabulary', () => {
  it('uses only schema.org types, each with properties schema.org defines for it', () => {
    expect(graph['@context']).toBe('https://schema.org');
    const byId = new Map(graph['@graph'].map((n) => [String(n['@id']), n]));
    expect(graph['@graph'].flatMap((node, i) => problems(node, `@graph[${i}]`, undefined, byId))).toEqual([]);
  });

  it('covers every kind of reference in the library (journal articles and other works)', () => {
    const types = new Set(((graph['@graph'][0].citation as Node[]) ?? []).map((c) => c['@type']));
    expect(types).toEqual(new Set(['ScholarlyArticle', 'CreativeWork']));
    expect(graph['@graph'][0].citation).toHaveLength(all.length);
  });

  it('writes dates as ISO 8601 and breadcrumb positions as 1, 2, ... with absolute item URLs', () => {
    const [page, crumbs] = graph['@graph'];
    expect(page.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const items = crumbs.itemListElement as Node[];
    expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
    for (const i of items) expect(URL.canParse(String(i.item))).toBe(true);
  });

  it('the checker itself rejects an unknown type, a property from another type and a value out of range', () => {
    const byId = new Map<string, Node>();
    expect(problems({ '@type': 'MedicalPage' }, 'x', undefined, byId)).toEqual(['x: unknown @type MedicalPage']);
    expect(problems({ '@type': 'Organization', lastReviewed: '2026-01-01' }, 'x', undefined, byId)).toEqual([
      'x: Organization has no property lastReviewed',
    ]);
    expect(problems({ '@type': 'WebPage', reviewedBy: { '@type': 'WebSite' } }, 'x', undefined, byId)).toEqual([
      'x.reviewedBy: WebSite is not in the range Organization|Person',
    ]);
  });
});
