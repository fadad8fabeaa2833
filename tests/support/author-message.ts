/**
 * `toTellAuthor(pattern)`: what an author reads (a RegExp, or a string it contains) for a content error, matched as one text. A content error is Astro's
 * AstroError(message, hint): the file, line and problem in the message, the fix in the hint, which Astro prints under
 * "Hint:". The text is the message, then "Fix: " and the hint. Works on a function that throws, and after `.rejects`.
 */
import { expect } from 'vitest';

/** The message and, when there is one, the hint as "Fix: ...". */
export function authorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const hint = (error as { hint?: string }).hint;
  return hint ? `${error.message}\nFix: ${hint}` : error.message;
}

expect.extend({
  toTellAuthor(received: unknown, pattern: RegExp | string) {
    let error: unknown = received;
    if (typeof received === 'function') {
      try {
        received();
        return { pass: false, message: () => 'expected the function to throw, but it returned' };
      } catch (thrown) {
        error = thrown;
      }
    }
    const text = authorText(error);
    return {
      pass: typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text),
      message: () => `expected the error to tell the author ${pattern}, but it says:\n${text}`,
    };
  },
});

declare module 'vitest' {
  // The type parameters must match vitest's own declaration for the interfaces to merge.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface Matchers<R extends void | Promise<void> = void | Promise<void>, T = unknown> {
    /** The error's message and hint (as "Fix: ...") match the pattern. */
    toTellAuthor(pattern: RegExp | string): R;
  }
}
