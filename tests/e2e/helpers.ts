/** Browser-test helpers: a static server for a built site and Debian's Chromium through playwright-core. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { serveSite } from '../../src/publish/static-server';

/** Serves a built site on 127.0.0.1 at a random port, under base; url is the origin (add the base and a route). */
export async function serve(dir: string, opts: { base?: string; gzip?: boolean } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const served = await serveSite(dir, opts);
  return { url: served.origin, close: served.close };
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
