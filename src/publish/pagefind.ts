/**
 * The search index, through Pagefind's Node API. Pages mark a short summary with data-pagefind-body, so
 * the index stays small, and only that element (with the page's language) is sent to Pagefind
 * (src/lib/search/indexed-part.ts): the same index as from whole pages, for a fraction of the bytes.
 *
 * Languages: Pagefind keeps one index per page language, read from each page's <html lang> (Thai pages "th", English
 * pages under /en/ "en"), so a search from a Thai page finds Thai pages and one from an English page English pages.
 *
 * Memory (DESIGN §12, measured by npm run bench): the Pagefind process grows ~45 KB per Thai page (~a third of that
 * per English one) and only gives it back when it exits. One index over a national site peaked at 1.5 GB on its own,
 * next to the build's Node process. So a site with more than SHARD_PAGES pages is indexed in shards, one Pagefind
 * process after the other: shard 0 (every page but the group pages, in both languages, plus the first groups) is
 * written to /pagefind/ as before, the other group pages to /pagefind-1/, /pagefind-2/, … one language per shard,
 * listed by language in /pagefind/shards.json as folder names ({"th": ["pagefind-1/"], "en": [...]}, which the search
 * page puts after the site's base path); the search page merges its language's shards at search time (Pagefind's
 * mergeIndex). A small site has one index and empty lists.
 */
import * as pagefind from 'pagefind';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { indexedPart } from '../lib/search/indexed-part';

/** Pages per Pagefind process: ~8,000 × ~45 KB ≈ 400 MB. */
export const SHARD_PAGES = 8000;
export const SHARDS_FILE = 'shards.json';

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('.html')) continue;
    const rel = relative(dir, join(e.parentPath, e.name)).split('\\').join('/');
    if (!/^pagefind(-\d+)?\//.test(rel)) out.push(rel);
  }
  return out.sort();
}

/** One Pagefind process over these pages (site-relative paths), written to <dir>/<outName>/; returns pages indexed. */
async function oneIndex(dir: string, outName: string, files: readonly string[]): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index || errors.length) throw new Error(`Pagefind: ${errors.join('; ') || 'no index'}`);
    let pages = 0;
    for (const f of files) {
      const part = indexedPart(await readFile(join(dir, f), 'utf8'));
      if (part === null) continue; // no data-pagefind-body: Pagefind would skip it too
      const added = await index.addHTMLFile({ sourcePath: f, content: part });
      if (added.errors.length) throw new Error(`Pagefind: ${f}: ${added.errors.join('; ')}`);
      pages++;
    }
    const written = await index.writeFiles({ outputPath: join(dir, outName) });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return pages;
  } finally {
    await pagefind.close(); // ends the Pagefind process: its memory goes with it
  }
}

/** The language of a built page, from its path: English pages live under en/. */
const langOf = (file: string): 'th' | 'en' => (file.startsWith('en/') ? 'en' : 'th');
const isGroupPage = (file: string) => /^(en\/)?groups\//.test(file);

export async function indexSite(dir: string): Promise<{ pages: number; shards: number }> {
  const files = await htmlFiles(dir);
  const extra: Record<'th' | 'en', string[]> = { th: [], en: [] };
  let pages: number;
  if (files.length <= SHARD_PAGES) pages = await oneIndex(dir, 'pagefind', files);
  else {
    const rest = files.filter((f) => !isGroupPage(f));
    const groups = files.filter(isGroupPage).sort((a, b) => (langOf(a) === langOf(b) ? 0 : langOf(a) === 'th' ? -1 : 1));
    const first = Math.max(0, SHARD_PAGES - rest.length);
    pages = await oneIndex(dir, 'pagefind', [...rest, ...groups.slice(0, first)]);
    let k = 1;
    for (const lang of ['th', 'en'] as const) {
      const mine = groups.slice(first).filter((f) => langOf(f) === lang);
      for (let at = 0; at < mine.length; at += SHARD_PAGES, k++) {
        pages += await oneIndex(dir, `pagefind-${k}`, mine.slice(at, at + SHARD_PAGES));
        extra[lang].push(`pagefind-${k}/`);
      }
    }
  }
  await writeFile(join(dir, 'pagefind', SHARDS_FILE), JSON.stringify(extra) + '\n');
  return { pages, shards: 1 + extra.th.length + extra.en.length };
}
