// Fills each page citation's access date with the reader's day (the build wrote its own), on load and before each copy.
import { fillAccessDate } from '../lib/citations/access-date.ts';

const fill = () => {
  const now = new Date();
  const today = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  for (const el of document.querySelectorAll<HTMLElement>('[data-accessed]')) el.textContent = fillAccessDate(el.dataset.accessed ?? '', today);
};
fill();
document.addEventListener('before-copy', fill);
