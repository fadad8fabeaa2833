/**
 * The print stylesheet rule that writes this site's links in full on paper ("/articles/diagnosis/" becomes
 * "https://…/articles/diagnosis/"). The origin is the one site.url, so it cannot live in the static global.css.
 */
export function printLinksCss(siteUrl: string): string {
  const origin = new URL(siteUrl).origin;
  // Header links (the site's name) print no address; main and footer are more specific than global.css's rule.
  return `@media print{main a[href^="/"]::after,footer a[href^="/"]::after{content:" (" ${JSON.stringify(origin)} attr(href) ")"}}\n`;
}
