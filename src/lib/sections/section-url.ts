/** Absolute addresses of sections, for links that readers copy and share. */

/** The absolute URL of the section `id` on the page at `pathname` of the site at `siteUrl`. */
export function sectionUrl(siteUrl: string, pathname: string, id: string): string {
  const url = new URL(pathname, siteUrl);
  url.hash = id;
  return url.href;
}

/**
 * Where the article at `articlePath` is cited (src/pages/articles/[id]/cite.astro), or one of its sections:
 * the cite page has a block for each section under the section's own id.
 */
export function citePagePath(articlePath: string, sectionId?: string): string {
  return `${articlePath.endsWith('/') ? articlePath : `${articlePath}/`}cite/${sectionId ? `#${sectionId}` : ''}`;
}
