/**
 * Security headers for static hosts: a Content-Security-Policy built from what the project ships (its own
 * script files, and the known inline snippets of inline-scripts.ts by SHA-256 hash, never 'unsafe-inline' and
 * never hashes scanned from the output), with the other headers OWASP recommends, in the `_headers` format that
 * Netlify, Cloudflare Pages and similar hosts read. Pages also carry the policy in a <meta> tag, for hosts that
 * cannot send headers.
 */
import { createHash } from 'node:crypto';
import { knownInlineScripts } from './inline-scripts.ts';

/** A CSP source expression for a script's exact text. */
export const scriptHash = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/**
 * The Content-Security-Policy for the site. `meta` leaves out the directives a <meta> policy may not carry
 * (frame-ancestors is ignored there, and would log a console error).
 */
export function contentSecurityPolicy({ meta = false } = {}): string {
  const hashes = [...new Set(knownInlineScripts.map(scriptHash))].sort();
  return [
    "default-src 'self'",
    // Pagefind's search runs WebAssembly: 'wasm-unsafe-eval' allows compiling it, not eval() of strings.
    `script-src 'self' ${hashes.join(' ')} 'wasm-unsafe-eval'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    ...(meta ? [] : ["frame-ancestors 'none'"]),
  ].join('; ');
}

/** Every header the site sends, by name. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    // Two years, subdomains included: browsers then never reach the site over plain http.
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'X-Permitted-Cross-Domain-Policies': 'none',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
  };
}

/** The `_headers` file: the headers for every path. */
export function headersFile(headers: Record<string, string>): string {
  return `/*\n${Object.entries(headers)
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n')}\n`;
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
