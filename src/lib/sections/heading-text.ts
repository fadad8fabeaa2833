/** Plain text of a rendered heading, for the accessible names of its link and copy button. */

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of an HTML fragment: tags dropped, character references decoded, whitespace collapsed. */
export function headingText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (ref: string, name: string) => {
      if (name[0] !== '#') return named[name.toLowerCase()] ?? ref;
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return String.fromCodePoint(code);
    })
    .replace(/\s+/g, ' ')
    .trim();
}
