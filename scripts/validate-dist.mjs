// Checks a built site: html-validate and the W3C Nu HTML Checker on every page (0 errors each) and linkinator
// on every internal link and #fragment (0 broken), offline. Prints the counts; exits 1 naming each page,
// problem and fix. The Nu checker (vnu-jar) runs on Java 17 or newer (Debian: default-jre-headless).
// Usage: npm run validate [-- dir]   (default dist/)
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { HtmlValidate, formatterFactory } from 'html-validate';
import config from '../.htmlvalidate.mjs';
import { LinkState, check } from 'linkinator';

const dist = path.resolve(process.argv[2] ?? 'dist');
if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`${dist}/index.html is missing: build the site first (npm run build).`);
  process.exit(1);
}

const pages = fs
  .readdirSync(dist, { recursive: true })
  .filter((f) => String(f).endsWith('.html'))
  .map((f) => path.join(dist, String(f)));
// The Nu checker knows the HTML and ARIA specifications' own rules, which html-validate does not all have
// (aria-labelledby on <pre>, for one).
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
// One short run: the JIT's first tier only (-XX:TieredStopAtLevel=1) halves the checker's CPU on the whole site (12 s to 6 s
// here, the same messages); that tier needs a larger thread stack for the checker's deep recursion (-Xss16m).
// It starts first and runs beside html-validate and linkinator (Java on its own threads, they on Node's), so the three
// take about as long as the slowest, not their sum.
const nuRun = new Promise((resolve) =>
  execFile(
    'java',
    ['-XX:TieredStopAtLevel=1', '-Xss16m', '-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', ...pages],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    // The checker exits 1 when it finds errors: its JSON on stdout says which.
    (error, stdout, stderr) => resolve({ error: error && !stdout.trim().startsWith('{') ? error : undefined, stdout, stderr }),
  ),
);

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

const nu = await nuRun;
let nuErrors;
if (nu.error || !nu.stdout.trim().startsWith('{')) {
  console.error(`The Nu HTML checker did not run: ${nu.error?.message ?? nu.stderr.trim()}`);
  console.error('Fix: install Java 17 or newer (Debian and Ubuntu: apt-get install default-jre-headless), then run npm run validate again.');
  nuErrors = 1;
} else {
  const { messages } = JSON.parse(nu.stdout);
  const errors = messages.filter((message) => message.type === 'error' || message.subType === 'fatal');
  nuErrors = errors.length;
  for (const error of errors) {
    const file = path.relative(dist, decodeURIComponent(new URL(error.url).pathname));
    console.error(`${file}:${error.lastLine ?? '?'}:${error.firstColumn ?? error.lastColumn ?? '?'}: ${error.message}`);
  }
  console.log(`Nu HTML checker: ${pages.length} pages, ${nuErrors} errors`);
}
process.exit(htmlErrors > 0 || nuErrors > 0 || broken.length > 0 ? 1 : 0);
