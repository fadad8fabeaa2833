// One reference as a file: /references/<id>.bib, .ris and .json.
import type { APIRoute } from 'astro';
import { downloadResponse, formatPaths } from '../../lib/citations/bibliography-routes.ts';
import type { ExportFormat } from '../../lib/citations/export.ts';
import { referenceLibrary } from '../../lib/articles/collection.ts';

export const getStaticPaths = async () =>
  (await referenceLibrary()).ids().flatMap((id) => formatPaths.map(({ params }) => ({ params: { id, ext: params.ext } })));

export const GET: APIRoute = async ({ params }) =>
  downloadResponse([(await referenceLibrary()).get(params.id as string)], params.ext as ExportFormat);
