/**
 * Links that never break: each article's registry of published anchors (content/anchors/<slug>.json), the ids a
 * built page offers, and the check that no published id has disappeared (a new id is fine; `npm run anchors`
 * records it).
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import fs from 'node:fs';
import path from 'node:path';
import { contentErrors, suggestId } from '../content/errors.ts';
import { readText } from '../citations/read-text.ts';
import { anchorRegistrySchema, type AnchorRegistry } from '../../schemas/anchors.ts';

export type AnchorRegistries = Map<string, AnchorRegistry>;

interface Problem {
  file: string;
  problem: string;
  fix: string;
}

/** Reads and validates every registry in `dir` (none if the folder is absent). */
export function readAnchorRegistries(dir: string): AnchorRegistries {
  const registries: AnchorRegistries = new Map();
  if (!fs.existsSync(dir)) return registries;
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    const fix = 'write { "published": ["section-id", ...], "aliases": { "old-id": "new-id" } }; `npm run anchors` writes the published ids.';
    if (!name.endsWith('.json'))
      throw contentErrors([{ file, problem: 'is not a .json file: anchor registries are content/anchors/<article slug>.json.', fix }]);
    let data: unknown;
    try {
      data = JSON.parse(readText(file));
    } catch (error) {
      throw contentErrors([{ file, problem: `is not valid JSON (${(error as Error).message}).`, fix }]);
    }
    const parsed = anchorRegistrySchema.safeParse(data);
    if (!parsed.success)
      throw contentErrors(parsed.error.issues.map((issue) => ({ file, problem: `${issue.path.join('.') || 'the file'}: ${issue.message}.`, fix })));
    registries.set(name.replace(/\.json$/, ''), parsed.data);
  }
  return registries;
}

/** The old ids that now point at `id`, in the registry's order. */
export function aliasesOf(registry: AnchorRegistry | undefined, id: string): string[] {
  return Object.entries(registry?.aliases ?? {})
    .filter(([, target]) => target === id)
    .map(([old]) => old);
}

const classes = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);

/**
 * The anchors an article page publishes, in page order: its body's section headings, its red-flag cards and its
 * paragraphs (each `<p>` of the body with an id, src/lib/paragraphs/ids.ts).
 */
export function articleAnchors(html: string): string[] {
  const found: string[] = [];
  const walk = (nodes: readonly (RootContent | Root)[], inBody: boolean) => {
    for (const node of nodes) {
      if (node.type !== 'element' && node.type !== 'root') continue;
      const here = node.type === 'element' && (classes(node).includes('prose') || classes(node).includes('red-flags'));
      if (node.type === 'element' && inBody && /^(h[23]|p)$/.test(node.tagName) && typeof node.properties.id === 'string')
        found.push(node.properties.id);
      walk(node.children, inBody || here);
    }
  };
  walk([fromHtml(html)], false);
  return found;
}

/** Every id on the page. */
export function elementIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
}

/**
 * What is wrong with a registry against its built page: a published id that no element has any more (no heading,
 * card or alias), an alias that names an id still in use by a heading, or an alias to an id the page lacks.
 */
export function registryProblems(file: string, page: string, registry: AnchorRegistry, html: string): Problem[] {
  const ids = elementIds(html);
  const current = articleAnchors(html);
  const problems: Problem[] = [];
  for (const [old, target] of Object.entries(registry.aliases)) {
    if (current.includes(old)) {
      problems.push({
        file,
        problem: `the alias "${old}" is also the id of a heading, card or paragraph on ${page}.`,
        fix: `remove "${old}" from "aliases": the element that has it answers its links.`,
      });
    } else if (!current.includes(target)) {
      const near = suggestId(target, current);
      problems.push({
        file,
        problem: `the alias "${old}" points to "${target}", which no heading, card or paragraph on ${page} has.`,
        fix: `point it at a current id${near ? ` (did you mean "${near}"?)` : ''}: ${current.join(', ')}.`,
      });
    }
  }
  for (const id of registry.published) {
    if (ids.has(id) || old(registry, id)) continue;
    const near = suggestId(
      id,
      current.filter((c) => !registry.published.includes(c)),
    );
    problems.push({
      file,
      problem: `the published id "${id}" is no longer on ${page}: no heading, card or paragraph has it, and no alias sends it anywhere. Links people shared to ${page}#${id} would break.`,
      fix: `${id.includes('--') ? 'a paragraph id is its section\'s id, "--" and its first four words: restore the heading or those words' : 'reword the heading back'}, or add "${id}": "${near ?? '<the new id>'}" to "aliases" in ${path.basename(file)} so old links land on what replaced it${near ? '' : ` (ids on the page: ${current.join(', ')})`}.`,
    });
  }
  return problems;
}

/** An alias already reported as broken is not reported again as a missing id. */
function old(registry: AnchorRegistry, id: string): boolean {
  return id in registry.aliases;
}

/** The registry with the page's new anchors added to `published` (sorted), and which were new. */
export function withNewAnchors(registry: AnchorRegistry | undefined, html: string): { registry: AnchorRegistry; added: string[] } {
  const published = new Set(registry?.published ?? []);
  const added = articleAnchors(html).filter((id) => !published.has(id));
  return { registry: { published: [...published, ...added].sort(), aliases: registry?.aliases ?? {} }, added };
}

const cache = new Map<string, AnchorRegistries>();

/** The registries of a content folder, read once per build. */
export function anchorRegistries(contentDir: string): AnchorRegistries {
  let registries = cache.get(contentDir);
  if (!registries) {
    registries = readAnchorRegistries(path.join(contentDir, 'anchors'));
    cache.set(contentDir, registries);
  }
  return registries;
}

/** The article slug of an article page's path (/articles/<slug>/), or undefined for other pages. */
export function articleSlugOf(pathname: string): string | undefined {
  return /^\/articles\/([^/]+)\/$/.exec(pathname)?.[1];
}
