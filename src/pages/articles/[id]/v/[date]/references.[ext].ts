// A version's bibliography: /articles/<id>/v/<date>/references.bib, .ris and .json, in its own citation order.
import type { APIRoute } from 'astro';
import { articleVersions, citationsOf, referenceLibrary, type Version } from '../../../../../lib/articles/collection.ts';
import { downloadResponse, formatPaths } from '../../../../../lib/citations/bibliography-routes.ts';
import type { ExportFormat } from '../../../../../lib/citations/export.ts';

export async function getStaticPaths() {
  const versions = await articleVersions();
  return versions.flatMap((version) =>
    formatPaths.map(({ params }) => ({ params: { id: version.slug, date: version.date, ext: params.ext }, props: { version } })),
  );
}

export const GET: APIRoute = async ({ params, props }) => {
  const library = await referenceLibrary();
  const { order } = await citationsOf((props as { version: Version }).version);
  return downloadResponse(
    order.map((id) => library.get(id)),
    params.ext as ExportFormat,
  );
};
