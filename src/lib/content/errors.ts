/**
 * Errors an author can cause, as Astro's own AstroError: the file (and line) and what is wrong as the message, how to
 * fix it as the hint, and the place as the error's location, so Astro's CLI and overlay show the file's line.
 */
import { AstroError } from 'astro/errors';
import { closest, distance } from 'fastest-levenshtein';
import path from 'node:path';

/** One problem an author can fix: where ("file", "file:line" or "file:line:column"), what is wrong and how to fix it. */
export interface Problem {
  file: string;
  problem: string;
  fix: string;
}

/** Path relative to the working directory, so messages read the same on every machine. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative.split(path.sep).join('/');
}

/** "file:line:column" split into Astro's error location (line and column only where known). */
function location(where: string): { file: string; line?: number; column?: number } {
  const match = /^(.*?)(?::(\d+|\?))?(?::(\d+|\?))?$/.exec(where);
  const number = (text?: string) => (text && text !== '?' ? Number(text) : undefined);
  return { file: path.resolve(match?.[1] ?? where), line: number(match?.[2]), column: number(match?.[3]) };
}

/**
 * Astro's public AstroError(message, hint), placed at the problem: `loc` is what Astro's overlay shows the file's line
 * from, and `line`/`column` are what the MDX compiler's wrapper (@astrojs/mdx) keeps when it rethrows.
 */
function astroError(first: Problem, message: string, hint: string): AstroError {
  const loc = location(first.file);
  const error = new AstroError(message, hint);
  error.name = 'ContentError';
  Object.assign(error, { loc, line: loc.line, column: loc.column });
  return error;
}

/** The error for one problem: "file:line: what is wrong", with the fix as its hint. */
export function contentError(file: string, problem: string, fix: string): AstroError {
  return astroError({ file, problem, fix }, `${displayPath(file)}: ${problem}`, fix);
}

/** One error for every problem found, so an author fixes them all in one go; each problem keeps its own fix. */
export function contentErrors(problems: readonly Problem[]): AstroError {
  const [first, ...rest] = problems;
  if (rest.length === 0) return contentError(first.file, first.problem, first.fix);
  const oneFile = rest.every((p) => location(p.file).file === location(first.file).file);
  const more = `${rest.length} more problem${rest.length > 1 ? 's' : ''}${oneFile ? ' in this file' : ''}:`;
  const listed = problems.map((p) => `${displayPath(p.file)}: ${p.problem}\nFix: ${p.fix}`);
  return astroError(first, `${listed[0]}\n\n${more}\n${listed.slice(1).join('\n')}`, 'each problem above is followed by its fix; README.md, "Bad content: what an author is told", explains every message.');
}

/** The closest known id to a mistyped one, or undefined when nothing is near enough to be a typo. */
export function suggestId(wrong: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(wrong, known as string[]);
  return distance(wrong, best) <= Math.max(3, Math.floor(wrong.length / 3)) ? best : undefined;
}
