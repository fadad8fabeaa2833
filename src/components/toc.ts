// The table of contents: open beside the text on wide screens (it starts closed, as phones want it), and the
// link of the section being read marked with aria-current="true": the last section heading above a line a
// third of the way down the viewport. The observer's root reaches far above the viewport, so every heading
// that crosses that line, even in a jump, triggers a check. Written tight: see section-links.ts.
const toc = document.querySelector('.toc details') as HTMLDetailsElement;
if (matchMedia('(width >= 64rem)').matches) toc.open = true;
const headings = [...document.querySelectorAll('.section-heading>[id]')];
const links = toc.querySelectorAll('a');
const observer = new IntersectionObserver(
  () => {
    const current = headings.findLast((heading) => heading.getBoundingClientRect().top < innerHeight / 3);
    // aria-current="false" means the same as no attribute.
    for (const link of links) link.setAttribute('aria-current', String(link.getAttribute('href') === `#${current?.id}`));
  },
  { rootMargin: '99999px 0px -67%' },
);
for (const heading of headings) observer.observe(heading);
