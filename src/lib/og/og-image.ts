/** Renders an Open Graph card to a 1200x630 PNG offline: satori lays it out with local fonts, resvg rasterises it. */
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { cardSize, cardTree, rasterOptions, type CardText } from './card.ts';
import { cardFonts, fontPackage } from './fonts.ts';

/** The PNG bytes of one card. */
export async function ogImagePng(text: CardText, fonts: Font[] = cardFonts()): Promise<Uint8Array> {
  const svg = await satori(cardTree(text), {
    ...cardSize,
    // satori caches parsed fonts per array object: passing the same array every time parses them once.
    fonts,
    // Called only for characters no local font covers: fail rather than fetch a font or draw empty boxes.
    loadAdditionalAsset: async (_language, segment) => {
      throw new Error(
        `Open Graph card for "${text.title}": the card font (${fontPackage}) has no glyph for "${segment}".\n` +
          'Fix: rephrase the title without that character, or add a font that covers it to cardFaces in src/lib/og/fonts.ts.',
      );
    },
  });
  const png = new Resvg(svg, rasterOptions).render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
