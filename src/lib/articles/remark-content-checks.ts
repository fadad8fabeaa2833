/**
 * Remark plugin: checks an article's markup against the site at compile time. A misspelled component,
 * an image without alt text, or a link to a page of this site that does not exist fails the build with
 * the file, the line, the value and the fix. (Links to #fragments are checked after the build by
 * `npm run validate`, when every page's heading ids exist.)
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError, suggestId } from '../citations/errors.ts';
import { getLibrary } from '../citations/library.ts';
import { isJsxElement, location, type JsxElement } from '../mdx-checks.ts';
import { articleId } from './article-id.ts';

/** The components src/pages/articles/[id].astro hands to every article (no imports needed). */
export const articleComponents = ['Cite', 'Term', 'RedFlags', 'Strength', 'Myth', 'CareCard'] as const;

/** Paths of this site's pages that exist whatever the content: the home page, glossary, sources and search. */
const fixedPages = ['/', '/glossary/', '/sources/', '/search/'];

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
  return fs.readdirSync(articlesDir(contentDir)).filter((f) => f.endsWith('.mdx')).map((file) => publishedId(contentDir, file));
}

/** Every page path an article may link to: the fixed pages, each article and its cite page, each reference. */
export function sitePages(contentDir: string): string[] {
  return [
    ...fixedPages,
    ...articleIds(contentDir).flatMap((id) => [`/articles/${id}/`, `/articles/${id}/cite/`]),
    ...getLibrary(contentDir).ids().map((id) => `/references/${id}/`),
  ];
}

/**
 * Whether a path (without #fragment or ?query) is a page of this site. Checked per link, without listing the
 * site: listing it for every article made the check grow with the square of the number of articles.
 */
export function isSitePage(contentDir: string, target: string): boolean {
  if (fixedPages.includes(target)) return true;
  const article = /^\/articles\/([^/]+)\/(?:cite\/)?$/.exec(target);
  if (article) {
    const id = article[1];
    // Usually the file has the id's name and no slug: of its own; else (a slug:, a name the id normalises) look at them all.
    if (fs.existsSync(path.join(articlesDir(contentDir), `${id}.mdx`)) && publishedId(contentDir, `${id}.mdx`) === id) return true;
    return articleIds(contentDir).includes(id);
  }
  const reference = /^\/references\/([^/]+)\/$/.exec(target);
  return reference !== null && getLibrary(contentDir).has(reference[1]);
}

const position = (file: VFile, node: { position?: JsxElement['position'] }) =>
  `${file.path}:${node.position?.start.line ?? '?'}:${node.position?.start.column ?? '?'}`;

export default function remarkContentChecks(options: { contentDir: string }) {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (isJsxElement(node)) {
        const name = node.name ?? '';
        // Capitalised names are components; lower-case ones are HTML elements, which MDX allows.
        if (/^[A-Z]/.test(name) && !(articleComponents as readonly string[]).includes(name)) {
          const suggestion = suggestId(name, articleComponents);
          throw new ContentError(
            location(file, node),
            `unknown component <${name}>.`,
            `${suggestion ? `did you mean <${suggestion}>? ` : ''}articles can use ${articleComponents.map((c) => `<${c}>`).join(', ')} (see README.md, "Adding an article").`,
          );
        }
        if (name === 'img' && !node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'alt')) {
          throw new ContentError(location(file, node), '<img> has no alt attribute.', 'describe what the image shows in alt="..." (alt="" only for a purely decorative image).');
        }
      }
      if (node.type === 'image' && !node.alt?.trim()) {
        throw new ContentError(position(file, node), `the image "${node.url}" has no alt text.`, 'write what it shows between the brackets: ![A diagram of the gut lining](...).');
      }
      if (node.type === 'link' && node.url.startsWith('/')) {
        const target = node.url.split('#')[0].split('?')[0];
        if (target && !isSitePage(options.contentDir, target) && !fs.existsSync(path.join('public', target))) {
          const suggestion = suggestId(target, sitePages(options.contentDir));
          throw new ContentError(
            position(file, node),
            `the link "${node.url}" points to no page of this site.`,
            suggestion ? `did you mean "${suggestion}"? Internal links end with a slash: /articles/<file name>/.` : 'link to an existing page: /articles/<file name>/, /glossary/, /sources/.',
          );
        }
      }
    });
  };
}
