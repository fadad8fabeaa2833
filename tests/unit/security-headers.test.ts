import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, inlineScripts, parseHeadersFile, scriptHash, securityHeaders } from '../../src/lib/security/headers.ts';

describe('security headers', () => {
  it('hashes only inline scripts a browser runs: not src= scripts, not JSON-LD', () => {
    const html = `<script>a()</script><script type="module">b()</script><script type="module" src="/x.js"></script>
      <script type="application/ld+json">{"@context":"https://schema.org"}</script><script is:inline type="text/javascript">c()</script>`;
    expect(inlineScripts(html)).toEqual(['a()', 'b()', 'c()']);
    expect(scriptHash('a()')).toBe(`'sha256-${createHash('sha256').update('a()').digest('base64')}'`);
  });

  it('allows this site and the hashed scripts only: no unsafe-inline, no other host, no framing', () => {
    const csp = contentSecurityPolicy([scriptHash('b()'), scriptHash('a()'), scriptHash('a()')]);
    expect(csp).toContain(`script-src 'self' ${[scriptHash('a()'), scriptHash('b()')].sort().join(' ')} 'wasm-unsafe-eval';`);
    expect(csp).not.toMatch(/unsafe-inline|https?:|\*/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it('writes the _headers file hosts read, and reads it back', () => {
    const headers = securityHeaders([scriptHash('a()')]);
    const file = headersFile(headers);
    expect(file.split('\n')[0]).toBe('/*');
    expect(file).toContain('  X-Content-Type-Options: nosniff\n');
    expect(parseHeadersFile(`${file}\n/downloads/*\n  X-Robots-Tag: noindex\n`)).toEqual(headers);
  });
});
