// The card for the home page and every page that is not an article: /og/site.png.
import type { APIRoute } from 'astro';
import { cachedCardPng } from '../../lib/og/card-cache.ts';
import { cardText, pngResponse, siteCardTitle } from '../../lib/og/site-cards.ts';

export const GET: APIRoute = async () => pngResponse(await cachedCardPng(cardText(siteCardTitle)));
