/** The site's Open Graph cards: where each is served, what it says and how it is described, from src/config.ts. */
import { site } from '../../config.ts';
import { cardSize, type CardText } from './card.ts';

/** The card used by the home page and every page that is not an article. */
export const siteCardTitle = 'Leaky gut: what the evidence says';

const tagline = 'Plain-language explainers, every claim sourced';

/** Path of a card: /og/articles/<id>.png for an article, /og/site.png for everything else. */
export function ogImagePath(articleId?: string): string {
  return articleId === undefined ? '/og/site.png' : `/og/articles/${articleId}.png`;
}

/** What a card with this title shows, with the site's name and host from the one configured URL. */
export function cardText(title: string): CardText {
  return { title, siteName: site.name, host: new URL(site.url).host, tagline };
}

/** The image as og:image and friends need it: absolute URL, size and alternative text. */
export function ogImage(title: string, articleId?: string): { url: string; type: 'image/png'; width: number; height: number; alt: string } {
  return { url: new URL(ogImagePath(articleId), site.url).href, type: 'image/png', ...cardSize, alt: `${title} – ${site.name}` };
}

/** A static endpoint's response for PNG bytes. */
export function pngResponse(png: Uint8Array): Response {
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
}
