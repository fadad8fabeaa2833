/**
 * Security headers for static hosts: a Content-Security-Policy that allows only this site's own files and
 * the exact inline scripts the build wrote (by SHA-256 hash, never 'unsafe-inline'), in the `_headers`
 * format that Netlify, Cloudflare Pages and similar hosts read.
 */
import { createHash } from 'node:crypto';

/** The text of each inline script a browser would run: not `src=` scripts, not JSON-LD or other data blocks. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes = '']) => !/\ssrc=/i.test(attributes))
    .filter(([, attributes = '']) => {
      const type = /\stype="([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase();
      return type === undefined || type === '' || type === 'module' || type === 'text/javascript';
    })
    .map(([, , body]) => body);
}

/** A CSP source expression for a script's exact text. */
export const scriptHash = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/** The Content-Security-Policy for the site, allowing the given inline-script hashes. */
export function contentSecurityPolicy(hashes: readonly string[]): string {
  return [
    "default-src 'self'",
    // Pagefind's search runs WebAssembly: 'wasm-unsafe-eval' allows compiling it, not eval() of strings.
    `script-src 'self' ${[...new Set(hashes)].sort().join(' ')} 'wasm-unsafe-eval'`.replace(/ +/g, ' '),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Every header the site sends, by name. */
export function securityHeaders(hashes: readonly string[]): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(hashes),
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** The `_headers` file: the headers for every path. */
export function headersFile(headers: Record<string, string>): string {
  return `/*\n${Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
}

/** Reads a `_headers` file back (the rules for "/*"), as the e2e tests do to serve what a host would. */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) inAll = line.trim() === '/*';
    else if (inAll) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}
