/**
 * What an article may contain besides Markdown: the site's components with their props, and a short list of
 * plain HTML elements with harmless attributes. Articles are content, not code: anything else (scripts, event
 * handlers, inline styles, embeds, import/export, {expressions}, links with other URL schemes, images from other
 * hosts) fails the build. remark-content-checks applies these rules to every article.
 */

/** The components src/pages/articles/[id].astro hands to every article (no imports needed), and their props. */
export const componentProps = {
  Cite: ['id', 'locator', 'label'],
  Term: ['id'],
  RedFlags: ['level', 'title'],
  Strength: ['level'],
  Myth: ['claim'],
  Figure: ['id'],
  CareCard: ['more'],
} as const satisfies Record<string, readonly string[]>;

export type ArticleComponent = keyof typeof componentProps;
export const articleComponents = Object.keys(componentProps) as ArticleComponent[];

/** Plain HTML elements an article may write, each with the attributes it may carry (besides lang and dir). */
export const htmlElements: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title', 'hreflang'],
  abbr: ['title'],
  br: [],
  details: ['open'],
  summary: [],
  dfn: ['title'],
  em: [],
  strong: [],
  small: [],
  sub: [],
  sup: [],
  kbd: [],
  q: [],
  s: [],
  mark: [],
  wbr: [],
  time: ['datetime'],
  img: ['src', 'alt', 'width', 'height'],
};
const globalAttributes = ['lang', 'dir'];

/** Elements that run code, embed other pages or take input: named in the message with the reason. */
const dangerousElements = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'link',
  'meta',
  'base',
  'frame',
  'frameset',
  'svg',
  'math',
  'template',
  'noscript',
  'portal',
]);

/** The attributes an element or component may carry, or undefined when the element itself is not allowed. */
export function allowedAttributes(name: string): readonly string[] | undefined {
  if (Object.hasOwn(componentProps, name)) return componentProps[name as ArticleComponent];
  if (Object.hasOwn(htmlElements, name)) return [...htmlElements[name], ...globalAttributes];
  return undefined;
}

export interface MarkupProblem {
  problem: string;
  fix: string;
}

/** Why an HTML element may not appear in an article, with what to do instead. */
export function elementProblem(name: string): MarkupProblem {
  const allowed = Object.keys(htmlElements)
    .map((e) => `<${e}>`)
    .join(', ');
  if (dangerousElements.has(name.toLowerCase())) {
    return {
      problem: `<${name}> is not allowed in an article: articles are content, and this element runs code, embeds another page or takes input.`,
      fix: `remove it. Behaviour belongs in a component in src/components/ (see README.md, "Adding an article"); articles may use ${allowed}.`,
    };
  }
  return { problem: `<${name}> is not one of the HTML elements an article may use.`, fix: `use Markdown, a site component, or one of ${allowed}.` };
}

/** Why an attribute may not appear on an element, or undefined when it may. */
export function attributeProblem(element: string, attribute: string): MarkupProblem | undefined {
  const allowed = allowedAttributes(element) ?? [];
  if (allowed.includes(attribute)) return undefined;
  if (/^on/i.test(attribute)) {
    return {
      problem: `<${element}> has the event handler ${attribute}=, which would run code in the reader's browser.`,
      fix: 'remove it: articles hold no scripts.',
    };
  }
  if (attribute.toLowerCase() === 'style') {
    return {
      problem: `<${element}> has a style= attribute.`,
      fix: 'remove it: the site styles articles in src/styles/global.css, so every page looks the same in both themes and in print.',
    };
  }
  return {
    problem: `<${element}> has the attribute ${attribute}=, which articles may not use.`,
    fix: allowed.length ? `<${element}> takes ${allowed.map((a) => `${a}=`).join(', ')}.` : `<${element}> takes no attributes.`,
  };
}

/**
 * Why a link or image address may not appear in an article, or undefined when it may. Links may go to https:
 * addresses, mailto: and this site (/path or #fragment); images only to this site's own files.
 */
export function urlProblem(url: string, kind: 'link' | 'image'): MarkupProblem | undefined {
  // Browsers drop tabs and newlines inside URLs and ignore leading spaces and controls: "java\nscript:" is javascript:.
  // eslint-disable-next-line no-control-regex
  const seen = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const sitePath = seen.startsWith('/') && !seen.startsWith('//') && !seen.includes('\\');
  if (kind === 'image') {
    if (sitePath) return undefined;
    return {
      problem: `the image "${url}" is not a file of this site.`,
      fix: 'put the image in public/ and write its path, e.g. ![A diagram of the gut lining](/images/gut-lining.svg): pages load nothing from other hosts.',
    };
  }
  if (sitePath || seen.startsWith('#') || /^https:\/\/[^/\\]/i.test(seen) || /^mailto:/i.test(seen)) return undefined;
  return {
    problem: `the link "${url}" uses an address articles may not link to.`,
    fix: 'link to an https:// address, a mailto: address, or a page of this site written from the root (/articles/causes/, #a-section).',
  };
}
