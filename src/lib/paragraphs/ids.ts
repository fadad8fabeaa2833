/**
 * Paragraph ids: `<section id>--<first four words>`, so a paragraph keeps its address while its opening words and
 * its section's heading stay, whatever is added, removed or reworded around it or later in it.
 */

/** The id paragraphs before the first heading take as their section. */
export const topSection = 'top';

/** How many opening words make a paragraph's key: enough to tell a section's paragraphs apart, short enough to read. */
const keyWords = 4;

/** The key of a paragraph: its first four words, lower case, accents dropped, joined by "-" ("" with no words). */
export function paragraphKey(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  return (words ?? []).slice(0, keyWords).join('-');
}

/**
 * Gives each paragraph of an article its id, in reading order: the section it stands in (the id of the last heading
 * before it, or "top") and its key; a second paragraph with the same id in a section gets "-2", a third "-3".
 * A paragraph without words (an image alone) gets none (undefined).
 */
export function paragraphIds(paragraphs: readonly { section: string | undefined; text: string }[]): (string | undefined)[] {
  const seen = new Map<string, number>();
  return paragraphs.map(({ section, text }) => {
    const key = paragraphKey(text);
    if (!key) return undefined;
    const id = `${section ?? topSection}--${key}`;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}
