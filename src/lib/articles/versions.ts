/**
 * Versions people can cite: frozen copies of an article's text in content/versions/<slug>/<YYYY-MM-DD>.mdx, each
 * published at /articles/<slug>/v/<date>/ and rendered by today's components. One home for their addresses.
 */
import path from 'node:path';
import { contentErrors } from '../content/errors.ts';
import { calendarDate } from '../dates/calendar-date.ts';

export interface VersionId {
  slug: string;
  date: string;
}

/** The address of an article's version. */
export function versionPath(slug: string, date: string): string {
  return `/articles/${slug}/v/${date}/`;
}

/** Whether a page path is a version's (its sections are cited on the current article's cite page, not its own). */
export function isVersionPath(pathname: string): boolean {
  return /^\/articles\/[^/]+\/v\/[^/]+\/$/.test(pathname);
}

/** The collection id of a version file (its path under content/versions without .mdx). */
export function versionEntryId(entry: string): string {
  return entry.replace(/\\/g, '/').replace(/\.mdx$/, '');
}

/**
 * Reads "<slug>/<date>" ids, throwing one error for every version whose folder names no article or whose
 * file name is not a real day up to today.
 */
export function parseVersionIds(ids: readonly string[], dir: string, articleIds: readonly string[], today: string): VersionId[] {
  const problems: { file: string; problem: string; fix: string }[] = [];
  const versions: VersionId[] = [];
  for (const id of ids) {
    const [slug, date, ...rest] = id.split('/');
    const file = path.join(dir, `${id}.mdx`);
    if (rest.length > 0 || date === undefined) {
      problems.push({ file, problem: 'is not where a version goes.', fix: 'keep each version at content/versions/<article slug>/<YYYY-MM-DD>.mdx.' });
    } else if (!articleIds.includes(slug)) {
      problems.push({
        file,
        problem: `the folder "${slug}" matches no article (articles: ${articleIds.join(', ')}).`,
        fix: 'name the folder after the slug of the article this is a version of.',
      });
    } else if (!calendarDate(date)) {
      problems.push({
        file,
        problem: `"${date}" is not a day written YYYY-MM-DD.`,
        fix: 'name the file after the day of the version, e.g. 2026-12-03.mdx.',
      });
    } else if (date > today) {
      problems.push({
        file,
        problem: `the version is dated ${date}, which is in the future (today is ${today}).`,
        fix: 'freeze a version on the day its text is published (npm run freeze).',
      });
    } else {
      versions.push({ slug, date });
    }
  }
  if (problems.length > 0) throw contentErrors(problems);
  return versions.sort((a, b) => a.slug.localeCompare(b.slug) || b.date.localeCompare(a.date));
}
