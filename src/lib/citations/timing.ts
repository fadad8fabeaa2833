/**
 * Citation work (formatting the library in a style, citing a page, exporting) announced on Node's diagnostics
 * channels: it costs nothing while nobody listens, and the benchmark listens (scripts/citation-timing.ts). Channels
 * are found by name process-wide, so a bench that runs `astro build` in-process hears the bundled pages.
 */
import diagnostics from 'node:diagnostics_channel';

export type CitationWork = 'style' | 'page' | 'export';

/** The channel name of each kind of work (the bench subscribes to the same names). */
export const citationChannelName = (work: CitationWork) => `leaky-gut:citations:${work}`;

const channels = {
  style: diagnostics.tracingChannel(citationChannelName('style')),
  page: diagnostics.tracingChannel(citationChannelName('page')),
  export: diagnostics.tracingChannel(citationChannelName('export')),
};

/** Runs `work`, announcing its start and end on its channel when someone listens. */
export function traced<T>(work: CitationWork, run: () => T): T {
  const channel = channels[work];
  return channel.hasSubscribers ? channel.traceSync(run, {}) : run();
}
