import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFor, serveSite, type Served } from '../../../src/publish/static-server';

const dir = mkdtempSync(join(tmpdir(), 'omsap-serve-'));
const PAGE = '<html><body>' + 'กลุ่มออมทรัพย์ '.repeat(200) + '</body></html>';
let served: Served;

beforeAll(async () => {
  mkdirSync(join(dir, 'groups', 'a'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'groups', 'a', 'index.html'), 'A');
  writeFileSync(join(dir, 'font.woff2'), 'binary');
  writeFileSync(join(dir, '404.html'), 'ไม่พบหน้านี้');
  served = await serveSite(dir, { base: '/omsap/', gzip: true });
});
afterAll(async () => {
  await served.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A GET with its status, headers and raw body (node's http does not unzip). */
function get(path: string, gzip = true): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((ok, fail) => {
    const req = request(served.origin + path, { headers: gzip ? { 'Accept-Encoding': 'gzip' } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('fileFor', () => {
  it('maps a URL under the base to a file, a folder to its index.html', () => {
    expect(fileFor(dir, '/omsap/', '/omsap/')).toBe(join(dir, 'index.html'));
    expect(fileFor(dir, '/omsap/', '/omsap/groups/a/')).toBe(join(dir, 'groups', 'a', 'index.html'));
    expect(fileFor(dir, '/', '/groups/a/')).toBe(join(dir, 'groups', 'a', 'index.html'));
  });
  it('nothing outside the base, outside the folder, or missing', () => {
    expect(fileFor(dir, '/omsap/', '/groups/a/')).toBeNull();
    expect(fileFor(dir, '/omsap/', '/omsap/../../etc/passwd')).toBeNull();
    expect(fileFor(dir, '/omsap/', '/omsap/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(fileFor(dir, '/omsap/', '/omsap/nothing/')).toBeNull();
  });
});

describe('serveSite', () => {
  it('sends text gzip-compressed when the browser accepts it, plain when not', async () => {
    const zipped = await get('/omsap/');
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(zipped.body.length).toBeLessThan(Buffer.byteLength(PAGE) / 10);
    expect(gunzipSync(zipped.body).toString()).toBe(PAGE);
    const plain = await get('/omsap/', false);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(PAGE);
  });
  it('never compresses a font (woff2 already is)', async () => {
    const font = await get('/omsap/font.woff2');
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.headers['content-type']).toBe('font/woff2');
  });
  it('answers a missing page with 404 and the site’s 404.html; the bare base redirects to base/', async () => {
    const missing = await get('/omsap/nothing/', false);
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toBe('ไม่พบหน้านี้');
    const bare = await get('/omsap', false);
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/omsap/');
  });
});
