import { compile } from '@mdx-js/mdx';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import Term from '../../src/components/Term.astro';
import { getGlossary } from '../../src/lib/glossary/glossary.ts';
import remarkTerm from '../../src/lib/glossary/remark-term.ts';

const contentDir = path.resolve('content');
const compileWithTerms = (source: string) =>
  compile(new VFile({ path: path.resolve('content/articles/example.mdx'), value: source }), {
    remarkPlugins: [[remarkTerm, { contentDir }]],
  });

describe('glossary', () => {
  it('loads every term from content/glossary keyed by file name', () => {
    const glossary = getGlossary(contentDir);
    expect(glossary.get('tight-junction')).toMatchObject({ term: 'Tight junction', aliases: ['tight junctions'] });
    for (const entry of glossary.values()) expect(entry.definition.length).toBeGreaterThanOrEqual(20);
  });

  it('fails the build on a term that is used but not defined, suggesting the closest id', async () => {
    await expect(compileWithTerms('Seals called <Term id="tight-junctions">tight junctions</Term>.\n')).rejects.toThrow(
      /content\/articles\/example\.mdx:1:14: the glossary has no term "tight-junctions"\.[\s\S]*did you mean "tight-junction"\?/,
    );
    await expect(compileWithTerms('<Term id="zzzzzz">x</Term>\n')).rejects.toThrow(/add content\/glossary\/zzzzzz\.md/);
  });

  it('allows only the first use of a term to be marked', async () => {
    await expect(compileWithTerms('<Term id="claudin">a</Term> and <Term id="claudin">b</Term>\n')).rejects.toThrow(
      /the term "claudin" is marked with <Term> a second time/,
    );
  });

  it('renders a button that opens a native popover with the definition and a glossary link', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Term, { props: { id: 'claudin' }, slots: { default: 'claudin-1' } });
    expect(html).toMatch(/<button type="button" class="term-button" popovertarget="term-claudin"[^>]*>claudin-1<\/button>/);
    expect(html).toMatch(/<span id="term-claudin" popover class="term-popover" role="note"[^>]*><strong>Claudin:<\/strong> A family of proteins/);
    expect(html).toContain('<a href="/glossary/#claudin">See the glossary</a>');
  });
});
