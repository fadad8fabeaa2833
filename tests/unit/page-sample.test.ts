// Which pages axe checks at a phone's width: the CSS that differs between a phone's screen and a desktop's, the kinds
// of markup it may style on a page, and the pages picked (tests/e2e/page-sample.ts), on fixture CSS and HTML.
import { describe, expect, it } from 'vitest';
import {
  kindsMeeting,
  linkedStylesheets,
  markupKinds,
  mediaQueryHolds,
  phoneSample,
  screenDependentSelectors,
  selectorCompounds,
  smallestCover,
} from '../e2e/page-sample.ts';

// The screens of the phone and desktop projects (Pixel 7, Desktop Chrome), as the tests would read them.
const phone = { width: 412, height: 839, touch: true };
const desktop = { width: 1280, height: 720, touch: false };

/** The kinds of markup of `html` that the rules of `css` which differ between the two screens may style. */
const meeting = (css: string, html: string) => [...kindsMeeting(markupKinds(html), screenDependentSelectors(css, phone, desktop))].sort();

describe('mediaQueryHolds', () => {
  it.each([
    ['(width < 48rem)', true, false],
    ['(width<48rem)', true, false],
    ['screen and (width < 40rem)', true, false],
    ['not all and (width>=48rem)', true, false],
    ['(max-width: 600px)', true, false],
    ['(min-width: 600px)', false, true],
    ['(40rem <= width < 64rem)', false, false],
    ['(20rem <= width < 64rem)', true, false],
    ['(hover: none)', true, false],
    ['(pointer: coarse)', true, false],
    ['(hover:hover) and (pointer:fine)', false, true],
    ['(hover: none), (width >= 64rem)', true, true],
    ['not ((hover: none) or (pointer: coarse))', false, true],
    ['print', false, false],
    ['screen', true, true],
    ['not print', true, true],
    ['screen and (prefers-color-scheme:dark)', false, false],
    ['(forced-colors: active)', false, false],
  ])('@media %s holds on the phone: %s, on the desktop: %s', (query, onPhone, onDesktop) => {
    expect(mediaQueryHolds(query, phone)).toBe(onPhone);
    expect(mediaQueryHolds(query, desktop)).toBe(onDesktop);
  });

  it('reads other range features, and throws on a feature or a query it cannot read rather than guess', () => {
    expect([mediaQueryHolds('(aspect-ratio > 1/1)', phone), mediaQueryHolds('(aspect-ratio > 1/1)', desktop)]).toEqual([false, true]);
    expect(() => mediaQueryHolds('(widht < 48rem)', phone)).toThrow(/widht/);
    expect(() => mediaQueryHolds('screen and (width <', phone)).toThrow(/Cannot read/);
  });
});

describe('selectorCompounds', () => {
  it('reads each selector of a list as its compounds, each as the kinds it asks for', () => {
    expect(selectorCompounds('.prose table, nav.menu > a.active.open')).toEqual([
      [['.prose'], ['table']],
      [['nav.menu'], ['a.active', 'a.open']],
    ]);
  });

  it('ignores pseudo-classes, pseudo-elements and attributes, and leaves out what matches on every page', () => {
    expect(selectorCompounds('.foo:focus-within')).toEqual([[['.foo']]]);
    expect(selectorCompounds('td[data-label]:not(:first-child)::before')).toEqual([[['td']]]);
    expect(selectorCompounds(':root, *, [hidden]')).toEqual([[], [], []]);
  });

  it('reads escaped class names as the HTML writes them', () => {
    expect(selectorCompounds('.sm\\:mt-3, .py-0\\.5')).toEqual([[['.sm:mt-3']], [['.py-0.5']]]);
  });
});

