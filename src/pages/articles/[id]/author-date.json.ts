// The article's entries and in-text markers in the reader's author-date style, loaded when a reader switches to it.
import type { APIRoute } from 'astro';
import { articlesInOrder, citationsOf, type Article } from '../../../lib/articles/collection.ts';
import { authorDateData } from '../../../lib/citations/page.ts';
import { getLibrary } from '../../../lib/citations/library.ts';

export async function getStaticPaths() {
  return (await articlesInOrder()).map((article) => ({ params: { id: article.id }, props: { article } }));
}

export const GET: APIRoute = async ({ props }) => {
  const citations = await citationsOf((props as { article: Article }).article);
  return new Response(JSON.stringify(authorDateData(citations, getLibrary())), { headers: { 'Content-Type': 'application/json' } });
};
