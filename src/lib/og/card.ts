/** The layout of an Open Graph card as the element tree satori lays out: site name, wrapped title, tagline and host. */
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { cardFamily } from './fonts.ts';

/** A satori element: a plain object in React's shape, so no JSX runtime is needed. */
export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode | Array<string | CardNode> };
}

/** What a card shows. */
export interface CardText {
  title: string;
  siteName: string;
  /** The site's host name, e.g. leaky-gut-evidence.example.org. */
  host: string;
  tagline: string;
}

/** The light theme's tokens from src/styles/global.css (a unit test keeps the two equal). */
export const cardColours = {
  ink: '#1b1f24',
  muted: '#4a5360',
  paper: '#ffffff',
  accent: '#0b5c55',
  'accent-strong': '#07403b',
  line: '#c7ccd3',
} as const;

export const cardSize = { width: 1200, height: 630 } as const;

/** How resvg rasterises the card: text is already paths, so it needs no fonts (loading system fonts is slow). */
export const rasterOptions: ResvgRenderOptions = { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } };

/** Title size in pixels: long titles get smaller type so that four lines always fit. */
export function titleSize(title: string): number {
  if (title.length <= 32) return 84;
  if (title.length <= 56) return 72;
  return 60;
}

const div = (style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, ...(children !== undefined && { children }) },
});

/** The card: dark accent band on the left, then site name, title, and a footer with tagline and host. */
export function cardTree({ title, siteName, host, tagline }: CardText): CardNode {
  const c = cardColours;
  return div({ width: cardSize.width, height: cardSize.height, backgroundColor: c.paper, fontFamily: cardFamily }, [
    div({ width: 28, height: '100%', backgroundColor: c.accent }),
    div({ flex: 1, flexDirection: 'column', justifyContent: 'space-between', padding: '60px 72px 52px 64px' }, [
      div({ fontSize: 34, fontWeight: 700, color: c.accent, letterSpacing: 0.5 }, siteName),
      div({ fontSize: titleSize(title), fontWeight: 700, color: c.ink, lineHeight: 1.12, lineClamp: 4, textWrap: 'balance' }, title),
      div({ justifyContent: 'space-between', alignItems: 'flex-end', borderTop: `3px solid ${c.line}`, paddingTop: 24, fontSize: 28 }, [
        div({ color: c.muted, fontWeight: 400 }, tagline),
        div({ color: c['accent-strong'], fontWeight: 700 }, host),
      ]),
    ]),
  ]);
}
