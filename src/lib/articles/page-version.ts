/** Which version of an article a page shows: its day, and the permanent address of that text where it has one. */
import { versionPath } from './versions.ts';

export interface PageVersion {
  /** The version's day, YYYY-MM-DD. */
  date: string;
  /** Its permanent address (/articles/<slug>/v/<date>/), or the article's own while that day has no frozen copy. */
  path: string;
}

export interface VersionFacts {
  /** The day of the frozen version being shown; none on the current page. */
  frozen?: string;
  /** The day of the newest change-log entry. */
  latestChange?: string;
  /** Days of the article's frozen versions (content/versions/<slug>/). */
  versions: readonly string[];
  lastReviewed: Date;
}

/**
 * A frozen version is its own day and address. The current page is the version of its latest change (else of its
 * last review): its permanent address is that day's frozen copy when `npm run freeze` has made one.
 */
export function pageVersion(slug: string, facts: VersionFacts): PageVersion {
  const date = facts.frozen ?? facts.latestChange ?? facts.lastReviewed.toISOString().slice(0, 10);
  const frozen = facts.frozen !== undefined || facts.versions.includes(date);
  return { date, path: frozen ? versionPath(slug, date) : `/articles/${slug}/` };
}
