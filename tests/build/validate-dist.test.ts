// The built-site checks (npm run validate) on tiny sites: they pass a clean one and name what is broken. Each run starts a
// Java VM for the Nu checker: two runs, at once.
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

  // One run for every kind of problem (each run starts a Java VM): each checker names its own pages and nothing else.
  it('fails on a broken link, on what only the Nu HTML checker knows and on invalid HTML, naming each page, line and rule', async ({ expect }) => {
    const { status, output } = await site({
      'index.html': page('<a href="/gone/">gone</a> <a href="/a/#nowhere">nowhere</a> <a href="/a/">A</a>'),
      'a/index.html': page('<h2 id="part">Part</h2>'),
      // html-validate lets a focusable <pre> take aria-labelledby; the spec does not (the cite pages had 288 such errors).
      'pre/index.html': page('<p id="l">BibTeX</p>\n<pre tabindex="0" aria-labelledby="l">@article{x,}</pre>'),
      'invalid/index.html': page('<p><div>block in a paragraph</p>'),
    });
    expect(status).toBe(1);
    expect(output).toMatch(/broken link on \/: \/gone\/ \(404\)/);
    expect(output).toMatch(/broken link on \/: \/a\/#nowhere \(no element has this id\)/);
    expect(output).toContain('Fix: point each link at a page or heading id that exists');
    expect(output).toMatch(/(^|\n)pre\/index\.html:2:\d+: The “aria-labelledby” attribute must not be specified on any “pre” element/);
    // html-validate lists each page it faults under the page's path: the invalid page with its rules, never the <pre> page.
    expect(output).toMatch(/\/invalid\/index\.html\n\s+\d+:\d+\s+error\s+.+(close-order|no-implicit-close)/);
    expect(output).not.toMatch(/\/pre\/index\.html\n/);
    expect(output).toMatch(/html-validate: 4 pages, [1-9]\d* errors/);
    expect(output).toMatch(/Nu HTML checker: 4 pages, [1-9]\d* errors/);
  });
});
