/**
 * Counts and times citation formatting in this process. The counters live on globalThis so that a
 * benchmark running `astro build` in-process reads what the bundled pages recorded (scripts/bench.ts).
 */
export interface CitationTiming {
  /** citeproc runs over the whole reference library (one per style per build). */
  styleRuns: number;
  styleMs: number;
  /** Articles whose own "cite this page" citations were formatted. */
  pages: number;
  pageMs: number;
  /** BibTeX, RIS and CSL-JSON exports. */
  exportMs: number;
}

const key = Symbol.for('leaky-gut-evidence.citation-timing');

/** The process-wide counters, created on first use. */
export function citationTiming(): CitationTiming {
  const store = globalThis as { [key]?: CitationTiming };
  store[key] ??= { styleRuns: 0, styleMs: 0, pages: 0, pageMs: 0, exportMs: 0 };
  return store[key];
}

let depth = 0;

/** Runs `work`, adding its duration to one counter; nested timed work counts once, in the outer counter. */
export function timed<T>(counter: 'styleMs' | 'pageMs' | 'exportMs', work: () => T): T {
  if (depth > 0) return work();
  const started = performance.now();
  depth += 1;
  try {
    return work();
  } finally {
    depth -= 1;
    citationTiming()[counter] += performance.now() - started;
  }
}
