/** The breadcrumb trail of a page, shared by the visible breadcrumb navigation and the JSON-LD BreadcrumbList. */

export interface Crumb {
  name: string;
  /** Site-relative path, e.g. /articles/overview/. */
  path: string;
}

/** Home, then the article: the site has no section pages between them. */
export function articleTrail(title: string, path: string): Crumb[] {
  return [
    { name: 'Home', path: '/' },
    { name: title, path },
  ];
}
