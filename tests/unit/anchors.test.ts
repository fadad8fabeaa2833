// The anchor registry: which ids an article page publishes, and what the build says when one would disappear.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasesOf, articleAnchors, readAnchorRegistries, registryProblems, withNewAnchors } from '../../src/lib/trust/anchors.ts';
import '../support/author-message.ts';

const html = fs.readFileSync('tests/fixtures/anchors/page.html', 'utf8');
const file = 'content/anchors/sample.json';

describe('anchors an article publishes', () => {
  it('are its body section headings and red-flag cards, in page order, not the page frame', () => {
    expect(articleAnchors(html)).toEqual(['key-points', 'how-it-is-measured', 'sugar-tests', 'red-flags-urgent-see-a-gp-if']);
  });

  it('are added to a registry, sorted, keeping every id it already had and its aliases', () => {
    const { registry, added } = withNewAnchors({ published: ['an-old-one', 'key-points'], aliases: { 'an-old-one': 'key-points' } }, html);
    expect(added).toEqual(['how-it-is-measured', 'sugar-tests', 'red-flags-urgent-see-a-gp-if']);
    expect(registry).toEqual({ published: ['an-old-one', 'how-it-is-measured', 'key-points', 'red-flags-urgent-see-a-gp-if', 'sugar-tests'], aliases: { 'an-old-one': 'key-points' } });
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
      'the published id "sugar-test" is no longer on /articles/sample/: no heading or card has it, and no alias sends it anywhere. Links people shared to /articles/sample/#sugar-test would break.',
    );
    expect(problem.fix).toBe('reword the heading back, or add "sugar-test": "sugar-tests" to "aliases" in sample.json so old links land on the heading that replaced it.');
  });

  it('refuses an alias to an id the page does not have, and an alias that a heading still uses', () => {
    const problems = registryProblems(file, '/articles/sample/', { published: [], aliases: { 'old-name': 'no-such-heading', 'sugar-tests': 'key-points' } }, html);
    expect(problems.map((p) => p.problem)).toEqual([
      'the alias "old-name" points to "no-such-heading", which no heading or card on /articles/sample/ has.',
      'the alias "sugar-tests" is also the id of a heading or card on /articles/sample/.',
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
