/**
 * The articles' content loader: Astro's glob loader, plus a check that each frontmatter date written as
 * YYYY-MM-DD is a day that exists. YAML turns an unquoted 2026-02-30 into 2 March without a word; only the
 * file's own text shows what the author wrote. Reading it also refuses a file that is not UTF-8.
 */
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { ContentError } from '../citations/errors.ts';
import { calendarDate } from '../dates/calendar-date.ts';
import { readText } from '../citations/read-text.ts';
import { articleIdGenerator } from './article-id.ts';

/** Frontmatter fields that hold dates. */
const dateFields = ['lastReviewed', 'nextReview'];

/** Throws, naming the file and line, when YAML read a date field from text that is not a real date. */
export function checkArticleSource(filePath: string, data: Record<string, unknown>): void {
  const lines = readText(filePath).split(/\r?\n/);
  const end = lines.indexOf('---', 1);
  for (const field of dateFields) {
    if (!(data[field] instanceof Date)) continue; // strings are the schema's to check
    const line = lines.slice(0, end).findIndex((l) => l.startsWith(`${field}:`));
    const written = lines[line]?.slice(field.length + 1).replace(/#.*$/, '').trim().replace(/^(['"])(.*)\1$/, '$2');
    if (written !== undefined && !calendarDate(written)) {
      throw new ContentError(
        `${filePath}:${line + 1}`,
        `${field} is ${written}, which is not a day of the calendar (YAML would have published it as ${(data[field] as Date).toISOString().slice(0, 10)}).`,
        `write a real date as YYYY-MM-DD, e.g. ${field}: 2026-11-25.`,
      );
    }
  }
}

/** Astro's glob loader over content/articles/*.mdx, with the written-date check before each entry's schema. */
export function articleLoader(base: string): Loader {
  const inner = glob({ pattern: '*.mdx', base, generateId: articleIdGenerator(base) });
  return {
    ...inner,
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          if (props.filePath) checkArticleSource(props.filePath, props.data);
          return context.parseData(props);
        },
      }),
  };
}
