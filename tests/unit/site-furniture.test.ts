import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import { articleTrail } from '../../src/lib/metadata/breadcrumbs.ts';
import { robotsTxt } from '../../src/lib/metadata/robots.ts';

describe('robots.txt', () => {
  it('allows every crawler and names the sitemap index at the site URL', () => {
    expect(robotsTxt('https://example.org')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap-index.xml\n');
  });
});

describe('<Breadcrumbs>', () => {
  const clean = (html: string) => html.replace(/\s+data-astro-source-[a-z]+="[^"]*"/g, '');

  it('is a labelled navigation with an ordered list, the last item the current page', async () => {
    const container = await AstroContainer.create();
    const html = clean(await container.renderToString(Breadcrumbs, { props: { trail: articleTrail('What is leaky gut?', '/articles/overview/') } }));
    expect(html).toMatch(/^<nav aria-label="Breadcrumb"[^>]*><ol/);
    expect(html.match(/<li/g)).toHaveLength(2);
    expect(html).toMatch(/<a href="\/"[^>]*>Home<\/a>/);
    expect(html).toMatch(/<a href="\/articles\/overview\/"[^>]*aria-current="page"[^>]*>What is leaky gut\?<\/a>/);
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });
});
