/**
 * The articles' content loader: Astro's glob loader, plus a check that each frontmatter date written as
 * YYYY-MM-DD is a day that exists. YAML turns an unquoted 2026-02-30 into 2 March without a word; only the
 * file's own text shows what the author wrote. Reading it also refuses a file that is not UTF-8.
 */
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { contentError, contentErrors, displayPath, type Problem } from '../content/errors.ts';
import { calendarDate } from '../dates/calendar-date.ts';
import { readText } from '../citations/read-text.ts';
import { articleIdGenerator } from './article-id.ts';
import { contentSources, type ContentSources } from '../content/sources.ts';
import { citedIds } from './prose.ts';
import { reviewProblems, type Reviewed } from './review.ts';

/** Frontmatter fields that hold dates. */
const dateFields = ['lastReviewed', 'nextReview'];

/** Throws, naming the file and line, when YAML read a date field from text that is not a real date. */
export function checkArticleSource(filePath: string, data: Record<string, unknown>): void {
  const lines = readText(filePath).split(/\r?\n/);
  const end = lines.indexOf('---', 1);
  for (const field of dateFields) {
    if (!(data[field] instanceof Date)) continue; // strings are the schema's to check
    const line = lines.slice(0, end).findIndex((l) => l.startsWith(`${field}:`));
    const written = lines[line]
      ?.slice(field.length + 1)
      .replace(/#.*$/, '')
      .trim()
      .replace(/^(['"])(.*)\1$/, '$2');
    if (written !== undefined && !calendarDate(written)) {
      throw contentError(
        `${filePath}:${line + 1}`,
        `${field} is ${written}, which is not a day of the calendar (YAML would have published it as ${(data[field] as Date).toISOString().slice(0, 10)}).`,
        `write a real date as YYYY-MM-DD, e.g. ${field}: 2026-11-25.`,
      );
    }
  }
}

/** Problems of the loaded articles as a whole: two articles with one `order`, review dates overdue on `today`. */
export function collectionProblems(articles: readonly { file: string; data: Reviewed & { order: number } }[], today: string): Problem[] {
  const problems: Problem[] = [];
  const byOrder = new Map<number, string>();
  for (const { file, data } of articles) {
    const first = byOrder.get(data.order);
    if (first) {
      problems.push({
        file,
        problem: `order ${data.order} is already the order of ${displayPath(first)}.`,
        fix: 'give each article its own place in the reading sequence (order: 1, 2, 3 ...).',
      });
    } else byOrder.set(data.order, file);
    for (const problem of reviewProblems(data, new Date(`${today}T00:00:00Z`))) problems.push({ file, ...problem });
  }
  return problems;
}

/**
 * References that no article cites and that carry no readerNote: /sources/ lists every work the site has read, and
 * for one it does not cite, the reader is told why; without a note there would be nothing to say.
 */
export function uncitedProblems(sources: ContentSources, articleSources: readonly string[]): Problem[] {
  const library = sources.library();
  const figures = sources.figures();
  let cited: Set<string>;
  try {
    cited = new Set(articleSources.flatMap((mdx) => citedIds(mdx, figures)));
  } catch {
    // An article that is not valid MDX: its compile step names the file and line; what it cites is not known yet.
    return [];
  }
  // A mistyped key leaves its work looking uncited: the remark plugin's message ("did you mean …?") is the one to read.
  if ([...cited].some((id) => !library.has(id))) return [];
  return library
    .ids()
    .filter((id) => !cited.has(id) && !library.get(id).custom.readerNote)
    .map((id) => ({
      file: path.join(sources.dir, 'references'),
      problem: `reference "${id}" is cited in no article and has no custom.readerNote.`,
      fix: 'cite it where it supports a sentence, or add "readerNote" to its "custom" object: what the paper is about and why it is not used as evidence.',
    }));
}

/**
 * Astro's glob loader over content/articles/*.mdx, with the written-date check before each entry's schema and,
 * once all are loaded (cached entries included), the rules that concern the collection as a whole, and the
 * references' rule that needs the articles (uncitedProblems), on the references as they are at each load (an author
 * who adds a readerNote while `astro dev` runs sees the error go).
 */
export function articleLoader(base: string, options: { today: string; contentDir: string }): Loader {
  const inner = glob({ pattern: '*.mdx', base, generateId: articleIdGenerator(base) });
  return {
    ...inner,
    load: async (context) => {
      await inner.load({
        ...context,
        parseData: async (props) => {
          if (props.filePath) checkArticleSource(props.filePath, props.data);
          return context.parseData(props);
        },
      });
      const loaded = [...context.store.values()]
        .map((entry) => ({ file: path.resolve(entry.filePath ?? entry.id), data: entry.data as unknown as Reviewed & { order: number } }))
        .sort((a, b) => a.file.localeCompare(b.file));
      const bodies = [...context.store.values()].map((entry) => entry.body ?? '');
      const problems = [...collectionProblems(loaded, options.today), ...uncitedProblems(contentSources(options.contentDir), bodies)];
      if (problems.length > 0) throw contentErrors(problems);
    },
  };
}
