import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import rehypeTableLabels from '../../src/lib/tables/rehype-table-labels.ts';
import { printLinksCss } from '../../src/lib/print/print-links.ts';

describe('rehypeTableLabels', () => {
  it("gives each body cell its column's name, so a phone card can show it", () => {
    const table = h('table', [
      h('thead', [h('tr', [h('th', 'Remedy'), h('th', ['What ', h('em', 'was'), ' found']), h('th', 'Evidence strength')])]),
      h('tbody', [h('tr', [h('td', 'Zinc'), h('td', 'Less leaky in one trial'), h('td', 'Weak')])]),
    ]);
    rehypeTableLabels()({ type: 'root', children: [table] });
    const cells = (table.children[1] as typeof table).children[0] as typeof table;
    expect(cells.children.map((td) => (td as typeof table).properties.dataLabel)).toEqual(['Remedy', 'What was found', 'Evidence strength']);
  });

  it('leaves a table without a header row alone', () => {
    const table = h('table', [h('tbody', [h('tr', [h('td', 'a')])])]);
    rehypeTableLabels()({ type: 'root', children: [table] });
    expect(JSON.stringify(table)).not.toContain('dataLabel');
  });
});

describe('printLinksCss', () => {
  it("prints this site's links after the configured origin, on paper only", () => {
    expect(printLinksCss('https://example.org/some/path')).toBe(
      '@media print{main a[href^="/"]::after,footer a[href^="/"]::after{content:" (" "https://example.org" attr(href) ")"}}\n',
    );
  });
});
