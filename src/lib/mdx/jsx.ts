/** Shared helpers for remark plugins that check MDX components against content at compile time. */
import type { VFile } from 'vfile';

export interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
export interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  position?: { start: { line: number; column: number } };
}

/** True for an MDX JSX element (flow or inline). */
export function isJsxElement(node: { type: string }): node is JsxElement & { type: string } {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** "file:line:column" of a node, for error messages. */
export function location(file: VFile, element: JsxElement): string {
  return `${file.path}:${element.position?.start.line ?? '?'}:${element.position?.start.column ?? '?'}`;
}

/** The value of a plain string attribute, or undefined when absent or written as an expression. */
export function stringAttribute(element: JsxElement, name: string): string | undefined {
  const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** Stores data for the page in the frontmatter Astro hands back as `remarkPluginFrontmatter`. */
export function setPageData(file: VFile, key: string, value: unknown): void {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  data.astro.frontmatter[key] = value;
}
