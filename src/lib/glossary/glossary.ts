/**
 * Reads the glossary (content/glossary/*.md frontmatter) and validates it with the shared zod schema: the one
 * function both the glossary collection and the <Term> remark plugin load it through. Every problem in every
 * file is reported at once, and a `sources` id that names no reference fails the build.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import fs from 'node:fs';
import path from 'node:path';
import { glossarySchema, type GlossaryData } from '../../schemas/article.ts';
import { contentErrors, suggestId, type Problem } from '../content/errors.ts';
import { readText } from '../citations/read-text.ts';

export type GlossaryEntry = GlossaryData & { id: string };
export type Glossary = ReadonlyMap<string, GlossaryEntry>;

const fix = 'give term, definition (at least 20 characters), and optional aliases and sources lists.';

/** Every term of `folder` keyed by its file name (tight-junction.md -> "tight-junction"); `referenceIds` checks `sources`. */
export function loadGlossary(folder: string, referenceIds: readonly string[]): Glossary {
  const entries = new Map<string, GlossaryEntry>();
  const problems: Problem[] = [];
  const known = new Set(referenceIds);
  const files = fs.existsSync(folder)
    ? fs
        .readdirSync(folder)
        .filter((f) => f.endsWith('.md'))
        .sort()
    : [];
  for (const name of files) {
    const file = path.join(folder, name);
    let frontmatter: Record<string, unknown>;
    try {
      ({ frontmatter } = parseFrontmatter(readText(file)));
    } catch (error) {
      problems.push({
        file,
        problem: `the frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]}).`,
        fix: 'put a value that contains ": " in double quotes, e.g. definition: "Short for: ...".',
      });
      continue;
    }
    const result = glossarySchema.safeParse(frontmatter);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push({ file, problem: `glossary field "${issue.path.join('.')}" is invalid: ${issue.message}.`, fix });
      continue;
    }
    for (const source of result.data.sources.filter((id) => !known.has(id))) {
      const suggestion = suggestId(source, referenceIds);
      problems.push({
        file,
        problem: `the source "${source}" is not a reference id.`,
        fix: suggestion
          ? `did you mean "${suggestion}"? Sources are "id" fields in content/references/*.json.`
          : 'add the work to content/references/ first (README.md, "Adding a reference"), or remove it from sources.',
      });
    }
    const id = name.replace(/\.md$/, '');
    entries.set(id, { id, ...result.data });
  }
  if (problems.length > 0) throw contentErrors(problems);
  return entries;
}
