// Builds small fixture content folders with the real `astro build`: a valid one, and one broken in each phase of the build,
// checking what an author is told. The builds run at once, as many as the project's maxConcurrency (vitest.config.ts), each
// in a root of its own (tests/support/fixture-build.ts).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { buildFixture, removeFixtureBuilds } from '../support/fixture-build.ts';

afterAll(removeFixtureBuilds);

describe.concurrent('building fixture sites', () => {
  it('builds a valid minimal site', async ({ expect }) => {
    const { status, output, outDir } = await buildFixture('minimal');
    expect(status, output).toBe(0);
    expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).not.toContain('stale');
    const html = fs.readFileSync(path.join(outDir, 'articles/sample/index.html'), 'utf8');
    // The build `npm run build` makes, whatever the test runner's environment says: a development build has no CSP tag.
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'self\';');
    expect(html).toContain('href="https://doi.org/10.1000/fixture.2024"');
    // A link to the site's own download is a link to a page of the site.
    expect(html).toContain('<a href="/bibliography.bib">the bibliography</a>');
    // The search index is part of every build (src/integrations/pagefind.ts).
    expect(JSON.parse(fs.readFileSync(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')).languages).not.toEqual({});
    // A reworded heading's old id (content/anchors/sample.json aliases) stands right before the heading that replaced it.
    expect(html).toMatch(/<span id="old-section" class="anchor-alias"><\/span><div class="section-heading level-2"><h2 id="section">/);
    // A paragraph's id and ¶ link, and the old id of a paragraph whose first words changed, kept at its start.
    expect(html).toContain(
      '<p id="section--a-sentence-with-a"><span id="section--one-sentence-with-a" class="anchor-alias"></span>A sentence with a citation.',
    );
    expect(html).toContain(
      '<a class="para-link" href="#section--a-sentence-with-a" aria-label="Link to this paragraph" data-pagefind-ignore>¶</a></p>',
    );
    expect(output).toContain('4 published anchors of 1 articles all still answer');
    // An evidence receipt shows under the design label in the reference list; the evidence map shows the one cell given.
    expect(html).toMatch(
      /<span class="evidence-label">Narrative review<\/span>[\s\S]*<p class="receipt"><span class="receipt-who">Review of 12 studies\.<\/span>/,
    );
    const map = fs.readFileSync(path.join(outDir, 'evidence/index.html'), 'utf8');
    expect(map).toMatch(
      /<td data-label="Measured permeability"><span class="strength strength-weak">[\s\S]*?1 human study or review[\s\S]*?<a href="\/references\/tester2024\/">/,
    );
    expect(map.match(/No human studies found<\/td>/g)).toHaveLength(35);
    // A frozen version (versions/sample/2026-11-25.mdx) has its own page: a banner, noindex, canonical to the article.
    const version = fs.readFileSync(path.join(outDir, 'articles/sample/v/2026-11-25/index.html'), 'utf8');
    expect(version).toContain('You are reading the version of <time datetime="2026-11-25">25 November 2026</time>');
    expect(version).toMatch(/<meta name="robots" content="noindex"><link rel="canonical" href="[^"]+\/articles\/sample\/">/);
  });

  // One build per phase of `astro build` in which a content problem can be found: what these builds prove is the wiring,
  // that a problem found there fails the build with the file, the value and the fix in its output and leaves no output
  // behind. The message of every rule is tested where it is produced, without a build (README, "Bad content: what an
  // author is told", names each rule's test). Listed longest first: they start in this order, two at a time.
  it.for<{ phase: string; fixture: string; message: RegExp }>([
    // After every page is written (astro:build:done): a heading and a paragraph reworded without an alias.
    {
      phase: 'build done',
      fixture: 'anchor-removed',
      message:
        /anchor-removed\/anchors\/sample\.json: the published id "how-it-was-measured" is no longer on \/articles\/sample\/: no heading, card or paragraph has it, and no alias sends it anywhere[\s\S]*Fix: reword the heading back, or add "how-it-was-measured": "[^"]+" to "aliases" in sample\.json[\s\S]*anchor-removed\/anchors\/sample\.json: the published id "section--a-sentence-once-written" is no longer on \/articles\/sample\/[\s\S]*Fix: a paragraph id is its section's id, "--" and its first four words: restore the heading or those words, or add "section--a-sentence-once-written": "section--a-sentence-with-a" to "aliases"/,
    },
    // The pages' own code: here the versions route's getStaticPaths, which checks every frozen version against the
    // articles. The client assets already written are removed with the rest.
    {
      phase: 'page generation',
      fixture: 'version-orphan',
      message:
        /version-orphan\/versions\/sampel\/2026-11-25\.mdx: the folder "sampel" matches no article \(articles: sample\)\.\s+Hint:\s+name the folder after the slug of the article this is a version of/,
    },
    // A remark plugin's error keeps its line, column and fix through the MDX compiler: content is code, so an import, a
    // script, an event handler and an expression are each refused, all in one message.
    {
      phase: 'MDX compile',
      fixture: 'hostile-markup',
      message:
        /hostile-markup\/articles\/sample\.mdx:13:1: import and export statements are not allowed in articles[\s\S]*Fix: remove the statement[\s\S]*3 more problems in this file:[\s\S]*sample\.mdx:19:1: <script> is not allowed in an article[\s\S]*sample\.mdx:21:1: <abbr> has the event handler onmouseover=[\s\S]*sample\.mdx:23:10: a \{\.\.\.\} expression is not allowed[\s\S]*Hint:\s+each problem above is followed by its fix/,
    },
    // Astro loads the collections at once and stops at the first loader that throws, so one loader's problems only: the
    // articles loader's rules about the articles together and the references they cite, three problems in one error.
    {
      phase: 'content load',
      fixture: 'collection-rules',
      message:
        /collection-rules\/articles\/second\.mdx: order 1 is already the order of [^\n]*collection-rules\/articles\/sample\.mdx\.\s+Fix: give each article its own place[\s\S]*2 more problems:[\s\S]*second\.mdx: the review was due on 2026-01-10 and is overdue \(today is 2026-12-03\)\.\s+Fix: review the article against current evidence[\s\S]*collection-rules\/references: reference "lonely2023" is cited in no article and has no custom\.readerNote\.\s+Fix: cite it where it supports a sentence, or add "readerNote"[\s\S]*Hint:\s+each problem above is followed by its fix/,
    },
  ])(
    'a problem found at $phase ($fixture) fails the build, names the file, the value and the fix, and leaves no output',
    async ({ fixture, message }, { expect }) => {
      const { status, output, outDir } = await buildFixture(fixture);
      expect(status).not.toBe(0);
      expect(output).toMatch(message);
      expect(output).toContain('was removed so that no half-built site is served or deployed');
      expect(fs.existsSync(outDir)).toBe(false);
    },
  );
});
