// Records every section, red-flag card and paragraph id of the built articles in content/anchors/<slug>.json (additions only:
// a published id is never dropped). Run by `npm run anchors` after a build.
import fs from 'node:fs';
import path from 'node:path';
import { readAnchorRegistries, withNewAnchors } from '../src/lib/trust/anchors.ts';

const contentDir = path.resolve(process.env.LEAKY_GUT_CONTENT_DIR ?? 'content');
const dist = path.resolve(process.env.LEAKY_GUT_OUT_DIR ?? 'dist');
const folder = path.join(contentDir, 'anchors');
const articlesDir = path.join(dist, 'articles');
if (!fs.existsSync(articlesDir)) {
  console.error(`${path.relative(process.cwd(), articlesDir)} does not exist: build the site first (npm run build).`);
  process.exit(1);
}
const registries = readAnchorRegistries(folder);
fs.mkdirSync(folder, { recursive: true });
let total = 0;
for (const slug of fs.readdirSync(articlesDir).sort()) {
  const page = path.join(articlesDir, slug, 'index.html');
  if (!fs.existsSync(page)) continue;
  const { registry, added } = withNewAnchors(registries.get(slug), fs.readFileSync(page, 'utf8'));
  if (added.length === 0 && registries.has(slug)) continue;
  fs.writeFileSync(path.join(folder, `${slug}.json`), `${JSON.stringify(registry, null, 2)}\n`);
  total += added.length;
  console.log(`content/anchors/${slug}.json: ${added.length} new id${added.length === 1 ? '' : 's'}${added.length ? `: ${added.join(', ')}` : ''}`);
}
console.log(
  total === 0 ? 'No new anchors: every registry is up to date.' : `${total} new anchors recorded. Commit content/anchors/ with the article.`,
);
