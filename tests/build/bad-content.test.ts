// Builds small fixture content folders with the real `astro build` and checks what an author is told. The builds run at
// once, as many as the project's maxConcurrency (vitest.config.ts), each in a root of its own (tests/support/fixture-build.ts).
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

  it.for<[string, RegExp]>([
    [
      'unknown-key',
      /tests\/fixtures\/sites\/unknown-key\/articles\/sample\.mdx:16:\d+: unknown citation key "tester2042"\.\s+Hint:\s+did you mean "tester2024"\?/,
    ],
    [
      'malformed-doi',
      /malformed-doi\/references\/refs\.json: reference "tester2024" has a malformed DOI "doi\.org\/10\.1000\/fixture\.2024"\.\s+Hint:\s+write the bare DOI/,
    ],
    [
      'duplicate-id',
      /duplicate-id\/references\/refs\.json: duplicate reference id "tester2024" \(item 1\); it is already defined in more\.json item 1\.\s+Hint:\s+keep one entry/,
    ],
    [
      'missing-style-field',
      /reference "tester2024" \(article-journal\) has no "issued", which the APA and Vancouver styles need[\s\S]*Hint:\s+add it from the publisher or PubMed record/,
    ],
    [
      'missing-frontmatter',
      /articles → sample data does not match collection schema\.\s+lastReviewed: lastReviewed must be a date written as YYYY-MM-DD[\s\S]*missing-frontmatter\/articles\/sample\.mdx/,
    ],
    [
      'invalid-frontmatter',
      /articles → sample data does not match collection schema\.\s+nextReview: nextReview must be a date written as YYYY-MM-DD[\s\S]*invalid-frontmatter\/articles\/sample\.mdx/,
    ],
    // The glob loader reads files in parallel: either one may be found second.
    [
      'duplicate-slug',
      /duplicate-slug\/articles\/(second|sample)\.mdx: duplicate article slug "sample": (sample|second)\.mdx has it too\.\s+Hint:\s+give one of the two files another name/,
    ],
    ['unclosed-component', /Expected a closing tag for `<Myth>` \(18:1-18:52\)[\s\S]*unclosed-component\/articles\/sample\.mdx/],
    // "## Main" would get the id "main", which the page frame gives its <main> (the skip link's target).
    [
      'heading-id-clash',
      /heading-id-clash\/articles\/sample\.mdx: the heading "Main" gets the id "main", which the page already uses for something else[\s\S]*Reword the heading so its id differs/,
    ],
    // Content is code: an import, a script, an event handler and an expression are each refused, all in one message.
    [
      'hostile-markup',
      /hostile-markup\/articles\/sample\.mdx:13:1: import and export statements are not allowed in articles[\s\S]*3 more problems in this file:[\s\S]*sample\.mdx:19:1: <script> is not allowed in an article[\s\S]*sample\.mdx:21:1: <abbr> has the event handler onmouseover=[\s\S]*sample\.mdx:23:10: a \{\.\.\.\} expression is not allowed/,
    ],
    // YAML would publish 2026-02-30 as 2 March without a word.
    [
      'impossible-date',
      /impossible-date\/articles\/sample\.mdx:6: lastReviewed is 2026-02-30, which is not a day of the calendar[\s\S]*Hint:\s+write a real date as YYYY-MM-DD/,
    ],
    // Vite's own message for this was "No such file or directory".
    [
      'non-utf8',
      /non-utf8\/articles\/sample\.mdx:17: is not UTF-8 text: byte 0xE9 near "Caf" is not valid UTF-8[\s\S]*Hint:\s+save the file as UTF-8/,
    ],
    // A figure's drawing is content too: a script, an event handler and a file from another host are each refused.
    [
      'hostile-figure',
      /hostile-figure\/figures\/diagram\.svg: <rect> has the event handler onclick="alert\(1\)"[\s\S]*2 more problems in this file:[\s\S]*<script> is not allowed in a figure: it runs code[\s\S]*<image> is not allowed in a figure: it loads a picture file/,
    ],
    // A heading reworded without an alias: the registry still lists its old id.
    [
      'anchor-removed',
      /anchor-removed\/anchors\/sample\.json: the published id "how-it-was-measured" is no longer on \/articles\/sample\/: no heading, card or paragraph has it, and no alias sends it anywhere[\s\S]*Fix: reword the heading back, or add "how-it-was-measured": "[^"]+" to "aliases" in sample\.json[\s\S]*anchor-removed\/anchors\/sample\.json: the published id "section--a-sentence-once-written" is no longer on \/articles\/sample\/[\s\S]*Fix: a paragraph id is its section's id, "--" and its first four words: restore the heading or those words, or add "section--a-sentence-once-written": "section--a-sentence-with-a" to "aliases"/,
    ],
    [
      'changelog-future',
      /changelog-future\/changes\/sample\.json: entry 1 is dated 2999-01-01, which is in the future \(today is \d{4}-\d{2}-\d{2}\)\.\s+Hint:\s+date an entry on the day the change was published/,
    ],
    [
      'unknown-licence',
      /licence "CC-BY-5\.0" is not a licence the site knows\. Fix: write one of CC-BY-4\.0, CC-BY-SA-4\.0, CC0-1\.0[\s\S]*unknown-licence\/articles\/sample\.mdx/,
    ],
    [
      'version-orphan',
      /version-orphan\/versions\/sampel\/2026-11-25\.mdx: the folder "sampel" matches no article \(articles: sample\)\.\s+Hint:\s+name the folder after the slug of the article this is a version of/,
    ],
    // The evidence map counts studies in people: a laboratory study in a cell fails the build.
    [
      'evidence-map-lab-study',
      /evidence-map-lab-study\/evidence-map\.json: cell 1 \("zinc" × "permeability"\) lists "dish2023", a laboratory or animal study \(design "laboratory-or-animal"\); the map counts evidence in people only\.\s+Hint:\s+remove "dish2023" from this cell/,
    ],
    // Rules about the articles together, all reported at once: one order for two articles, a review overdue on LEAKY_GUT_TODAY.
    [
      'collection-rules',
      /collection-rules\/articles\/second\.mdx: order 1 is already the order of [^\n]*collection-rules\/articles\/sample\.mdx\.\s+Fix: give each article its own place[\s\S]*1 more problem in this file:[\s\S]*second\.mdx: the review was due on 2026-01-10 and is overdue \(today is 2026-12-03\)\.\s+Fix: review the article against current evidence/,
    ],
    [
      'uncited-reference',
      /uncited-reference\/references: reference "lonely2023" is cited in no article and has no custom\.readerNote\.\s+Hint:\s+cite it where it supports a sentence, or add "readerNote"/,
    ],
  ])('fails on %s, names the file, the value and the fix, and leaves no output', async ([fixture, message], { expect }) => {
    const { status, output, outDir } = await buildFixture(fixture);
    expect(status).not.toBe(0);
    expect(output).toMatch(message);
    expect(output).toContain('was removed so that no half-built site is served or deployed');
    expect(fs.existsSync(outDir)).toBe(false);
  });
});
