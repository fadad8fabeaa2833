// First-visit weight of every article, measured in the browser (bytes, never time). JavaScript has its own
// test (javascript-budget.spec.ts).
import fs from 'node:fs';
import zlib from 'node:zlib';
import { citedIds, proseText, wordCount } from '../../src/lib/articles/prose.ts';
import { expect, test } from './fixtures.ts';

const articles = ['overview', 'causes', 'symptoms', 'diagnosis', 'treatment', 'prevention'];
/**
 * Gzipped HTML + CSS + JS of a first visit, allowed in proportion to what the article holds: a fixed 15 KB (the
 * CSS, 10.5 KB with the phone's table cards and menu, the figures and the print handout; the scripts, 2.3 KB; the
 * page frame with its review box, change log and licence), 0.5 KB for each distinct work it cites (its entry in
 * the reference list with backlinks, its JSON-LD citation and Highwire tag) and 6 KB for each 1,000 words of prose
 * (the text with its numbered markers, figures and cards; the author-date markers load only on request). Today's
 * pages use 92-96% of their allowance (33.6 KB for symptoms, 2,004 words and 20 works; 56.6 KB for diagnosis,
 * 3,492 words and 43 works), so growth in what every page repeats shows up; `npm run bench` prints the figures.
 */
export function firstVisitBudget(words: number, works: number): number {
  return Math.round((15 + 0.5 * works + (6 * words) / 1000) * 1024);
}

for (const slug of articles) {
  test(`a first visit to /articles/${slug}/ stays within the page-weight budget and loads no web font`, async ({ page }) => {
    const responses: Array<Promise<{ url: string; type: string; gzip: number }>> = [];
    page.on('response', (response) =>
      responses.push(
        response
          .body()
          .catch(() => Buffer.alloc(0))
          .then((body) => ({ url: response.url(), type: response.request().resourceType(), gzip: zlib.gzipSync(body, { level: 9 }).length })),
      ),
    );
    await page.goto(`/articles/${slug}/`);
    const sizes = await Promise.all(responses);
    const sum = (types: string[]) => sizes.filter((s) => types.includes(s.type)).reduce((total, s) => total + s.gzip, 0);
    const total = sum(['document', 'stylesheet', 'script']);
    console.log(`${slug}: first visit ${total} B gzipped (HTML ${sum(['document'])}, CSS ${sum(['stylesheet'])}, JS files ${sum(['script'])})`);
    expect(sizes.filter((s) => s.type === 'font'), 'web fonts (the site uses system fonts)').toEqual([]);
    // Nothing else loads on a first visit but the icon the browser asks for on its own.
    const others = sizes.filter((s) => !['document', 'stylesheet', 'script'].includes(s.type) && !s.url.endsWith('/favicon.svg'));
    expect(others.map((s) => `${s.type} ${s.url}`)).toEqual([]);
    const source = fs.readFileSync(`content/articles/${slug}.mdx`, 'utf8');
    const budget = firstVisitBudget(wordCount(proseText(source)), citedIds(source).length);
    console.log(`${slug}: budget ${budget} B, ${((100 * total) / budget).toFixed(0)}% used`);
    expect(total).toBeLessThanOrEqual(budget);
  });
}
