/** Absolute addresses of sections, for links that readers copy and share. */

/** The absolute URL of the section `id` on the page at `pathname` of the site at `siteUrl`. */
export function sectionUrl(siteUrl: string, pathname: string, id: string): string {
  const url = new URL(pathname, siteUrl);
  url.hash = id;
  return url.href;
}
