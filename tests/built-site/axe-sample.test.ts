// The pages axe checks (tests/e2e/axe-pages.ts), checked against dist/ without a browser: every page checked one by one
// exists, and every other built page is of a kind those checks and the data-variant sample cover; the phone's sample
// holds built pages.
import { expect, it } from 'vitest';
import { articleSample, builtPages, dataVariantPages, largestArticlePage, otherPages, phonePages, templatePages } from '../e2e/axe-pages.ts';

it('every page checked one by one exists, and the other built pages are all of the kinds sampled', () => {
  const built = builtPages();
  const oneByOne = templatePages.map((page) => new URL(page, 'http://127.0.0.1').pathname);
  // Each page checked one by one exists (else axe would be checking the 404 page), but the missing address.
  expect(oneByOne.filter((page) => !built.includes(page))).toEqual(['/no-such-page/']);
  // Every other page is an article, a reference page, a cite page, a handout or a frozen version of an article:
  // templates that the one-by-one checks cover (the article sample holds every kind of markup any article has; a
  // version's text is its article's).
  expect(
    otherPages().filter(
      (page) => !/^\/(articles\/[^/]+|references\/[^/]+|articles\/[^/]+\/cite|articles\/[^/]+\/v\/[^/]+|articles\/[^/]+\/handout)\/$/.test(page),
    ),
  ).toEqual([]);
  expect(articleSample().length).toBeGreaterThan(0);
  const sample = dataVariantPages();
  expect(sample.filter((page) => page.startsWith('/references/')).length).toBeGreaterThanOrEqual(3);
  // The cite page and the handout checked one by one are the longest of their kind, so the sample adds none; it repeats
  // no page checked one by one.
  expect(oneByOne.filter((page) => /^\/articles\/[^/]+\/(cite|handout)\/$/.test(page)).sort()).toEqual(
    [largestArticlePage('cite'), largestArticlePage('handout')].sort(),
  );
  expect(sample.filter((page) => /\/(cite|handout)\/$/.test(page) || oneByOne.includes(page))).toEqual([]);
});

it("the pages axe checks at a phone's width are built pages: the home page and at least one the width changes more", () => {
  const sample = phonePages();
  expect(sample.filter((page) => !builtPages().includes(page))).toEqual([]);
  expect(sample[0]).toBe('/');
  // The built CSS lays out an article's tables and the evidence map anew on a phone, which the home page does not
  // hold: a sample of the home page alone would mean those rules went unread (say, the CSS came to write its queries
  // in a form page-sample.ts misreads).
  expect(sample.length).toBeGreaterThan(1);
});
