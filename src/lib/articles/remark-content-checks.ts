/**
 * Remark plugin: checks an article's markup against the site at compile time. Anything outside the allowed
 * markup (allowed-markup.ts: scripts, event handlers, import/export, {expressions}, unsafe addresses), a
 * misspelled component, an image without alt text, or a link to a page of this site that does not exist fails
 * the build with the file, the line, the value and the fix; every problem in the file at once. (Links to #fragments are checked after the build by
 * `npm run validate`, when every page's heading ids exist.)
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { contentErrors, suggestId } from '../content/errors.ts';
import { exportFormats } from '../citations/export-formats.ts';
import type { ContentSources } from '../content/sources.ts';
import { isJsxElement, type JsxElement } from '../mdx/jsx.ts';
import { findOverclaims } from './overclaims.ts';
import { allowedAttributes, articleComponents, attributeProblem, elementProblem, urlProblem, type MarkupProblem } from './allowed-markup.ts';
import { articleId } from './article-id.ts';

export { articleComponents };

/** Paths of this site's pages that exist whatever the content: the home page, glossary, sources and search. */
const fixedPages = ['/', '/glossary/', '/sources/', '/search/'];

const extensions = Object.keys(exportFormats).join('|');
/** The site's own downloads that exist whatever the content: the whole bibliography and the feed of changes. */
const fixedFiles = [...Object.keys(exportFormats).map((ext) => `/bibliography.${ext}`), '/changes.xml'];

const articlesDir = (contentDir: string) => path.join(contentDir, 'articles');

/**
 * The id one article file is published under, read from its frontmatter as the content config reads it. A file
 * whose frontmatter does not parse counts under its file name: the content config reports that file's error.
 */
function publishedId(contentDir: string, file: string): string {
  const source = fs.readFileSync(path.join(articlesDir(contentDir), file), 'utf8');
  let frontmatter: Record<string, unknown> = {};
  try {
    frontmatter = parseFrontmatter(source).frontmatter;
  } catch {
    // left to the content config's own error
  }
  return articleId(file, frontmatter);
}

/** The ids of all articles (/articles/<id>/). Reads every article: used only when the quick check fails. */
function articleIds(contentDir: string): string[] {
  if (!fs.existsSync(articlesDir(contentDir))) return [];
  return fs
    .readdirSync(articlesDir(contentDir))
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => publishedId(contentDir, file));
}

/** Every page path an article may link to: the fixed pages, each article and its cite page, each reference. */
export function sitePages(sources: ContentSources): string[] {
  return [
    ...fixedPages,
    ...fixedFiles,
    ...articleIds(sources.dir).flatMap((id) => [`/articles/${id}/`, `/articles/${id}/cite/`]),
    ...sources
      .library()
      .ids()
      .map((id) => `/references/${id}/`),
  ];
}

/**
 * Whether a path (without #fragment or ?query) is a page of this site. Checked per link, without listing the
 * site: listing it for every article made the check grow with the square of the number of articles.
 */
export function isSitePage(sources: ContentSources, target: string): boolean {
  const contentDir = sources.dir;
  if (fixedPages.includes(target) || fixedFiles.includes(target)) return true;
  const article = new RegExp(`^/articles/([^/]+)/(?:cite/|references\\.(?:${extensions}))?$`).exec(target);
  if (article) {
    const id = article[1];
    // Usually the file has the id's name and no slug: of its own; else (a slug:, a name the id normalises) look at them all.
    if (fs.existsSync(path.join(articlesDir(contentDir), `${id}.mdx`)) && publishedId(contentDir, `${id}.mdx`) === id) return true;
    return articleIds(contentDir).includes(id);
  }
  const reference = new RegExp(`^/references/([^/]+)(?:/|\\.(?:${extensions}))$`).exec(target);
  return reference !== null && sources.library().has(reference[1]);
}

const position = (file: VFile, node: { position?: JsxElement['position'] }) =>
  `${file.path}:${node.position?.start.line ?? '?'}:${node.position?.start.column ?? '?'}`;

/** A node of MDX that runs code: import/export (ESM) and {expressions}. */
const codeNodes: Record<string, MarkupProblem> = {
  mdxjsEsm: {
    problem: 'import and export statements are not allowed in articles: they run code when the site is built.',
    fix: "remove the statement. The site's components (<Cite>, <Term>, ...) are available without imports.",
  },
  mdxFlowExpression: {
    problem: 'a {...} expression is not allowed in articles: it runs code when the site is built.',
    fix: 'write the text itself; for a literal brace write \\{ or use words.',
  },
  mdxTextExpression: {
    problem: 'a {...} expression is not allowed in articles: it runs code when the site is built.',
    fix: 'write the text itself; for a literal brace write \\{ or use words.',
  },
};