describe('the kinds of markup that CSS differing between the screens may style', () => {
  const html = '<body><div class="foo card"><table><tr><td>1</td></tr></table></div><p class="note">x</p></body>';

  it('counts a rule inside @media (width < 48rem), and not the same rule outside any query or in @media print', () => {
    expect(meeting('@media (width < 48rem) { .foo { padding: 0 } }', html)).toEqual(['div.foo']);
    expect(meeting('.foo { padding: 0 }', html)).toEqual([]);
    expect(meeting('@media print { .foo { padding: 0 } }', html)).toEqual([]);
    expect(meeting('@media screen { .foo { padding: 0 } }', html)).toEqual([]);
  });

  it('counts the rules the phone alone does without: a minimum width, a mouse', () => {
    expect(meeting('@media (width >= 48rem) { .note { margin: 0 } }', html)).toEqual(['p.note']);
    expect(meeting('@media (hover: hover) and (pointer: fine) { .note { margin: 0 } }', html)).toEqual(['p.note']);
  });

  it('reads queries around queries and @supports, and the media query of the link that loads the stylesheet', () => {
    const css = '@layer components { @supports (display: grid) { @media (width < 48rem) { .foo { padding: 0 } } } }';
    expect(meeting(css, html)).toEqual(['div.foo']);
    expect(meeting('@media screen { @media print { .foo { padding: 0 } } }', html)).toEqual([]);
    expect([
      ...kindsMeeting(markupKinds(html), screenDependentSelectors('@media (width < 48rem) { .foo { padding: 0 } }', phone, desktop, 'print')),
    ]).toEqual([]);
  });

  it('takes `.foo:focus-within` to target `.foo` on any element, and `a.foo` only on a link', () => {
    expect(meeting('@media (width < 48rem) { .foo:focus-within { outline: 0 } }', html)).toEqual(['div.foo']);
    expect(meeting('@media (width < 48rem) { a.foo { color: red } }', html)).toEqual([]);
    expect(meeting('@media (width < 48rem) { a.foo { color: red } }', '<a class="foo" href="/">x</a>')).toEqual(['a.foo']);
  });

  it('counts a selector only on a page that holds every compound of it, and then each of its kinds', () => {
    expect(meeting('@media (width < 48rem) { .foo td { display: block } }', html)).toEqual(['div.foo', 'td']);
    expect(meeting('@media (width < 48rem) { .missing td { display: block } }', html)).toEqual([]);
  });

  it('adds nothing for a selector that matches on every page', () => {
    expect(meeting('@media (width < 48rem) { :root, * { font-size: 1rem } }', html)).toEqual([]);
  });

  it('throws on an at-rule that might depend on the screen', () => {
    expect(() => screenDependentSelectors('@container (width < 30rem) { .foo { padding: 0 } }', phone, desktop)).toThrow(/@container/);
  });
});

describe('linkedStylesheets', () => {
  it('lists the stylesheets a page links, with their media query', () => {
    const head =
      '<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/print.css" media="print">';
    expect(linkedStylesheets(head)).toEqual([
      { href: '/_astro/a.css', media: undefined },
      { href: '/print.css', media: 'print' },
    ]);
  });
});

describe('phoneSample', () => {
  it('picks the home page and the fewest pages holding what it lacks, never a page without any such kind', () => {
    const meets = new Map([
      ['/', new Set(['form.search'])],
      ['/a/', new Set(['form.search', 'table', 'td'])],
      ['/b/', new Set(['form.search', 'table'])],
      ['/c/', new Set(['table.map'])],
      ['/d/', new Set<string>()],
    ]);
    expect(phoneSample(meets)).toEqual(['/', '/a/', '/c/']);
    expect(
      phoneSample(
        new Map([
          ['/', new Set<string>()],
          ['/d/', new Set<string>()],
        ]),
      ),
    ).toEqual(['/']);
  });

  it('adds no page for what the home page holds already', () => {
    expect(
      phoneSample(
        new Map([
          ['/', new Set(['nav.menu', 'table'])],
          ['/a/', new Set(['table'])],
        ]),
      ),
    ).toEqual(['/']);
  });
});

describe('smallestCover', () => {
  it('picks the fewest pages that hold everything, greedily, and no page that adds nothing', () => {
    const holds = new Map([
      ['/x/', new Set(['a', 'b'])],
      ['/y/', new Set(['b', 'c', 'd'])],
      ['/z/', new Set(['a'])],
    ]);
    expect(smallestCover(holds)).toEqual(['/x/', '/y/']);
  });
});
