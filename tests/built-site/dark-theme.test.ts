// The dark theme changes colours only, read from the built CSS without a browser. The axe runs in the dark theme
// (tests/e2e/accessibility*.spec.ts) check axe's colour rules only: every other rule reads what the dark theme leaves
// as it is (markup, ARIA, sizes, what is shown), which the light theme's full run has checked on the same page.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { elements, textOf } from '../../scripts/built-page.ts';
import { builtPages, dist, page } from './tree.ts';

/** Each declaration of a stylesheet with the at-rule preludes and selectors it sits in, outermost first. */
function declarations(css: string, context: string[] = []): Array<{ context: string[]; property: string; value: string }> {
  const found: Array<{ context: string[]; property: string; value: string }> = [];
  const own = (text: string) => {
    for (const declaration of text.split(';')) {
      const at = declaration.indexOf(':');
      if (at > 0) found.push({ context, property: declaration.slice(0, at).trim(), value: declaration.slice(at + 1).trim() });
    }
  };
  let i = 0;
  for (let open = css.indexOf('{', i); open >= 0; open = css.indexOf('{', i)) {
    let depth = 1;
    let close = open + 1;
    for (; depth > 0; close += 1) depth += css[close] === '{' ? 1 : css[close] === '}' ? -1 : 0;
    // Text before a rule's prelude is the enclosing rule's own declarations (or a statement such as @layer a,b;).
    const before = css.slice(i, open).split(';');
    own(
      before
        .slice(0, -1)
        .filter((d) => !d.trim().startsWith('@'))
        .join(';'),
    );
    found.push(...declarations(css.slice(open + 1, close - 1), [...context, before.at(-1)!.trim()]));
    i = close;
  }
  own(css.slice(i));
  return found;
}

const isDark = (context: string[]) => context.some((c) => /prefers-color-scheme:\s*dark|data-theme=["']?dark/.test(c));
const colourProperty =
  /^(color|background-color|border(-(top|right|bottom|left|block|inline)(-(start|end))?)?-color|outline-color|text-decoration-color|caret-color|accent-color|fill|stroke|stop-color|color-scheme)$/;
// A colour (or a colour token), never a length, a display or any other kind of value.
const colourValue =
  /^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla|oklch|oklab|lab|lch|color|color-mix)\([^;{}]*\)|var\(--[\w-]+\)|transparent|currentcolor|canvas|canvastext|white|black|inherit|light|dark)( !important)?$/i;

const stylesheets = [
  ...fs
    .readdirSync(path.join(dist, '_astro'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => ({ name: f, css: fs.readFileSync(path.join(dist, '_astro', f), 'utf8') })),
  ...builtPages().flatMap((url) => elements(page(url), (e) => e.tagName === 'style').map((style) => ({ name: url, css: textOf(style) }))),
];

it('finds the dark theme in the stylesheets', () => {
  expect(stylesheets.flatMap(({ css }) => declarations(css)).filter((d) => isDark(d.context)).length).toBeGreaterThan(20);
});

it('the dark theme sets colours and colour tokens only', () => {
  const other = stylesheets.flatMap(({ name, css }) =>
    declarations(css)
      .filter((d) => isDark(d.context))
      .filter((d) => !(colourProperty.test(d.property) || /^--/.test(d.property)) || !colourValue.test(d.value))
      .map((d) => `${name}: ${d.context.join(' { ')} { ${d.property}: ${d.value}`),
  );
  expect(other).toEqual([]);
});
