/** The "How we work" pages: one home for their addresses and names (footer, review box, the pages' own menu). */

export const howWeWorkPath = '/how-we-work/';

export const howWeWorkPages = [
  {
    path: '/how-we-work/methods/',
    label: 'Methods',
    summary: 'How we find, choose and check sources, what the evidence badges mean, and how reviews work.',
  },
  {
    path: '/how-we-work/independence/',
    label: 'Independence',
    summary: 'Who publishes the site, its funding, advertising and conflicts of interest, and who has reviewed it.',
  },
  { path: '/how-we-work/corrections/', label: 'Corrections', summary: 'How we correct mistakes, and every correction we have made.' },
  {
    path: '/how-we-work/accessibility/',
    label: 'Accessibility',
    summary: 'The standard we aim for, how we test, what does not work well yet, and how to tell us about a barrier.',
  },
  { path: '/how-we-work/licence/', label: 'Licence', summary: 'How you may reuse our text, and what the licence does not cover.' },
] as const;

/** The address of one "How we work" page by its label. */
export function howWeWorkHref(label: (typeof howWeWorkPages)[number]['label']): string {
  return howWeWorkPages.find((page) => page.label === label)!.path;
}
