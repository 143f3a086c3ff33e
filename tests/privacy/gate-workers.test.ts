/**
 * The privacy gate in worker threads (src/publish/gate-workers.ts) finds exactly what one thread finds, in the same
 * order: a hand-made site of small pages, two of them carrying a phone and a chair's name, scanned both ways.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanDirectory } from '../../src/publish/gate';
import { type Batch, GateQueue } from '../../src/publish/gate-workers';

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
  it('hands out every batch once, largest first, never two large files at once', () => {
    const large = (f: string): Batch => ({ files: [f], large: true });
    const small = (f: string): Batch => ({ files: [f], large: false });
    const queue = new GateQueue([large('omsap.json'), large('groups.csv'), small('a'), small('b')]);
    const given: (string | null)[] = [];
    const holding: Batch[] = [];
    const take = () => queue.next((b) => (given.push(b ? b.files[0]! : null), b && holding.push(b)));
    take(); // thread 1: the largest
    take(); // thread 2: not the second large file while the first is read, a small batch
    expect(given).toEqual(['omsap.json', 'a']);
    queue.done(holding[1]!);
    take(); // thread 2 again: still not groups.csv
    expect(given).toEqual(['omsap.json', 'a', 'b']);
    queue.done(holding[2]!);
    take(); // thread 2 waits: only a large file is left
    expect(given).toHaveLength(3);
    queue.done(holding[0]!); // thread 1 is done with omsap.json: the waiting thread gets groups.csv
    expect(given).toEqual(['omsap.json', 'a', 'b', 'groups.csv']);
    take(); // thread 1: nothing left
    expect(given.at(-1)).toBeNull();
    expect(queue.empty).toBe(true);
  });
});
