// One Open Graph card per article: /og/articles/<id>.png, drawn at build time from its title.
import type { APIRoute } from 'astro';
import { articlesInOrder, type Article } from '../../../lib/articles/collection.ts';
import { cachedCardPng } from '../../../lib/og/card-cache.ts';
import { cardText, pngResponse } from '../../../lib/og/site-cards.ts';

export async function getStaticPaths() {
  return (await articlesInOrder()).map((article) => ({ params: { id: article.id }, props: { article } }));
}

export const GET: APIRoute = async ({ props }) => pngResponse(await cachedCardPng(cardText((props as { article: Article }).article.data.title)));
