/** The fonts drawn into Open Graph images: .woff files from an installed @fontsource package, read once per build. */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Font } from 'satori';

/** The npm package the card fonts come from; it is a dependency, so `npm install` provides it. */
export const fontPackage = '@fontsource/atkinson-hyperlegible-next';

/** The family name the card's layout asks for. */
export const cardFamily = 'Atkinson Hyperlegible Next';

/** One font face for the card: a file inside `fontPackage`, the family name it goes by and its weight. */
export interface FontFace {
  file: string;
  name: string;
  weight: 400 | 700;
}

/**
 * Latin and Latin Extended subsets, regular and bold (satori reads .woff/.ttf/.otf, never .woff2).
 * satori uses one face per family and weight and falls back to other families for missing glyphs,
 * so the extended subset needs a family name of its own.
 */
export const cardFaces: readonly FontFace[] = (['latin', 'latin-ext'] as const).flatMap((subset) =>
  ([400, 700] as const).map((weight) => ({
    file: `files/atkinson-hyperlegible-next-${subset}-${weight}-normal.woff`,
    name: subset === 'latin' ? cardFamily : `${cardFamily} ${subset}`,
    weight,
  })),
);

/** A font file that cannot be read: names the file and how to get it back. */
export class FontFileError extends Error {
  /** How to fix it, shown by Astro under the message. */
  readonly hint: string;
  constructor(file: string, problem: string, cause?: unknown) {
    const hint = `run \`npm install\` so that node_modules/${fontPackage} is present, or point cardFaces in src/lib/og/fonts.ts at a .woff, .ttf or .otf file that exists`;
    super(`Open Graph image font ${problem}: ${file}\nFix: ${hint}`, { cause });
    this.name = 'FontFileError';
    this.hint = hint;
  }
}

/** Where an installed package lives, resolved from the working directory (bundled build code has no stable import.meta.url). */
export function packageDir(name: string, from = process.cwd()): string {
  const require = createRequire(path.join(from, 'package.json'));
  try {
    return path.dirname(require.resolve(`${name}/package.json`));
  } catch (error) {
    throw new FontFileError(path.join('node_modules', name, 'package.json'), 'package not installed', error);
  }
}

/** Reads each face into the shape satori takes; a missing file throws FontFileError naming it. */
export function readFonts(faces: readonly FontFace[], dir: string): Font[] {
  return faces.map(({ file, name, weight }) => {
    const full = path.join(dir, file);
    const shown = path.relative(process.cwd(), full).split(path.sep).join('/');
    if (!/\.(woff|ttf|otf)$/.test(file)) throw new FontFileError(shown, 'is not .woff, .ttf or .otf (satori cannot read .woff2)');
    try {
      return { name, data: fs.readFileSync(full), weight, style: 'normal' as const };
    } catch (error) {
      throw new FontFileError(shown, 'not found', error);
    }
  });
}

let cached: Font[] | undefined;

/** The card fonts, read from disk on first use and then reused for every image of the build. */
export function cardFonts(): Font[] {
  cached ??= readFonts(cardFaces, packageDir(fontPackage));
  return cached;
}
