/**
 * Wording that claims more than the evidence on leaky gut allows: verbs such as "heals", "cures", "repairs",
 * "seals", "reverses" and "detox". Each may appear only where the site is not making the claim itself: inside a
 * <Myth> card, in quotation marks (the words of marketing being reported), or in a sentence that negates or
 * questions it ("no disease has been cured", "whether repairing the barrier helps", "claims that ...").
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** The verbs, in the forms a sentence would use them. */
const overclaim = /\b(heal(?:s|ed|ing)?|cur(?:e|es|ed|ing)|repair(?:s|ed|ing)?|seal(?:s|ed)?|revers(?:e|es|ed|ing)|detox\w*)\b/i;
/** Words that make a sentence deny, question or report a claim rather than make it. */
const distance = /\b(not|no|none|never|cannot|without|unproven|unknown|whether|nor|neither|claims?|claimed|sold|marketed|advertised|myths?)\b|n't\b/i;
/** Quoted words are someone else's: "gut healing", “repair”. */
const quoted = /"[^"]*"|“[^”]*”|‘[^’]*’/g;

export interface Overclaim {
  line: number | undefined;
  column: number | undefined;
  word: string;
  sentence: string;
}

/** Blocks whose text is read as sentences. */
const blocks = new Set(['paragraph', 'heading', 'tableCell']);

/** Every overclaiming verb in the article's own voice, with the sentence it sits in. */
export function findOverclaims(tree: Root): Overclaim[] {
  const found: Overclaim[] = [];
  const walk = (node: Root | RootContent) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Myth') return;
    if (blocks.has(node.type)) {
      for (const sentence of toString(node).split(/(?<=[.!?])\s+/)) {
        const match = overclaim.exec(sentence.replace(quoted, ''));
        if (match && !distance.test(sentence)) {
          found.push({ line: node.position?.start.line, column: node.position?.start.column, word: match[1], sentence: sentence.trim() });
        }
      }
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}
