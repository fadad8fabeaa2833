// The glossary on fixture folders (tests/fixtures/glossary/<case>/): loading, what an author is told, <Term>.
import { compile } from '@mdx-js/mdx';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import Term from '../../src/components/Term.astro';
import type { ContentSources } from '../../src/lib/content/sources.ts';
import { loadGlossary } from '../../src/lib/glossary/glossary.ts';
import remarkTerm from '../../src/lib/glossary/remark-term.ts';
import '../support/author-message.ts';

const fixture = (name: string) => path.resolve('tests/fixtures/glossary', name);
const referenceIds = ['tester2024'];
const glossary = loadGlossary(fixture('valid'), referenceIds);
const sources = { dir: fixture('valid'), glossary: () => glossary } as ContentSources;
const compileWithTerms = (source: string) =>
  compile(new VFile({ path: path.resolve('content/articles/example.mdx'), value: source }), { remarkPlugins: [[remarkTerm, { sources }]] });

describe('glossary', () => {
  it('loads every term keyed by file name, with its aliases and sources', () => {
    expect([...glossary.keys()]).toEqual(['barrier', 'tight-junction']);
    expect(glossary.get('barrier')).toEqual({
      id: 'barrier',
      term: 'Gut barrier',
      aliases: ['gut lining'],
      definition: 'The lining of the gut that lets nutrients in and keeps most other things out.',
      sources: ['tester2024'],
    });
    expect(glossary.get('tight-junction')?.sources).toEqual([]);
  });

  it('fails on a source that is not a reference id, suggesting the closest', () => {
    expect(() => loadGlossary(fixture('unknown-source'), referenceIds)).toTellAuthor(
      /unknown-source\/barrier\.md: the source "tester2042" is not a reference id\.\nFix: did you mean "tester2024"\?/,
    );
  });

  it('reports every invalid field of a term at once', () => {
    expect(() => loadGlossary(fixture('invalid-fields'), referenceIds)).toTellAuthor(
      /invalid-fields\/barrier\.md: glossary field "term" is invalid[\s\S]*1 more problem[\s\S]*glossary field "definition" is invalid/,
    );
  });

  it('fails the build on a term that is used but not defined, suggesting the closest id', async () => {
    await expect(compileWithTerms('Seals called <Term id="tight-junctions">tight junctions</Term>.\n')).rejects.toTellAuthor(
      /content\/articles\/example\.mdx:1:14: the glossary has no term "tight-junctions"\.[\s\S]*did you mean "tight-junction"\?/,
    );
    await expect(compileWithTerms('<Term id="zzzzzz">x</Term>\n')).rejects.toTellAuthor(/add content\/glossary\/zzzzzz\.md/);
  });

  it('allows only the first use of a term to be marked', async () => {
    await expect(compileWithTerms('<Term id="barrier">a</Term> and <Term id="barrier">b</Term>\n')).rejects.toTellAuthor(
      /the term "barrier" is marked with <Term> a second time/,
    );
  });

  it('renders a button that opens a native popover with the definition and a glossary link', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Term, {
      props: { id: 'barrier', entry: glossary.get('barrier')! },
      slots: { default: 'gut barrier' },
    });
    expect(html).toMatch(/<button type="button" class="term-button" popovertarget="term-barrier"[^>]*>gut barrier<\/button>/);
    expect(html).toMatch(
      /<span id="term-barrier" popover class="term-popover" role="note"[^>]*><strong>Gut barrier:<\/strong> The lining of the gut/,
    );
    expect(html).toContain('<a href="/glossary/#barrier">See the glossary</a>');
  });
});

describe('a term followed by punctuation', () => {
  it('keeps the comma or full stop on the term line: remark-term moves it into the term, which renders it inside', async () => {
    const compiled = String(
      await compileWithTerms('Tight seals: <Term id="tight-junction">tight junctions</Term>, and more. See <Term id="barrier">the lining</Term>.'),
    );
    expect(compiled).toMatch(/after: ","/);
    expect(compiled).toMatch(/after: "\."/);
    expect(compiled).not.toMatch(/"\s*,\s*and more/);
    const container = await AstroContainer.create();
    const html = await container.renderToString(Term, {
      props: { id: 'barrier', entry: glossary.get('barrier')!, after: '.' },
      slots: { default: 'the lining' },
    });
    expect(html).toMatch(/<span class="term term-joined"[^>]*><button[\s\S]*<\/button><span [^>]*popover[\s\S]*<\/span>\.<\/span>$/);
  });
});
