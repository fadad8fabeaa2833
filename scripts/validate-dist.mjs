// Checks a built site: html-validate on every page (0 errors) and linkinator on every internal link and
// #fragment (0 broken), offline. Prints the counts; exits 1 naming each page, problem and fix.
// Usage: npm run validate [-- dir]   (default dist/)
import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate, formatterFactory } from 'html-validate';
import config from '../.htmlvalidate.mjs';
import { LinkState, check } from 'linkinator';

const dist = path.resolve(process.argv[2] ?? 'dist');
if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`${dist}/index.html is missing: build the site first (npm run build).`);
  process.exit(1);
}

const pages = fs.readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).map((f) => path.join(dist, String(f)));
// The project's rules wherever the folder is (a fixture site in /tmp too).
const validator = new HtmlValidate({ ...config, root: true });
const reports = await Promise.all(pages.map((page) => validator.validateFile(page)));
const htmlErrors = reports.reduce((sum, report) => sum + report.errorCount, 0);
if (htmlErrors > 0) console.error(formatterFactory('stylish')(reports.flatMap((report) => report.results)));
console.log(`html-validate: ${pages.length} pages, ${htmlErrors} errors`);

// Only this site's own pages are crawled: links to other hosts are for readers, never fetched here.
const { links } = await check({ path: dist, recurse: true, checkFragments: true, linksToSkip: ['^(?!http://(localhost|127\\.0\\.0\\.1))'] });
const broken = links.filter((link) => link.state === LinkState.BROKEN);
/** A crawled URL as the site's own path ("/articles/x/#y"), whatever server or folder served it. */
const sitePath = (url = '?') => url.replace(/^https?:\/\/[^/]+/, '').replace(dist, '') || '/';
for (const link of broken) {
  const missing = link.url.includes('#') && link.status === 200 ? 'no element has this id' : link.status || 'unreachable';
  console.error(`broken link on ${sitePath(link.parent)}: ${sitePath(link.url)} (${missing})`);
}
const checked = links.filter((link) => link.state !== LinkState.SKIPPED).length;
// linkinator reports each URL once, whatever #fragments point into it; every fragment is still checked.
console.log(`linkinator: ${checked} internal URLs checked with every #fragment that links use, ${broken.length} broken`);
if (broken.length > 0) console.error('Fix: point each link at a page or heading id that exists (ids are in the built HTML), or remove it.');
process.exit(htmlErrors > 0 || broken.length > 0 ? 1 : 0);
