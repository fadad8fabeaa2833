import { compile } from '@mdx-js/mdx';
import { Resvg } from '@resvg/resvg-js';
import fs from 'node:fs';
import jsQR from 'jsqr';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkCite from '../../src/lib/citations/remark-cite.ts';
import { contentSources } from '../../src/lib/content/sources.ts';
import { handoutAddress, handoutPath, handoutRedFlags, keySources } from '../../src/lib/handout/handout.ts';
import { qrSvg } from '../../src/lib/handout/qr.ts';
import remarkHandout, { type HandoutText } from '../../src/lib/handout/remark-handout.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { validFrontmatter } from '../fixtures/article-frontmatter.ts';

const fixtureDir = path.resolve('tests/fixtures/ledger');
const sample = fs.readFileSync(path.join(fixtureDir, 'articles/sample.mdx'), 'utf8');

async function handoutOf(source: string): Promise<HandoutText> {
  const file = new VFile({ path: path.join(fixtureDir, 'articles/example.mdx'), value: source });
  const compiled = await compile(file, { remarkPlugins: [remarkGfm, [remarkCite, { sources: contentSources(fixtureDir) }], remarkHandout] });
  return (compiled.data as { astro: { frontmatter: { handout: HandoutText } } }).astro.frontmatter.handout;
}

/** Decodes the QR code of an SVG as a phone would see it: drawn to pixels (resvg), then read (jsQR). */
function decode(svg: string): string | undefined {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: 300 } }).render();
  return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}

describe('handout text', () => {
  it('takes the key points and red-flag cards as plain sentences, without citation markers', async () => {
    expect(await handoutOf(sample)).toEqual({
      keyPoints: ['The gut has a lining. It keeps most things out.', 'One small study found a change in 3.5 in every 100 people.'],
      redFlags: [{ level: 'emergency', title: 'Call 999 if:', items: ['you faint', 'you are bleeding a lot'] }],
    });
  });

  it('has no key points when the article has no "## Key points" list', async () => {
    expect((await handoutOf('## Summary\n\n- A point. <Cite id="alpha2024" />\n')).keyPoints).toEqual([]);
  });
});

describe('handout choices', () => {
  it('lists the most cited works first, ties in order of first citation, at most five', () => {
    const places = [['a'], ['b', 'c'], ['c'], ['d'], ['e'], ['f'], ['c', 'b'], ['g']].map((ids) => ({ ids }));
    expect(keySources(places)).toEqual(['c', 'b', 'a', 'd', 'e']);
    expect(keySources(places, 3)).toEqual(['c', 'b', 'a']);
  });

  it('shows the article’s own red-flag cards, or else those of the first article that has some', () => {
    const card = (title: string) => ({ level: 'urgent' as const, title, items: ['x'] });
    const texts = new Map<string, HandoutText>([
      ['overview', { keyPoints: [], redFlags: [] }],
      ['symptoms', { keyPoints: [], redFlags: [card('Symptoms card')] }],
      ['diagnosis', { keyPoints: [], redFlags: [card('Diagnosis card')] }],
    ]);
    expect(handoutRedFlags('diagnosis', texts)).toEqual([card('Diagnosis card')]);
    expect(handoutRedFlags('overview', texts)).toEqual([card('Symptoms card')]);
  });

  it('points to the newest frozen version, or to the article when it has none', () => {
    expect(handoutAddress('causes', ['2026-11-25', '2026-12-03', '2026-12-01'])).toEqual({
      path: '/articles/causes/v/2026-12-03/',
      date: '2026-12-03',
    });
    expect(handoutAddress('causes', [])).toEqual({ path: '/articles/causes/' });
    expect(handoutPath('causes')).toBe('/articles/causes/handout/');
  });
});

describe('handout QR code', () => {
  const url = 'https://example.org/articles/treatment/v/2026-12-03/';

  it('scans to the address it was made for', () => {
    expect(decode(qrSvg(url, `QR code for ${url}`))).toBe(url);
    const other = 'https://example.org/articles/causes/v/2026-11-25/';
    expect(decode(qrSvg(other, 'QR code'))).toBe(other);
  });

  it('is black on its own white square, with an accessible name', () => {
    const svg = qrSvg(url, 'QR code for <this> "page"');
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="QR code for &lt;this> &quot;page&quot;"/);
    expect(svg).toMatch(/<rect width="(\d+)" height="\1" fill="#fff"\/><path fill="#000" d="M/);
  });
});

describe('questions in the frontmatter', () => {
  const withQuestions = (questions: unknown) => articleSchema.safeParse({ ...validFrontmatter, questions });

  it('are optional, and 3 to 5 questions when given', () => {
    expect(articleSchema.safeParse(validFrontmatter).success).toBe(true);
    expect(withQuestions(['Is this test right for me?', 'What else could it be?', 'When should I come back?']).success).toBe(true);
    expect(withQuestions(['Is this test right for me?', 'What else could it be?']).error?.issues[0].message).toMatch(/3 to 5 questions/);
    expect(withQuestions(Array.from({ length: 6 }, (_, i) => `Question number ${i}?`)).error?.issues[0].message).toMatch(/at most 5/);
  });

  it('must each be a question', () => {
    expect(withQuestions(['Is this test right for me?', 'What else could it be?', 'Tell me about tests.']).error?.issues[0].message).toMatch(
      /ending in "\?"/,
    );
  });
});
