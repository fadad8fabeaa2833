/** Open Graph and Twitter card meta tags: what a chat app or social network shows when someone shares a page. */

/** One head tag: Open Graph uses `property`, Twitter uses `name`. */
export type SocialTag = { property: string; content: string } | { name: string; content: string };

export interface PageForSocial {
  title: string;
  description: string;
  /** Absolute canonical URL of the page. */
  url: string;
  siteName: string;
  /** BCP 47 language tag, e.g. en-GB (becomes og:locale en_GB). */
  language: string;
  /** `article` for articles, `website` for every other page. */
  type: 'article' | 'website';
  image: { url: string; type: string; width: number; height: number; alt: string };
  /** When an article was last reviewed: article:modified_time. */
  modified?: Date;
}

/** What a page may set for itself; the rest comes from its title, description, URL and the site config. */
export type SocialOptions = Partial<Pick<PageForSocial, 'type' | 'image' | 'modified'>>;

/** The absolute URL of a path on the site, from the one configured origin; fails on a relative origin. */
export function absoluteUrl(pathname: string, siteUrl: string): string {
  if (!URL.canParse(siteUrl)) {
    throw new Error(
      `site.url "${siteUrl}" is not an absolute URL.\nFix: set SITE_URL (or site.url in src/config.ts) to an origin such as https://example.org`,
    );
  }
  return new URL(pathname, siteUrl).href;
}

/** Longest og:title and twitter:title: previews cut longer titles wherever they happen to end. */
export const previewTitleLength = 70;

/** A title for link previews: whole if it fits, else cut at a word boundary with an ellipsis, never over `max`. */
export function previewTitle(title: string, max = previewTitleLength): string {
  const text = title.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}

/** The tags in the order they are written to the head; every URL must already be absolute. */
export function socialTags(page: PageForSocial): SocialTag[] {
  for (const url of [page.url, page.image.url]) {
    if (!URL.canParse(url))
      throw new Error(`Social meta tags need absolute URLs; got "${url}" for page "${page.title}".\nFix: build it with absoluteUrl(path, site.url).`);
  }
  const og = (property: string, content: string | number) => ({ property: `og:${property}`, content: String(content) });
  const title = previewTitle(page.title);
  return [
    og('type', page.type),
    og('title', title),
    og('description', page.description),
    og('url', page.url),
    og('site_name', page.siteName),
    og('locale', page.language.replace('-', '_')),
    og('image', page.image.url),
    og('image:type', page.image.type),
    og('image:width', page.image.width),
    og('image:height', page.image.height),
    og('image:alt', page.image.alt),
    ...(page.type === 'article' && page.modified ? [{ property: 'article:modified_time', content: page.modified.toISOString().slice(0, 10) }] : []),
    // Twitter's own tags too: X and several chat apps read these, not the og:* fallbacks.
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: title },
    { name: 'twitter:description', content: page.description },
    { name: 'twitter:image', content: page.image.url },
    { name: 'twitter:image:alt', content: page.image.alt },
  ];
}
