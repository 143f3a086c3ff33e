/**
 * The gate begun early over the downloads (src/publish/gate.ts scanAhead): what it found stands for a file only while
 * the file holds the bytes it read. A hand-made downloads folder, scanned ahead, moved into a site and changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanAhead, scanDirectory } from '../../src/publish/gate';

const root = mkdtempSync(join(tmpdir(), 'omsap-ahead-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const CHAIR = 'นายสมชาย ใจกว้าง';
const AUDITOR = 'นางสมศรี ตรวจดี';
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('the gate begun ahead', () => {
  it('names each clean file with its hash; the gate skips those unchanged, and reads the changed ones and those with a hit', async () => {
    const downloads = join(root, 'downloads');
    mkdirSync(join(downloads, 'data', 'provinces'), { recursive: true });
    writeFileSync(join(downloads, 'data', 'groups.csv'), 'id,name,phone\n6001007,กลุ่ม,081-234-5678\n');
    // Holds the auditor's name, which the scan ahead is not given: only a scan by the gate itself would find it.
    writeFileSync(join(downloads, 'data', 'omsap.json'), JSON.stringify({ note: AUDITOR }));
    writeFileSync(join(downloads, 'data', 'provinces', '60.csv'), 'id,name\n6001001,กลุ่มบ้านใหม่\n');
    // Large enough to be read in pieces (gate.ts LARGE_FILE_BYTES): its hash is of every piece.
    writeFileSync(join(downloads, 'data', 'provinces', '60.json'), JSON.stringify({ rows: 'กลุ่มออมทรัพย์ '.repeat(450_000) }));

    const ahead = await scanAhead(downloads, [CHAIR]).result;
    // groups.csv holds a phone: left to the gate.
    const clean = ['data/omsap.json', 'data/provinces/60.csv', 'data/provinces/60.json'];
    expect(ahead).toEqual(new Map(clean.map((f) => [f, sha256(join(downloads, f))])));

    // Into the site, as the build moves them; then one changes.
    const site = join(root, 'site');
    mkdirSync(join(site, 'groups', '6001007'), { recursive: true });
    writeFileSync(join(site, 'groups', '6001007', 'index.html'), `<p>ประธาน ${CHAIR}</p>`);
    renameSync(join(downloads, 'data'), join(site, 'data'));
    writeFileSync(join(site, 'data', 'provinces', '60.csv'), `id,name,auditor\n6001001,กลุ่มบ้านใหม่,${AUDITOR}\n`);

    const gate = await scanDirectory(site, [CHAIR, AUDITOR], undefined, undefined, ahead);
    expect(gate.scanned).toBe(5);
    expect(gate.hits.map((h) => `${h.file} ${h.kind}`)).toEqual([
      'data/groups.csv phone', // found ahead too, and left to the gate
      'data/provinces/60.csv private-value', // changed since: read again, with the gate's values
      'groups/6001007/index.html private-value', // not scanned ahead
    ]);
    // The same in the gate's worker threads (one file each at least), which hash what was found ahead themselves.
    const threads = await scanDirectory(site, [CHAIR, AUDITOR], undefined, 1, ahead);
    expect(threads.scanned).toBe(5);
    expect(threads.hits.map((h) => `${h.file} ${h.kind}`)).toEqual(gate.hits.map((h) => `${h.file} ${h.kind}`));
    // Without what was found ahead, the gate reads omsap.json too and finds the auditor there.
    const alone = await scanDirectory(site, [CHAIR, AUDITOR]);
    expect(alone.hits.map((h) => h.file)).toContain('data/omsap.json');
  });

  it('stops when asked, before or while its thread reads: its result rejects instead of waiting for the files', async () => {
    const big = join(root, 'big');
    mkdirSync(big, { recursive: true });
    // 40 files of 2.4 MB: seconds of scanning on any machine.
    for (let i = 0; i < 40; i++) writeFileSync(join(big, `p${i}.csv`), 'กลุ่ม,'.repeat(400_000));
    const before = scanAhead(big, [CHAIR]);
    before.stop();
    await expect(before.result).rejects.toThrow();
    const during = scanAhead(big, [CHAIR]);
    setTimeout(during.stop, 300);
    await expect(during.result).rejects.toThrow();
  });
});
