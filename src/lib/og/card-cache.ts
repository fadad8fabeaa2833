/** Rendered cards kept on disk between builds, keyed by everything that decides their pixels: an unchanged card is read, not redrawn. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cacheDir } from '../../config.ts';
import { cardSize, cardTree, rasterOptions, type CardText } from './card.ts';
import { cardFonts } from './fonts.ts';

const sha256 = (data: string | Uint8Array) => crypto.createHash('sha256').update(data).digest('hex');
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let shared: string | undefined;

/** What all cards share: the font bytes, the satori and resvg versions, the size and raster options (computed once). */
function sharedInputs(): string {
  if (shared) return shared;
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  const fonts = cardFonts().map((f) => [f.name, f.weight, sha256(f.data as Buffer)]);
  shared = sha256(JSON.stringify({ fonts, satori: version('satori'), resvg: version('@resvg/resvg-js'), cardSize, rasterOptions }));
  return shared;
}

/** The cache key of a card: its full element tree (text, layout, colours) plus the shared inputs. */
export function cardKey(text: CardText): string {
  return sha256(JSON.stringify(cardTree(text)) + sharedInputs());
}

/** The card's PNG from `dir` when an identical card was drawn before, otherwise drawn now and stored there. */
export async function cachedCardPng(text: CardText, dir = path.join(cacheDir, 'og')): Promise<Uint8Array> {
  const file = path.join(dir, `${cardKey(text)}.png`);
  try {
    const stored = fs.readFileSync(file);
    if (stored.subarray(0, 8).equals(pngSignature)) return new Uint8Array(stored.buffer, stored.byteOffset, stored.byteLength);
  } catch {
    // Not drawn yet: draw it below.
  }
  // Loaded on a miss only: importing satori costs ~0.2 s of CPU that a build with every card cached can skip.
  const { ogImagePng } = await import('./og-image.ts');
  const png = await ogImagePng(text);
  fs.mkdirSync(dir, { recursive: true });
  // Write then rename, so an interrupted build never leaves a truncated card behind.
  const partial = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(partial, png);
  fs.renameSync(partial, file);
  return png;
}
