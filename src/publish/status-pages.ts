/**
 * Astro writes the root 404 page as /404.html but a language's one as /en/404/index.html; web servers and code hosts'
 * pages services look for a 404.html file (GitHub Pages: the root one; nginx `error_page 404 /en/404.html`, Apache
 * `ErrorDocument`). This moves each language's 404 page beside its language's pages as 404.html, before the
 * sitemap is made (a 404 page is no page to list).
 */
import { existsSync } from 'node:fs';
import { readdir, rename, rmdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Moves <dir>/<lang>/404/index.html to <dir>/<lang>/404.html for every folder that has one; returns the files made. */
export async function placeNotFoundPages(dir: string): Promise<string[]> {
  const made: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const page = join(dir, e.name, '404', 'index.html');
    if (!e.isDirectory() || !existsSync(page)) continue;
    await rename(page, join(dir, e.name, '404.html'));
    await rmdir(join(dir, e.name, '404'));
    made.push(`${e.name}/404.html`);
  }
  return made;
}
