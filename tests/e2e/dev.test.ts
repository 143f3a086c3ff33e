/**
 * `npm run dev` (scripts/dev.ts) has working search: with no dataset or index yet it builds first, then Astro's dev
 * server serves that build's search index at /pagefind/ and its downloads at /data/. Telemetry stays off and no
 * update notice is printed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './helpers';

const base = mkdtempSync(join(tmpdir(), 'omsap-dev-'));
let child: ChildProcess;
let output = '';
let url: string;
let browser: Browser;

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const port = (s.address() as { port: number }).port;
  await new Promise((ok) => s.close(ok));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  url = `http://localhost:${port}`;
  // Astro's telemetry keeps its anonymous id in <XDG_CONFIG_HOME>/astro/config.json and writes it the first time it
  // records an event (the dev server records one as it starts); switched off, it returns before reading that file.
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CONFIG_HOME: join(base, 'config'), OMSAP_FAIL_AT: '' };
  delete env.ASTRO_TELEMETRY_DISABLED;
  delete env.ASTRO_DISABLE_UPDATE_CHECK;
  // Vitest sets VITEST in its own environment; an Astro 7 dev server that sees it skips its page handler (404s).
  delete env.VITEST;
  const args = ['--dataset', 'tests/fixtures/site/dataset.json', '--out', join(base, 'dist'), '--state', join(base, 'state'), '--reports', join(base, 'reports')];
  child = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev.ts', ...args, '--port', String(port)], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  // Ready when the dev server answers (it builds the site first); no limit but the hook's, which only catches a hang.
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm run dev exited with ${child.exitCode}:\n${output}`);
    const ok = await fetch(`${url}/search/`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  rmSync(base, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('builds first when there is no dataset or search index yet', () => {
    expect(output).toContain('สร้างเว็บไซต์ก่อน / building first: ยังไม่มีชุดข้อมูล / no dataset yet');
    expect(output).toContain('[7/7]');
  });

  it('serves the search index, so the search page finds a group', async () => {
    expect((await fetch(`${url}/pagefind/pagefind.js`)).status).toBe(200);
    const ctx = await browser.newContext();
    ctx.setDefaultTimeout(0); // waits have no limit of their own (a busy machine is slow): vitest's limit catches a hang
    const page = await ctx.newPage();
    await page.goto(`${url}/search/?q=เขาทอง`);
    await page.waitForSelector('#search-results a[href="/groups/6010-0002/"]');
    expect(await page.textContent('#search-status')).toMatch(/พบ \d+ รายการ/);
    await ctx.close();
  });

  it('serves the last build\'s downloads, which the build writes itself (no Astro endpoint makes them)', async () => {
    const json = await fetch(`${url}/data/omsap.json`);
    expect(json.status).toBe(200);
    expect(((await json.json()) as { schemaVersion: number }).schemaVersion).toBe(3); // the fixture's (plan progress came with 3)
    expect((await fetch(`${url}/en/data/groups.csv`)).headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('sends no usage data and prints no update notice', () => {
    // The server has started and served pages (the tests above), so it has recorded its session: telemetry off, no id.
    expect(existsSync(join(base, 'config', 'astro', 'config.json'))).toBe(false);
    expect(existsSync(join(base, 'config')) ? readdirSync(join(base, 'config'), { recursive: true }) : []).toEqual([]);
    expect(output).not.toMatch(/collects anonymous usage data|new version of Astro|update available/i);
  });
});
