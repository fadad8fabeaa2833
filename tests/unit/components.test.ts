import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Cite from '../../src/components/Cite.astro';
import ReferenceList from '../../src/components/ReferenceList.astro';
import CareCard from '../../src/components/CareCard.astro';
import Myth from '../../src/components/Myth.astro';
import RedFlags from '../../src/components/RedFlags.astro';
import ReviewInfo from '../../src/components/ReviewInfo.astro';
import Strength from '../../src/components/Strength.astro';
import { contentSources } from '../../src/lib/content/sources.ts';
import path from 'node:path';
import '../support/author-message.ts';

const library = contentSources(path.resolve('tests/fixtures/library')).library();

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** Dev-mode HTML carries data-astro-source-* attributes; drop them to compare markup. */
const clean = (html: string) => html.replace(/\s+data-astro-source-[a-z]+="[^"]*"/g, '');

describe('<Cite>', () => {
  it('renders a numbered marker whose links lead to the entries and name the references', async () => {
    const html = clean(await container.renderToString(Cite, { props: { id: 'lacy2024, compare2024', anchor: 'cite-4', numbers: '1,2', library } }));
    expect(html).toContain('<span class="cite" id="cite-4">[');
    expect(html).toContain(
      '<a href="#ref-lacy2024" aria-label="Reference 1: Lacy et al., 2024">1</a>, <a href="#ref-compare2024" aria-label="Reference 2: Compare et al., 2024">2</a>]</span>',
    );
  });

  it('carries the numbered marker only, with its locator (the author-date one is in author-date.json)', async () => {
    const html = clean(await container.renderToString(Cite, { props: { id: 'lacy2024', anchor: 'cite-1', numbers: '1', locator: '266', library } }));
    expect(html).toBe(
      '<span class="cite" id="cite-1" data-locator="p. 266">[<a href="#ref-lacy2024" aria-label="Reference 1: Lacy et al., 2024">1</a>, p. 266]</span>',
    );
    expect(html).not.toContain('cite-ad');
  });

  it('fails on an unknown id', async () => {
    await expect(container.renderToString(Cite, { props: { id: 'lacy2042', anchor: 'cite-1', numbers: '1', library } })).rejects.toTellAuthor(
      /unknown citation key "lacy2042"/,
    );
  });
});

