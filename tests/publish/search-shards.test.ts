/**
 * The search index in shards (src/publish/pagefind.ts): a site larger than a shard is indexed by several Pagefind
 * processes, two at a time, each writing its own folder, and shards.json lists the extra ones by language. Thirteen
 * pages in shards of four, worked by hand: the three that are not group pages (one of them, with no
 * data-pagefind-body, is not indexed) and the first Thai group page in /pagefind/, the other four Thai group pages in
 * /pagefind-1/, the five English ones in /pagefind-2/ (four) and /pagefind-3/ (one).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../src/publish/pagefind';

const site = mkdtempSync(join(tmpdir(), 'omsap-shards-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

function page(path: string, lang: 'th' | 'en', title: string, body = true): void {
  const file = join(site, path);
  mkdirSync(dirname(file), { recursive: true });
  const main = body ? `<div data-pagefind-body><h1>${title}</h1><p>${title} savings group</p></div>` : `<p>${title}</p>`;
  writeFileSync(file, `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body>${main}</body></html>`);
}

/** Pages per language in one shard's folder, as its pagefind-entry.json counts them. */
function pagesIn(folder: string): Record<string, number> {
  const entry = JSON.parse(readFileSync(join(site, folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
}

describe('indexSite in shards', () => {
  it('splits group pages into shards by language and lists the extra shards', async () => {
    page('index.html', 'th', 'หน้าแรก');
    page('en/index.html', 'en', 'Home');
    page('404.html', 'th', 'ไม่พบ', false);
    for (let i = 1; i <= 5; i++) page(`groups/600100${i}/index.html`, 'th', `กลุ่มออมทรัพย์ที่ ${i}`);
    for (let i = 1; i <= 5; i++) page(`en/groups/600100${i}/index.html`, 'en', `Group ${i}`);

    const r = await indexSite(site, 4);

    expect(r).toEqual({ pages: 12, shards: 4 });
    expect(readdirSync(site).filter((f) => f.startsWith('pagefind')).sort()).toEqual(['pagefind', 'pagefind-1', 'pagefind-2', 'pagefind-3']);
    expect(JSON.parse(readFileSync(join(site, 'pagefind', 'shards.json'), 'utf8'))).toEqual({ th: ['pagefind-1/'], en: ['pagefind-2/', 'pagefind-3/'] });
    expect(pagesIn('pagefind')).toEqual({ th: 2, en: 1 });
    expect(pagesIn('pagefind-1')).toEqual({ th: 4 });
    expect(pagesIn('pagefind-2')).toEqual({ en: 4 });
    expect(pagesIn('pagefind-3')).toEqual({ en: 1 });
  });
});
