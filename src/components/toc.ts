// The table of contents: open beside the text on wide screens (it starts closed, as phones want it), and the
// link of the section being read marked with aria-current="true": the last section heading above a line a
// third of the way down the viewport. The observer's root reaches far above the viewport and ends at that
// line, so it reports every heading that crosses the line, even in a jump; which headings are above comes
// from its reports alone, so the check measures nothing itself (no forced layout while the page loads or
// scrolls). Written tight: see section-links.ts.
const toc = document.querySelector('.toc details') as HTMLDetailsElement;
if (matchMedia('(width >= 64rem)').matches) toc.open = true;
// The phone's way back to the contents opens them too.
document.querySelector('.toc-return')?.addEventListener('click', () => (toc.open = true));
const headings = [...document.querySelectorAll('.section-heading>[id]')];
const links = toc.querySelectorAll('a');
const above = new Set<Element>();
let shown: string | undefined = '';
const observer = new IntersectionObserver(
  (entries) => {
    for (const { target, isIntersecting } of entries) above[isIntersecting ? 'add' : 'delete'](target);
    const current = headings.findLast((heading) => above.has(heading))?.id;
    if (current === shown) return;
    shown = current;
    // aria-current="false" means the same as no attribute.
    for (const link of links) link.setAttribute('aria-current', String(link.getAttribute('href') === `#${current}`));
  },
  { rootMargin: '99999px 0px -67%' },
);
for (const heading of headings) observer.observe(heading);
