/**
 * A figure's drawing (content/figures/<id>.svg), read with a real HTML parser: what it may contain, and the inline
 * SVG the page gets. Drawings are content, not code: no script, event handler, style, link or anything loaded from
 * elsewhere, and colours come from the page (currentColor and the figure classes in global.css), so the drawing
 * follows the light and dark themes, forced colours and print.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

export interface SvgProblem {
  problem: string;
  fix: string;
}

/** Elements a drawing may use: shapes, text, groups and reusable markers. Anything else is refused, named. */
const allowedElements = new Set([
  'svg',
  'g',
  'defs',
  'title',
  'desc',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'marker',
  'symbol',
  'use',
]);

/** Why some elements are refused, beyond "not a drawing element". */
const refusedElements: Record<string, string> = {
  script: "runs code in the reader's browser",
  foreignobject: 'embeds HTML from outside the drawing',
  image: 'loads a picture file, which may come from another host and has no text a reader can enlarge',
  style: "carries styles the site's Content-Security-Policy blocks; colours belong in src/styles/global.css",
  a: 'is a link inside the drawing: put links in the caption',
  iframe: 'embeds another page',
  animate: 'animates the drawing',
  set: 'changes the drawing while it is shown',
};

/** Presentation values that follow the page's colours: anything else is a fixed colour that vanishes in one theme. */
const themeSafePaint = /^(none|currentcolor|inherit|transparent|url\(#[\w-]+\))$/i;

/** The attribute as written in the file (hast stores `xlink:href` as xLinkHref, `onclick` as onClick). */
function attributeName(property: string): string {
  if (property === 'xLinkHref') return 'xlink:href';
  if (/^on[A-Z]/.test(property)) return property.toLowerCase();
  return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^aria-/, 'aria-');
}

const show = (value: unknown) => (Array.isArray(value) ? value.join(' ') : String(value));

/** The problems of one attribute of one element, in the order an author would fix them. */
function attributeProblems(element: Element, property: string, value: unknown, figureId: string): SvgProblem[] {
  const name = attributeName(property);
  const text = show(value);
  const tag = `<${element.tagName}>`;
  if (/^on/i.test(property)) {
    return [
      {
        problem: `${tag} has the event handler ${name}="${text}", which would run code in the reader's browser.`,
        fix: 'remove it: figures hold no scripts.',
      },
    ];
  }
  if (property === 'style') {
    return [
      {
        problem: `${tag} has style="${text}", which the site's Content-Security-Policy blocks.`,
        fix: 'use a class from the figure classes in src/styles/global.css (fig-mucus, fig-cell, fig-immune, fig-accent, fig-soft), or fill="currentColor".',
      },
    ];
  }
  if (property === 'href' || property === 'xLinkHref') {
    if (/^#[\w-]+$/.test(text)) return [];
    return [
      {
        problem: `${tag} has ${name}="${text}", an address outside the drawing.`,
        fix: 'pages load nothing from other hosts: draw the shape in this file and refer to it as href="#id".',
      },
    ];
  }
  const problems: SvgProblem[] = [];
  for (const match of text.matchAll(/url\(\s*['"]?([^'")]*)['"]?\s*\)/gi)) {
    if (!/^#[\w-]+$/.test(match[1])) {
      problems.push({
        problem: `${tag} has ${name}="${text}", which loads url(${match[1]}) from outside the drawing.`,
        fix: 'refer only to parts of this drawing: url(#id).',
      });
    }
  }
  if (problems.length) return problems;
  if (['fill', 'stroke', 'color', 'stopColor', 'floodColor', 'lightingColor'].includes(property) && !themeSafePaint.test(text.trim())) {
    return [
      {
        problem: `${tag} has the fixed colour ${name}="${text}", which vanishes in the dark theme or in forced colours.`,
        fix: 'use currentColor or a figure class from src/styles/global.css (fig-mucus, fig-cell, fig-immune, fig-accent, fig-soft).',
      },
    ];
  }
  if (property === 'id' && !text.startsWith(`${figureId}-`)) {
    return [
      {
        problem: `${tag} has id="${text}", which could clash with another id on the page.`,
        fix: `start every id in the drawing with the figure's id: id="${figureId}-${text}".`,
      },
    ];
  }
  return [];
}

/** The parsed drawing: one <svg> element and nothing else but white space and comments. */
function rootSvg(tree: Root): Element | SvgProblem {
  const elements = tree.children.filter((node): node is Element => node.type === 'element');
  const strayText = tree.children.some((node) => node.type === 'text' && node.value.trim() !== '');
  if (elements.length !== 1 || elements[0].tagName !== 'svg' || strayText) {
    return {
      problem: 'the file is not a single <svg> element.',
      fix: 'keep exactly one <svg viewBox="..."> ... </svg> in the file (an XML declaration and comments may stay).',
    };
  }
  return elements[0];
}

/** Parses a drawing; the tree (when it is one <svg>) and every problem found, so an author fixes all at once. */
export function checkSvg(source: string, figureId: string): { svg?: Element; problems: SvgProblem[] } {
  const tree = fromHtml(source.replace(/^\uFEFF?\s*<\?xml[^>]*\?>/, ''), { fragment: true });
  const svg = rootSvg(tree);
  if (!('type' in svg)) return { problems: [svg] };
  const problems: SvgProblem[] = [];
  if (!svg.properties.viewBox) {
    problems.push({
      problem: "the <svg> has no viewBox, so it cannot scale to a phone's width.",
      fix: 'give it viewBox="0 0 <width> <height>" in the units the shapes use.',
    });
  }
  visit(svg, 'element', (element: Element) => {
    const tag = element.tagName.toLowerCase();
    if (!allowedElements.has(element.tagName)) {
      const why = refusedElements[tag];
      problems.push({
        problem: `<${element.tagName}> is not allowed in a figure${why ? `: it ${why}` : ''}.`,
        fix: `draw with ${[...allowedElements].map((e) => `<${e}>`).join(', ')}, and write text as <text>.`,
      });
      return SKIP; // what is inside a refused element is refused with it
    }
    for (const [property, value] of Object.entries(element.properties)) problems.push(...attributeProblems(element, property, value, figureId));
    return undefined;
  });
  return { svg, problems };
}

/**
 * The drawing as inline SVG for the page: a role="img" named by a <title> holding the figure's text alternative,
 * sized by CSS (width and height dropped, viewBox kept), and hidden from the tab order.
 */
export function inlineSvg(svg: Element, titleId: string, alt: string): string {
  const { width: _width, height: _height, ...properties } = svg.properties;
  // The author's own <title> gives way to the figure's alt text; comments stay in the source file.
  const withoutComments = (nodes: ElementContent[]): ElementContent[] =>
    nodes
      .filter((node) => node.type !== 'comment')
      .map((node) => (node.type === 'element' ? { ...node, children: withoutComments(node.children) } : node));
  const children = withoutComments(svg.children).filter((child) => !(child.type === 'element' && child.tagName === 'title'));
  const title: ElementContent = { type: 'element', tagName: 'title', properties: { id: titleId }, children: [{ type: 'text', value: alt }] };
  const root: Element = {
    ...svg,
    properties: { ...properties, role: 'img', ariaLabelledBy: [titleId], focusable: 'false', className: ['figure-svg'] },
    children: [title, ...children],
  };
  return toHtml(root, { space: 'svg' });
}
