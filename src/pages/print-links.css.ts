// The print stylesheet that prints this site's links as full addresses (lib/print/print-links.ts).
import type { APIRoute } from 'astro';
import { site } from '../config.ts';
import { printLinksCss } from '../lib/print/print-links.ts';

export const GET: APIRoute = () => new Response(printLinksCss(site.url), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
