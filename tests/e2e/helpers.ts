/** Browser-test helpers: a static server for a built site and Debian's Chromium through playwright-core. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
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

/**
 * Chromium with its profile and its sockets in a short temp folder of its own under /tmp, removed when the browser
 * closes (browser.close()). Not in the run's temp folder inside the checkout: a Unix socket path may not pass 107 bytes, and a checkout
 * at a long path ("Socket path too long") would keep Chromium from starting.
 */
export async function launch(): Promise<Browser> {
  const dir = mkdtempSync('/tmp/omsap-chromium-');
  const runTmp = process.env.TMPDIR;
  process.env.TMPDIR = dir; // playwright makes the profile folder in os.tmpdir() while it launches
  try {
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      env: { ...process.env, TMPDIR: dir }, // Chromium's own sockets
    });
    const close = browser.close.bind(browser);
    // Once close() has returned, Chromium has ended and playwright has removed what it made inside the folder.
    browser.close = async (...args) => {
      try {
        await close(...args);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    return browser;
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  } finally {
    if (runTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = runTmp;
  }
}

/** The page types of the site, one example each (the fixture dataset's ids), in Thai; EN_PAGE_TYPES in English. */
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
  indicators: '/indicators/',
  indicator: '/indicators/F1/',
  search: '/search/?q=เขาทอง',
};

/** The same page types under /en/ ("Khao Thong" finds the group of the Thai search example). */
export const EN_PAGE_TYPES: Record<string, string> = Object.fromEntries(
  Object.entries(PAGE_TYPES).map(([name, path]) => [`en-${name}`, path.startsWith('/search/') ? '/en/search/?q=Khao%20Thong' : `/en${path}`]),
);

/**
 * What axe (WCAG 2.1 A/AA) finds on a page, one line per rule with its elements. axe is injected as a script tag, so
 * the page's context must bypass the Content-Security-Policy (`bypassCSP`).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: resolve('node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    // @ts-expect-error injected
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/**
 * What the search page shows once its search has finished, as a person sees it: the result links in order and the
 * "did you mean" links. The page must have been opened with a search in its address (a query or a filter): its
 * script starts that search at once, and the results list is aria-busy until the search and its "did you mean" are
 * done (src/scripts/search-page.ts).
 */
export async function shownSearch(page: Page): Promise<{ urls: string[]; suggested: string[] }> {
  await page.waitForFunction(() => !!document.getElementById('search-status')?.textContent && !document.getElementById('search-results')?.hasAttribute('aria-busy'));
  return page.evaluate(() => {
    const hrefs = (selector: string) => [...document.querySelectorAll(selector)].map((a) => a.getAttribute('href') ?? '');
    return { urls: hrefs('#search-results li h2 a'), suggested: hrefs('#search-suggest:not([hidden]) a') };
  });
}
