/**
 * The benchmark's citation counters: listens to the channels src/lib/citations/timing.ts announces work on, and
 * counts and times it. Nested work (an export inside a page citation) counts once, in the outer counter.
 */
import diagnostics from 'node:diagnostics_channel';
import { citationChannelName, type CitationWork } from '../src/lib/citations/timing.ts';

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

const timing: CitationTiming = { styleRuns: 0, styleMs: 0, pages: 0, pageMs: 0, exportMs: 0 };
const counters = { style: 'styleMs', page: 'pageMs', export: 'exportMs' } as const;
let depth = 0;
let started = 0;
let listening = false;

/** Starts counting (once per process) and returns the live counters. */
export function citationTiming(): CitationTiming {
  if (!listening) {
    listening = true;
    for (const work of Object.keys(counters) as CitationWork[]) {
      diagnostics.tracingChannel(citationChannelName(work)).subscribe({
        start() {
          if (depth++ === 0) started = performance.now();
          if (work === 'style') timing.styleRuns += 1;
          if (work === 'page') timing.pages += 1;
        },
        end() {
          if (--depth === 0) timing[counters[work]] += performance.now() - started;
        },
        asyncStart() {},
        asyncEnd() {},
        error() {},
      });
    }
  }
  return timing;
}
