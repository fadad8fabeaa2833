// Figures (content/figures/<id>.json + <id>.svg): what a good one becomes, and what an author is told about a bad one.
import { compile } from '@mdx-js/mdx';
import { fromHtml } from 'hast-util-from-html';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkCite from '../../src/lib/citations/remark-cite.ts';
import remarkFigure from '../../src/lib/figures/remark-figure.ts';
import { inlineSvg } from '../../src/lib/figures/svg.ts';
import { contentSources } from '../../src/lib/content/sources.ts';
import '../support/author-message.ts';

const fixture = (name: string) => path.resolve('tests/fixtures/figures', name);
const load = (name: string) => () => contentSources(fixture(name)).figures();

describe('a good figure', () => {
  const figure = contentSources(fixture('good')).figures().get('diagram');

  it('is loaded with its words and its drawing, keyed by file name', () => {
    expect(figure).toMatchObject({ id: 'diagram', title: 'A fixture diagram of a barrier', caption: [{ cite: ['tester2024'] }] });
  });

  it('becomes an inline SVG named by its text alternative, sized by CSS and without comments', () => {
    const html = inlineSvg(figure!.svg, 'figure-diagram-alt', figure!.alt);
    const svg = fromHtml(html, { fragment: true }).children[0];
    expect(svg).toMatchObject({ type: 'element', tagName: 'svg' });
    expect(html).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="figure-diagram-alt"/);
    expect(html).toContain('<title id="figure-diagram-alt">A row of three boxes standing for cells, with a dark bar between each pair.</title>');
    expect(html).not.toContain("The author's own title");
    expect(html).not.toMatch(/<svg[^>]* (width|height)=/);
    expect(html).toContain('viewBox="0 0 300 100"');
    expect(html).not.toContain('<!--');
  });
});

describe('a bad figure fails the build with the file, the value and the fix', () => {
  it('a figure whose drawing is missing', () => {
    expect(load('no-svg')).toTellAuthor(
      /figures\/no-svg\/figures\/diagram\.json: the figure "diagram" has no drawing: diagram\.svg is missing\.\s+Fix: draw it as content\/figures\/diagram\.svg/,
    );
  });

  it('a drawing without its words', () => {
    expect(load('no-words')).toTellAuthor(
      /no-words\/figures\/diagram\.svg: the drawing "diagram" has no words: diagram\.json is missing\.\s+Fix: add content\/figures\/diagram\.json/,
    );
  });

  it('a script in the drawing', () => {
    expect(load('script')).toTellAuthor(
      /script\/figures\/diagram\.svg: <script> is not allowed in a figure: it runs code in the reader's browser\.\s+Fix: draw with <svg>/,
    );
  });

  it('an event handler attribute', () => {
    expect(load('event-handler')).toTellAuthor(
      /event-handler\/figures\/diagram\.svg: <rect> has the event handler onclick="alert\(1\)", which would run code in the reader's browser\.\s+Fix: remove it/,
    );
  });

  it('every reference to another host, all in one message', () => {
    let message = '';
    try {
      load('external')();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(
      /external\/figures\/diagram\.svg: <use> has href="https:\/\/evil\.example\/sprite\.svg#cell", an address outside the drawing\.\s+Fix: pages load nothing from other hosts/,
    );
    expect(message).toContain('<use> has xlink:href="//evil.example/x.svg#y", an address outside the drawing.');
    expect(message).toContain(
      '<rect> has fill="url(https://evil.example/paint.svg#p)", which loads url(https://evil.example/paint.svg#p) from outside the drawing.',
    );
    expect(message).toContain('<image> is not allowed in a figure: it loads a picture file, which may come from another host');
    expect(message).toContain('<foreignObject> is not allowed in a figure: it embeds HTML from outside the drawing.');
    expect(message).toContain('4 more problems in this file');
  });

  it('a fixed colour or an inline style, which vanish in one theme or are blocked by the CSP', () => {
    expect(load('fixed-colour')).toTellAuthor(
      /<rect> has the fixed colour fill="#333333", which vanishes in the dark theme or in forced colours\.\s+Fix: use currentColor or a figure class[\s\S]*<text> has style="fill: red", which the site's Content-Security-Policy blocks/,
    );
  });

  it('a figure without a text alternative', () => {
    expect(load('no-alt')).toTellAuthor(
      /no-alt\/figures\/diagram\.json: figure field "alt" is invalid: alt is required: the short text alternative[\s\S]*Fix: give "title", "alt"/,
    );
  });

  it('a figure without a long description', () => {
    expect(load('no-description')).toTellAuthor(
      /no-description\/figures\/diagram\.json: figure field "description" is invalid: description is required: the figure described in words/,
    );
  });

  it('a caption sentence without a source', () => {
    expect(load('uncited-caption')).toTellAuthor(/figure field "caption\.0\.cite" is invalid: each caption sentence needs "cite"/);
  });

  it('a caption citing an unknown reference, with the closest known id', () => {
    expect(load('unknown-source')).toTellAuthor(
      /unknown-source\/figures\/diagram\.json: unknown citation key "tester2042"\.\s+Fix: did you mean "tester2024"\?/,
    );
  });

  it('an overclaiming verb in the words, like an article', () => {
    expect(load('overclaim')).toTellAuthor(
      /overclaim\/figures\/diagram\.json: "heals" claims a proven effect, in "Glutamine heals the gut lining in a week\."/,
    );
  });

  it('a drawing without a viewBox, which cannot scale to a phone', () => {
    expect(load('no-viewbox')).toTellAuthor(/the <svg> has no viewBox, so it cannot scale to a phone's width\.\s+Fix: give it viewBox=/);
  });

  it('an id that could clash with the page', () => {
    expect(load('bad-id')).toTellAuthor(
      /<marker> has id="arrow", which could clash with another id on the page\.\s+Fix: start every id in the drawing with the figure's id: id="diagram-arrow"/,
    );
  });
});

describe('<Figure> in an article', () => {
  const contentDir = fixture('good');
  const compileArticle = (source: string) =>
    compile(new VFile({ path: path.resolve(contentDir, 'articles/example.mdx'), value: source }), {
      remarkPlugins: [
        [remarkFigure, { sources: contentSources(contentDir) }],
        [remarkCite, { sources: contentSources(contentDir) }],
      ],
    });

  it('fails on an unknown figure id, naming the place and the closest id', async () => {
    await expect(compileArticle('Text.\n\n<Figure id="diagam" />\n')).rejects.toTellAuthor(
      /articles\/example\.mdx:3:1: there is no figure "diagam" \(no content\/figures\/diagam\.json and diagam\.svg\)\.\s+Fix: did you mean "diagram"\?/,
    );
  });

  it('fails on a figure shown twice on one page', async () => {
    await expect(compileArticle('<Figure id="diagram" />\n\n<Figure id="diagram" />\n')).rejects.toTellAuthor(
      /the figure "diagram" is already shown on this page/,
    );
  });

  it('is numbered, and its caption citations take their place in the page numbering', async () => {
    const code = String(await compileArticle('First. <Cite id="tester2024" />\n\n<Figure id="diagram" />\n'));
    expect(code).toMatch(/_jsx\(Figure, \{\s*id: "diagram",\s*number: "1",\s*anchors: "cite-2",\s*numbers: "1"/);
  });
});
