import { compile } from '@mdx-js/mdx';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkCite from '../../src/lib/citations/remark-cite.ts';
import { contentSources } from '../../src/lib/content/sources.ts';
import '../support/author-message.ts';

// A fixture library (real works copied once): improving content/references never breaks these tests.
const contentDir = path.resolve('tests/fixtures/library');
/** A fixture library whose only work is tester2024: suggestions do not change as the real references grow. */
const fixtureDir = path.resolve('tests/fixtures/sites/minimal');

async function run(source: string, dir = contentDir) {
  const file = new VFile({ path: path.join(dir, 'articles/example.mdx'), value: source });
  const compiled = await compile(file, { remarkPlugins: [[remarkCite, { sources: contentSources(dir) }]] });
  return { code: String(compiled), data: compiled.data as { astro: { frontmatter: { citations: unknown } } } };
}

describe('remarkCite', () => {
  it('records the ids in order of first citation, every marker anchor and each citation as written', async () => {
    const { data } = await run(
      'A <Cite id="lacy2024" />.\n\nB <Cite id="compare2024, lacy2024" />.\n\n<Cite id="aguanno2021" locator="3" label="chapter" />\n',
    );
    expect(data.astro.frontmatter.citations).toEqual({
      order: ['lacy2024', 'compare2024', 'aguanno2021'],
      anchors: { lacy2024: ['cite-1', 'cite-2'], compare2024: ['cite-2'], aguanno2021: ['cite-3'] },
      places: [{ ids: ['lacy2024'] }, { ids: ['compare2024', 'lacy2024'] }, { ids: ['aguanno2021'], locator: '3', label: 'chapter' }],
    });
  });

  it('passes each marker its anchor and page numbers', async () => {
    const { code } = await run('A <Cite id="lacy2024" /> B <Cite id="compare2024, lacy2024" />\n');
    expect(code).toContain('anchor: "cite-2"');
    expect(code).toContain('numbers: "2,1"');
  });

  it('fails on an unknown key with the file, line, value and closest id', async () => {
    await expect(run('Intro.\n\nText <Cite id="tester2042" />\n', fixtureDir)).rejects.toTellAuthor(
      /minimal\/articles\/example\.mdx:3:6: unknown citation key "tester2042"\.[\s\S]*did you mean "tester2024"\?/,
    );
  });

  it('fails on an empty id', async () => {
    await expect(run('Text <Cite id=" , " />\n')).rejects.toTellAuthor(/<Cite> needs an id written as a plain string/);
  });

  it('fails on an id given as an expression', async () => {
    await expect(run('Text <Cite id={"lacy2024"} />\n')).rejects.toTellAuthor(/<Cite> needs an id written as a plain string/);
  });

  it('fails on a locator given as an expression, which the author-date marker could not show', async () => {
    await expect(run('Intro.\n\nText <Cite id="lacy2024" locator={266} />\n')).rejects.toTellAuthor(
      /library\/articles\/example\.mdx:3:6: <Cite locator=\.\.\.> must be a plain string[\s\S]*write locator="266" rather than locator=\{266\}/,
    );
  });
});
