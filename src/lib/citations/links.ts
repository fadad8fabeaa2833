/** Outbound identifiers of a reference (DOI, PubMed, PubMed Central) as labelled links. */
import type { Reference } from '../../schemas/reference.ts';

export interface IdentifierLink {
  kind: 'doi' | 'pubmed' | 'pmc';
  href: string;
  text: string;
}

/** Links for the identifiers a reference has; unknown (null) identifiers give no link. */
export function identifierLinks(ref: Reference): IdentifierLink[] {
  const links: IdentifierLink[] = [];
  if (ref.DOI) links.push({ kind: 'doi', href: `https://doi.org/${ref.DOI}`, text: `DOI ${ref.DOI}` });
  if (ref.PMID) links.push({ kind: 'pubmed', href: `https://pubmed.ncbi.nlm.nih.gov/${ref.PMID}/`, text: `PubMed ${ref.PMID}` });
  if (ref.PMCID) links.push({ kind: 'pmc', href: `https://pmc.ncbi.nlm.nih.gov/articles/${ref.PMCID}/`, text: `PubMed Central ${ref.PMCID}` });
  return links;
}
