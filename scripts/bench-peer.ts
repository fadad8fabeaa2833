// The peer for `npm run bench -- --peer`: the six articles as an Astro Starlight site with rehype-citation (the stack
// the issue compares with), written into a folder where astro, @astrojs/starlight and rehype-citation are installed
// (they are not this project's dependencies; nor is @astrojs/markdown-remark there, which the peer needs too), then built there. Components become their nearest Starlight or
// Markdown form: <Cite> a [@key] citation (Vancouver), a card an aside, a glossary term its words, a figure an image.
// Usage: node --experimental-strip-types scripts/bench-peer.ts <folder>   (prints the built site's path)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const peer = path.resolve(process.argv[2] ?? '');
if (!process.argv[2] || !fs.existsSync(path.join(peer, 'node_modules/@astrojs/starlight'))) {
  console.error('Usage: scripts/bench-peer.ts <folder with astro, @astrojs/starlight, @astrojs/markdown-remark and rehype-citation installed>');
  process.exit(1);
}
const content = path.resolve('content');
const docs = path.join(peer, 'src/content/docs');
fs.rmSync(path.join(peer, 'src'), { recursive: true, force: true });
fs.mkdirSync(docs, { recursive: true });
fs.mkdirSync(path.join(peer, 'public/figures'), { recursive: true });

const references = fs
  .readdirSync(path.join(content, 'references'))
  .flatMap((f) => JSON.parse(fs.readFileSync(path.join(content, 'references', f), 'utf8')));
// Fields we could not confirm are null in our data; citation-js in rehype-citation expects them left out.
fs.writeFileSync(
  path.join(peer, 'references.json'),
  JSON.stringify(references, (key, value) => (value === null || key === 'custom' ? undefined : value)),
);

/** One article as Starlight MDX. */
function convert(source: string): string {
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source)!;
  const keep = frontmatter.split('\n').filter((line) => /^(title|description):/.test(line));
  const text = body
    .replace(/<Cite id="([^"]+)"(?: locator="([^"]+)")?[^/]*\/>/g, (_, ids: string, locator?: string) => {
      const keys = ids.split(',').map((id) => `@${id.trim()}`);
      return `[${keys.join('; ')}${locator ? `, p. ${locator}` : ''}]`;
    })
    .replace(/<Term id="[^"]+">([\s\S]*?)<\/Term>/g, '$1')
    .replace(/<Strength level="([a-z]+)" \/>/g, (_, level: string) => `**${level[0].toUpperCase()}${level.slice(1)}**`)
    .replace(/<Figure id="([^"]+)" \/>/g, (_, id: string) => {
      fs.copyFileSync(path.join(content, 'figures', `${id}.svg`), path.join(peer, 'public/figures', `${id}.svg`));
      const words = JSON.parse(fs.readFileSync(path.join(content, 'figures', `${id}.json`), 'utf8')) as { title: string; alt: string };
      return `![${words.alt}](/figures/${id}.svg)\n\n*${words.title}*`;
    })
    .replace(/<CareCard[^>]*>/g, ':::caution[What to do]')
    .replace(/<\/CareCard>/g, ':::')
    .replace(/<RedFlags[^>]*title="([^"]*)"[^>]*>/g, ':::danger[$1]')
    .replace(/<\/RedFlags>/g, ':::')
    .replace(/<Myth claim="([^"]*)"[^>]*>/g, (_, claim: string) => `:::note[Myth: ${claim.replace(/[[\]]/g, '')}]`)
    .replace(/<\/Myth>/g, ':::');
  return `---\n${keep.join('\n')}\n---\n${text}\n`;
}

for (const file of fs.readdirSync(path.join(content, 'articles')).filter((f) => f.endsWith('.mdx'))) {
  fs.writeFileSync(path.join(docs, file), convert(fs.readFileSync(path.join(content, 'articles', file), 'utf8')));
}
fs.writeFileSync(
  path.join(peer, 'src/content.config.ts'),
  "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
);
fs.writeFileSync(
  path.join(peer, 'astro.config.mjs'),
  `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import rehypeCitation from 'rehype-citation';
import { unified } from '@astrojs/markdown-remark';
export default defineConfig({
  site: 'https://peer.example.org',
  integrations: [starlight({ title: 'Leaky gut (peer)', pagefind: true })],
  markdown: {
    processor: unified({
      rehypePlugins: [[rehypeCitation, { path: ${JSON.stringify(peer)}, bibliography: 'references.json', csl: 'vancouver', linkCitations: true }]],
    }),
  },
});
`,
);
const build = spawnSync(process.execPath, [path.join(peer, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: peer,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) process.exit(build.status ?? 1);
console.log(`Peer built: ${path.join(peer, 'dist')} (npm run bench -- --visits --peer ${path.join(peer, 'dist')})`);
