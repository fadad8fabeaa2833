import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReferences } from '../../src/lib/citations/references.ts';
import works from '../fixtures/library/references/works.json' with { type: 'json' };
import '../support/author-message.ts';

const fixtures = path.resolve('tests/fixtures/references');

describe('loadReferences', () => {
  // A fixture library: real works copied once, so that editing content/references never breaks these tests.
  const refs = loadReferences(path.resolve('tests/fixtures/library/references'));

  it('reads every work of every file, keyed by its id, in file order', () => {
    expect([...refs.keys()]).toEqual(works.map((work) => work.id));
  });

  it('keeps the corrected author names (given names before family names)', () => {
    expect(refs.get('lacy2024')?.author?.[0]).toEqual({ family: 'Lacy', given: 'Brian E.' });
    expect(refs.get('valean2024')?.author?.[0]).toMatchObject({ family: 'Vălean' });
  });

  it('keeps unconfirmed fields as null instead of guessing them', () => {
    expect(refs.get('compare2024')?.PMID).toBeNull();
    expect(refs.get('compare2024')?.volume).toBeNull();
    expect(refs.get('lacy2024')?.DOI).toBeNull();
    expect(refs.get('bedeschi2025')?.custom.design).toBeNull();
  });

  it('records the study design and whether a paper is about intestinal permeability', () => {
    expect(refs.get('lacy2024')?.custom).toMatchObject({ design: 'narrative-review', aboutPermeability: true });
    expect(refs.get('rogers2020')?.custom.aboutPermeability).toBe(false);
    expect(refs.get('yohannes2024')?.custom.aboutPermeability).toBe(false);
  });

  it.each([
    [
      'malformed-doi',
      /malformed-doi\/refs\.json: reference "bad2024" has a malformed DOI "https:\/\/doi\.org\/10\.1000\/xyz"[\s\S]*Fix: write the bare DOI/,
    ],
    ['malformed-pmid', /reference "bad2024" has a malformed PMID "PMID:123"[\s\S]*digits only/],
    ['duplicate-id', /b\.json: duplicate reference id "twin2024" \(item 1\); it is already defined in a\.json item 1[\s\S]*Fix: keep one entry/],
    ['missing-issued', /reference "nodate2024" \(article-journal\) has no "issued", which the APA and Vancouver styles need[\s\S]*"date-parts"/],
    ['missing-author', /reference "noauthor2024" \(article-journal\) has no "author"/],
    ['missing-design', /reference "nodesign2024" has an invalid field "custom"/],
    // A reference URL becomes a link on every page that lists the work: only web addresses may pass.
    [
      'url-javascript',
      /url-javascript\/refs\.json: reference "bad2024" has an invalid field "URL": the URL "javascript:alert\(document\.cookie\)" is not a web address; a reference URL must start with https:\/\//,
    ],
    [
      'url-data',
      /url-data\/refs\.json: reference "bad2024" has an invalid field "URL": the URL "data:text\/html,<script>alert\(1\)<\/script>" is not a web address/,
    ],
    ['url-vbscript', /url-vbscript\/refs\.json: reference "bad2024" has an invalid field "URL": the URL "VBScript:msgbox\(1\)" is not a web address/],
    // Evidence receipts: who was studied is one of five kinds, and how many is a whole number (or null).
    [
      'receipt-population',
      /receipt-population\/refs\.json: reference "bad2024" has an invalid field "custom\.receipt\.population": "mice" is not a population kind; use one of "people", "animals"[\s\S]*Fix: give "receipt"/,
    ],
    [
      'receipt-size',
      /receipt-size\/refs\.json: reference "bad2024" has an invalid field "custom\.receipt\.size": the size "about 60" is not a number; write how many as digits/,
    ],
    ['invalid-json', /invalid-json\/refs\.json: is not valid JSON/],
    ['not-utf8', /not-utf8\/refs\.json:2: is not UTF-8 text: byte 0xE9 near ".*"A caf" is not valid UTF-8[\s\S]*Fix: save the file as UTF-8/],
    [
      'in-subfolder',
      /in-subfolder\/more: is a folder: reference files are read only from the references folder itself[\s\S]*Fix: keep each CSL-JSON file directly in/,
    ],
    ['not-json', /not-json\/refs\.bib: is not a \.json file[\s\S]*Fix: keep each CSL-JSON file directly in/],
  ])('rejects %s with the file, the value and the fix', (fixture, message) => {
    expect(() => loadReferences(path.join(fixtures, fixture))).toTellAuthor(message);
  });

  it('reports every problem of every item at once: each identifier and each invalid field', () => {
    expect(() => loadReferences(path.join(fixtures, 'several-problems'))).toTellAuthor(
      /reference "bad2024" has a malformed PMID "PMID:123"\.\nFix: a PMID is digits only[\s\S]*3 more problems in this file:\n[\s\S]*reference "bad2024" has a malformed PMCID "123"[\s\S]*reference "worse2024" has an invalid field "URL"[\s\S]*reference "worse2024" has an invalid field "custom\.design"/,
    );
  });

  it('reads a file that starts with a byte-order mark, as editors on Windows save it', () => {
    expect(loadReferences(path.join(fixtures, 'with-bom')).get('ok2024')?.title).toBe('A test title');
  });

  it('rejects a missing folder', () => {
    expect(() => loadReferences(path.join(fixtures, 'does-not-exist'))).toTellAuthor(/the references folder does not exist/);
  });
});
