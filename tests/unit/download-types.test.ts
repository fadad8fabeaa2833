import { describe, expect, it } from 'vitest';
import { downloadTypeRules } from '../../src/lib/security/download-types.ts';
import { headersFile, parseHeadersFile } from '../../src/lib/security/headers.ts';

describe('media types of the citation downloads', () => {
  const files = [
    'index.html',
    'bibliography.bib',
    'bibliography.ris',
    'bibliography.json',
    'articles/sample/references.bib',
    'articles/sample/references.ris',
    'articles/sample/references.json',
    'articles/sample/author-date.json',
    'references/tester2024.bib',
    'references/tester2024.ris',
    'references/tester2024.json',
    'pagefind/pagefind-entry.json',
  ];
  const rules = downloadTypeRules(files);
  /** The Content-Type a host reading _headers sends for a path, by the exact-path rules. */
  const typeOf = (file: string) => new RegExp(`^${file.replace(/[.*]/g, '\\$&')}\\n  Content-Type: (.+)$`, 'm').exec(rules)?.[1];

  it('serve BibTeX, RIS and CSL-JSON with their registered media types, in UTF-8', () => {
    expect(typeOf('/bibliography.bib')).toBe('application/x-bibtex; charset=utf-8');
    expect(typeOf('/articles/sample/references.ris')).toBe('application/x-research-info-systems; charset=utf-8');
    expect(typeOf('/references/tester2024.json')).toBe('application/vnd.citationstyles.csl+json; charset=utf-8');
    expect(rules.match(/Content-Type/g)).toHaveLength(9);
  });

  it('leave other JSON files alone: search data and author-date lists are not citation downloads', () => {
    expect(typeOf('/articles/sample/author-date.json')).toBeUndefined();
    expect(typeOf('/pagefind/pagefind-entry.json')).toBeUndefined();
  });

  it('follow the rules for every path without changing them', () => {
    const all = { 'X-Content-Type-Options': 'nosniff' };
    expect(parseHeadersFile(headersFile(all) + rules)).toEqual(all);
  });
});
