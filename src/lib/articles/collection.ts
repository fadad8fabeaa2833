/**
 * The Astro-bound side of content: what pages gather from the collections (articles in reading order, what each
 * cites, the reference library, the glossary) to pass down as props. The library is built once per build.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import path from 'node:path';
import { contentDir } from '../../config.ts';
import type { ArticleData } from '../../components/article-components.ts';
import { CitationLibrary } from '../citations/library.ts';
import type { PageCitations } from '../citations/markers.ts';
import { loadFigures } from '../figures/figures.ts';
import type { GlossaryEntry } from '../glossary/glossary.ts';
import { assertChangeLogArticles, readChangeLogs, today, type ChangeLogs } from '../trust/change-log.ts';
import { parseVersionIds, type VersionId } from './versions.ts';

export type Article = CollectionEntry<'articles'>;

/** Articles sorted by their `order` field. */
export async function articlesInOrder(): Promise<Article[]> {
  return (await getCollection('articles')).sort((a, b) => a.data.order - b.data.order);
}

/** The citations the remark plugin recorded for an article. */
export async function citationsOf(article: Article | CollectionEntry<'versions'>): Promise<PageCitations> {
  const { remarkPluginFrontmatter } = await render(article);
  return (remarkPluginFrontmatter.citations ?? { order: [], anchors: {}, places: [] }) as PageCitations;
}

/** For each reference id, the articles that cite it, in reading order. */
export async function citingArticles(): Promise<Map<string, Article[]>> {
  const byReference = new Map<string, Article[]>();
  for (const article of await articlesInOrder()) {
    for (const id of (await citationsOf(article)).order) {
      byReference.set(id, [...(byReference.get(id) ?? []), article]);
    }
  }
  return byReference;
}

let logs: ChangeLogs | undefined;

/** Every article's change log (content/changes/), checked once per build against the articles that exist. */
export async function changeLogs(): Promise<ChangeLogs> {
  if (!logs) {
    const dir = path.join(contentDir, 'changes');
    const read = readChangeLogs(dir);
    assertChangeLogArticles(
      read,
      dir,
      (await articlesInOrder()).map((article) => article.id),
    );
    logs = read;
  }
  return logs;
}

export type Version = CollectionEntry<'versions'> & VersionId;

/** Every frozen version, checked once per build (a folder must name an article; a date must be real, not future). */
export async function articleVersions(): Promise<Version[]> {
  const entries = await getCollection('versions');
  const ids = parseVersionIds(
    entries.map((e) => e.id),
    path.join(contentDir, 'versions'),
    (await articlesInOrder()).map((a) => a.id),
    today(),
  );
  return ids.map((v) => ({ ...entries.find((e) => e.id === `${v.slug}/${v.date}`)!, ...v }));
}

let library: Promise<CitationLibrary> | undefined;

/** The references collection as a library: each style formatted once per build, on first use. */
export function referenceLibrary(): Promise<CitationLibrary> {
  library ??= getCollection('references').then((entries) => new CitationLibrary(new Map(entries.map((entry) => [entry.id, entry.data]))));
  return library;
}

/** Every glossary term keyed by its id (its file name), from the glossary collection. */
export async function glossaryTerms(): Promise<Map<string, GlossaryEntry>> {
  return new Map((await getCollection('glossary')).map((entry) => [entry.id, { id: entry.id, ...entry.data }]));
}

let figures: ReturnType<typeof loadFigures> | undefined;

/** What an article's components need: the library, the glossary and the figures (checked against the references). */
export async function articleData(): Promise<ArticleData> {
  const lib = await referenceLibrary();
  figures ??= loadFigures(path.join(contentDir, 'figures'), lib.ids());
  return { library: lib, glossary: await glossaryTerms(), figures };
}
