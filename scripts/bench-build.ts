// One benchmark build, in this process so that its citation counters and peak memory can be read.
// Usage (from scripts/bench.ts): node scripts/bench-build.ts  with LEAKY_GUT_CONTENT_DIR, _OUT_DIR, _CACHE_DIR set.
import { build } from 'astro';
import { citationTiming } from './citation-timing.ts';

const timing = citationTiming();
const started = performance.now();
await build({ logLevel: 'error' });
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, ...timing, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
