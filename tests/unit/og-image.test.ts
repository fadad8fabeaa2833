import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachedCardPng, cardKey } from '../../src/lib/og/card-cache.ts';
import { cardColours, cardTree, titleSize } from '../../src/lib/og/card.ts';
import { cardFaces, cardFonts, fontPackage, FontFileError, packageDir, readFonts } from '../../src/lib/og/fonts.ts';
import { ogImagePng } from '../../src/lib/og/og-image.ts';
import { cardText, ogImage, ogImagePath } from '../../src/lib/og/site-cards.ts';
import { pngSize } from '../support/png.ts';

afterEach(() => vi.restoreAllMocks());

describe('Open Graph image', () => {
  it('is a 1200x630 PNG drawn with no network at all', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('network used'));
    const connectSpy = vi.spyOn(net.Socket.prototype, 'connect');
    const png = await ogImagePng(cardText('Tests for leaky gut: what they can and cannot tell you'));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeGreaterThan(10_000); // text and band are drawn, not an empty canvas
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(connectSpy).not.toHaveBeenCalled();
  });

  it('draws each title differently', async () => {
    const [a, b] = await Promise.all(['What is leaky gut?', 'What causes it?'].map((t) => ogImagePng(cardText(t))));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('draws Latin Extended letters from the second subset; without that subset the same title fails', async () => {
    const title = 'Łódź and Ærø: ő, ş, ž';
    expect(pngSize(await ogImagePng(cardText(title)))).toEqual({ width: 1200, height: 630 });
    const latinOnly = readFonts(
      cardFaces.filter((f) => !f.file.includes('-latin-ext-')),
      packageDir(fontPackage),
    );
    expect(latinOnly).toHaveLength(2);
    await expect(ogImagePng(cardText(title), latinOnly)).rejects.toThrow(/no glyph for "Ł/);
  });

  it('fails, naming the character and the fix, when the fonts cannot draw a title', async () => {
    await expect(ogImagePng(cardText('Gut → brain'))).rejects.toThrow(/no glyph for "→"[\s\S]*Fix: rephrase the title/);
  });
});

describe('card fonts', () => {
  it('come from the installed @fontsource package as .woff files, read once', () => {
    const dir = packageDir(fontPackage);
    expect(path.relative(process.cwd(), dir).split(path.sep).join('/')).toBe(`node_modules/${fontPackage}`);
    const fonts = cardFonts();
    expect(fonts).toHaveLength(cardFaces.length);
    for (const [i, font] of fonts.entries()) {
      expect(
        Buffer.from(font.data as Buffer)
          .subarray(0, 4)
          .toString('latin1'),
      ).toBe('wOFF');
      expect(Buffer.from(font.data as Buffer).equals(fs.readFileSync(path.join(dir, cardFaces[i].file)))).toBe(true);
    }
    expect(cardFonts()).toBe(fonts);
  });

  it('a missing font file fails with its path and how to fix it', () => {
    const face = { file: 'files/missing-700-normal.woff', name: 'X', weight: 700 as const };
    const read = () => readFonts([face], packageDir(fontPackage));
    expect(read).toThrow(FontFileError);
    expect(read).toThrow(`Open Graph image font not found: node_modules/${fontPackage}/files/missing-700-normal.woff\nFix: run \`npm install\``);
  });

  it('a package that is not installed, or a .woff2 file, fails the same way', () => {
    expect(() => packageDir('@fontsource/not-installed')).toThrow(
      /package not installed: node_modules\/@fontsource\/not-installed\/package.json\nFix: /,
    );
    expect(() => readFonts([{ file: 'files/a.woff2', name: 'X', weight: 400 }], packageDir(fontPackage))).toThrow(/satori cannot read \.woff2/);
  });
});

describe('card layout', () => {
  it('uses the light theme colours of src/styles/global.css', () => {
    const css = fs.readFileSync('src/styles/global.css', 'utf8');
    const theme = css.slice(css.indexOf('@theme'), css.indexOf('}', css.indexOf('@theme')));
    for (const [token, value] of Object.entries(cardColours)) expect(theme).toContain(`--color-${token}: ${value};`);
  });

  it('shows the site name, the title, the tagline and the host', () => {
    const strings = JSON.stringify(cardTree(cardText('What is leaky gut?')));
    expect(strings).toContain('"Leaky Gut, Evidence First"');
    expect(strings).toContain('"What is leaky gut?"');
    expect(strings).toContain('"leaky-gut-evidence.example.org"');
  });

  it('sets long titles smaller so that the longest allowed title (90 characters) still fits', () => {
    expect(titleSize('What is leaky gut?')).toBeGreaterThan(titleSize('x'.repeat(90)));
  });
});

describe('card cache', () => {
  it('keys a card by what it shows', () => {
    expect(cardKey(cardText('What is leaky gut?'))).not.toBe(cardKey(cardText('What is leaky gut')));
  });

  it('draws a card once, then reads it back; a damaged file is drawn again', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-cache-'));
    const text = cardText('What is leaky gut?');
    const file = path.join(dir, `${cardKey(text)}.png`);
    const drawn = await cachedCardPng(text, dir);
    expect(Buffer.from(fs.readFileSync(file)).equals(Buffer.from(drawn))).toBe(true);

    const marked = Buffer.concat([Buffer.from(drawn), Buffer.from('from the cache')]);
    fs.writeFileSync(file, marked);
    expect(Buffer.from(await cachedCardPng(text, dir)).equals(marked)).toBe(true);

    fs.writeFileSync(file, 'not a png');
    expect(pngSize(await cachedCardPng(text, dir))).toEqual({ width: 1200, height: 630 });
    expect(fs.readdirSync(dir)).toEqual([`${cardKey(text)}.png`]);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('card addresses', () => {
  it('give each article its own card and every other page the site card, as absolute URLs', () => {
    expect(ogImagePath('overview')).toBe('/og/articles/overview.png');
    expect(ogImagePath()).toBe('/og/site.png');
    expect(ogImage('T', 'overview')).toEqual({
      url: 'https://leaky-gut-evidence.example.org/og/articles/overview.png',
      type: 'image/png',
      width: 1200,
      height: 630,
      alt: 'T – Leaky Gut, Evidence First',
    });
  });
});
