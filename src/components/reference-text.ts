// The reference list shows each identifier once, as a link in the entry's identifier line (identifierLinks);
// this drops the same identifiers from the end of the numbered style's text, where Vancouver prints them again.

const identifierTail = /\s*(?:doi:<a [^>]*>[^<]*<\/a>)?\s*(?:PubMed PMID: \d+[;.])?\s*(?:PubMed Central PMCID: PMC\d+\.)?\s*$/;

/** The entry's HTML without its trailing "doi: … PubMed PMID: …; PubMed Central PMCID: …." (kept when there is none). */
export function withoutIdentifiers(html: string): string {
  return html.replace(identifierTail, '').trim();
}
