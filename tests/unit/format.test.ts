import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationTiming } from '../../scripts/citation-timing.ts';
import { CitationLibrary } from '../../src/lib/citations/library.ts';
import { plainText } from '../../src/lib/citations/format.ts';
import {
  authorDateData,
  authorDateList,
  citationMarker,
  markerHtml,
  referenceListOrder,
  type PageCitations,
} from '../../src/lib/citations/markers.ts';
import { loadReferences } from '../../src/lib/citations/references.ts';
import { identifierLinks } from '../../src/lib/citations/links.ts';
import { evidenceLabel } from '../../src/lib/citations/evidence.ts';
import { contentSources } from '../../src/lib/content/sources.ts';
import '../support/author-message.ts';

const library = contentSources(path.resolve('tests/fixtures/library')).library();

describe('formatting with citation-js', () => {
  it('formats a reference in APA with the DOI as a link (a book chapter: "In" the book, with its pages)', () => {
    const entry = library.entry('aguanno2021', 'apa');
    expect(entry.html).toBe(
      'Aguanno, D., Postal, B. G., Carrière, V., &#38; Thenet, S. (2021). Use of Ussing Chambers to Measure Paracellular Permeability to Macromolecules in Mouse Intestine. In <i>Permeability Barrier</i> (pp. 1–11). <a href="https://doi.org/10.1007/7651_2021_367">https://doi.org/10.1007/7651_2021_367</a>',
    );
    expect(entry.inText).toBe('Aguanno et al., 2021');
  });

  it('formats a reference in Vancouver without the number (pages number their own lists)', () => {
    const entry = library.entry('lacy2024', 'vancouver');
    expect(entry.html).toBe(
      'Lacy BE, Wise JL, Cangemi DJ. Leaky Gut Syndrome: Myths and Management. Gastroenterol Hepatol (N Y). 2024;20(5):264–72. PubMed PMID: 39193076; PubMed Central PMCID: PMC11345991.',
    );
    expect(entry.html).not.toMatch(/csl-left-margin/);
    expect(entry.inText).toBe('');
  });

  it('gives the in-text form as plain text, ready for markup and attributes', () => {
    expect(library.entry('odenwald2017', 'apa').inText).toBe('Odenwald & Turner, 2017');
    expect(plainText('A &#38; B &lt;i&gt; &#x2013; <i>C</i> &nbsp;&eacute;')).toBe('A & B <i> \u2013 C \u00a0é');
  });

  it('leaves unknown (null) fields out of the formatted entry', () => {
    expect(library.entry('compare2024', 'apa').html).not.toMatch(/null|undefined/);
  });

  it('formats each style once per library, however many pages ask', () => {
    const fresh = new CitationLibrary(loadReferences(path.resolve('tests/fixtures/library/references')));
    const before = citationTiming().styleRuns;
    for (let page = 0; page < 50; page += 1) {
      for (const id of fresh.ids()) {
        fresh.entry(id, 'apa');
        fresh.entry(id, 'vancouver');
      }
    }
    expect(citationTiming().styleRuns - before).toBe(2);
  });

  it('suggests the closest id for an unknown key', () => {
    // A fixture library (its one work is tester2024), so the suggestion does not change as the real references grow.
    expect(() =>
      contentSources(path.resolve('tests/fixtures/sites/minimal')).library().get('tester2042', 'content/articles/overview.mdx'),
    ).toTellAuthor(/content\/articles\/overview\.mdx: unknown citation key "tester2042"\.[\s\S]*did you mean "tester2024"\?/);
    expect(() => library.get('zzzzzzzz')).toTellAuthor(/unknown citation key "zzzzzzzz"[\s\S]*add the reference to content\/references/);
  });
});

describe('page numbering and markers', () => {
  const page: PageCitations = {
    order: ['lacy2024', 'compare2024', 'aguanno2021'],
    anchors: { lacy2024: ['cite-1', 'cite-3'], compare2024: ['cite-2'], aguanno2021: ['cite-3'] },
    places: [{ ids: ['lacy2024'] }, { ids: ['compare2024'], locator: '3', label: 'chapter' }, { ids: ['aguanno2021', 'lacy2024'] }],
  };

  it('numbers a grouped numbered citation by order of first citation on the page', () => {
    const marker = citationMarker(['lacy2024', 'aguanno2021'], 'vancouver', [1, 3], library);
    expect(`${marker.open}${marker.parts.map((p) => p.text).join(marker.separator)}${marker.close}`).toBe('[1, 3]');
    expect(marker.parts[1]).toMatchObject({ href: '#ref-aguanno2021', label: 'Reference 3: Aguanno et al., 2021' });
  });

  it('writes author-date markers with the authors and year', () => {
    const marker = citationMarker(['compare2024', 'lacy2024'], 'apa', [2, 1], library, 'p. 266');
    expect(marker.parts.map((p) => p.text)).toEqual(['Compare et al., 2024', 'Lacy et al., 2024']);
    expect([marker.open, marker.separator, marker.close, marker.locator]).toEqual(['(', '; ', ')', 'p. 266']);
  });

  it('orders the reference list by citation in numbered styles and alphabetically in author-date styles', () => {
    expect(referenceListOrder(page, 'vancouver', library)).toEqual(['lacy2024', 'compare2024', 'aguanno2021']);
    expect(referenceListOrder(page, 'apa', library)).toEqual(['aguanno2021', 'compare2024', 'lacy2024']);
    const authorDate = authorDateList(page, library);
    expect(authorDate.map((entry) => entry.id)).toEqual(['aguanno2021', 'compare2024', 'lacy2024']);
    expect(authorDate[2].html).toBe(library.entry('lacy2024', 'apa').html);
  });

  it('builds every marker in author-date form for author-date.json, in reading order, with locators', () => {
    const data = authorDateData(page, library);
    expect(data.entries).toEqual(authorDateList(page, library));
    expect(data.markers).toEqual([
      '(<a href="#ref-lacy2024">Lacy et al., 2024</a>)',
      '(<a href="#ref-compare2024">Compare et al., 2024</a>, chap. 3)',
      '(<a href="#ref-aguanno2021">Aguanno et al., 2021</a>; <a href="#ref-lacy2024">Lacy et al., 2024</a>)',
    ]);
  });

  it('writes a marker as HTML, escaping names and labels', () => {
    const marker = citationMarker(['odenwald2017'], 'vancouver', [7], library);
    expect(markerHtml(marker)).toBe('[<a href="#ref-odenwald2017" aria-label="Reference 7: Odenwald &amp; Turner, 2017">7</a>]');
    expect(markerHtml(citationMarker(['odenwald2017'], 'apa', [7], library))).toBe('(<a href="#ref-odenwald2017">Odenwald &amp; Turner, 2017</a>)');
  });
});

describe('identifier links and evidence labels', () => {
  it('links DOI, PubMed and PubMed Central only where known', () => {
    expect(identifierLinks(library.get('twardowska2022')).map((l) => l.href)).toEqual([
      'https://doi.org/10.3390/ijms23063204',
      'https://pubmed.ncbi.nlm.nih.gov/35328624/',
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC8949204/',
    ]);
    expect(identifierLinks(library.get('lacy2024')).map((l) => l.kind)).toEqual(['pubmed', 'pmc']);
  });

  it('labels designs in plain words and says when one is unconfirmed', () => {
    expect(evidenceLabel('narrative-review')).toBe('Narrative review');
    expect(evidenceLabel('experimental-study')).toBe('Experiment in volunteers');
    expect(evidenceLabel('patient-information')).toBe('Patient information');
    expect(evidenceLabel(null)).toBe('Study design not yet confirmed');
  });
});
