/** Content collections: articles (MDX), references (CSL-JSON) and glossary terms, each validated by a zod schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './config.ts';
import { articleLoader } from './lib/articles/loader.ts';
import { versionEntryId } from './lib/articles/versions.ts';
import { getLibrary } from './lib/citations/library.ts';
import { articleSchema, glossarySchema } from './schemas/article.ts';
import { referenceSchema } from './schemas/reference.ts';

const articles = defineCollection({
  loader: articleLoader(`${contentDir}/articles`),
  schema: articleSchema,
});

const references = defineCollection({
  // The citation library validates the files (with file names and fixes in its errors); the collection mirrors it.
  loader: {
    name: 'csl-references',
    load: async ({ store, parseData }) => {
      store.clear();
      const library = getLibrary(contentDir);
      for (const id of library.ids()) {
        store.set({ id, data: await parseData({ id, data: { ...library.get(id) } }) });
      }
    },
  },
  schema: referenceSchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}/glossary` }),
  schema: glossarySchema,
});

// Frozen copies of articles (content/versions/<slug>/<date>.mdx): same frontmatter and components, their own address.
const versions = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${contentDir}/versions`, generateId: ({ entry }) => versionEntryId(entry) }),
  schema: articleSchema,
});

export const collections = { articles, references, glossary, versions };
