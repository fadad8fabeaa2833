/**
 * Remark plugin: checks an article's markup against the site at compile time. A misspelled component,
 * an image without alt text, or a link to a page of this site that does not exist fails the build with
 * the file, the line, the value and the fix. (Links to #fragments are checked after the build by
 * `npm run validate`, when every page's heading ids exist.)
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError, suggestId } from '../citations/errors.ts';
import { isJsxElement, location, type JsxElement } from '../mdx-checks.ts';

/** The components src/pages/articles/[id].astro hands to every article (no imports needed). */
export const articleComponents = ['Cite', 'Term', 'RedFlags', 'Strength', 'Myth'] as const;

/** Paths of this site's pages that exist whatever the content: the home page, glossary and sources. */
const fixedPages = ['/', '/glossary/', '/sources/', '/search/'];

/** Every page path an article may link to, from the content folder (articles and references). */
export function sitePages(contentDir: string): string[] {
  const names = (folder: string, extension: string) =>
    fs.existsSync(path.join(contentDir, folder))
      ? fs.readdirSync(path.join(contentDir, folder)).filter((f) => f.endsWith(extension)).map((f) => f.slice(0, -extension.length))
      : [];
  const referenceIds = names('references', '.json').flatMap((file) => {
    const data = JSON.parse(fs.readFileSync(path.join(contentDir, 'references', `${file}.json`), 'utf8')) as { id: string } | Array<{ id: string }>;
    return (Array.isArray(data) ? data : [data]).map((ref) => ref.id);
  });
  return [
    ...fixedPages,
    ...names('articles', '.mdx').flatMap((slug) => [`/articles/${slug}/`, `/articles/${slug}/cite/`]),
    ...referenceIds.map((id) => `/references/${id}/`),
  ];
}

const position = (file: VFile, node: { position?: JsxElement['position'] }) =>
  `${file.path}:${node.position?.start.line ?? '?'}:${node.position?.start.column ?? '?'}`;

export default function remarkContentChecks(options: { contentDir: string }) {
  return (tree: Root, file: VFile) => {
    const pages = sitePages(options.contentDir);
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
        if (target && !pages.includes(target) && !fs.existsSync(path.join('public', target))) {
          const suggestion = suggestId(target, pages);
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
