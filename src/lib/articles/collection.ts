/** The Astro-bound side of articles: the collection in reading order and what each article cites. */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import path from 'node:path';
import { contentDir } from '../../config.ts';
import type { PageCitations } from '../citations/page.ts';
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
    assertChangeLogArticles(read, dir, (await articlesInOrder()).map((article) => article.id));
    logs = read;
  }
  return logs;
}

export type Version = CollectionEntry<'versions'> & VersionId;

/** Every frozen version, checked once per build (a folder must name an article; a date must be real, not future). */
export async function articleVersions(): Promise<Version[]> {
  const entries = await getCollection('versions');
  const ids = parseVersionIds(entries.map((e) => e.id), path.join(contentDir, 'versions'), (await articlesInOrder()).map((a) => a.id), today());
  return ids.map((v) => ({ ...entries.find((e) => e.id === `${v.slug}/${v.date}`)!, ...v }));
}
