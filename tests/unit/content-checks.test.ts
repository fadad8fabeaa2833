import { compile } from '@mdx-js/mdx';
import fs from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import os from 'node:os';
import remarkContentChecks, { articleComponents, isSitePage, sitePages } from '../../src/lib/articles/remark-content-checks.ts';
import { contentSources } from '../../src/lib/content/sources.ts';
import '../support/author-message.ts';

// A fixture content folder (two articles, a library of real works copied once): improving content/ never breaks these tests.
const contentDir = path.resolve('tests/fixtures/library');
const check = (source: string) =>
  compile(new VFile({ path: path.resolve('content/articles/example.mdx'), value: source }), {
    remarkPlugins: [[remarkContentChecks, { sources: contentSources(contentDir) }]],
  });

describe('article markup checks', () => {
  it('accept the components, images and internal links the site has', async () => {
    await expect(
      check(
        '<Cite id="lacy2024" /> <details><summary>More</summary>x</details> ![A diagram](/favicon.svg) [causes](/articles/causes/#first-what-is-the-gut-barrier) [sources](/sources/)\n',
      ),
    ).resolves.toBeTruthy();
  });

  it('name a misspelled component and the closest real one', async () => {
    await expect(check('Text <Cit id="lacy2024" />\n')).rejects.toTellAuthor(
      /content\/articles\/example\.mdx:1:6: unknown component <Cit>\.\s+Fix: did you mean <Cite>\?/,
    );
  });

  it('refuse an image without alt text, in Markdown or as <img>', async () => {
    await expect(check('![](/favicon.svg)\n')).rejects.toTellAuthor(
      /example\.mdx:1:1: the image "\/favicon\.svg" has no alt text\.\s+Fix: write what it shows/,
    );
    await expect(check('<img src="/favicon.svg" />\n')).rejects.toTellAuthor(/<img> has no alt attribute/);
  });

  it('refuse a link to a page of the site that does not exist, suggesting the closest', async () => {
    await expect(check('See [causes](/articles/cause/).\n')).rejects.toTellAuthor(
      /example\.mdx:1:5: the link "\/articles\/cause\/" points to no page of this site\.\s+Fix: did you mean "\/articles\/causes\/"\?/,
    );
  });

  it.each([
    [
      'a script',
      'Text.\n\n<script>alert(1)</script>\n',
      /example\.mdx:3:1: <script> is not allowed in an article: articles are content[\s\S]*Fix: remove it/,
    ],
    ['an inline style element', '<style>{`p{}`}</style>\n', /<style> is not allowed in an article/],
    ['an iframe', '<iframe src="https://example.org/" />\n', /<iframe> is not allowed in an article/],
    ['an object', '<object data="/x.swf" />\n', /<object> is not allowed/],
    ['an embed', '<embed src="/x.swf" />\n', /<embed> is not allowed/],
    ['a form', '<form action="/x/">x</form>\n', /<form> is not allowed/],
    [
      'an element outside the list',
      '<video src="/x.mp4" />\n',
      /<video> is not one of the HTML elements an article may use\.\s+Fix: use Markdown, a site component, or one of <a>/,
    ],
    [
      'an event handler',
      '<abbr title="x" onmouseover="alert(1)">IBS</abbr>\n',
      /example\.mdx:1:1: <abbr> has the event handler onmouseover=[\s\S]*Fix: remove it: articles hold no scripts/,
    ],
    ['an event handler on a component', '<Cite id="lacy2024" onClick="alert(1)" />\n', /<Cite> has the event handler onClick=/],
    ['a style attribute', '<strong style="color:red">x</strong>\n', /<strong> has a style= attribute\.\s+Fix: remove it: the site styles articles/],
    [
      'an unknown component prop',
      '<Cite id="lacy2024" page="4" />\n',
      /<Cite> has the attribute page=, which articles may not use\.\s+Fix: <Cite> takes id=, locator=, label=/,
    ],
    ['an import', 'import fs from "node:fs"\n\nText.\n', /example\.mdx:1:1: import and export statements are not allowed in articles/],
    ['an export', 'export const x = 1\n\nText.\n', /import and export statements are not allowed/],
    ['a flow expression', '{process.env.HOME}\n', /example\.mdx:1:1: a \{\.\.\.\} expression is not allowed in articles/],
    ['a text expression', 'Built on {new Date().toString()}.\n', /example\.mdx:1:10: a \{\.\.\.\} expression is not allowed/],
    ['an attribute expression', '<Cite id={"lacy" + "2024"} />\n', /<Cite> has id=\{\.\.\.\}, an expression that runs code/],
    ['a spread attribute', '<Cite {...{ id: "lacy2024" }} />\n', /<Cite> has a \{\.\.\.\} attribute expression/],
    [
      'a javascript: link in Markdown',
      '[click](javascript:alert(1))\n',
      /example\.mdx:1:1: the link "javascript:alert\(1\)" uses an address articles may not link to\.\s+Fix: link to an https:\/\/ address/,
    ],
    ['a javascript: link hidden by a tab', '<a href="java\tscript:alert(1)">x</a>\n', /uses an address articles may not link to/],
    ['a data: link', '[x](data:text/html,hi)\n', /the link "data:text\/html,hi" uses an address articles may not link to/],
    ['a vbscript: link in a definition', '[x][y]\n\n[y]: vbscript:msgbox\n', /example\.mdx:3:1: the link "vbscript:msgbox"/],
    ['a plain http link', '[x](http://example.org/)\n', /the link "http:\/\/example\.org\/" uses an address/],
    ['a protocol-relative link', '[x](//evil.example/)\n', /the link "\/\/evil\.example\/" uses an address/],
    [
      'an image from another host',
      '![A chart](https://example.org/chart.png)\n',
      /the image "https:\/\/example\.org\/chart\.png" is not a file of this site/,
    ],
    [
      'an <img> from another host',
      '<img src="https://example.org/x.png" alt="x" />\n',
      /the image "https:\/\/example\.org\/x\.png" is not a file of this site/,
    ],
  ])('refuse %s, naming the file, the line and the fix', async (_kind, source, message) => {
    await expect(check(source)).rejects.toTellAuthor(message);
  });

  it.each([
    ['Glutamine heals the gut lining. <Cite id="lacy2024" />\n', 'heals', 'Glutamine heals the gut lining.'],
    ['Zinc can reverse the damage from painkillers.\n', 'reverse', 'Zinc can reverse the damage from painkillers.'],
    ['A short course repairs the barrier in a week.\n', 'repairs', 'A short course repairs the barrier in a week.'],
    ['- Fibre seals the gaps\n', 'seals', 'Fibre seals the gaps'],
    ['## A detox that cures bloating\n', 'detox', 'A detox that cures bloating'],
  ])("refuse an overclaiming verb in the site's own voice: %s", async (source, word, sentence) => {
    await expect(check(source)).rejects.toTellAuthor(
      new RegExp(
        `example\\.mdx:\\d+:\\d+: "${word}" claims a proven effect, in "${sentence}"[\\s\\S]*Fix: say what the evidence shows at its strength`,
      ),
    );
  });

  it('accept those verbs in a myth card, in quotation marks, and in sentences that deny or question them', async () => {
    await expect(
      check(
        [
          '<Myth claim="Glutamine heals a leaky gut">The trials do not show this.</Myth>',
          'Supplements sold for "gut healing" are common.',
          'No disease has been cured just by fixing the barrier.',
          'It is unproven that repairing the barrier helps.',
          '- Whether repairing the barrier improves symptoms',
          'A healthy lining is not sealed shut.',
          'Claims that a diet reverses the damage need proof.',
        ].join('\n\n') + '\n',
      ),
    ).resolves.toBeTruthy();
  });

  it('report every problem in a file at once', async () => {
    const error = await check('<script>x</script>\n\n[a](javascript:x)\n\n<Cit id="lacy2024" />\n').catch((e: Error) => e);
    expect(String(error)).toMatch(
      /example\.mdx:1:1: <script> is not allowed[\s\S]*2 more problems in this file:[\s\S]*example\.mdx:3:1: the link "javascript:x"[\s\S]*example\.mdx:5:1: unknown component <Cit>/,
    );
  });

  it('leave a component never closed to the MDX compiler, which names the tag and where it opens (Astro adds the file)', async () => {
    // The articles loader waits for this step (tests/unit/article-loader.test.ts), so this is the message the author reads.
    const error = await check(fs.readFileSync('tests/fixtures/articles/unclosed-component.mdx', 'utf8')).catch((e: Error) => e);
    expect((error as Error).message).toBe('Expected a closing tag for `<Myth>` (18:1-18:52)');
  });

  it('accept the allowed HTML, https and mailto links, and site-relative addresses', async () => {
    await expect(
      check(
        '<abbr title="irritable bowel syndrome" lang="en">IBS</abbr> <sup>2</sup> <a href="https://www.nhs.uk/">NHS</a> [mail](mailto:editors@example.org) [top](#key-points) <Cite id="lacy2024" locator="266" label="page" />\n',
      ),
    ).resolves.toBeTruthy();
  });

  it('know every article, cite page and reference page as link targets', () => {
    const pages = sitePages(contentSources(contentDir));
    expect(pages).toContain('/articles/overview/');
    expect(pages).toContain('/articles/overview/cite/');
    expect(pages).toContain('/references/lacy2024/');
  });

  it('check each link target without listing the site: articles, cite pages, references, fixed pages', () => {
    for (const page of ['/', '/glossary/', '/articles/overview/', '/articles/overview/cite/', '/references/lacy2024/']) {
      expect(isSitePage(contentSources(contentDir), page), page).toBe(true);
    }
    for (const page of ['/articles/overviews/', '/articles/overview/cite/more/', '/references/lacy2025/', '/references/', '/nowhere/']) {
      expect(isSitePage(contentSources(contentDir), page), page).toBe(false);
    }
  });

  it("count the site's own downloads as link targets: the bibliography, an article's or a work's file, the feed", async () => {
    for (const page of [
      '/bibliography.bib',
      '/bibliography.ris',
      '/bibliography.json',
      '/changes.xml',
      '/articles/overview/references.ris',
      '/references/lacy2024.bib',
    ]) {
      expect(isSitePage(contentSources(contentDir), page), page).toBe(true);
    }
    for (const page of ['/bibliography.pdf', '/articles/overviews/references.bib', '/references/lacy2025.bib']) {
      expect(isSitePage(contentSources(contentDir), page), page).toBe(false);
    }
    await expect(check('Every work is in [the bibliography](/bibliography.bib).\n')).resolves.toBeTruthy();
  });

  it('know an article under its frontmatter slug, not under its file name', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leaky-gut-links-'));
    fs.cpSync(path.join(contentDir, 'references'), path.join(dir, 'references'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'articles'));
    fs.writeFileSync(path.join(dir, 'articles', 'old-name.mdx'), '---\ntitle: Moved\nslug: New Name\n---\n\nText.\n');
    fs.writeFileSync(path.join(dir, 'articles', 'plain.mdx'), '---\ntitle: Plain\n---\n\nText.\n');
    try {
      expect(isSitePage(contentSources(dir), '/articles/new-name/')).toBe(true);
      expect(isSitePage(contentSources(dir), '/articles/new-name/cite/')).toBe(true);
      expect(isSitePage(contentSources(dir), '/articles/plain/')).toBe(true);
      expect(isSitePage(contentSources(dir), '/articles/old-name/')).toBe(false);
      const checkIn = (source: string) =>
        compile(new VFile({ path: path.join(dir, 'articles/plain.mdx'), value: source }), {
          remarkPlugins: [[remarkContentChecks, { sources: contentSources(dir) }]],
        });
      await expect(checkIn('See [moved](/articles/new-name/).\n')).resolves.toBeTruthy();
      await expect(checkIn('See [moved](/articles/old-name/).\n')).rejects.toTellAuthor(
        /the link "\/articles\/old-name\/" points to no page of this site\.\s+Fix: did you mean "\/articles\/new-name\/"\?/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('list exactly the components the article pages provide', async () => {
    const { articleComponents: componentsFor } = await import('../../src/components/article-components.ts');
    const map = componentsFor({ library: contentSources(contentDir).library(), glossary: new Map(), figures: new Map() });
    // Lower-case keys (h2, h3) replace HTML elements; the capitalised ones are the components articles may use.
    expect(
      Object.keys(map)
        .filter((name) => /^[A-Z]/.test(name))
        .sort(),
    ).toEqual([...articleComponents].sort());
  });
});
