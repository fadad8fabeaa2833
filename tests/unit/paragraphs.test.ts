// Paragraph ids and ¶ links: the id scheme, and what the rehype plugin writes into an article.
import fs from 'node:fs';
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { paragraphIds, paragraphKey } from '../../src/lib/paragraphs/ids.ts';
import type { Root } from 'hast';
import rehypeParagraphLinks, { addHeadingAliases } from '../../src/lib/paragraphs/rehype-paragraph-links.ts';
import { articleAnchors } from '../../src/lib/trust/anchors.ts';

const contentDir = path.resolve('tests/fixtures/paragraphs');

async function render(file: string): Promise<string> {
  const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeParagraphLinks, { contentDir }).use(rehypeStringify);
  return String(await processor.process(new VFile({ path: file, value: fs.readFileSync(file, 'utf8') })));
}

describe('paragraph ids', () => {
  it('are the section id, "--" and the first four words, lower case without accents or punctuation', () => {
    expect(paragraphKey('Crème brûlée: "accents" and more')).toBe('creme-brulee-accents-and');
    expect(paragraphKey('NSAIDs (painkillers) raise it.')).toBe('nsaids-painkillers-raise-it');
    expect(paragraphKey('…')).toBe('');
    expect(paragraphIds([{ section: 'diet', text: 'A 2021 review looked at it.' }])).toEqual(['diet--a-2021-review-looked']);
  });

  it('number a repeated opening within a section, start over in the next, and give none to a paragraph without words', () => {
    const ids = paragraphIds([
      { section: undefined, text: 'Intro text here now.' },
      { section: 'a', text: 'How strong is the evidence? Weak.' },
      { section: 'a', text: 'How strong is the evidence? Still weak.' },
      { section: 'b', text: 'How strong is the evidence?' },
      { section: 'b', text: '' },
    ]);
    expect(ids).toEqual(['top--intro-text-here-now', 'a--how-strong-is-the', 'a--how-strong-is-the-2', 'b--how-strong-is-the', undefined]);
  });

  it('stay when words are added, changed or cut after the fourth, or paragraphs are added elsewhere', () => {
    const before = paragraphIds([{ section: 's', text: 'You drink two sugars, then your urine is checked.' }]);
    const after = paragraphIds([
      { section: 's', text: 'A new paragraph above it.' },
      { section: 's', text: 'You drink two sugars. Six hours later a lab measures them in your urine.' },
    ]);
    expect(after[1]).toBe(before[0]);
  });
});

describe('the rehype plugin', () => {
  it('gives each top-level paragraph its id and a named ¶ link to it, and the alias an author kept', async () => {
    const html = await render(path.join(contentDir, 'articles/sample.mdx'));
    expect(articleAnchors(`<div class="prose">${html}</div>`)).toEqual([
      'top--before-any-heading-a',
      'how-it-is-measured',
      'how-it-is-measured--you-drink-two-sugars',
      'how-it-is-measured--how-strong-is-the',
      'how-it-is-measured--how-strong-is-the-2',
      'café-tests', // github-slugger keeps a heading's accents; the paragraph's own words lose theirs
      'café-tests--creme-brulee-accents-and',
    ]);
    // Search leaves the mark out of the paragraph's text (data-pagefind-ignore).
    expect(html).toContain(
      '<p id="how-it-is-measured--you-drink-two-sugars"><span id="how-it-is-measured--you-swallow-two-sugars" class="anchor-alias"></span>You drink two sugars, then your urine is checked. <a class="para-link" href="#how-it-is-measured--you-drink-two-sugars" aria-label="Link to this paragraph" data-pagefind-ignore="">¶</a></p>',
    );
    // A reworded heading's old id stands right before it.
    expect(html).toContain('<span id="how-it-was-measured" class="anchor-alias"></span><h2 id="how-it-is-measured">');
    // List items and a paragraph holding only an image get no id and no link.
    expect(html).toMatch(/<li>A list item gets no id\.<\/li>/);
    expect(html).toMatch(/<p><img src="\/x\.png" alt="An image alone"><\/p>/);
  });

  it('leaves aliases to the current article: a frozen version keeps the ids its text gives', async () => {
    const version = path.join(fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'versions-')), 'sample.mdx');
    fs.copyFileSync(path.join(contentDir, 'articles/sample.mdx'), version);
    const html = await render(version);
    expect(html).toContain('<p id="how-it-is-measured--you-drink-two-sugars">You drink');
    expect(html).not.toContain('anchor-alias');
  });

  it("puts a red-flag card's old id before the card, its id made from its level and title as the card makes it", () => {
    const jsx = (title: string) => ({
      type: 'mdxJsxFlowElement',
      name: 'RedFlags',
      attributes: [{ type: 'mdxJsxAttribute', name: 'title', value: title }],
      children: [],
    });
    const tree = { type: 'root', children: [jsx('See a doctor soon'), jsx('Another card')] } as unknown as Root;
    addHeadingAliases(tree, JSON.parse(fs.readFileSync(path.join(contentDir, 'anchors/sample.json'), 'utf8')));
    expect(tree.children.map((node) => ('tagName' in node ? `${node.tagName}#${String(node.properties.id)}` : 'card'))).toEqual([
      'span#red-flags-urgent-see-a-doctor',
      'card',
      'card',
    ]);
  });
});
