// The search page: loads Pagefind only here, searches for ?q= or what the form submits, and renders a plain list
// of pages, each with links to the sections that matched.
import { MAX_RESULTS, statusText, toResultView, type ExcerptPart, type PagefindApi, type ResultView } from '../lib/search/results.ts';

const form = document.getElementById('search-form') as HTMLFormElement;
const input = form.elements.namedItem('q') as HTMLInputElement;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
// A variable, so the bundler leaves the import alone: the file exists only after Pagefind has indexed the build.
const pagefindUrl = '/pagefind/pagefind.js';
let pagefind: Promise<PagefindApi> | undefined;
let latest = 0;

/** An element with text content, for building the results without innerHTML. */
const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = '') =>
  Object.assign(document.createElement(tag), { textContent: text, className });

/** A paragraph of excerpt text with the matched words in <mark>. */
const excerpt = (parts: ExcerptPart[]) => {
  const p = element('p', '', 'search-excerpt');
  p.append(...parts.map((part) => (part.mark ? element('mark', part.text) : part.text)));
  return p;
};

/** One page result: a heading linking to the page, then links to its matching sections. */
const render = (result: ResultView) => {
  const item = element('li');
  const heading = item.appendChild(element('h2'));
  heading.appendChild(Object.assign(element('a', result.title), { href: result.url }));
  if (result.excerpt.length) item.append(excerpt(result.excerpt));
  if (result.sections.length) {
    const sections = item.appendChild(element('ul', '', 'search-sections'));
    for (const section of result.sections) {
      const li = sections.appendChild(element('li'));
      li.append(Object.assign(element('a', section.title), { href: section.url }), excerpt(section.excerpt));
    }
  }
  return item;
};

/** Runs one search; a slower earlier search never overwrites a newer one. */
async function run(query: string) {
  const ticket = ++latest;
  const term = query.trim();
  list.replaceChildren();
  if (!term) {
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  try {
    pagefind ??= import(/* @vite-ignore */ pagefindUrl) as Promise<PagefindApi>;
    const search = await (await pagefind).search(term);
    const results = search?.results ?? [];
    const pages = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...pages.map((page) => render(toResultView(page))));
    status.textContent = statusText(results.length, term, pages.length);
  } catch {
    pagefind = undefined;
    if (ticket !== latest) return;
    status.textContent = 'Search could not load. Check your connection and try again.';
    // The list of every section and term (SearchIndex.astro), hidden while search could work, is the way on.
    document.documentElement.classList.remove('search-js');
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  history.replaceState(null, '', `?q=${encodeURIComponent(input.value.trim())}`);
  void run(input.value);
});
input.value = new URLSearchParams(location.search).get('q') ?? '';
void run(input.value);
