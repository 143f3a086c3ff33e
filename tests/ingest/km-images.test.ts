/**
 * KM pictures (issue 17, item 6: readers are not tracked): a picture is shown only when it is a file of content/km/;
 * any other is dropped with a warning naming file and line, and the rendered page holds no address of another host.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestKm } from '../../src/ingest/km';
import { DEFAULT_CRITERIA } from '../../src/lib/health/default-criteria';
import { bodyImages, localImagePath } from '../../src/lib/km/images';
import { copyKmImages } from '../../src/publish/km-images';
import { renderArticle } from '../../src/site/km';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da6300010000050001a5f645400000000049454e44ae426082', 'hex');

/** content/km/ with one article (front matter lines 1–5, body from line 6) and the given other files. */
function content(body: string, files: Record<string, Buffer | string> = {}): string {
  const root = join(mkdtempSync(join(tmpdir(), 'omsap-kmimg-')), 'content');
  mkdirSync(join(root, 'km'), { recursive: true });
  writeFileSync(join(root, 'km', 'plan.md'), `---\ntitle: "แผน"\ndate: "2567-07-15"\nsummary: "ส"\n---\n${body}`);
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(join(root, 'km', name, '..'), { recursive: true });
    writeFileSync(join(root, 'km', name), bytes);
  }
  return root;
}

describe('localImagePath', () => {
  it.each([
    ['แผนผัง.png', { ok: true, path: 'แผนผัง.png' }],
    ['%E0%B8%A0%E0%B8%B2%E0%B8%9E.jpg', { ok: true, path: 'ภาพ.jpg' }], // markdown-it's encoding of ภาพ.jpg
    ['photos/./a.JPEG', { ok: true, path: 'photos/a.JPEG' }],
    ['https://tracker.example/p.gif', { ok: false, reason: 'remote' }],
    ['HTTP://tracker.example/p.gif', { ok: false, reason: 'remote' }],
    ['//tracker.example/p.gif', { ok: false, reason: 'remote' }],
    ['data:image/gif;base64,R0lGOD', { ok: false, reason: 'outside' }],
    ['/favicon.svg', { ok: false, reason: 'outside' }],
    ['../../data/registry/r.png', { ok: false, reason: 'outside' }],
    ['photos/../../x.png', { ok: false, reason: 'outside' }],
    ['a.png?v=2', { ok: false, reason: 'outside' }],
    ['a%2', { ok: false, reason: 'outside' }],
    ['drawing.svg', { ok: false, reason: 'type' }], // an SVG can carry script: not accepted
    ['notes.txt', { ok: false, reason: 'type' }],
  ])('%s', (src, expected) => expect(localImagePath(src)).toEqual(expected));
});

describe('bodyImages', () => {
  it('finds inline, reference and linked pictures with their lines; raw HTML is text, not a picture', () => {
    const body = ['ย่อหน้า ![a](a.png)', '', '[![b](b.png)](https://example.org)', '', '![c][ref]', '', '<img src="https://x.example/t.gif">', '', '[ref]: https://x.example/c.gif'].join('\n');
    expect(bodyImages(body)).toEqual([
      { src: 'a.png', line: 1 },
      { src: 'b.png', line: 3 },
      { src: 'https://x.example/c.gif', line: 5 },
    ]);
  });
});

describe('KM pictures through ingest and rendering', () => {
  it('a local file is kept and shown from the site, a picture on another host is dropped and reported with its line', async () => {
    // Body lines: 6 text, 7 local picture, 8 blank, 9 remote picture, 10 missing file, 11 folder link out of content/km.
    const root = content('ข้อความ\n![แผนผัง](ภาพ/แผนผัง.png)\n\n![](https://tracker.example/p.gif)\n![](ไม่มี.png)\n![](ลิงก์/x.png)\n', { 'ภาพ/แผนผัง.png': PNG });
    const outside = mkdtempSync(join(tmpdir(), 'omsap-out-'));
    writeFileSync(join(outside, 'x.png'), PNG);
    symlinkSync(outside, join(root, 'km', 'ลิงก์'));
    const r = await ingestKm(root, DEFAULT_CRITERIA);
    const a = r.articles[0]!;
    expect(a.images).toEqual(['ภาพ/แผนผัง.png']);
    expect(r.issues.map((i) => [i.code, i.line, i.found])).toEqual([
      ['W_KM_IMAGE_DROPPED', 9, 'https://tracker.example/p.gif'],
      ['W_KM_IMAGE_DROPPED', 10, 'ไม่มี.png'],
      ['W_KM_IMAGE_DROPPED', 11, 'ลิงก์/x.png'],
    ]);
    expect(r.issues[0]!.en).toBe(
      'content/km/plan.md, line 9: the picture "https://tracker.example/p.gif" is on another host, which would learn of every reader, so it is not shown in the article — expected a .png, .jpg, .gif, .webp or .avif file in content/km/, named by its file name such as ![what it shows](picture.jpg)',
    );
    expect(r.issues[1]!.th).toContain('รูปภาพ "ไม่มี.png" ไม่มีไฟล์นี้ในโฟลเดอร์ content/km/ จึงไม่แสดงในบทความ');
    expect(r.files).toEqual([{ path: 'content/km/plan.md', kind: 'km', status: 'used', rows: 1, errors: 0, warnings: 3 }]);

    const html = renderArticle(a).html;
    expect(html).toContain(`<img src="/km/images/${encodeURIComponent('ภาพ')}/${encodeURIComponent('แผนผัง.png')}"`);
    expect(html).toContain('alt="แผนผัง"');
    expect(html).not.toContain('tracker.example');
    expect(html.match(/<img/g)).toHaveLength(1);

    // The build copies the kept picture into the site under km/images/.
    const site = mkdtempSync(join(tmpdir(), 'omsap-site-'));
    const kmFile = join(site, 'km.json');
    writeFileSync(kmFile, JSON.stringify({ articles: r.articles }));
    expect(await copyKmImages(site, root, kmFile)).toBe(1);
    expect(readFileSync(join(site, 'km', 'images', 'ภาพ', 'แผนผัง.png'))).toEqual(PNG);
  });

  it('an article with no picture has no images entry (km.json as before)', async () => {
    const r = await ingestKm(content('ข้อความ\n'), DEFAULT_CRITERIA);
    expect('images' in r.articles[0]!).toBe(false);
  });
});
