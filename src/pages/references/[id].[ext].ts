// One reference as a file: /references/<id>.bib, .ris and .json.
import type { APIRoute } from 'astro';
import { downloadResponse, formatPaths } from '../../lib/citations/bibliography-routes.ts';
import type { ExportFormat } from '../../lib/citations/export.ts';
import { getLibrary } from '../../lib/citations/library.ts';

export const getStaticPaths = () => getLibrary().ids().flatMap((id) => formatPaths.map(({ params }) => ({ params: { id, ext: params.ext } })));

export const GET: APIRoute = ({ params }) => downloadResponse([getLibrary().get(params.id as string)], params.ext as ExportFormat);
