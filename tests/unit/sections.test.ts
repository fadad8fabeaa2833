import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import GithubSlugger from 'github-slugger';
import { beforeAll, describe, expect, it } from 'vitest';
import SectionHeading from '../../src/components/SectionHeading.astro';
import TableOfContents from '../../src/components/TableOfContents.astro';
import { headingText } from '../../src/lib/sections/heading-text.ts';
import { assertSectionIds, referencesHeadingId } from '../../src/lib/sections/ids.ts';
import { citePagePath, sectionUrl } from '../../src/lib/sections/section-url.ts';
import { sectionHeadings, tableOfContents } from '../../src/lib/sections/toc.ts';
import '../support/author-message.ts';

/** Dev-mode HTML carries data-astro-source-* attributes; drop them to compare markup. */
const clean = (html: string) => html.replace(/\s+data-astro-source-[a-z]+="[^"]*"/g, '');

describe('tableOfContents', () => {
  it('nests each h3 under the h2 before it and leaves out other depths', () => {
    const toc = tableOfContents([
      { depth: 2, slug: 'key-points', text: 'Key points' },
      { depth: 2, slug: 'causes', text: 'Causes' },
      { depth: 3, slug: 'alcohol', text: 'Alcohol' },
      { depth: 4, slug: 'beer', text: 'Beer' },
      { depth: 3, slug: 'diet', text: 'Diet' },
      { depth: 2, slug: 'summary', text: 'Summary' },
    ]);
    expect(toc).toEqual([
      { slug: 'key-points', text: 'Key points', children: [] },
      {
        slug: 'causes',
        text: 'Causes',
        children: [
          { slug: 'alcohol', text: 'Alcohol', children: [] },
          { slug: 'diet', text: 'Diet', children: [] },
        ],
      },
      { slug: 'summary', text: 'Summary', children: [] },
    ]);
  });

  it('takes the same headings as sectionHeadings, which the cite page uses: h2s and h3s, in order', () => {
    const headings = [1, 2, 3, 4, 3, 2].map((depth, i) => ({ depth, slug: `s${i}`, text: `S${i}` }));
    expect(sectionHeadings(headings).map((h) => h.slug)).toEqual(['s1', 's2', 's4', 's5']);
    const listed = tableOfContents(headings).flatMap((item) => [item.slug, ...item.children.map((child) => child.slug)]);
    expect(listed).toEqual(sectionHeadings(headings).map((h) => h.slug));
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(tableOfContents([{ depth: 3, slug: 'intro', text: 'Intro' }])).toEqual([{ slug: 'intro', text: 'Intro', children: [] }]);
  });
});

describe('headingText', () => {
  it('drops tags, decodes character references and collapses whitespace', () => {
    expect(headingText('What &#x201C;increased <em>intestinal</em> permeability&#8221;\n means')).toBe(
      'What “increased intestinal permeability” means',
    );
    expect(headingText('Tests &amp; <span class="x">costs</span> &lt;2&gt; &quot;A&quot; &#39;B&#39;')).toBe('Tests & costs <2> "A" \'B\'');
    expect(headingText('Unknown &bogus; stays')).toBe('Unknown &bogus; stays');
  });
});

describe('sectionUrl', () => {
  it('joins the site URL, the page path and the section id into an absolute URL', () => {
    expect(sectionUrl('https://leaky-gut-evidence.example.org', '/articles/overview/', 'key-points')).toBe(
      'https://leaky-gut-evidence.example.org/articles/overview/#key-points',
    );
    // A site served from a sub-path keeps only the origin: page paths are absolute.
    expect(sectionUrl('https://example.org/base/', '/articles/a/', 'b')).toBe('https://example.org/articles/a/#b');
  });
});

describe('citePagePath', () => {
  it("points at the article's cite page, or at one section's block on it", () => {
    expect(citePagePath('/articles/causes/')).toBe('/articles/causes/cite/');
    expect(citePagePath('/articles/causes/', 'alcohol')).toBe('/articles/causes/cite/#alcohol');
    expect(citePagePath('/articles/causes', 'alcohol')).toBe('/articles/causes/cite/#alcohol');
  });
});

