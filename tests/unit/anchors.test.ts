// The anchor registry: which ids an article page publishes, and what the build says when one would disappear.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasesOf, articleAnchors, readAnchorRegistries, registryProblems, withNewAnchors } from '../../src/lib/trust/anchors.ts';
import '../support/author-message.ts';

const html = fs.readFileSync('tests/fixtures/anchors/page.html', 'utf8');
const file = 'content/anchors/sample.json';

describe('anchors an article publishes', () => {
  it('are its body section headings, paragraphs and red-flag cards, in page order, not the page frame', () => {
    expect(articleAnchors(html)).toEqual([
      'key-points',
      'how-it-is-measured',
      'sugar-tests',
      'sugar-tests--you-drink-two-sugars',
      'red-flags-urgent-see-a-gp-if',
    ]);
  });

  it('are added to a registry, sorted, keeping every id it already had and its aliases', () => {
    const { registry, added } = withNewAnchors({ published: ['an-old-one', 'key-points'], aliases: { 'an-old-one': 'key-points' } }, html);
    expect(added).toEqual(['how-it-is-measured', 'sugar-tests', 'sugar-tests--you-drink-two-sugars', 'red-flags-urgent-see-a-gp-if']);
    expect(registry).toEqual({
      published: [
        'an-old-one',
        'how-it-is-measured',
        'key-points',
        'red-flags-urgent-see-a-gp-if',
        'sugar-tests',
        'sugar-tests--you-drink-two-sugars',
      ],
      aliases: { 'an-old-one': 'key-points' },
    });
  });
});

describe('the registry check', () => {
  it('accepts a page that still has every published id, new ids included, and an alias kept in place of a reworded heading', () => {
    const registry = { published: ['how-it-was-measured', 'key-points'], aliases: { 'how-it-was-measured': 'how-it-is-measured' } };
    expect(registryProblems(file, '/articles/sample/', registry, html)).toEqual([]);
    expect(aliasesOf(registry, 'how-it-is-measured')).toEqual(['how-it-was-measured']);
  });

  it('names the file, the id and the fix when a published id has no anchor and no alias', () => {
    const [problem, ...rest] = registryProblems(file, '/articles/sample/', { published: ['key-points', 'sugar-test'], aliases: {} }, html);
    expect(rest).toEqual([]);
    expect(problem.file).toBe(file);
    expect(problem.problem).toBe(
      'the published id "sugar-test" is no longer on /articles/sample/: no heading, card or paragraph has it, and no alias sends it anywhere. Links people shared to /articles/sample/#sugar-test would break.',
    );
    expect(problem.fix).toBe(
      'reword the heading back, or add "sugar-test": "sugar-tests" to "aliases" in sample.json so old links land on what replaced it.',
    );
  });

  it('accepts a paragraph id kept as an alias, and names a lost paragraph id with the paragraph fix and the nearest new paragraph', () => {
    const kept = {
      published: ['sugar-tests--you-swallow-two-sugars'],
      aliases: { 'sugar-tests--you-swallow-two-sugars': 'sugar-tests--you-drink-two-sugars' },
    };
    expect(registryProblems(file, '/articles/sample/', kept, html)).toEqual([]);
    const [problem] = registryProblems(
      file,
      '/articles/sample/',
      { published: ['sugar-tests', 'sugar-tests--you-eat-two-sugars'], aliases: {} },
      html,
    );
    expect(problem.problem).toMatch(
      /^the published id "sugar-tests--you-eat-two-sugars" is no longer on \/articles\/sample\/: no heading, card or paragraph has it/,
    );
    expect(problem.fix).toBe(
      'a paragraph id is its section\'s id, "--" and its first four words: restore the heading or those words, or add "sugar-tests--you-eat-two-sugars": "sugar-tests--you-drink-two-sugars" to "aliases" in sample.json so old links land on what replaced it.',
    );
  });

  it('refuses an alias to an id the page does not have, and an alias that a heading still uses', () => {
    const problems = registryProblems(
      file,
      '/articles/sample/',
      { published: [], aliases: { 'old-name': 'no-such-heading', 'sugar-tests': 'key-points' } },
      html,
    );
    expect(problems.map((p) => p.problem)).toEqual([
      'the alias "old-name" points to "no-such-heading", which no heading, card or paragraph on /articles/sample/ has.',
      'the alias "sugar-tests" is also the id of a heading, card or paragraph on /articles/sample/.',
    ]);
  });
});

describe('reading registries', () => {
  it('validates each file and names it with the fix', () => {
    const dir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'anchors-'));
    fs.writeFileSync(path.join(dir, 'sample.json'), JSON.stringify({ published: 'key-points' }));
    expect(() => readAnchorRegistries(dir)).toTellAuthor(/sample\.json: published: [^\n]*\nFix: write \{ "published": \["section-id"/);
    fs.rmSync(dir, { recursive: true });
  });
});
