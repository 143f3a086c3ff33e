/**
 * The privacy gate in worker threads (src/publish/gate-workers.ts) finds exactly what one thread finds, in the same
 * order: a hand-made site of small pages, two of them carrying a phone and a chair's name, scanned both ways.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanDirectory } from '../../src/publish/gate';
import { batchesBySize } from '../../src/publish/gate-workers';

const site = mkdtempSync(join(tmpdir(), 'omsap-gate-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

const page = (body: string) => `<!doctype html><html lang="th"><body><main><h1>กลุ่มออมทรัพย์</h1>${body}</main></body></html>`;
for (let i = 0; i < 40; i++) {
  mkdirSync(join(site, 'groups', String(6001000 + i)), { recursive: true });
  const body = i === 7 ? '<p>ติดต่อ 08<span>1-234</span>-5678</p>' : i === 31 ? '<p>ประธาน นายสมชาย ใจกว้าง</p>' : `<p>คะแนน ${i}/100</p>`;
  writeFileSync(join(site, 'groups', String(6001000 + i), 'index.html'), page(body));
}
writeFileSync(join(site, 'data.csv'), 'id,name\n6001007,กลุ่ม\n');

describe('privacy gate in worker threads', () => {
  it('finds the same hits in the same order as one thread, and scans every file once', async () => {
    const chair = ['นายสมชาย ใจกว้าง'];
    const one = await scanDirectory(site, chair);
    const two = await scanDirectory(site, chair, undefined, 10);
    expect(one.hits.map((h) => `${h.file} ${h.kind} ${h.masked}`)).toEqual([
      'groups/6001007/index.html phone 081-xxx-xx78',
      // 15 characters without the space: 3 kept at each end (a fifth), 9 hidden.
      'groups/6001031/index.html private-value นาย*********้าง',
    ]);
    expect(two).toEqual(one);
    expect(two.scanned).toBe(41);
  });
});

describe('the gate queue', () => {
  it('holds every file once, in batches, the largest first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'omsap-queue-'));
    try {
      writeFileSync(join(dir, 'big.json'), 'x'.repeat(3 << 20));
      writeFileSync(join(dir, 'mid.csv'), 'x'.repeat(1 << 20));
      for (let i = 0; i < 250; i++) writeFileSync(join(dir, `p${i}.html`), 'x'.repeat(100 + i));
      const files = ['p0.html', 'mid.csv', ...Array.from({ length: 249 }, (_, i) => `p${i + 1}.html`), 'big.json'];
      const batches = batchesBySize(dir, files);
      expect(batches[0]).toEqual(['big.json']);
      expect(batches[1]).toEqual(['mid.csv']);
      expect(batches[2]![0]).toBe('p249.html'); // the largest page next
      expect(batches.slice(2).map((b) => b.length)).toEqual([100, 100, 50]);
      expect(batches.flat().sort()).toEqual([...files].sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a large file (read in pieces)', () => {
  it('finds a phone number split between two pieces, after a Thai letter split between two others, at its line and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'omsap-large-'));
    try {
      // 4 MB pieces. Line 1 (filler and its newline) is piece − 2 bytes, so line 2's ก (3 bytes in UTF-8) spans the
      // first piece's end. Then a space, y × (piece − 8) and a space: the phone starts at byte 2 × piece − 5, so it
      // spans the second piece's end. Its column: ก, space, piece − 8 y's, space = piece − 5 characters before it.
      // Filler after it takes the file over 16 MB, the size from which a file is read in pieces.
      const piece = 4 << 20;
      const text = `${'x'.repeat(piece - 3)}\nก ${'y'.repeat(piece - 8)} 081-234-5678 ${'z'.repeat(9 << 20)}\n`;
      writeFileSync(join(dir, 'omsap.json'), text);
      expect(Buffer.from(text).subarray(2 * piece - 5, 2 * piece + 7).toString()).toBe('081-234-5678');
      const result = await scanDirectory(dir, []);
      expect(result.hits.map((h) => [h.file, h.kind, h.line, h.column, h.masked])).toEqual([['omsap.json', 'phone', 2, piece - 4, '081-xxx-xx78']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
