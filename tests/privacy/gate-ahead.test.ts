/**
 * The gate begun early over the downloads and the group pages (src/publish/gate.ts scanAhead, gate-ahead.ts): what it
 * found stands for a file only while the file holds the bytes it read. A hand-made downloads folder, scanned ahead,
 * moved into a site and changed; group pages scanned as they are written, one of them half-written.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allFilesOf, scanAhead, scanDirectory } from '../../src/publish/gate';
import { groupPagesAsWritten } from '../../src/publish/gate-ahead';

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

    const ahead = await scanAhead([allFilesOf(downloads)], [CHAIR]).result;
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
    const before = scanAhead([allFilesOf(big)], [CHAIR]);
    before.stop();
    await expect(before.result).rejects.toThrow();
    const during = scanAhead([allFilesOf(big)], [CHAIR]);
    setTimeout(during.stop, 300);
    await expect(during.result).rejects.toThrow();
  });

  it('reads the group pages as they are written, each once, and the gate reads again a page that grew since', async () => {
    const site = join(root, 'growing');
    const page = (id: string, lang = '') => join(site, lang, 'groups', id, 'index.html');
    const write = (path: string, text: string) => {
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, text);
    };
    // The shell Astro rendered the pages from (removed by the build), and a folder whose page is not written yet.
    write(page('omsapshellid'), '<p>ประธาน {{name}}</p>');
    mkdirSync(join(site, 'groups', '6001002'), { recursive: true });
    write(page('6001001', 'en'), '<p>Ban Mai group</p>');
    let written = false;
    const source = groupPagesAsWritten(site, () => written);
    expect(await source.next()).toEqual(['en/groups/6001001/index.html']);
    // Nothing new yet: it waits for the next page rather than answering "none".
    setTimeout(() => write(page('6001002'), '<p>ประธาน '), 50);
    expect(await source.next()).toEqual(['groups/6001002/index.html']);
    written = true;
    expect(await source.next()).toEqual([]);

    // Scanned while the page was half-written; the rest, with the chair's name, came after.
    const ahead = await scanAhead([{ dir: site, next: once(groupPagesAsWritten(site, () => false).next) }], [CHAIR]).result;
    expect([...ahead.keys()].sort()).toEqual(['en/groups/6001001/index.html', 'groups/6001002/index.html']);
    write(page('6001002'), `<p>ประธาน ${CHAIR}</p>`);
    rmSync(join(site, 'groups', 'omsapshellid'), { recursive: true });
    const gate = await scanDirectory(site, [CHAIR], undefined, undefined, ahead);
    expect(gate.scanned).toBe(2);
    expect(gate.hits.map((h) => h.file)).toEqual(['groups/6001002/index.html']);
  });
});

/** What a source answers first, then none: a scan ahead over the files as they are now. */
function once(next: () => Promise<readonly string[]>): () => Promise<readonly string[]> {
  let asked = false;
  return async () => (asked ? [] : ((asked = true), next()));
}
