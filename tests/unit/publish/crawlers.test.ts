import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { absoluteUrl, pageRoutes, robotsTxt, sitemapFiles, writeCrawlerFiles } from '../../../src/publish/crawlers';

const at = { base: '/omsap/', site: 'https://example.go.th' };
const base = mkdtempSync(join(tmpdir(), 'omsap-crawlers-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function site(files: string[]): string {
  const dir = mkdtempSync(join(base, 'site-'));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), '<html></html>');
  }
  return dir;
}

describe('absoluteUrl', () => {
  it('puts the route under the base on the host, percent-encoding what is not ASCII', () => {
    expect(absoluteUrl(at, '/')).toBe('https://example.go.th/omsap/');
    expect(absoluteUrl(at, '/groups/6010-0001/')).toBe('https://example.go.th/omsap/groups/6010-0001/');
    expect(absoluteUrl({ base: '/', site: 'https://example.go.th' }, '/km/tags/ทุน/')).toBe('https://example.go.th/km/tags/%E0%B8%97%E0%B8%B8%E0%B8%99/');
  });
});

describe('pageRoutes', () => {
  it('lists every folder with an index.html, not the search index, not 404.html or other files', async () => {
    const dir = site(['index.html', 'groups/6010-0001/index.html', 'en/index.html', '404.html', 'pagefind/index.html', 'pagefind-1/x/index.html', 'data/omsap.json', 'km/index.html']);
    expect(await pageRoutes(dir)).toEqual(['/', '/en/', '/groups/6010-0001/', '/km/']);
  });
});

describe('sitemapFiles', () => {
  it('one sitemap.xml with absolute addresses under the base', () => {
    const files = sitemapFiles(at, ['/', '/groups/a&b/']);
    expect([...files.keys()]).toEqual(['sitemap.xml']);
    expect(files.get('sitemap.xml')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '<url><loc>https://example.go.th/omsap/</loc></url>\n<url><loc>https://example.go.th/omsap/groups/a%26b/</loc></url>\n</urlset>\n',
    );
  });

  it('above the per-file limit: numbered sitemaps and sitemap.xml as their index (5 routes, 2 per file → 3 files)', () => {
    const files = sitemapFiles(at, ['/a/', '/b/', '/c/', '/d/', '/e/'], 2);
    expect([...files.keys()]).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml', 'sitemap.xml']);
    expect(files.get('sitemap-3.xml')).toContain('<url><loc>https://example.go.th/omsap/e/</loc></url>\n</urlset>');
    expect(files.get('sitemap-3.xml')).not.toContain('/d/');
    expect(files.get('sitemap.xml')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '<sitemap><loc>https://example.go.th/omsap/sitemap-1.xml</loc></sitemap>\n' +
        '<sitemap><loc>https://example.go.th/omsap/sitemap-2.xml</loc></sitemap>\n' +
        '<sitemap><loc>https://example.go.th/omsap/sitemap-3.xml</loc></sitemap>\n</sitemapindex>\n',
    );
  });
});

describe('robots.txt', () => {
  it('allows every page and names the sitemap when the host is known', () => {
    expect(robotsTxt(at)).toBe('User-agent: *\nDisallow:\n\nSitemap: https://example.go.th/omsap/sitemap.xml\n');
    expect(robotsTxt({ base: '/omsap/' })).toBe('User-agent: *\nDisallow:\n');
  });
});

describe('writeCrawlerFiles', () => {
  it('without a host: robots.txt only', async () => {
    const dir = site(['index.html']);
    expect(await writeCrawlerFiles(dir, { base: '/' })).toBe(0);
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow:\n');
    expect(() => readFileSync(join(dir, 'sitemap.xml'))).toThrow(/ENOENT/);
  });
  it('with a host: robots.txt and the sitemap of every page', async () => {
    const dir = site(['index.html', 'groups/x/index.html']);
    expect(await writeCrawlerFiles(dir, at)).toBe(2);
    expect(readFileSync(join(dir, 'sitemap.xml'), 'utf8')).toContain('<url><loc>https://example.go.th/omsap/groups/x/</loc></url>');
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.go.th/omsap/sitemap.xml');
  });
});
