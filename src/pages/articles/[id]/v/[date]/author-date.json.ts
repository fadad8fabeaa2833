// A version's entries and in-text markers in the author-date style (its numbering is its own text's).
import type { APIRoute } from 'astro';
import { articleVersions, citationsOf, referenceLibrary, type Version } from '../../../../../lib/articles/collection.ts';
import { authorDateData } from '../../../../../lib/citations/markers.ts';

export async function getStaticPaths() {
  return (await articleVersions()).map((version) => ({ params: { id: version.slug, date: version.date }, props: { version } }));
}

export const GET: APIRoute = async ({ props }) => {
  const citations = await citationsOf((props as { version: Version }).version);
  return new Response(JSON.stringify(authorDateData(citations, await referenceLibrary())), { headers: { 'Content-Type': 'application/json' } });
};
