/** The table of contents of an article: its h2 sections, each with the h3 sections inside it. */

/** A heading as Astro's `render()` reports it (slug made by github-slugger). */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/**
 * The headings that make an article's sections: its h2s and h3s, in document order. These get the section
 * tools (MdxSectionHeading), the table of contents lists them and the cite page has a block for each.
 */
export function sectionHeadings<H extends Heading>(headings: readonly H[]): H[] {
  return headings.filter((h) => h.depth === 2 || h.depth === 3);
}

/** h2s in document order, each holding the h3s that follow it; other depths are left out. */
export function tableOfContents(headings: readonly Heading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const { depth, slug, text } of sectionHeadings(headings)) {
    const item = { slug, text, children: [] };
    const parent = items.at(-1);
    // An h3 before any h2 has no section to sit in: it stays at the top level rather than vanish.
    if (depth === 3 && parent) parent.children.push(item);
    else items.push(item);
  }
  return items;
}
