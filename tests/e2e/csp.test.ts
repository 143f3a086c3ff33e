/**
 * Readers are not tracked (issue 17, item 6), in Debian's Chromium: every page type, in both languages, sends the
 * Content-Security-Policy and logs no violation of it; the search page still finds (Pagefind's WebAssembly and worker
 * under the policy); a KM picture is served from the site itself; no page asks another host for anything.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../src/site/csp';
import { EN_PAGE_TYPES, launch, PAGE_TYPES, serve } from './helpers';
import { runBuild } from '../site/helpers';

const base = mkdtempSync(join(tmpdir(), 'omsap-csp-'));
const dist = join(base, 'dist');
const content = join(base, 'content');
let server: { url: string; close: () => Promise<void> };
let browser: Browser;

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da6300010000050001a5f645400000000049454e44ae426082', 'hex');

beforeAll(async () => {
  // The bundled articles, and one with a picture of its own and one on another host.
  cpSync(resolve('content/km'), join(content, 'km'), { recursive: true });
  mkdirSync(join(content, 'km', 'ภาพ'));
  writeFileSync(join(content, 'km', 'ภาพ', 'แผนผัง.png'), PNG);
  writeFileSync(
    join(content, 'km', 'picture.md'),
    '---\ntitle: "ภาพประกอบ"\ndate: "2567-07-15"\nsummary: "ภาพ"\n---\n\n![แผนผังการตรวจ](ภาพ/แผนผัง.png)\n\n![](https://tracker.example/p.gif)\n',
  );
  const r = await runBuild(['--dataset', 'tests/fixtures/site/dataset.json', '--content', content, '--out', dist, '--state', join(base, 'state')]);
  expect(r.code, r.stderr).toBe(0);
  server = await serve(dist);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(base, { recursive: true, force: true });
});

/** Opens a page, collecting policy violations (the DOM event and the console's report) and requests to other hosts. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const ctx = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  ctx.setDefaultTimeout(0);
  const page = await ctx.newPage();
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url)) problems.push(`request to another host: ${r.url()}`);
  });
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  return { page, problems };
}

const ALL_PAGE_TYPES = Object.entries({ ...PAGE_TYPES, ...EN_PAGE_TYPES, 'km-picture': '/km/picture/' });

describe('Content-Security-Policy', () => {
  it.each(ALL_PAGE_TYPES)('%s: sends the policy, logs no violation, asks no other host', async (_name, path) => {
    const { page, problems } = await open(path);
    // $$eval, not getAttribute: a missing element fails at once instead of being waited for.
    expect(await page.$$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.map((x) => x.getAttribute('content')))).toEqual([CONTENT_SECURITY_POLICY]);
    // Nothing the policy would block is in the page as served: no inline script, no style attribute or element
    // (a script may set a style through the DOM, as Chart.js sizes its canvas: the policy allows that).
    const html = await (await fetch(server.url + path)).text();
    expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g)).toBeNull();
    expect(html.match(/<style[\s>]|\sstyle=/g)).toBeNull();
    if (path.includes('/search/')) await page.waitForSelector('#search-results li');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('search still finds under the policy, typing a query (Pagefind: WebAssembly and its worker)', async () => {
    const { page, problems } = await open('/search/');
    await page.fill('#q', 'เขาทอง');
    await page.waitForSelector('#search-results a[href="/groups/6010-0002/"]');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the print foot\'s script runs as the site\'s own file: the address completed, the print date written', async () => {
    const { page, problems } = await open('/groups/6010-0002/');
    const foot = await page.$$eval('.print-address, .print-date', (l) => l.map((x) => [x.textContent?.trim().slice(0, 60), (x as HTMLElement).hidden]));
    expect(foot[0]).toEqual([`${server.url}/groups/6010-0002/`, false]);
    expect(foot[1]![1]).toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a KM picture is the site\'s own file and shows; the one on another host is not in the page', async () => {
    const { page, problems } = await open('/km/picture/');
    const images = await page.$$eval('main img', (list) => list.map((i) => ({ src: i.getAttribute('src'), loaded: (i as HTMLImageElement).naturalWidth })));
    expect(images).toEqual([{ src: `/km/images/${encodeURIComponent('ภาพ')}/${encodeURIComponent('แผนผัง.png')}`, loaded: 1 }]);
    expect(await page.content()).not.toContain('tracker.example');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