/** The problems of one MDX element: unknown element or component, attributes it may not carry, unsafe addresses. */
function elementProblems(node: JsxElement): MarkupProblem[] {
  const name = node.name;
  if (name === null) return []; // a fragment, <>...</>, renders only its children
  if (/^[A-Z]/.test(name) || name.includes('.')) {
    if (!(articleComponents as readonly string[]).includes(name)) {
      const suggestion = suggestId(name, articleComponents);
      return [
        {
          problem: `unknown component <${name}>.`,
          fix: `${suggestion ? `did you mean <${suggestion}>? ` : ''}articles can use ${articleComponents.map((c) => `<${c}>`).join(', ')} (see README.md, "Adding an article").`,
        },
      ];
    }
  } else if (!allowedAttributes(name)) {
    return [elementProblem(name)];
  }
  const problems: MarkupProblem[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({
        problem: `<${name}> has a {...} attribute expression, which runs code when the site is built.`,
        fix: 'write each attribute as name="text".',
      });
      continue;
    }
    const attributeName = attribute.name ?? '';
    const unsafe = attributeProblem(name, attributeName);
    if (unsafe) problems.push(unsafe);
    else if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      problems.push({
        problem: `<${name}> has ${attributeName}={...}, an expression that runs code when the site is built.`,
        fix: `write it as text: ${attributeName}="...".`,
      });
    } else if (typeof attribute.value === 'string' && (attributeName === 'href' || attributeName === 'src')) {
      const address = urlProblem(attribute.value, attributeName === 'src' ? 'image' : 'link');
      if (address) problems.push(address);
    }
  }
  if (name === 'img' && !node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'alt')) {
    problems.push({
      problem: '<img> has no alt attribute.',
      fix: 'describe what the image shows in alt="..." (alt="" only for a purely decorative image).',
    });
  }
  return problems;
}

/** The problem of a link to a page of this site that does not exist, with the closest page that does. */
function sitePageProblem(sources: ContentSources, url: string): MarkupProblem | undefined {
  const target = url.split('#')[0].split('?')[0];
  if (!target || isSitePage(sources, target) || fs.existsSync(path.join('public', target))) return undefined;
  const suggestion = suggestId(target, sitePages(sources));
  return {
    problem: `the link "${url}" points to no page of this site.`,
    fix: suggestion
      ? `did you mean "${suggestion}"? Internal links end with a slash: /articles/<file name>/.`
      : 'link to an existing page: /articles/<file name>/, /glossary/, /sources/.',
  };
}

export default function remarkContentChecks(options: { sources: ContentSources }) {
  return (tree: Root, file: VFile) => {
    const found: { where: string; problem: MarkupProblem }[] = [];
    const report = (node: { position?: JsxElement['position'] }, problem: MarkupProblem | undefined) => {
      if (problem) found.push({ where: position(file, node), problem });
    };
    visit(tree, (node) => {
      report(node, codeNodes[node.type]);
      if (isJsxElement(node)) for (const problem of elementProblems(node)) report(node, problem);
      if (node.type === 'image') {
        report(node, urlProblem(node.url, 'image'));
        if (!node.alt?.trim())
          report(node, {
            problem: `the image "${node.url}" has no alt text.`,
            fix: 'write what it shows between the brackets: ![A diagram of the gut lining](...).',
          });
      }
      if (node.type === 'link' || node.type === 'definition') {
        const address = urlProblem(node.url, 'link');
        report(node, address);
        if (!address && node.url.startsWith('/')) report(node, sitePageProblem(options.sources, node.url));
      }
    });
    for (const claim of findOverclaims(tree)) {
      found.push({
        where: `${file.path}:${claim.line ?? '?'}:${claim.column ?? '?'}`,
        problem: {
          problem: `"${claim.word}" claims a proven effect, in "${claim.sentence}"`,
          fix: 'say what the evidence shows at its strength ("results in", "probably", "may", "we do not know"); a marketing claim goes in quotation marks or a <Myth> card.',
        },
      });
    }
    if (found.length > 0) throw contentErrors(found.map(({ where, problem }) => ({ file: where, ...problem })));
  };
}
