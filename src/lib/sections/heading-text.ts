/** Plain text of a rendered heading, for the accessible names of its link, copy button and cite link. */
import { decodeHTML } from 'entities';

/** The text of an HTML fragment: tags dropped, character references decoded (entities), whitespace collapsed. */
export function headingText(html: string): string {
  return decodeHTML(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}
