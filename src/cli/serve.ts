/**
 * `npm run serve [-- --dir dist --port 4321]`: serves a built site locally, applying the
 * response headers of its `_headers` file as a static host would.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { parseHeadersFile, headersFor } from './headers.ts';
import { parseRedirects, redirectTarget } from '../deploy/redirects.ts';

const { values: args } = parseArgs({
  options: { dir: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
});
const dir = resolve(args.dir ?? 'dist');
const port = Number(args.port ?? process.env.PORT ?? 4321);
const host = args.host ?? '127.0.0.1';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|atom\+xml|manifest\+json)|image\/svg\+xml|font\/ttf)/;

if (!existsSync(dir)) {
  console.error(`${dir} does not exist: run \`npm run build\` first.`);
  process.exit(1);
}
const headersFile = join(dir, '_headers');
const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
const redirectsPath = join(dir, '_redirects');
const moved = existsSync(redirectsPath) ? parseRedirects(readFileSync(redirectsPath, 'utf8')) : [];

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400).end('bad request');
    return;
  }
  let file = normalize(join(dir, pathname));
  if (file !== dir && !file.startsWith(dir + sep)) {
    res.writeHead(403).end('forbidden');
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!pathname.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    file = join(file, 'index.html');
  }
  const found = existsSync(file) && statSync(file).isFile();
  // As static hosts do: a redirect applies only where no file is.
  const to = found ? undefined : redirectTarget(moved, url.pathname);
  if (to) {
    res.writeHead(301, { location: to }).end();
    return;
  }
  const status = found ? 200 : 404;
  const body = found ? file : join(dir, '404.html');
  const headers: Record<string, string> = {
    'content-type': TYPES[extname(body)] ?? 'application/octet-stream',
    ...headersFor(rules, url.pathname),
  };
  // Compressed as static hosts serve text, so the benchmark's Lighthouse runs see real transfer sizes.
  const accepts = String(req.headers['accept-encoding'] ?? '');
  const encoding =
    !COMPRESSIBLE.test(headers['content-type']!) || !existsSync(body)
      ? undefined
      : /\bbr\b/.test(accepts)
        ? 'br'
        : /\bgzip\b/.test(accepts)
          ? 'gzip'
          : undefined;
  if (encoding) Object.assign(headers, { 'content-encoding': encoding, vary: 'accept-encoding' });
  res.writeHead(status, headers);
  if (!existsSync(body)) res.end('not found');
  else if (encoding)
    createReadStream(body)
      .pipe(
        encoding === 'br'
          ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
          : createGzip(),
      )
      .pipe(res);
  else createReadStream(body).pipe(res);
}).listen(port, host, () =>
  console.log(`Serving ${dir} at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`),
);