describe('assertSectionIds', () => {
  it('accepts the slugs github-slugger gives ordinary headings, duplicates made unique', () => {
    const slugger = new GithubSlugger();
    const headings = ['Coeliac disease', 'Coeliac disease', 'References'].map((text) => ({ depth: 2, slug: slugger.slug(text), text }));
    expect(headings.map((h) => h.slug)).toEqual(['coeliac-disease', 'coeliac-disease-1', 'references']);
    expect(() => assertSectionIds(headings, 'content/articles/a.mdx')).not.toThrow();
  });

  it('names the file, the heading and the fix when a slug takes an id the page already uses', () => {
    for (const [text, slug] of [
      ['Main', 'main'],
      ['Cite 3', 'cite-3'],
      ['Ref values', 'ref-values'],
      ['References heading', referencesHeadingId],
    ]) {
      expect(() => assertSectionIds([{ slug, text }], 'content/articles/a.mdx')).toTellAuthor(
        new RegExp(`content/articles/a\\.mdx: the heading "${text}" gets the id "${slug}".*\\nFix: reword the heading so its id differs`),
      );
    }
  });
});

describe('a heading without words', () => {
  it('names the file and the heading: it would get no usable id', () => {
    const slugger = new GithubSlugger();
    for (const text of ['🎉', '!!!', '…']) {
      expect(() => assertSectionIds([{ slug: slugger.slug(text), text }], 'content/articles/a.mdx')).toTellAuthor(
        new RegExp(
          `content/articles/a\\.mdx: the heading "${text}" has no letters or numbers, so it gets no usable id.*\\nFix: write the heading in words`,
        ),
      );
    }
  });
});

describe('<SectionHeading> and <TableOfContents>', () => {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });

  it('renders the heading with its id, a named anchor link and a hidden copy button holding the absolute URL', async () => {
    const html = clean(
      await container.renderToString(SectionHeading, {
        props: { level: 3, id: 'tests-costs' },
        slots: { default: 'Tests &amp; <em>costs</em>' },
        request: new Request('http://127.0.0.1/articles/diagnosis/'),
      }),
    );
    // Each tool is named by its aria-label (the icon is CSS): no SVG and no hidden text in the page.
    expect(html).toContain(
      '<div class="section-heading level-3"><h3 id="tests-costs">Tests &amp; <em>costs</em></h3><a class="section-link" href="#tests-costs" aria-label="Section titled “Tests &amp; costs”" data-pagefind-ignore></a>',
    );
    expect(html).toMatch(
      /<button type="button" class="section-copy" aria-label="Copy link to section “Tests &amp; costs”" data-pagefind-ignore data-section-url="https:\/\/[^"]+\/articles\/diagnosis\/#tests-costs" hidden><\/button><\/div>/,
    );
    expect(html).not.toMatch(/<svg|sr-only/);
    // Without a citation address there is no cite link (the reference list's heading).
    expect(html).not.toContain('section-cite');
  });

  it('links an article section to its citation when given the address', async () => {
    const html = clean(
      await container.renderToString(SectionHeading, {
        props: { level: 2, id: 'causes', cite: '/articles/causes/cite/#causes' },
        slots: { default: 'Causes' },
        request: new Request('http://127.0.0.1/articles/causes/'),
      }),
    );
    expect(html).toMatch(
      /<\/button><a class="section-cite" href="\/articles\/causes\/cite\/#causes" aria-label="Cite section “Causes”" data-pagefind-ignore><\/a><\/div>/,
    );
  });

  it('fails without an id, saying how to fix it', async () => {
    await expect(container.renderToString(SectionHeading, { props: { level: 2, id: '' }, slots: { default: 'X' } })).rejects.toTellAuthor(
      /got no id: pass the heading's slug as `id`/,
    );
  });

  it('lists the sections in one <nav> and <details>, as plain links in nested lists', async () => {
    const items = tableOfContents([
      { depth: 2, slug: 'causes', text: 'Causes' },
      { depth: 3, slug: 'alcohol', text: 'Alcohol' },
    ]);
    const html = clean(await container.renderToString(TableOfContents, { props: { items } })).replace(/>\s+</g, '><');
    const list = '<ol><li><a href="#causes">Causes</a><ol><li><a href="#alcohol">Alcohol</a></li></ol></li></ol>';
    expect(html).toContain(
      `<nav class="toc" id="on-this-page" aria-label="On this page" data-pagefind-ignore><details><summary>On this page</summary>${list}</details></nav>`,
    );
    expect(html.match(/<nav/g)).toHaveLength(1);
  });
});

describe('red-flag card ids', () => {
  it('are the level and the title slugged as headings are (github-slugger), so they never clash with a heading', async () => {
    const { redFlagsId } = await import('../../src/lib/sections/red-flags.ts');
    expect(redFlagsId('emergency', 'Go to A&E or call 999 if:')).toBe('red-flags-emergency-go-to-ae-or-call-999-if');
    expect(redFlagsId('urgent', 'Ask for an urgent GP appointment, or call NHS 111, if:')).toBe(
      'red-flags-urgent-ask-for-an-urgent-gp-appointment-or-call-nhs-111-if',
    );
  });
});
