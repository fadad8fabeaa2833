// Evidence receipts and pinpoints as a reader gets them: in words, in the entry's markup, on fixture references.
import path from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Cite from '../../src/components/Cite.astro';
import Receipt from '../../src/components/Receipt.astro';
import ReferenceList from '../../src/components/ReferenceList.astro';
import SourceEntry from '../../src/components/SourceEntry.astro';
import { formatStyle } from '../../src/lib/citations/format.ts';
import { distinctLocators, firstPerLocator, pinpointsOf, type PageCitations } from '../../src/lib/citations/markers.ts';
import { receiptWho } from '../../src/lib/citations/receipt.ts';
import { CitationLibrary } from '../../src/lib/citations/library.ts';
import { loadReferences } from '../../src/lib/citations/references.ts';

const refs = loadReferences(path.resolve('tests/fixtures/references/with-receipts'));
// The fixture library holds the works the pinpoint tests cite (iom2001, lacy2024).
const library = new CitationLibrary(loadReferences(path.resolve('tests/fixtures/library/references')));
const clean = (html: string) => html.replace(/\s+data-astro-source-[a-z]+="[^"]*"/g, '');
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('receiptWho', () => {
  it('says who was studied and how many, with thousands separated', () => {
    expect(receiptWho({ population: 'people', size: 1891 })).toBe('People: 1,891');
    expect(receiptWho({ population: 'studies', size: 29 })).toBe('Review of 29 studies');
    expect(receiptWho({ population: 'studies', size: 1 })).toBe('Review of 1 study');
    expect(receiptWho({ population: 'animals', size: 40 })).toBe('Animals: 40');
  });

  it('says when the record read gives no number, rather than showing none or zero', () => {
    expect(receiptWho({ population: 'people', size: null })).toBe('People (number not given in what we read)');
    expect(receiptWho({ population: 'animals', size: null })).toBe('Animals (number not given in what we read)');
    expect(receiptWho({ population: 'studies', size: null })).toBe('Review of studies (number not given in what we read)');
  });

  it('names guidance and laboratory cells without a count', () => {
    expect(receiptWho({ population: 'guidance', size: null })).toBe('Not a study: guidance or information');
    expect(receiptWho({ population: 'records', size: 776 })).toBe('Records: 776 (a database, not people)');
    expect(receiptWho({ population: 'cells', size: null })).toBe('Cells in a laboratory');
  });
});

describe('<Receipt> and <SourceEntry>', () => {
  it('shows who and how many, then the one-line finding', async () => {
    const html = clean(await container.renderToString(Receipt, { props: { receipt: refs.get('review2023')!.custom.receipt } }));
    expect(html).toBe(
      '<p class="receipt"><span class="receipt-who">Review of 29 studies.</span> A fixture finding: the pooled studies did not agree on any change.</p>',
    );
  });

  it('renders nothing for a work that has no receipt yet', async () => {
    expect(clean(await container.renderToString(Receipt, { props: {} })).trim()).toBe('');
  });

  it('puts the receipt under the design label on the sources page', async () => {
    const entry = formatStyle([...refs.values()], 'apa').get('mice2022')!;
    const html = clean(await container.renderToString(SourceEntry, { props: { id: 'mice2022', ref: refs.get('mice2022')!, entry } }));
    expect(html).toMatch(
      /<span class="evidence-label">Cohort study<\/span>[\s\S]*<\/div>\s*<p class="receipt"><span class="receipt-who">Animals \(number not given in what we read\)\.<\/span>/,
    );
    expect(html).toContain('mice fed the additive had leakier guts.');
  });
});

describe('pinpoints', () => {
  const page: PageCitations = {
    order: ['iom2001', 'lacy2024'],
    anchors: { iom2001: ['cite-1', 'cite-2', 'cite-4'], lacy2024: ['cite-3'] },
    places: [
      { ids: ['iom2001'], locator: '486' },
      { ids: ['iom2001'] },
      { ids: ['lacy2024'], locator: '3', label: 'table' },
      { ids: ['iom2001'], locator: '486' },
    ],
  };

  it('lists each place citing a work at a pinpoint, by anchor, as readers see the locator', () => {
    expect(pinpointsOf(page, 'iom2001')).toEqual([
      { anchor: 'cite-1', locator: 'p. 486' },
      { anchor: 'cite-4', locator: 'p. 486' },
    ]);
    expect(pinpointsOf(page, 'lacy2024')).toEqual([{ anchor: 'cite-3', locator: 'table 3' }]);
    expect(distinctLocators(pinpointsOf(page, 'iom2001'))).toEqual(['p. 486']);
    expect(firstPerLocator(pinpointsOf(page, 'iom2001'))).toEqual([{ anchor: 'cite-1', locator: 'p. 486' }]);
  });

  it('marks a marker with its pinpoint for the preview, and leaves a plain marker unmarked', async () => {
    const at = clean(await container.renderToString(Cite, { props: { id: 'iom2001', anchor: 'cite-1', numbers: '1', locator: '486', library } }));
    expect(at).toContain('<span class="cite" id="cite-1" data-locator="p. 486">');
    const plain = clean(await container.renderToString(Cite, { props: { id: 'iom2001', anchor: 'cite-2', numbers: '1', library } }));
    expect(plain).not.toContain('data-locator');
  });

  it('shows the pinpoints in the reference list entry and on the backlinks that lead to them', async () => {
    const html = clean(await container.renderToString(ReferenceList, { props: { citations: page, library } }));
    const iom = html.slice(html.indexOf('<li id="ref-iom2001"'), html.indexOf('<li id="ref-lacy2024"'));
    expect(iom).toContain('<p class="pinpoints">Cited at p. 486</p>');
    expect(iom).toMatch(/<a href="#cite-1" class="backlink" aria-label="a: back to citation 1 of 3, p\. 486">a<\/a>/);
    expect(iom).toMatch(/<a href="#cite-2" class="backlink" aria-label="b: back to citation 2 of 3">b<\/a>/);
    const lacy = html.slice(html.indexOf('<li id="ref-lacy2024"'));
    expect(lacy).toContain('<a href="#cite-3" class="backlink">↩ Back to text (table 3)</a>');
    expect(lacy).toContain('<p class="pinpoints">Cited at table 3</p>');
  });
});