describe('<ReferenceList>', () => {
  const citations = {
    order: ['twardowska2022', 'lacy2024'],
    anchors: { twardowska2022: ['cite-1', 'cite-3'], lacy2024: ['cite-2'] },
    places: [{ ids: ['twardowska2022'] }, { ids: ['lacy2024'] }, { ids: ['twardowska2022'] }],
  };

  it('lists every cited work in citation order with its identifiers, evidence label and backlinks', async () => {
    const html = clean(await container.renderToString(ReferenceList, { props: { citations, library } }));
    const ids = [...html.matchAll(/<li id="ref-([a-z0-9]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['twardowska2022', 'lacy2024']);
    expect(html).toContain('<a href="https://doi.org/10.3390/ijms23063204" class="id-link id-doi" rel="noopener">DOI 10.3390/ijms23063204</a>');
    expect(html).toContain('href="https://pubmed.ncbi.nlm.nih.gov/39193076/"');
    expect(html).toContain('href="https://pmc.ncbi.nlm.nih.gov/articles/PMC11345991/"');
    expect(html).toContain('<span class="evidence-label">Narrative review</span>');
    expect(html).toMatch(/<a href="#cite-1"[^>]*>a<\/a><a href="#cite-3"[^>]*>b<\/a>/);
    expect(html).toMatch(/<a href="#cite-2" class="backlink"[^>]*>↩ Back to text<\/a>/);
    expect(html).toMatch(/<details class="backlinks"><summary>Cited 2 times<\/summary><a href="#cite-1"/);
    expect(html).toContain('<ol class="reference-list numbered"');
    // Each identifier once: in the identifier line, not again at the end of the entry's text.
    const texts = [...html.matchAll(/<div class="reference-text ref-n">(.*?)<\/div>/g)].map((m) => m[1]);
    expect(texts).toHaveLength(2);
    for (const text of texts) expect(text).not.toMatch(/doi:|PMID|PMCID/);
    expect(html).toContain('Download this list: <a href="/references.bib" download>BibTeX</a>, <a');
  });

  it('points to its author-date version instead of carrying it, and hides the style switch until a script shows it', async () => {
    const html = clean(await container.renderToString(ReferenceList, { props: { citations, library } }));
    expect(html).toContain('<ol class="reference-list numbered" data-author-date="/author-date.json">');
    expect(html).toContain('<li id="ref-lacy2024" data-reference="lacy2024" data-n="2">');
    expect(html).toMatch(/<div class="reference-text ref-n">Lacy BE, Wise JL, Cangemi DJ\./);
    expect(html).not.toContain('ref-ad');
    expect(html).toContain('<div class="style-switch" role="group" aria-label="Citation style" hidden>');
  });
});

describe('<ReviewInfo>', () => {
  it('shows the review dates and says when no clinician has reviewed the article', async () => {
    const article = {
      title: 'T',
      description: 'D',
      navLabel: 'T',
      order: 1,
      lastReviewed: new Date('2026-11-25'),
      nextReview: new Date('2027-11-25'),
      reviewedBy: { name: 'Editorial team', role: 'evidence editors', clinical: false },
    };
    const html = clean(await container.renderToString(ReviewInfo, { props: { article } }));
    expect(html).toContain('<time datetime="2026-11-25">25 November 2026</time>');
    expect(html).toContain('<time datetime="2027-11-25">25 November 2027</time>');
    expect(html).toContain('Editorial team, evidence editors (not yet reviewed by a clinician)');
  });
});

describe('<RedFlags>, <Strength> and <Myth>', () => {
  it('renders an urgent card with a labelled band and the author-written list', async () => {
    const html = clean(
      await container.renderToString(RedFlags, {
        props: { title: 'See a GP urgently if you have:' },
        slots: { default: '<ul><li>bleeding from your bottom</li></ul>' },
      }),
    );
    expect(html).toContain('<section class="red-flags red-flags-urgent" aria-labelledby="red-flags-urgent-see-a-gp-urgently-if-you-have">');
    expect(html).toContain(
      '<div class="not-prose"><div class="section-heading level-3"><h3 id="red-flags-urgent-see-a-gp-urgently-if-you-have"><span class="red-flags-band">Urgent advice:</span> <span class="red-flags-title">See a GP urgently if you have:</span></h3>',
    );
    // Its own section tools: a link to itself and a copy-link button named after the card.
    expect(html).toContain('<a class="section-link" href="#red-flags-urgent-see-a-gp-urgently-if-you-have"');
    expect(html).toContain('Copy link to section “Urgent advice: See a GP urgently if you have:”');
    expect(html).toContain('<li>bleeding from your bottom</li>');
  });

  it('labels an emergency card as needing immediate action', async () => {
    const html = clean(await container.renderToString(RedFlags, { props: { level: 'emergency', title: 'Call 999 if:' } }));
    expect(html).toContain('Immediate action required:');
  });

  it('writes the evidence strength as a word, with dots that screen readers skip, not only a colour', async () => {
    expect(clean(await container.renderToString(Strength, { props: { level: 'weak' } }))).toBe(
      '<span class="strength strength-weak"><span class="strength-dots" aria-hidden="true">●○○</span>Weak</span>',
    );
    expect(clean(await container.renderToString(Strength, { props: { level: 'strong' } }))).toContain('>●●●</span>Strong</span>');
    await expect(container.renderToString(Strength, { props: { level: 'proven' as never } })).rejects.toTellAuthor(
      /must be one of: strong, moderate, weak, none/,
    );
  });

  it('bands each "What to do" line by its care level, and fails on a line without one', async () => {
    const list = '<ul><li><strong>Urgent advice:</strong> Call NHS 111.</li><li><strong>Non-urgent advice:</strong> See a GP.</li></ul>';
    const html = clean(await container.renderToString(CareCard, { props: { more: '#when-to-see-a-doctor' }, slots: { default: list } }));
    expect(html).toContain('<li class="care-urgent"><strong class="care-level">Urgent advice:</strong> Call NHS 111.</li>');
    expect(html).toContain('<li class="care-non-urgent"><strong class="care-level">Non-urgent advice:</strong> See a GP.</li>');
    expect(html).toContain('<a href="#when-to-see-a-doctor">All the warning signs, below</a>');
    await expect(container.renderToString(CareCard, { slots: { default: '<ul><li>See a GP.</li></ul>' } })).rejects.toTellAuthor(
      /1 list item\(s\) do not start with a level/,
    );
  });

  it('leads with the verdict, quotes the claim, then sets the evidence against it', async () => {
    const html = clean(
      await container.renderToString(Myth, {
        props: { claim: 'A stool test can diagnose leaky gut.' },
        slots: { default: '<p>No validated test exists.</p>' },
      }),
    );
    expect(html).toMatch(
      /^<div class="myth"><p class="myth-verdict">Myth<\/p><blockquote class="myth-claim"><p>A stool test can diagnose leaky gut.<\/p><\/blockquote>/,
    );
    expect(html).toContain('<p class="myth-label">What the evidence shows</p><p>No validated test exists.</p>');
  });
});
