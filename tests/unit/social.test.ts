import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import SocialMeta from '../../src/components/SocialMeta.astro';
import { absoluteUrl, previewTitle, socialTags, type PageForSocial } from '../../src/lib/metadata/social.ts';

const image = { url: 'https://example.org/og/articles/t.png', type: 'image/png', width: 1200, height: 630, alt: 'T – Site' };
const page: PageForSocial = {
  title: 'T',
  description: 'D',
  url: 'https://example.org/articles/t/',
  siteName: 'Site',
  language: 'en-GB',
  type: 'article',
  image,
  modified: new Date('2026-11-25'),
};
const asRecord = (tags: ReturnType<typeof socialTags>) => Object.fromEntries(tags.map((t) => ['property' in t ? t.property : t.name, t.content]));

describe('social meta tags', () => {
  it('describe an article for Open Graph and Twitter, with its review date', () => {
    expect(asRecord(socialTags(page))).toEqual({
      'og:type': 'article',
      'og:title': 'T',
      'og:description': 'D',
      'og:url': 'https://example.org/articles/t/',
      'og:site_name': 'Site',
      'og:locale': 'en_GB',
      'og:image': 'https://example.org/og/articles/t.png',
      'og:image:type': 'image/png',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': 'T – Site',
      'article:modified_time': '2026-11-25',
      'twitter:card': 'summary_large_image',
      'twitter:title': 'T',
      'twitter:description': 'D',
      'twitter:image': 'https://example.org/og/articles/t.png',
      'twitter:image:alt': 'T – Site',
    });
  });

  it('keep preview titles to 70 characters, cut at a word with an ellipsis', () => {
    const long = 'Cite: Epithelial Barrier Dysfunction in Diarrhea-Predominant Irritable Bowel Syndrome (IBS-D) via Downregulation of Claudin-1';
    const tags = asRecord(socialTags({ ...page, title: long }));
    expect(tags['og:title']).toBe('Cite: Epithelial Barrier Dysfunction in Diarrhea-Predominant…');
    expect(tags['og:title'].length).toBeLessThanOrEqual(70);
    expect(tags['twitter:title']).toBe(tags['og:title']);
    expect(asRecord(socialTags({ ...page, title: 'x'.repeat(70) }))['og:title']).toBe('x'.repeat(70));
    expect(previewTitle('y'.repeat(90))).toBe(`${'y'.repeat(69)}…`);
  });

  it('write og:* and article:* as property, twitter:* as name', () => {
    for (const tag of socialTags(page)) {
      if ('property' in tag) expect(tag.property).toMatch(/^(og|article):/);
      else expect(tag.name).toMatch(/^twitter:/);
    }
  });

  it('call other pages websites, without article dates', () => {
    const tags = asRecord(socialTags({ ...page, type: 'website' }));
    expect(tags['og:type']).toBe('website');
    expect(tags).not.toHaveProperty('article:modified_time');
  });

  it('refuse a relative URL, saying how to build an absolute one', () => {
    expect(() => socialTags({ ...page, image: { ...image, url: '/og/site.png' } })).toThrow(
      /absolute URLs; got "\/og\/site.png"[\s\S]*Fix: build it with absoluteUrl/,
    );
  });
});

describe('absoluteUrl', () => {
  it('joins a path to the configured origin, and names the setting when the origin is not absolute', () => {
    expect(absoluteUrl('/articles/t/', 'https://example.org')).toBe('https://example.org/articles/t/');
    expect(() => absoluteUrl('/', 'example.org')).toThrow(/site.url "example.org" is not an absolute URL\.\nFix: set SITE_URL/);
  });
});

describe('<SocialMeta>', () => {
  const clean = (html: string) => html.replace(/\s+data-astro-source-[a-z]+="[^"]*"/g, '');

  it('gives pages that set nothing the site card and og:type website', async () => {
    const container = await AstroContainer.create();
    const html = clean(
      await container.renderToString(SocialMeta, {
        props: { title: 'Glossary', description: 'D', url: 'https://leaky-gut-evidence.example.org/glossary/' },
      }),
    );
    expect(html).toContain('<meta property="og:type" content="website">');
    expect(html).toContain('<meta property="og:image" content="https://leaky-gut-evidence.example.org/og/site.png">');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
  });
});
