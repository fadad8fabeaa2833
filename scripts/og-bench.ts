// Times Open Graph card rendering: wall-clock and CPU milliseconds per image, fonts loaded once.
// Usage: npm run bench:og [-- <count>]   (default 100 cards with varied titles)
import { cardFonts } from '../src/lib/og/fonts.ts';
import { ogImagePng } from '../src/lib/og/og-image.ts';
import { cardText } from '../src/lib/og/site-cards.ts';

const count = Number(process.argv[2] ?? 100);
const words = 'gut barrier lining permeability tests diet stress coeliac disease symptoms evidence treatment probiotics zonulin'.split(' ');
const title = (i: number) => Array.from({ length: 4 + (i % 9) }, (_, j) => words[(i * 7 + j * 3) % words.length]).join(' ');

let start = performance.now();
const fonts = cardFonts();
await ogImagePng(cardText('Warm-up'), fonts);
const firstMs = performance.now() - start;

start = performance.now();
const cpu = process.cpuUsage();
let bytes = 0;
for (let i = 0; i < count; i += 1) bytes += (await ogImagePng(cardText(title(i)), fonts)).length;
const used = process.cpuUsage(cpu);
const wallMs = performance.now() - start;

console.log(`first card (fonts read and parsed): ${firstMs.toFixed(0)} ms`);
console.log(
  `${count} cards: ${(wallMs / count).toFixed(1)} ms wall, ${((used.user + used.system) / 1000 / count).toFixed(1)} ms CPU per image, ${(bytes / count / 1024).toFixed(0)} KiB average`,
);
