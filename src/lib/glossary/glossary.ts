/** Loads the glossary (content/glossary/*.md frontmatter) once, validated by the shared zod schema. */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import fs from 'node:fs';
import path from 'node:path';
import { glossarySchema, type GlossaryData } from '../../schemas/article.ts';
import { contentDir } from '../../config.ts';
import { ContentError } from '../citations/errors.ts';
import { readText } from '../citations/read-text.ts';

export type GlossaryEntry = GlossaryData & { id: string };

const glossaries = new Map<string, ReadonlyMap<string, GlossaryEntry>>();

/** Every term keyed by its file name (tight-junction.md -> "tight-junction"), loaded once per folder. */
export function getGlossary(dir: string = contentDir): ReadonlyMap<string, GlossaryEntry> {
  const folder = path.join(dir, 'glossary');
  const cached = glossaries.get(folder);
  if (cached) return cached;
  const entries = new Map<string, GlossaryEntry>();
  const files = fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.endsWith('.md')).sort() : [];
  for (const name of files) {
    const file = path.join(folder, name);
    const source = readText(file);
    let frontmatter: Record<string, unknown>;
    try {
      ({ frontmatter } = parseFrontmatter(source));
    } catch (error) {
      throw new ContentError(file, `the frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]}).`, 'put a value that contains ": " in double quotes, e.g. definition: "Short for: ...".');
    }
    const result = glossarySchema.safeParse(frontmatter);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new ContentError(file, `glossary field "${issue.path.join('.')}" is invalid: ${issue.message}.`, 'give term, definition (at least 20 characters), and optional aliases and sources lists.');
    }
    entries.set(name.replace(/\.md$/, ''), { id: name.replace(/\.md$/, ''), ...result.data });
  }
  glossaries.set(folder, entries);
  return entries;
}
