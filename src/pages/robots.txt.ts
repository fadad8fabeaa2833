// robots.txt, naming the sitemap at the one configured site URL.
import type { APIRoute } from 'astro';
import { site } from '../config.ts';
import { robotsTxt } from '../lib/metadata/robots.ts';

export const GET: APIRoute = () => new Response(robotsTxt(site.url), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
