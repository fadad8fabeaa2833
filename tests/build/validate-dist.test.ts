// The built-site checks (npm run validate) on tiny sites: they pass a clean one and name what is broken.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Test page</title></head><body><main>${body}</main></body></html>\n`;

function site(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-'));
  for (const [file, html] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), html);
  }
  const run = spawnSync(process.execPath, ['scripts/validate-dist.mjs', dir], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('npm run validate', () => {
  it('passes a site whose links and fragments all resolve', () => {
    const { status, output } = site({
      'index.html': page('<a href="/a/">A</a> <a href="/a/#part">part of A</a> <a href="https://example.org/">elsewhere</a>'),
      'a/index.html': page('<h2 id="part">Part</h2><a href="/">home</a>'),
    });
    expect(output).toContain('html-validate: 2 pages, 0 errors');
    expect(output).toContain('Nu HTML checker: 2 pages, 0 errors');
    expect(output).toMatch(/linkinator: \d+ internal URLs checked with every #fragment that links use, 0 broken/);
    expect(status).toBe(0);
  });

  it('fails on a broken internal link and a missing fragment, naming the page and the link', () => {
    const { status, output } = site({
      'index.html': page('<a href="/gone/">gone</a> <a href="/a/#nowhere">nowhere</a> <a href="/a/">A</a>'),
      'a/index.html': page('<h2 id="part">Part</h2>'),
    });
    expect(status).toBe(1);
    expect(output).toMatch(/broken link on \/: \/gone\/ \(404\)/);
    expect(output).toMatch(/broken link on \/: \/a\/#nowhere/);
    expect(output).toContain('Fix: point each link at a page or heading id that exists');
  });

  it('fails on what only the Nu HTML checker knows, naming the page, the line and the rule', () => {
    // html-validate lets a focusable <pre> take aria-labelledby; the spec does not (the cite pages had 288 such errors).
    const { status, output } = site({ 'index.html': page('<p id="l">BibTeX</p>\n<pre tabindex="0" aria-labelledby="l">@article{x,}</pre>') });
    expect(status).toBe(1);
    expect(output).toContain('html-validate: 1 pages, 0 errors');
    expect(output).toMatch(/index\.html:2:\d+: The “aria-labelledby” attribute must not be specified on any “pre” element/);
    expect(output).toContain('Nu HTML checker: 1 pages, 1 errors');
  });

  it('fails on invalid HTML with the file and the rule', () => {
    const { status, output } = site({ 'index.html': page('<p><div>block in a paragraph</p>') });
    expect(status).toBe(1);
    expect(output).toMatch(/index\.html[\s\S]*error/);
    expect(output).toMatch(/html-validate: 1 pages, [1-9]\d* errors/);
  });
});
