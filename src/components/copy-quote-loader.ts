// Waits for the first selection inside the article body, then adds copy-quote.ts to the page: a page nobody quotes
// from never downloads it (the article page's JavaScript budget is 2 KB gzipped). The script is bundled on its own,
// as Vite bundles a worker's script (`?worker&url` gives its address), because a dynamic import() would bring Vite's
// 1 KB module-preload helper with it; it runs as an ordinary classic script.
import quoteScript from './copy-quote.ts?worker&url';

const body = document.querySelector('.article-body .prose');
const start = () => {
  const selection = getSelection();
  if (!body || !selection || selection.isCollapsed || !body.contains(selection.anchorNode)) return;
  document.removeEventListener('selectionchange', start);
  document.head.append(Object.assign(document.createElement('script'), { src: quoteScript }));
};
document.addEventListener('selectionchange', start);
