/**
 * Article ids (the <slug> of /articles/<slug>/): the file name, or a `slug:` in the frontmatter, made
 * URL-safe by github-slugger. Two articles with the same id would silently overwrite each other in
 * Astro's store, so the second one fails the build instead.
 */
import { slug } from 'github-slugger';
import path from 'node:path';
import { contentError } from '../content/errors.ts';

/** The id an article file is published under: its frontmatter `slug:` if it has one, else its file name. */
export function articleId(entry: string, data: Record<string, unknown>): string {
  return typeof data.slug === 'string' ? slug(data.slug) : slug(entry.replace(/\.mdx$/, ''));
}

export function articleIdGenerator(base: string) {
  const owners = new Map<string, string>();
  return ({ entry, data }: { entry: string; data: Record<string, unknown> }): string => {
    const id = articleId(entry, data);
    const owner = owners.get(id);
    if (owner && owner !== entry) {
      throw contentError(
        path.join(base, entry),
        `duplicate article slug "${id}": ${owner} has it too.`,
        'give one of the two files another name (or another slug: in its frontmatter); an article lives at /articles/<slug>/.',
      );
    }
    owners.set(id, entry);
    return id;
  };
}
