// The real articles in reading order, from their frontmatter: for the tests that check every article's built page.
import fs from 'node:fs';
import path from 'node:path';

export const articles = fs
  .readdirSync('content/articles')
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const frontmatter = fs.readFileSync(path.join('content/articles', file), 'utf8').split('---\n')[1];
    const field = (name: string) => (frontmatter.match(new RegExp(`^${name}:\\s*(.+)$`, 'm'))?.[1] ?? '').replace(/^"(.*)"$/, '$1');
    return { id: path.basename(file, '.mdx'), title: field('title'), order: Number(field('order')) };
  })
  .sort((a, b) => a.order - b.order);
