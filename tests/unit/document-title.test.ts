import { describe, expect, it } from 'vitest';
import { documentTitle, maxTitleLength } from '../../src/lib/site/document-title.ts';

describe('documentTitle', () => {
  const site = 'Leaky Gut, Evidence First';
  it('adds the site name when it fits', () => {
    expect(documentTitle('What is leaky gut?', site)).toBe('What is leaky gut? | Leaky Gut, Evidence First');
    expect(documentTitle(site, site)).toBe(site);
  });

  it('drops the site name, then shortens at a word, to stay within 70 characters', () => {
    const medium = 'Cite: Leaky Gut Syndrome: Myths and Management in the Clinic';
    expect(documentTitle(medium, site)).toBe(medium);
    const long = 'Cite: Preventing Bacterial Translocation in Patients with Leaky Gut Syndrome: Nutrition and Pharmacological Treatment Options';
    const short = documentTitle(long, site);
    expect(short.length).toBeLessThanOrEqual(maxTitleLength);
    expect(short).toBe('Cite: Preventing Bacterial Translocation in Patients with Leaky Gut…');
  });
});
