// The built site as a static host serves it, for the browser tests: `astro preview` behind a small proxy on 127.0.0.1
// that adds the headers of dist/_headers to every response, pages, files and the 404 page alike (as Netlify and
// Cloudflare Pages apply a "/*" rule). Sent by the server, they need no request interception in the browser, which
// would turn its cache off and hold up every request on its way. Usage: node tests/e2e/serve.ts <port>
import fs from 'node:fs';
import http from 'node:http';
import { preview } from 'astro';
import { parseHeadersFile } from '../../src/lib/security/headers.ts';

const port = Number(process.argv[2]);
const hostHeaders = parseHeadersFile(fs.readFileSync('dist/_headers', 'utf8'));
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Astro's own preview (its 404 page, trailing slashes, content types) on a free port of its choosing.
const upstream = await preview({ root: process.cwd(), logLevel: 'warn', server: { host: '127.0.0.1', port: 0 } });

http
  .createServer((request, response) => {
    const forward = http.request(
      { host: '127.0.0.1', port: upstream.port, path: request.url, method: request.method, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...hostHeaders });
        answer.pipe(response);
      },
    );
    forward.on('error', (error) => response.destroy(error));
    request.pipe(forward);
  })
  .listen(port, '127.0.0.1');
