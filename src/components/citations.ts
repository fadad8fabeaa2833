// Progressive enhancement for citations: previews on hover, focus and tap, and the reader's style switch.
// Without this script every marker is a plain link to its entry and the default style shows.
const root = document.documentElement;
const list = document.querySelector<HTMLOListElement>('.reference-list');
const KEY = 'cite-style';

let authorDate: Promise<void> | undefined;
/** Adds the author-date markers, and each entry's author-date text and position, fetched once (built with the
 * site, not formatted here): markers[i] belongs to #cite-(i + 1). */
const loadAuthorDate = () =>
  (authorDate ??= fetch(list!.dataset.authorDate!)
    .then((response) => response.json())
    .then(({ entries, markers }: { entries: Array<{ id: string; html: string }>; markers: string[] }) => {
      markers.forEach((html, i) => {
        // The page's marker is bare text and links: wrap it as .cite-n, so CSS can swap it with its .cite-ad twin.
        const cite = document.getElementById(`cite-${i + 1}`);
        const numbered = document.createElement('span');
        numbered.className = 'cite-n';
        numbered.append(...(cite?.childNodes ?? []));
        cite?.append(numbered);
        cite?.insertAdjacentHTML('beforeend', `<span class="cite-ad">${html}</span>`);
      });
      entries.forEach(({ id, html }, i) => {
        const li = document.getElementById(`ref-${id}`)!;
        li.dataset.ad = String(i + 1);
        li.querySelector('.ref-n')!.insertAdjacentHTML('afterend', `<div class="reference-text ref-ad">${html}</div>`);
      });
    })
    .catch(() => {}));

/** Shows one reader style: markers and entries swap by CSS; the list re-sorts for author-date. */
const setStyle = async (style: string) => {
  root.dataset.cite = style;
  if (style === 'ad' && list) await loadAuthorDate();
  // The reader may have switched back while the entries loaded: order by the style chosen now.
  const by = root.dataset.cite === 'ad' ? 'ad' : 'n';
  const items = [...(list?.children ?? [])] as HTMLElement[];
  items.sort((a, b) => Number(a.dataset[by]) - Number(b.dataset[by])).forEach((li) => list?.append(li));
  document
    .querySelectorAll<HTMLButtonElement>('[data-cite-style]')
    .forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.citeStyle === by)));
};

// Storage can be blocked (privacy settings, some embedded browsers): the switch then lasts for this page only.
let saved: string | null = null;
try {
  saved = localStorage.getItem(KEY);
} catch {}
if (saved) setStyle(saved);
const group = document.querySelector<HTMLElement>('.style-switch');
if (group) group.hidden = false;
group?.addEventListener('click', (event) => {
  const style = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-cite-style]')?.dataset.citeStyle;
  if (!style) return;
  setStyle(style);
  try {
    localStorage.setItem(KEY, style);
  } catch {}
});

const tip = document.createElement('div');
tip.id = 'cite-preview';
tip.className = 'cite-preview';
tip.setAttribute('role', 'tooltip');
tip.hidden = true;
document.body.append(tip);
let owner: HTMLAnchorElement | null = null;
let touched = false;
// Whether the tapped marker's preview was already open before this tap (focus opens it before the click).
let wasOpen = false;
let timer = 0;

const hide = () => {
  owner?.removeAttribute('aria-describedby');
  owner = null;
  tip.hidden = true;
};

const show = (link: HTMLAnchorElement) => {
  clearTimeout(timer);
  const entry = document.getElementById(link.hash.slice(1));
  if (!entry) return;
  const text = (root.dataset.cite === 'ad' && entry.querySelector('.ref-ad')) || entry.querySelector('.ref-n');
  // The entry's text, design label and receipt; the pinpoint is this marker's own, not the entry's list of them.
  tip.replaceChildren(
    ...[text, entry.querySelector('.reference-meta'), entry.querySelector('.receipt')].flatMap((node) => (node ? [node.cloneNode(true)] : [])),
  );
  tip.querySelectorAll('.backlink, .backlinks, .cite-link').forEach((node) => node.remove());
  const locator = link.closest<HTMLElement>('.cite')?.dataset.locator;
  if (locator)
    Object.assign(tip.appendChild(document.createElement('p')), { className: 'preview-pinpoint', textContent: `Cited here at ${locator}` });
  const go = tip.appendChild(document.createElement('a'));
  go.href = link.hash;
  go.textContent = 'Go to the reference list';
  owner?.removeAttribute('aria-describedby');
  owner = link;
  link.setAttribute('aria-describedby', tip.id);
  tip.hidden = false;
  const box = link.getBoundingClientRect();
  const width = tip.offsetWidth;
  const below = box.bottom + tip.offsetHeight + 8 < innerHeight || box.top < tip.offsetHeight + 8;
  tip.style.left = `${scrollX + Math.max(8, Math.min(box.left, innerWidth - width - 8))}px`;
  tip.style.top = `${scrollY + (below ? box.bottom + 6 : box.top - tip.offsetHeight - 6)}px`;
};

const citeLink = (target: EventTarget | null) => (target as HTMLElement | null)?.closest?.<HTMLAnchorElement>('.cite a') ?? null;
const later = () => {
  clearTimeout(timer);
  timer = window.setTimeout(hide, 300);
};

document.addEventListener('mouseover', (e) => {
  const link = citeLink(e.target);
  if (link) show(link);
  else if (tip.contains(e.target as Node)) clearTimeout(timer);
});
document.addEventListener('mouseout', (e) => {
  if (citeLink(e.target) || tip.contains(e.target as Node)) later();
});
document.addEventListener('focusin', (e) => {
  const link = citeLink(e.target);
  if (link) show(link);
  else if (!tip.contains(e.target as Node)) hide();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !tip.hidden) hide();
});
document.addEventListener('pointerdown', (e) => {
  touched = e.pointerType === 'touch';
  const link = citeLink(e.target);
  wasOpen = Boolean(link) && owner === link && !tip.hidden;
  if (!link && !tip.contains(e.target as Node)) hide();
});
document.addEventListener('click', (e) => {
  const link = citeLink(e.target);
  // A first tap on a phone opens the preview; a second tap (or the link inside it) goes to the entry.
  if (link && touched && !wasOpen) {
    e.preventDefault();
    show(link);
  } else if (link || tip.contains(e.target as Node)) {
    hide();
  }
});
