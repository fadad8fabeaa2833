// "Copy quote" (CopyQuote.astro): while the reader has a passage of the article body selected, a button placed right
// after the selection's last word (so Tab reaches it next) copies the passage in quotation marks, a link that opens on it
// and a citation of the version (src/lib/quotes/quote.ts). copy-quote-loader.ts adds it to the page, as a classic
// script bundled on its own, on the first selection; it then runs at once.
import { normaliseSpace, quoteClipboard, quoteLink, textDirective } from '../lib/quotes/quote.ts';

const word = /[\p{L}\p{N}]/u;
const label = 'Copy quote';

/** The passage as a reader sees it: no citation markers, ¶ links, alias anchors, closed glossary pop-ups or this button. */
function passageText(range: Range): string {
  const box = document.createElement('div');
  box.append(range.cloneContents());
  for (const hidden of box.querySelectorAll('.cite, .para-link, .anchor-alias, [popover], .copy-quote')) hidden.remove();
  return normaliseSpace(box.textContent ?? '');
}

/** Whether the range starts (or ends) inside a word: a text directive only matches whole words. */
function cutWords(range: Range): { start: boolean; end: boolean } {
  const cut = (node: Node, offset: number) =>
    node.nodeType === Node.TEXT_NODE && word.test(node.textContent![offset - 1] ?? '') && word.test(node.textContent![offset] ?? '');
  return { start: cut(range.startContainer, range.startOffset), end: cut(range.endContainer, range.endOffset) };
}

function copyQuote(button: HTMLButtonElement, body: Element): void {
  const status = document.getElementById('link-status');
  let passage: { text: string; link: string } | undefined;
  let hideTimer = 0;

  /** The id a link can land on: the paragraph's own, else the nearest paragraph or heading before it. */
  const anchorOf = (node: Node) => {
    let block = node instanceof Element ? node : node.parentElement!;
    while (block.parentElement && block.parentElement !== body) block = block.parentElement;
    for (let el: Element | null = block; el; el = el.previousElementSibling) {
      const target = el.matches('p[id]') ? el : el.querySelector(':scope > h2[id], :scope > h3[id]');
      if (target) return target.id;
    }
    return undefined;
  };

  const hide = () => {
    if (document.activeElement === button) return;
    button.hidden = true;
    passage = undefined;
  };
  const show = () => {
    const selection = getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      // Tabbing to the button, or a tap on it, clears the selection just before: give focus and click time to arrive.
      hideTimer = window.setTimeout(hide, 300);
      return;
    }
    const range = selection.getRangeAt(0);
    if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return hide();
    const text = passageText(range);
    if (!text) return hide();
    clearTimeout(hideTimer);
    const link = quoteLink(button.dataset.quoteUrl!, anchorOf(range.startContainer), textDirective(text, cutWords(range)));
    if (passage?.text === text && passage.link === link && !button.hidden) return;
    passage = { text, link };
    button.textContent = label;
    // Right after the last selected word, so it is next in the Tab order (after a link or term, not inside it).
    const end = range.cloneRange();
    end.collapse(false);
    const inside = (end.startContainer instanceof Element ? end.startContainer : end.startContainer.parentElement)?.closest(
      'a, button, .term, [popover]',
    );
    if (inside) inside.after(button);
    else end.insertNode(button);
    button.hidden = false;
    // Just below the end of the selection, inside the body's width (the phone's own selection menu sits above it).
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    const frame = (button.offsetParent ?? document.body).getBoundingClientRect();
    const room = body.getBoundingClientRect();
    button.style.top = `${last.bottom - frame.top + 8}px`;
    button.style.left = `${Math.max(room.left, Math.min(last.right - button.offsetWidth, room.right - button.offsetWidth)) - frame.left}px`;
  };

  // While a selection is being dragged it changes at every step: place the button once the mouse or finger is
  // lifted (the page is :active while it is down), or once a keyboard selection settles. Placing it mid-drag would
  // put the button inside the words being selected.
  const pressing = () => document.documentElement.matches(':active');
  let settle = 0;
  document.addEventListener('selectionchange', () => {
    clearTimeout(settle);
    if (!pressing()) settle = window.setTimeout(show, 150);
  });
  document.addEventListener('pointerup', () => {
    clearTimeout(settle);
    settle = window.setTimeout(show, 0);
  });
  // Pressing the button must not clear the selection it quotes.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    button.blur();
    hide();
  });
  button.addEventListener('click', async () => {
    if (!passage) return;
    const text = quoteClipboard(passage.text, passage.link, button.dataset.quoteCitation!);
    let said: string;
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Quote copied';
      said = 'Quote copied, with a link to it and a citation';
    } catch {
      said = 'Copying is not available here: copy the selected text with your keyboard or menu';
    }
    if (status) {
      status.textContent = said;
      setTimeout(() => (status.textContent = ''), 4000);
    }
  });
  if (!pressing()) show();
}

const quoteButton = document.querySelector<HTMLButtonElement>('.copy-quote');
const articleBody = document.querySelector('.article-body .prose');
if (quoteButton && articleBody) copyQuote(quoteButton, articleBody);
