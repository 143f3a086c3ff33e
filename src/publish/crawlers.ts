/**
 * robots.txt and sitemap.xml (DESIGN §7), written into the built site after Astro. The sitemap lists every page
 * the build wrote (each folder's index.html): whatever routes the dataset, the KM articles and the languages make,
 * it can neither miss a page nor invent one. A sitemap needs absolute addresses, so it is written only when the
 * site's host is known (--site); robots.txt is always written and names the sitemap when there is one.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SiteAddress } from './address';
import { escapeHtml } from '../lib/escape';
import { filesUnder, sitePath } from '../util/files-under';

/** The sitemap protocol's limit per file; above it sitemap.xml becomes an index of sitemap-1.xml, sitemap-2.xml, … */
export const SITEMAP_MAX_URLS = 50_000;

/** Routes of the pages under dir ("/", "/groups/6010-0001/", …), sorted; the search index's folders are not pages. */
export function pageRoutes(dir: string): string[] {
  const out: string[] = [];
  for (const e of filesUnder(dir)) {
    if (e.name !== 'index.html') continue;
    const folder = sitePath(dir, e).slice(0, -e.name.length); // "groups/6010-0001/", or "" at the root
    if (/^pagefind(-\d+)?\//.test(folder)) continue;
    out.push(`/${folder}`);
  }
  return out.sort();
}


/** Absolute address of a route (as written on disk, e.g. a Thai tag): site + base + route, percent-encoded. */
export function absoluteUrl(address: Required<SiteAddress>, route: string): string {
  const path = `${address.base}${route.replace(/^\//, '')}`;
  return `${address.site}${path.split('/').map(encodeURIComponent).join('/')}`;
}

function urlset(urls: string[]): string {
  const body = urls.map((u) => `<url><loc>${escapeHtml(u)}</loc></url>\n`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}</urlset>\n`;
}

/** File name → content of the sitemap for these routes: one sitemap.xml, or an index over numbered files. */
export function sitemapFiles(address: Required<SiteAddress>, routes: string[], maxUrls = SITEMAP_MAX_URLS): Map<string, string> {
  const urls = routes.map((r) => absoluteUrl(address, r));
  const files = new Map<string, string>();
  if (urls.length <= maxUrls) return files.set('sitemap.xml', urlset(urls));
  const parts: string[] = [];
  for (let at = 0, k = 1; at < urls.length; at += maxUrls, k++) {
    files.set(`sitemap-${k}.xml`, urlset(urls.slice(at, at + maxUrls)));
    parts.push(absoluteUrl(address, `/sitemap-${k}.xml`));
  }
  const body = parts.map((u) => `<sitemap><loc>${escapeHtml(u)}</loc></sitemap>\n`).join('');
  files.set('sitemap.xml', `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}</sitemapindex>\n`);
  return files;
}

/** robots.txt: every page may be crawled (an empty Disallow); the sitemap's address when the host is known. */
export function robotsTxt(address: SiteAddress): string {
  const lines = ['User-agent: *', 'Disallow:'];
  if (address.site) lines.push('', `Sitemap: ${absoluteUrl({ base: address.base, site: address.site }, '/sitemap.xml')}`);
  return lines.join('\n') + '\n';
}

/** Writes robots.txt and (with a host) the sitemap into the built site; returns the number of pages listed. */
export async function writeCrawlerFiles(dir: string, address: SiteAddress): Promise<number> {
  await writeFile(join(dir, 'robots.txt'), robotsTxt(address));
  if (!address.site) return 0;
  const routes = pageRoutes(dir);
  for (const [name, xml] of sitemapFiles({ base: address.base, site: address.site }, routes)) await writeFile(join(dir, name), xml);
  return routes.length;
}
