import { compile } from '@mdx-js/mdx';
import fs from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import os from 'node:os';
import remarkContentChecks, { articleComponents, isSitePage, sitePages } from '../../src/lib/articles/remark-content-checks.ts';

const contentDir = path.resolve('content');
const check = (source: string) =>
  compile(new VFile({ path: path.resolve('content/articles/example.mdx'), value: source }), { remarkPlugins: [[remarkContentChecks, { contentDir }]] });

describe('article markup checks', () => {
  it('accept the components, images and internal links the site has', async () => {
    await expect(check('<Cite id="lacy2024" /> <details><summary>More</summary>x</details> ![A diagram](/favicon.svg) [causes](/articles/causes/#first-what-is-the-gut-barrier) [sources](/sources/)\n')).resolves.toBeTruthy();
  });

  it('name a misspelled component and the closest real one', async () => {
    await expect(check('Text <Cit id="lacy2024" />\n')).rejects.toThrow(/content\/articles\/example\.mdx:1:6: unknown component <Cit>\.\s+Fix: did you mean <Cite>\?/);
  });

  it('refuse an image without alt text, in Markdown or as <img>', async () => {
    await expect(check('![](/favicon.svg)\n')).rejects.toThrow(/example\.mdx:1:1: the image "\/favicon\.svg" has no alt text\.\s+Fix: write what it shows/);
    await expect(check('<img src="/favicon.svg" />\n')).rejects.toThrow(/<img> has no alt attribute/);
  });

  it('refuse a link to a page of the site that does not exist, suggesting the closest', async () => {
    await expect(check('See [causes](/articles/cause/).\n')).rejects.toThrow(/example\.mdx:1:5: the link "\/articles\/cause\/" points to no page of this site\.\s+Fix: did you mean "\/articles\/causes\/"\?/);
  });

  it('know every article, cite page and reference page as link targets', () => {
    const pages = sitePages(contentDir);
    expect(pages).toContain('/articles/overview/');
    expect(pages).toContain('/articles/overview/cite/');
    expect(pages).toContain('/references/lacy2024/');
  });

  it('check each link target without listing the site: articles, cite pages, references, fixed pages', () => {
    for (const page of ['/', '/glossary/', '/articles/overview/', '/articles/overview/cite/', '/references/lacy2024/']) {
      expect(isSitePage(contentDir, page), page).toBe(true);
    }
    for (const page of ['/articles/overviews/', '/articles/overview/cite/more/', '/references/lacy2025/', '/references/', '/nowhere/']) {
      expect(isSitePage(contentDir, page), page).toBe(false);
    }
  });

  it('know an article under its frontmatter slug, not under its file name', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leaky-gut-links-'));
    fs.cpSync(path.join(contentDir, 'references'), path.join(dir, 'references'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'articles'));
    fs.writeFileSync(path.join(dir, 'articles', 'old-name.mdx'), '---\ntitle: Moved\nslug: New Name\n---\n\nText.\n');
    fs.writeFileSync(path.join(dir, 'articles', 'plain.mdx'), '---\ntitle: Plain\n---\n\nText.\n');
    try {
      expect(isSitePage(dir, '/articles/new-name/')).toBe(true);
      expect(isSitePage(dir, '/articles/new-name/cite/')).toBe(true);
      expect(isSitePage(dir, '/articles/plain/')).toBe(true);
      expect(isSitePage(dir, '/articles/old-name/')).toBe(false);
      const checkIn = (source: string) =>
        compile(new VFile({ path: path.join(dir, 'articles/plain.mdx'), value: source }), { remarkPlugins: [[remarkContentChecks, { contentDir: dir }]] });
      await expect(checkIn('See [moved](/articles/new-name/).\n')).resolves.toBeTruthy();
      await expect(checkIn('See [moved](/articles/old-name/).\n')).rejects.toThrow(/the link "\/articles\/old-name\/" points to no page of this site\.\s+Fix: did you mean "\/articles\/new-name\/"\?/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('list exactly the components the article page provides', () => {
    const page = fs.readFileSync('src/pages/articles/[id].astro', 'utf8');
    // Keys of the components object; lower-case keys (h2: ...) replace HTML elements, not components.
    const provided = /components=\{\{([^}]*)\}\}/.exec(page)?.[1].split(',').map((entry) => entry.split(':')[0].trim()).filter((name) => /^[A-Z]/.test(name));
    expect(provided?.sort()).toEqual([...articleComponents].sort());
  });
});
