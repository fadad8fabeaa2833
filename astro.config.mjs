// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { cacheDir, contentDir, site } from './src/config.ts';
import remarkCite from './src/lib/citations/remark-cite.ts';
import remarkLedger from './src/lib/ledger/remark-ledger.ts';
import remarkHandout from './src/lib/handout/remark-handout.ts';
import remarkFigure from './src/lib/figures/remark-figure.ts';
import remarkTerm from './src/lib/glossary/remark-term.ts';
import remarkContentChecks from './src/lib/articles/remark-content-checks.ts';
import rehypeTableLabels from './src/lib/tables/rehype-table-labels.ts';
import rehypeParagraphLinks from './src/lib/paragraphs/rehype-paragraph-links.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import anchorRegistry from './src/integrations/anchor-registry.ts';
import { contentSources } from './src/lib/content/sources.ts';

// What the remark plugins check articles against at compile time, loaded once by the collections' own loaders.
const sources = contentSources(contentDir);

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Tests build broken fixture sites into their own folders so they never touch dist/ or its cache.
  outDir: process.env.LEAKY_GUT_OUT_DIR ?? './dist',
  cacheDir,
  // The sitemap takes its origin from `site`; the 404 page and frozen versions stay out of it (they are noindex too).
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !/^\/404\/?$|^\/articles\/[^/]+\/v\//.test(new URL(page).pathname) }),
    anchorRegistry(contentDir),
    pagefindIndex(),
    securityHeaders(),
  ],
  markdown: {
    processor: unified({
      remarkPlugins: [
        [remarkContentChecks, { sources }],
        [remarkFigure, { sources }],
        [remarkCite, { sources }],
        [remarkLedger, { sources }],
        remarkHandout,
        [remarkTerm, { sources }],
      ],
      rehypePlugins: [rehypeTableLabels, [rehypeParagraphLinks, { contentDir }]],
    }),
  },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Client scripts ship as cached files, never inline: the CSP then allows only this site's files and the
      // known snippets of src/lib/security/inline-scripts.ts.
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every MDX module carries this directive; the warning is noise (see STACK-NOTES).
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
