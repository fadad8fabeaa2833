/**
 * Astro integration: after a build, checks each article's anchor registry (content/anchors/<slug>.json) against its
 * built page. A published id that would disappear fails the build, naming the file, the id and the fix.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentErrors } from '../lib/content/errors.ts';
import { readAnchorRegistries, registryProblems } from '../lib/trust/anchors.ts';

export default function anchorRegistry(contentDir: string): AstroIntegration {
  return {
    name: 'leaky-gut:anchor-registry',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const folder = path.join(contentDir, 'anchors');
        const registries = readAnchorRegistries(folder);
        const problems = [...registries].flatMap(([slug, registry]) => {
          const file = path.join(folder, `${slug}.json`);
          const page = path.join(root, 'articles', slug, 'index.html');
          if (!fs.existsSync(page)) {
            return [
              {
                file,
                problem: `there is no article "${slug}" any more, so every id it published would break.`,
                fix: 'restore the article, or delete this file if the article was withdrawn on purpose.',
              },
            ];
          }
          return registryProblems(file, `/articles/${slug}/`, registry, fs.readFileSync(page, 'utf8'));
        });
        if (problems.length > 0) throw contentErrors(problems);
        const ids = [...registries.values()].reduce((n, r) => n + r.published.length, 0);
        logger.info(`${ids} published anchors of ${registries.size} articles all still answer`);
      },
    },
  };
}
