// One article's bibliography: /articles/<id>/references.bib, .ris and .json, in citation order.
import type { APIRoute } from 'astro';
import { articlesInOrder, citationsOf, referenceLibrary, type Article } from '../../../lib/articles/collection.ts';
import { downloadResponse, formatPaths } from '../../../lib/citations/bibliography-routes.ts';
import type { ExportFormat } from '../../../lib/citations/export.ts';

export async function getStaticPaths() {
  const articles = await articlesInOrder();
  return articles.flatMap((article) => formatPaths.map(({ params }) => ({ params: { id: article.id, ext: params.ext }, props: { article } })));
}

export const GET: APIRoute = async ({ params, props }) => {
  const library = await referenceLibrary();
  const { order } = await citationsOf((props as { article: Article }).article);
  return downloadResponse(
    order.map((id) => library.get(id)),
    params.ext as ExportFormat,
  );
};
