/** Errors an author can cause: each names the file, the offending value and how to fix it. */
import { closest, distance } from 'fastest-levenshtein';
import path from 'node:path';

export class ContentError extends Error {
  /** How to fix it, shown by Astro under the message. */
  readonly hint: string;
  constructor(file: string, problem: string, fix: string) {
    super(`${displayPath(file)}: ${problem}\nFix: ${fix}`);
    this.name = 'ContentError';
    this.hint = fix;
  }
}

/** Path relative to the working directory, so messages read the same on every machine. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative.split(path.sep).join('/');
}

/** The closest known id to a mistyped one, or undefined when nothing is near enough to be a typo. */
export function suggestId(wrong: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(wrong, known as string[]);
  return distance(wrong, best) <= Math.max(3, Math.floor(wrong.length / 3)) ? best : undefined;
}
