/** Astro integration: after a build, hashes every inline script in dist/ and writes dist/_headers. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { downloadTypeRules } from '../lib/security/download-types.ts';
import { headersFile, inlineScripts, scriptHash, securityHeaders } from '../lib/security/headers.ts';

export default function securityHeadersIntegration(): AstroIntegration {
  return {
    name: 'leaky-gut-security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = fs.readdirSync(root, { recursive: true }).map(String).filter((file) => file.endsWith('.html'));
        const hashes = pages.flatMap((file) => inlineScripts(fs.readFileSync(path.join(root, file), 'utf8')).map(scriptHash));
        fs.writeFileSync(path.join(root, '_headers'), headersFile(securityHeaders(hashes)));
        // The citation downloads' media types, as rules of their own after the rules for every path.
        const files = fs.readdirSync(root, { recursive: true }).map((file) => String(file).split(path.sep).join('/'));
        fs.appendFileSync(path.join(root, '_headers'), downloadTypeRules(files));
        logger.info(`_headers written: ${new Set(hashes).size} inline-script hashes from ${pages.length} pages`);
      },
    },
  };
}
