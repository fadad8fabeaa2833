/** robots.txt: every crawler may read every page, and the sitemap's absolute address is given. */

/** The index file @astrojs/sitemap writes at the site root. */
export const sitemapIndexPath = '/sitemap-index.xml';

/** The text of robots.txt for a site served at `siteUrl`. */
export function robotsTxt(siteUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL(sitemapIndexPath, siteUrl).href}`, ''].join('\n');
}
