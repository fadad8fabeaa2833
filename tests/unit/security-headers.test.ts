import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, parseHeadersFile, scriptHash, securityHeaders } from '../../src/lib/security/headers.ts';
import { inlineScripts } from '../../src/lib/security/inline-scripts.ts';
import { unexpectedCode } from '../../src/lib/security/page-scripts.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('security headers', () => {
  it('allow this site and exactly the known inline snippets: no unsafe-inline, no other host, no framing', () => {
    const csp = contentSecurityPolicy();
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1].split(' ');
    expect(scriptSrc).toEqual([
      "'self'",
      ...[sha256(inlineScripts.theme), sha256(inlineScripts.citeStyle), sha256(inlineScripts.search)].sort(),
      "'wasm-unsafe-eval'",
    ]);
    expect(csp).not.toMatch(/unsafe-inline|https?:|\*/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(scriptHash('a()')).toBe(sha256('a()'));
  });

  it('leave out of the <meta> policy what a <meta> policy may not carry', () => {
    expect(contentSecurityPolicy({ meta: true })).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy({ meta: true })).toContain(/script-src [^;]*/.exec(contentSecurityPolicy())![0]);
  });

  it('send HSTS, CORP and the other headers OWASP recommends', () => {
    const headers = securityHeaders();
    expect(headers['Strict-Transport-Security']).toMatch(/^max-age=(\d+); includeSubDomains$/);
    expect(Number(/max-age=(\d+)/.exec(headers['Strict-Transport-Security'])![1])).toBeGreaterThanOrEqual(31536000);
    expect(headers).toMatchObject({
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'X-Permitted-Cross-Domain-Policies': 'none',
    });
  });

  it('writes the _headers file hosts read, and reads it back', () => {
    const headers = securityHeaders();
    const file = headersFile(headers);
    expect(file.split('\n')[0]).toBe('/*');
    expect(file).toContain('  X-Content-Type-Options: nosniff\n');
    expect(parseHeadersFile(`${file}\n/downloads/*\n  X-Robots-Tag: noindex\n`)).toEqual(headers);
  });
});

describe('code in a built page that the project did not write', () => {
  it('finds none in the known snippets, script files and data blocks', () => {
    const html = `<head><script>${inlineScripts.theme}</script><script type="module" src="/_astro/x.js"></script>
      <script type="application/ld+json">{"@context":"https://schema.org"}</script></head><body><a href="/a/">a</a></body>`;
    expect(unexpectedCode(html)).toEqual([]);
  });

  it('finds any other inline script, event handler or javascript: address', () => {
    const html = `<script>alert(1)</script><script type="module">b()</script><img src="/x.png" alt="" onerror="alert(2)"><a href=" java&#9;script:alert(3)">x</a>`;
    expect(unexpectedCode(html)).toEqual([
      'an inline script the project did not write: <script>alert(1)</script>',
      'an inline script the project did not write: <script>b()</script>',
      'an event handler on <img>: onerror="alert(2)"',
      'a javascript: address on <a>:  java\tscript:alert(3)',
    ]);
  });

  it('is not fooled by the word <script> inside an attribute or a comment', () => {
    const html = `<meta name="citation_title" content="<script>x()</script> in titles"><!-- <script>y()</script> --><a href="https://doi.org/10.1/<script>">d</a>`;
    expect(unexpectedCode(html)).toEqual([]);
  });
});
