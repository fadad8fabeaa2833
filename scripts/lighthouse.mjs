// Lighthouse (mobile, simulated throttling) against the built site served on 127.0.0.1, offline, in the
// Chromium the tests use. Prints the four category scores per page; exits 1 if any is below 100.
// Usage: npm run lighthouse [-- /path/ ...]   (default: the home page and every article)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from './chromium.mjs';

const port = 4398;
const origin = `http://127.0.0.1:${port}`;
const articles = fs.readdirSync('dist/articles', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `/articles/${d.name}/`);
const paths = process.argv.length > 2 ? process.argv.slice(2) : ['/', ...articles.sort()];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

// Its own process group: the wrapper starts Astro as a child, and both must stop with this script.
const server = spawn(process.execPath, ['scripts/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore', detached: true });
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {
    // already stopped
  }
};
process.on('exit', stop);
for (let i = 0; ; i += 1) {
  try {
    if ((await fetch(origin)).ok) break;
  } catch {
    if (i > 100) throw new Error(`the preview server did not start on ${origin}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
});
let failed = false;
console.log(['page'.padEnd(28), ...categories].join('\t'));
try {
  for (const path of paths) {
    const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
    const lhr = result?.lhr;
    const scores = categories.map((c) => Math.round((lhr?.categories[c]?.score ?? 0) * 100));
    failed ||= scores.some((s) => s < 100);
    console.log([path.padEnd(28), ...scores].join('\t'));
    for (const audit of Object.values(lhr?.audits ?? {})) {
      if (audit.score !== null && audit.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) {
        console.log(`    ${audit.id}: ${audit.displayValue ?? audit.score}`);
      }
    }
  }
} finally {
  await chrome.kill();
  stop();
}
process.exit(failed ? 1 : 0);
