/**
 * Astro integration: after a build, refuses any page holding code the project did not write (page-scripts.ts)
 * and writes dist/_headers from the policy the project defines (headers.ts), never from scanning the output,
 * with the media types of the citation downloads (download-types.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { downloadTypeRules } from '../lib/security/download-types.ts';
import { headersFile, securityHeaders } from '../lib/security/headers.ts';
import { unexpectedCode } from '../lib/security/page-scripts.ts';

export default function securityHeadersIntegration(): AstroIntegration {
  return {
    name: 'leaky-gut-security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = fs
          .readdirSync(root, { recursive: true })
          .map(String)
          .filter((file) => file.endsWith('.html'));
        const problems = pages.flatMap((file) => unexpectedCode(fs.readFileSync(path.join(root, file), 'utf8')).map((what) => `${file}: ${what}`));
        if (problems.length > 0) {
          throw new Error(
            `${problems.length} piece${problems.length > 1 ? 's' : ''} of code in the built pages that the project did not write:\n${problems.join('\n')}\n` +
              'Fix: scripts belong in src/components/*.ts (shipped as files); a snippet that must run inline before first paint goes in src/lib/security/inline-scripts.ts, which the Content-Security-Policy allows by hash.',
          );
        }
        fs.writeFileSync(path.join(root, '_headers'), headersFile(securityHeaders()));
        // The citation downloads' media types, as rules of their own after the rules for every path.
        const files = fs.readdirSync(root, { recursive: true }).map((file) => String(file).split(path.sep).join('/'));
        fs.appendFileSync(path.join(root, '_headers'), downloadTypeRules(files));
        logger.info(`_headers written; ${pages.length} pages hold no code the project did not write`);
      },
    },
  };
}
