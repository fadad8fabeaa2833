// The article's entries and in-text markers in the reader's author-date style, loaded when a reader switches to it.
import type { APIRoute } from 'astro';
import { articlesInOrder, citationsOf, referenceLibrary, type Article } from '../../../lib/articles/collection.ts';
import { authorDateData } from '../../../lib/citations/markers.ts';

export async function getStaticPaths() {
  return (await articlesInOrder()).map((article) => ({ params: { id: article.id }, props: { article } }));
}

export const GET: APIRoute = async ({ props }) => {
  const citations = await citationsOf((props as { article: Article }).article);
  return new Response(JSON.stringify(authorDateData(citations, await referenceLibrary())), { headers: { 'Content-Type': 'application/json' } });
};
