/**
 * A small static file server for a built site, as a plain web server would serve it: under a base path, folder
 * URLs answer with their index.html, and (when asked) text is sent gzip-compressed. Used by the browser tests,
 * the Lighthouse script and the dev server's search index (scripts/dev.ts); never by the build.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
/** What a web server's usual gzip settings compress: text, and Pagefind's wasm. Fonts (woff2) already are. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.txt', '.xml', '.svg', '.wasm']);

/** The file a URL path names under root, served at base ("/" or "/omsap/"): a folder gives its index.html. */
export function fileFor(root: string, base: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (!path.startsWith(base)) return null;
  const dir = resolve(root);
  const file = resolve(join(dir, path.slice(base.length)));
  if (file !== dir && !file.startsWith(dir + sep)) return null;
  if (!existsSync(file)) return null;
  if (statSync(file).isDirectory()) {
    const index = join(file, 'index.html');
    return existsSync(index) ? index : null;
  }
  return file;
}

const gzipped = new Map<string, Buffer>();

/** Sends a file with its content type; gzip-compressed when asked and the client accepts it. */
export function sendFile(req: IncomingMessage, res: ServerResponse, file: string, opts: { gzip?: boolean; status?: number } = {}): void {
  const ext = extname(file).toLowerCase();
  const headers: Record<string, string> = { 'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
  let body: Buffer = readFileSync(file);
  if (opts.gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    const key = `${file}:${statSync(file).mtimeMs}`;
    const packed = gzipped.get(key) ?? gzipSync(body, { level: 6 });
    gzipped.set(key, packed);
    body = packed;
    headers['Content-Encoding'] = 'gzip';
    headers.Vary = 'Accept-Encoding';
  }
  res.writeHead(opts.status ?? 200, headers).end(req.method === 'HEAD' ? undefined : body);
}

export interface Served {
  /** http://127.0.0.1:PORT (no base). */
  origin: string;
  /** origin + base: the site's home page. */
  url: string;
  close: () => Promise<void>;
}

/** Serves a built site on 127.0.0.1 (a random port unless given) under base; a missing page gets the site's 404.html (its language's, under /en/). */
export async function serveSite(dir: string, opts: { base?: string; gzip?: boolean; port?: number } = {}): Promise<Served> {
  const base = opts.base ?? '/';
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === base.slice(0, -1) && base !== '/') {
      res.writeHead(301, { Location: base }).end();
      return;
    }
    const file = fileFor(root, base, path);
    if (file) return sendFile(req, res, file, { gzip: opts.gzip });
    // A language's own 404 page for its addresses (/en/… → en/404.html), as a web server set up for the site would.
    const section = path.startsWith(base) ? path.slice(base.length).split('/')[0] : '';
    const notFound = [section && /^[a-z]{2}$/.test(section) ? join(root, section, '404.html') : '', join(root, '404.html')].find((f) => f && existsSync(f));
    if (notFound) return sendFile(req, res, notFound, { gzip: opts.gzip, status: 404 });
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
  });
  await new Promise<void>((ok) => server.listen(opts.port ?? 0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return { origin, url: origin + base, close: () => new Promise((ok) => server.close(() => ok())) };
}
