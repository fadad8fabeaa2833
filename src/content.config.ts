/**
 * Content collections: articles (MDX), references (CSL-JSON), glossary terms and frozen versions. Every content
 * rule is checked here, when the collections load, failing the build with the file, the value and the fix for
 * every problem at once; pages and layouts read these collections and pass the data down as props.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { contentDir } from './config.ts';
import { articleLoader } from './lib/articles/loader.ts';
import { versionEntryId } from './lib/articles/versions.ts';
import { loadReferences } from './lib/citations/references.ts';
import { loadGlossary } from './lib/glossary/glossary.ts';
import { today } from './lib/trust/change-log.ts';
import { articleSchema, glossarySchema } from './schemas/article.ts';
import { referenceSchema } from './schemas/reference.ts';

const referencesDir = path.join(contentDir, 'references');

const articles = defineCollection({
  loader: articleLoader(`${contentDir}/articles`, { today: today(), contentDir }),
  schema: articleSchema,
});

// loadReferences validates every file (with file names and fixes in its errors); the same function feeds the remark plugins.
const references = defineCollection({
  loader: {
    name: 'csl-references',
    load: async ({ store, parseData }) => {
      store.clear();
      for (const [id, ref] of loadReferences(referencesDir)) store.set({ id, data: await parseData({ id, data: { ...ref } }) });
    },
  },
  schema: referenceSchema,
});

// loadGlossary checks each term and its sources against the references; the <Term> remark plugin loads it the same way.
const glossary = defineCollection({
  loader: {
    name: 'glossary-terms',
    load: async ({ store, parseData }) => {
      store.clear();
      const terms = loadGlossary(path.join(contentDir, 'glossary'), [...loadReferences(referencesDir).keys()]);
      for (const [id, { id: _, ...term }] of terms) store.set({ id, data: await parseData({ id, data: term }) });
    },
  },
  schema: glossarySchema,
});

// Frozen copies of articles (content/versions/<slug>/<date>.mdx): same frontmatter and components, their own address.
const versions = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${contentDir}/versions`, generateId: ({ entry }) => versionEntryId(entry) }),
  schema: articleSchema,
});

export const collections = { articles, references, glossary, versions };
