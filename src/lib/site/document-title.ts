/** The <title> of a page: "Page | Site" when it fits in 70 characters, else the page title alone, shortened if need be. */
export const maxTitleLength = 70;

export function documentTitle(title: string, siteName: string): string {
  if (title === siteName) return title;
  const full = `${title} | ${siteName}`;
  if (full.length <= maxTitleLength) return full;
  if (title.length <= maxTitleLength) return title;
  // Cut at a word boundary so the visible tab and search-result title stays readable.
  const cut = title.slice(0, maxTitleLength - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,:;.–-]+$/, '')}…`;
}
