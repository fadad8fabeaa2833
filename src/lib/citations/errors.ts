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

/** One error for every problem found in a file, so an author fixes them all in one go. */
export function contentErrors(problems: readonly { file: string; problem: string; fix: string }[]): ContentError {
  const [first, ...rest] = problems;
  const error = new ContentError(first.file, first.problem, first.fix);
  if (rest.length > 0) {
    error.message += `\n\n${rest.length} more problem${rest.length > 1 ? 's' : ''} in this file:\n${rest
      .map((p) => `${displayPath(p.file)}: ${p.problem}\nFix: ${p.fix}`)
      .join('\n')}`;
  }
  return error;
}
