// Benchmark: builds a site of N articles (the six real ones under their own names, whose links between each
// other must resolve, plus N - 6 copies of them with their citations, terms and length) and prints build
// time, citation formatting time, peak memory and a real article page's first-visit weight.
// Usage: npm run bench [-- 100 1000] [--profile] [--visits] [--peer <dist> [--peer-pages /{slug}/]].
// Figures only: it never fails on a number.
// First it prints, for each real article of the built site (dist/, from `npm run build`), a first and a second visit's
// gzipped bytes (the second comes from another article, so the shared CSS and scripts are cached) and the elements
// of its DOM; with --peer, the same figures for another site's build of the same articles (the issue compares with
// Astro Starlight + rehype-citation: its pages are at /{slug}/ there) and our share of each. --visits stops there.
// --profile writes a V8 CPU profile of each build (open it in Chrome DevTools' Performance panel).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { articlesWithin, growth } from './bench-growth.ts';
import { pageWeight, visit } from './page-weight.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const profile = args.includes('--profile');
const peer = option('--peer');
const peerPages = option('--peer-pages') ?? '/{slug}/';
const counts = args.filter((a, i) => /^\d+$/.test(a) && !['--peer', '--peer-pages'].includes(args[i - 1])).map(Number);
const sizes = counts.length > 0 ? counts : [100, 1000];
const profileDir = path.join(os.tmpdir(), 'leaky-gut-bench-profiles');
const content = path.resolve('content');
const sources = fs
  .readdirSync(path.join(content, 'articles'))
  .filter((f) => f.endsWith('.mdx'))
  .sort();
const originals = sources.map((f) => fs.readFileSync(path.join(content, 'articles', f), 'utf8'));

/** A copy of a real article with a title, menu label and position of its own. */
function synthetic(source: string, i: number): string {
  return source
    .replace(
      /^title: (.*)$/m,
      (_, title: string) => `title: ${JSON.stringify(`${JSON.parse(title.startsWith('"') ? title : JSON.stringify(title)).slice(0, 80)} ${i}`)}`,
    )
    .replace(/^navLabel: .*$/m, `navLabel: Article ${i}`)
    .replace(/^order: .*$/m, `order: ${100 + i}`);
}

interface Result {
  ms: number;
  styleRuns: number;
  styleMs: number;
  pages: number;
  pageMs: number;
  exportMs: number;
  maxRssMb: number;
}

/** First and second visits to each real article, ours and (with --peer) the peer's, from built sites. */
function visits() {
  if (!fs.existsSync('dist/index.html')) {
    console.log('No dist/: run `npm run build` first to see first and second visits.\n');
    return;
  }
  const slugs = sources.map((f) => f.replace(/\.mdx$/, ''));
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const header = ['article', 'first visit', 'second visit', 'DOM elements'];
  console.log(`Visits (gzip level 9; the second visit comes from /articles/${slugs[0]}/, or /articles/${slugs[1]}/ for that one itself)`);
  console.log((peer ? [...header, 'peer first', 'peer second', 'peer DOM', 'ours / peer (first, second, DOM)'] : header).join('\t'));
  for (const [i, slug] of slugs.entries()) {
    const from = slugs[i === 0 ? 1 : 0];
    const ours = visit('dist', `/articles/${slug}/`, `/articles/${from}/`);
    const row = [slug, kb(ours.first), kb(ours.second), ours.elements];
    if (peer) {
      const theirs = visit(peer, peerPages.replace('{slug}', slug), peerPages.replace('{slug}', from));
      const ratio = (a: number, b: number) => (a / b).toFixed(2);
      row.push(
        kb(theirs.first),
        kb(theirs.second),
        theirs.elements,
        [ratio(ours.first, theirs.first), ratio(ours.second, theirs.second), ratio(ours.elements, theirs.elements)].join(', '),
      );
    }
    console.log(row.join('\t'));
  }
  console.log('');
}
visits();
if (args.includes('--visits')) process.exit(0);

const rows: Array<Result & { n: number; weight: ReturnType<typeof pageWeight> }> = [];
for (const n of sizes) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `leaky-gut-bench-${n}-`));
  for (const folder of ['references', 'glossary', 'figures']) fs.cpSync(path.join(content, folder), path.join(dir, folder), { recursive: true });
  fs.mkdirSync(path.join(dir, 'articles'));
  sources.forEach((file, i) => fs.writeFileSync(path.join(dir, 'articles', file), originals[i]));
  for (let i = 1; i <= n - sources.length; i += 1)
    fs.writeFileSync(path.join(dir, 'articles', `a${i}.mdx`), synthetic(originals[(i - 1) % originals.length], i));
  const out = path.join(dir, 'dist');
  process.stdout.write(`building ${n} articles in ${dir} ... `);
  const profiling = profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=build-${n}.cpuprofile`] : [];
  const run = spawnSync(process.execPath, [...profiling, '--experimental-strip-types', '--no-warnings', 'scripts/bench-build.ts'], {
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      LEAKY_GUT_CONTENT_DIR: dir,
      LEAKY_GUT_OUT_DIR: out,
      LEAKY_GUT_CACHE_DIR: path.join(dir, 'cache'),
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !last.startsWith('{')) {
    console.error(`failed\n${run.stdout}\n${run.stderr}`);
    process.exit(1);
  }
  const result = JSON.parse(last) as Result;
  rows.push({ n, ...result, weight: pageWeight(out, 'articles/causes/index.html') });
  console.log(profile ? `done (CPU profile: ${path.join(profileDir, `build-${n}.cpuprofile`)})` : 'done');
  fs.rmSync(dir, { recursive: true, force: true });
}

const s = (ms: number) => (ms / 1000).toFixed(1);
console.log(`\nNode ${process.versions.node}, ${os.cpus().length} cores\n`);
console.log(['articles', 'build s', 'ms/article', 'citations s', 'of build', 'style runs', 'peak MB', 'causes page first visit (gzip)'].join('\t'));
for (const r of rows) {
  const citations = r.styleMs + r.pageMs + r.exportMs;
  console.log(
    [
      r.n,
      s(r.ms),
      (r.ms / r.n).toFixed(1),
      `${s(citations)} (lib ${s(r.styleMs)}, pages ${s(r.pageMs)}, exports ${s(r.exportMs)})`,
      `${((100 * citations) / r.ms).toFixed(1)}%`,
      r.styleRuns,
      r.maxRssMb.toFixed(0),
      `${(r.weight.total / 1024).toFixed(1)} KB (HTML ${r.weight.html} B, CSS ${r.weight.css} B, JS ${r.weight.js} B)`,
    ].join('\t'),
  );
}
if (rows.length > 1) {
  const [a, b] = [rows[0], rows.at(-1)!];
  console.log(`\nGrowth: ${b.n / a.n}x the articles took ${(b.ms / a.ms).toFixed(1)}x the time (linear would be ${b.n / a.n}x).`);
  const line = growth(a, b);
  console.log(
    `Each article adds ${line.perArticleMs.toFixed(0)} ms to a fixed ${s(line.fixedMs)} s: 1,000 articles in 60 s would need ` +
      `${((60_000 - line.fixedMs) / 1000).toFixed(0)} ms per article; at this rate 60 s builds ${articlesWithin(60_000, line)} articles.`,
  );
}
