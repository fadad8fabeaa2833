// The site's whole bibliography: /bibliography.bib, .ris and .json.
import type { APIRoute } from 'astro';
import { downloadResponse, formatPaths } from '../lib/citations/bibliography-routes.ts';
import type { ExportFormat } from '../lib/citations/export.ts';
import { referenceLibrary } from '../lib/articles/collection.ts';

export const getStaticPaths = () => formatPaths;

export const GET: APIRoute = async ({ params }) => {
  const library = await referenceLibrary();
  return downloadResponse(
    library
      .ids()
      .sort()
      .map((id) => library.get(id)),
    params.ext as ExportFormat,
  );
};
