/** Builds the Pagefind search index of the finished site (dist/pagefind/); any indexing problem fails the build. */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { checkPagefind, excludeSelectors, indexedPageCount, unusedPagefindFile, type PagefindEntry } from '../lib/search/indexing.ts';

/** The Astro integration: indexes the output folder once `astro build` has written it. */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'leaky-gut:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = path.join(site, 'pagefind');
        try {
          const { index } = checkPagefind('start', await pagefind.createIndex({ excludeSelectors }));
          if (!index) throw new Error('Pagefind could not start: it returned no index.');
          checkPagefind('index the site', await index.addDirectory({ path: site }));
          checkPagefind('write the index', await index.writeFiles({ outputPath }));
        } finally {
          await pagefind.close();
        }
        for (const file of fs.readdirSync(outputPath)) {
          if (unusedPagefindFile.test(file)) fs.rmSync(path.join(outputPath, file));
        }
        const entry = JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
        logger.info(`Pagefind indexed ${indexedPageCount(entry)} pages into ${path.relative(process.cwd(), outputPath)}/`);
      },
    },
  };
}
