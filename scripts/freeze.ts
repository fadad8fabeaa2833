// Freezes the text of articles as citable versions: copies content/articles/<slug>.mdx to
// content/versions/<slug>/<date>.mdx, the date being the article's latest change-log entry (so a version is named
// for the day its text last changed). `npm run freeze` does every article, `npm run freeze -- causes` one.
import fs from 'node:fs';
import path from 'node:path';
import { readChangeLogs } from '../src/lib/trust/change-log.ts';

const contentDir = path.resolve(process.env.LEAKY_GUT_CONTENT_DIR ?? 'content');
const logs = readChangeLogs(path.join(contentDir, 'changes'));
const slugs =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : fs
        .readdirSync(path.join(contentDir, 'articles'))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => f.replace(/\.mdx$/, ''));
for (const slug of slugs) {
  const date = logs.get(slug)?.[0]?.date;
  if (!date) {
    console.error(`content/changes/${slug}.json has no entry: write what changed first, then freeze.`);
    process.exitCode = 1;
    continue;
  }
  const target = path.join(contentDir, 'versions', slug, `${date}.mdx`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(path.join(contentDir, 'articles', `${slug}.mdx`), target);
  console.log(`${path.relative(process.cwd(), target)}: the text of ${slug} as of ${date}`);
}
