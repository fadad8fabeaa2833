// The built-site checks (npm run validate) on tiny sites: they pass a clean one and name what is broken. Each check starts
// a Java VM for the Nu checker: the tests run at once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'vitest';
import { runNode } from '../support/run-node.ts';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Test page</title></head><body><main>${body}</main></body></html>\n`;

async function site(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-'));
  for (const [file, html] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), html);
  }
  try {
    return await runNode(['scripts/validate-dist.mjs', dir]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe.concurrent('npm run validate', () => {
  it('passes a site whose links and fragments all resolve', async ({ expect }) => {
    const { status, output } = await site({
      'index.html': page('<a href="/a/">A</a> <a href="/a/#part">part of A</a> <a href="https://example.org/">elsewhere</a>'),
      'a/index.html': page('<h2 id="part">Part</h2><a href="/">home</a>'),
    });
    expect(output).toContain('html-validate: 2 pages, 0 errors');
    expect(output).toContain('Nu HTML checker: 2 pages, 0 errors');
    expect(output).toMatch(/linkinator: \d+ internal URLs checked with every #fragment that links use, 0 broken/);
    expect(status).toBe(0);
  });

  it('fails on a broken internal link and a missing fragment, naming the page and the link', async ({ expect }) => {
    const { status, output } = await site({
      'index.html': page('<a href="/gone/">gone</a> <a href="/a/#nowhere">nowhere</a> <a href="/a/">A</a>'),
      'a/index.html': page('<h2 id="part">Part</h2>'),
    });
    expect(status).toBe(1);
    expect(output).toMatch(/broken link on \/: \/gone\/ \(404\)/);
    expect(output).toMatch(/broken link on \/: \/a\/#nowhere/);
    expect(output).toContain('Fix: point each link at a page or heading id that exists');
  });

  it('fails on what only the Nu HTML checker knows, naming the page, the line and the rule', async ({ expect }) => {
    // html-validate lets a focusable <pre> take aria-labelledby; the spec does not (the cite pages had 288 such errors).
    const { status, output } = await site({ 'index.html': page('<p id="l">BibTeX</p>\n<pre tabindex="0" aria-labelledby="l">@article{x,}</pre>') });
    expect(status).toBe(1);
    expect(output).toContain('html-validate: 1 pages, 0 errors');
    expect(output).toMatch(/index\.html:2:\d+: The “aria-labelledby” attribute must not be specified on any “pre” element/);
    expect(output).toContain('Nu HTML checker: 1 pages, 1 errors');
  });

  it('fails on invalid HTML with the file and the rule', async ({ expect }) => {
    const { status, output } = await site({ 'index.html': page('<p><div>block in a paragraph</p>') });
    expect(status).toBe(1);
    expect(output).toMatch(/index\.html[\s\S]*error/);
    expect(output).toMatch(/html-validate: 1 pages, [1-9]\d* errors/);
  });
});
