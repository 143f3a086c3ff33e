/** Browser-test helpers: a tiny static server for dist/ and Debian's Chromium through playwright-core. */
import { createServer, type Server } from 'node:http';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
};

/** Serves a folder on 127.0.0.1 at a random port; directory URLs serve their index.html. */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

export function chromiumPath(): string {
  const found = spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).stdout.trim();
  if (!found) throw new Error('Chromium not found: apt-get install -y chromium fonts-thai-tlwg');
  return found;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Builds the fixture site once into a temp folder and returns its dist path. */
export function buildFixtureSite(label: string): string {
  const base = mkdtempSync(join(tmpdir(), `omsap-${label}-`));
  const out = join(base, 'dist');
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/build.ts', '--dataset', 'tests/fixtures/site/dataset.json', '--out', out, '--state', join(base, 'state')],
    { stdio: 'pipe', env: { ...process.env, OMSAP_FAIL_AT: '' } },
  );
  return out;
}

/** The page types of the site, one example each (the fixture dataset's ids). */
export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  province: '/provinces/60/',
  district: '/districts/6010/',
  group: '/groups/6010-0002/',
  'group-redflag': '/groups/6010-0004/',
  rankings: '/rankings/',
  km: '/km/',
  'km-article': '/km/audit-visit-with-the-book/',
  methodology: '/methodology/',
  data: '/data/',
  search: '/search/?q=เขาทอง',
};
