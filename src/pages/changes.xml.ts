/** /changes.xml: the Atom feed of every article's change log (src/lib/trust/atom.ts). */
import type { APIRoute } from 'astro';
import { site } from '../config.ts';
import { articlesInOrder, changeLogs } from '../lib/articles/collection.ts';
import { changesFeed } from '../lib/trust/atom.ts';
import { howWeWorkHref } from '../lib/trust/pages.ts';

export const GET: APIRoute = async () => {
  const logs = await changeLogs();
  const articles = (await articlesInOrder()).map((article) => ({ id: article.id, title: article.data.title, changes: logs.get(article.id) ?? [] }));
  const origin = new URL('/', site.url).href;
  const xml = changesFeed(
    {
      url: origin,
      name: site.name,
      publisher: site.publisher,
      feedUrl: new URL('/changes.xml', origin).href,
      htmlUrl: new URL(howWeWorkHref('Corrections'), origin).href,
    },
    articles,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
