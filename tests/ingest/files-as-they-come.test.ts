/**
 * Files as they come (issue 10, item 7; DESIGN §9): links are listed and never followed, pipes, devices and
 * sockets are listed and never opened, sizes are checked before any read, and UTF-16 text tables (Excel's
 * "Unicode text") are read like CSV. Each case builds its own data folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/ingest/discover';
import { ingest } from '../../src/ingest/index';
import { OFFICE, dataDir, fx } from './helpers';

const GOOD = { 'registry/good.xlsx': fx('registry.xlsx') };
const REGISTRY_ROWS = [
  ['รหัสกลุ่ม', 'ชื่อกลุ่ม', 'ตำบล', 'อำเภอ', 'จังหวัด'],
  ['7001001', 'กลุ่มออมทรัพย์บ้านหนองปลิง', 'หนองปลิง', 'เมืองนครสวรรค์', 'นครสวรรค์'],
  ['7001002', 'กลุ่มออมทรัพย์บ้านตาคลี, หมู่ 2', 'ตาคลี', 'ตาคลี', 'นครสวรรค์'],
];

/** A folder outside the data folder. */
const outside = () => mkdtempSync(join(tmpdir(), 'omsap-outside-'));

/** Text as Excel's "Unicode text" writes it: UTF-16 with a byte-order mark, CRLF line ends. */
function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le')]);
  return order === 'le' ? le : Buffer.from(le).swap16(); // BOM FF FE becomes FE FF
}

function mkfifo(path: string): void {
  const r = spawnSync('mkfifo', [path]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
}

/** npm run check in a child process with a time limit: a read that blocks (a FIFO, /dev/zero) fails the test instead of hanging it. */
function checkWithin(data: string, ms: number) {
  const reports = outside();
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--data', data, '--content', outside(), '--reports', reports, '--state', outside(), '--no-cache'], { encoding: 'utf8', timeout: ms });
  return { ...r, json: r.signal ? undefined : (JSON.parse(readFileSync(join(reports, 'data-quality.json'), 'utf8')) as { files: { path: string; kind: string; status: string }[]; issues: { file: string; code: string; th: string; en: string }[] }) };
}

describe('links are listed as skipped and never followed', () => {
  it('a linked year folder is one report line naming the link; its audits are not read', async () => {
    const data = dataDir(GOOD);
    const elsewhere = join(outside(), '2567');
    mkdirSync(elsewhere, { recursive: true });
    cpSync(join(OFFICE, 'audit-book-group-A.xlsx'), join(elsewhere, 'a.xlsx'));
    mkdirSync(join(data, 'audits'));
    symlinkSync(elsewhere, join(data, 'audits', '2567'));
    const r = await ingest(data, { workers: 1 });
    expect(r.files.map((f) => [f.path, f.kind, f.status, f.errors])).toEqual([
      ['registry/good.xlsx', 'registry', 'used', 0], // root causes first: the registry, then what is under audits/
      ['audits/2567', 'unknown', 'skipped', 1],
    ]);
    expect(r.audits).toEqual([]);
    const [issue] = r.issues.filter((i) => i.file === 'audits/2567');
    expect(issue).toMatchObject({ code: 'E_LINK_SKIPPED', severity: 'error', found: elsewhere });
    expect(issue!.th).toBe(`ไฟล์ audits/2567: เป็นลิงก์ (ทางลัด) ที่ชี้ไปยัง "${elsewhere}" จึงไม่ได้เปิดตาม สิ่งที่ลิงก์ชี้ไปจึงไม่ได้อ่าน — ต้องคัดลอกไฟล์หรือโฟลเดอร์ตัวจริงมาไว้ใน data/ แทนลิงก์`);
    expect(issue!.en).toBe(`audits/2567: a link (shortcut) to "${elsewhere}", so it was not followed and what it points to was not read — copy the real file or folder into data/ instead of the link`);
  });

  it('a file link to a system file outside data/ is never opened: nothing of it reaches the report', async () => {
    const data = dataDir(GOOD);
    const secret = join(outside(), 'system-file.csv');
    writeFileSync(secret, 'root-secret-first-line,x\n1,2\n');
    symlinkSync(secret, join(data, 'registry', 'passwd.csv'));
    // Inside data/ too: a link to a good workbook is not followed either (one file, one place).
    symlinkSync('good.xlsx', join(data, 'registry', 'shortcut.xlsx'));
    symlinkSync(join(data, 'nowhere.xlsx'), join(data, 'registry', 'dangling.xlsx'));
    for (const workers of [1, 2]) {
      const r = await ingest(data, { workers, minParallel: 1 });
      expect(r.files.map((f) => [f.path, f.status])).toEqual([
        ['registry/dangling.xlsx', 'skipped'],
        ['registry/good.xlsx', 'used'],
        ['registry/passwd.csv', 'skipped'],
        ['registry/shortcut.xlsx', 'skipped'],
      ]);
      expect(r.issues.filter((i) => i.file !== 'registry/good.xlsx').map((i) => [i.file, i.code, i.found])).toEqual([
        ['registry/dangling.xlsx', 'E_LINK_SKIPPED', join(data, 'nowhere.xlsx')],
        ['registry/passwd.csv', 'E_LINK_SKIPPED', secret],
        ['registry/shortcut.xlsx', 'E_LINK_SKIPPED', 'good.xlsx'],
      ]);
      expect(JSON.stringify(r)).not.toContain('root-secret-first-line');
      expect(r.registry.map((g) => g.id)).toEqual(['6001001', '6001002', '6003003']); // once, from good.xlsx
    }
  });
});

describe('pipes, devices and sockets are listed and never opened', () => {
  it('a FIFO named like a CSV, a device and a link to /dev/zero do not block the check (opening them would)', async () => {
    // In a short folder of its own under /tmp: a socket's path may not pass 107 bytes, whatever the checkout's path.
    const data = mkdtempSync('/tmp/omsap-special-');
    mkdirSync(join(data, 'registry'));
    cpSync(join(OFFICE, 'registry.xlsx'), join(data, 'registry', 'good.xlsx'));
    mkfifo(join(data, 'registry', 'pipe.csv'));
    symlinkSync('/dev/zero', join(data, 'registry', 'zero.xlsx'));
    // A device node where the file system allows one (root in a container usually may).
    const device = spawnSync('mknod', [join(data, 'registry', 'null.xls'), 'c', '1', '3']).status === 0;
    const server = createServer();
    await new Promise<void>((ok) => server.listen(join(data, 'registry', 'socket.csv'), ok));
    try {
      const r = checkWithin(data, 240_000);
      expect(r.signal, 'the check hung on a special file').toBeNull();
      const files = r.json!.files.map((f) => [f.path, f.kind, f.status]);
      expect(files).toEqual([
        ['registry/good.xlsx', 'registry', 'used'],
        ...(device ? [['registry/null.xls', 'unknown', 'skipped']] : []),
        ['registry/pipe.csv', 'unknown', 'skipped'],
        ['registry/socket.csv', 'unknown', 'skipped'],
        ['registry/zero.xlsx', 'unknown', 'skipped'],
      ]);
      const mine = r.json!.issues.filter((i) => i.file !== 'registry/good.xlsx');
      expect(mine.map((i) => [i.file, i.code])).toEqual([
        ...(device ? [['registry/null.xls', 'W_SPECIAL_FILE']] : []),
        ['registry/pipe.csv', 'W_SPECIAL_FILE'],
        ['registry/socket.csv', 'W_SPECIAL_FILE'],
        ['registry/zero.xlsx', 'E_LINK_SKIPPED'],
      ]);
      const pipe = mine.find((i) => i.file === 'registry/pipe.csv')!;
      expect(pipe.th).toBe('ไฟล์ registry/pipe.csv: ไม่ใช่ไฟล์ธรรมดา แต่เป็นท่อส่งข้อมูล (named pipe) จึงไม่ได้เปิด — ไฟล์ข้อมูลต้องเป็นไฟล์ .xlsx .xlsm .xls .ods หรือ .csv');
      expect(pipe.en).toBe('registry/pipe.csv: not a regular file but a named pipe (FIFO), so it was not opened — data files must be .xlsx, .xlsm, .xls, .ods or .csv files');
      expect(mine.find((i) => i.file === 'registry/socket.csv')!.en).toContain('not a regular file but a socket,');
      if (device) expect(mine.find((i) => i.file === 'registry/null.xls')!.en).toContain('not a regular file but a character device,');
    } finally {
      server.close();
      rmSync(data, { recursive: true, force: true });
    }
  });
});

describe('size is checked before any read', () => {
  it('a 1.9 GB (sparse) file is refused from its size alone: memory does not grow by its size', async () => {
    const data = dataDir(GOOD);
    const big = join(data, 'registry', 'huge.xlsx');
    // 1.9 GiB of holes: nothing on disk, but reading it would fill 1.9 GB of memory with zeros.
    writeFileSync(big, '');
    truncateSync(big, Math.round(1.9 * 1024 ** 3));
    expect((await discover(data)).find((f) => f.path === 'registry/huge.xlsx')!.size).toBe(2040109466);
    const before = process.resourceUsage().maxRSS; // KB
    const cacheDir = outside();
    for (const opts of [{ workers: 1 }, { workers: 1, cacheDir }, { workers: 2, minParallel: 1 }, { workers: 2, minParallel: 1, cacheDir }]) {
      const r = await ingest(data, opts);
      const mine = r.issues.filter((i) => i.file === 'registry/huge.xlsx');
      expect(mine.map((i) => [i.code, i.found])).toEqual([['E_FILE_TOO_LARGE', '1.9 GB']]);
      expect(mine[0]!.en).toBe('registry/huge.xlsx: the file is too large (1.9 GB) — expected at most 100.0 MB; split it into several files');
      expect(r.files.find((f) => f.path === 'registry/huge.xlsx')!.status).toBe('rejected');
    }
    // Reading the file even once would have raised the peak by ~1,990,000 KB.
    expect(process.resourceUsage().maxRSS - before).toBeLessThan(500_000);
  });
});

describe('UTF-16 CSV and Excel "Unicode text" are read like CSV', () => {
  const csv = REGISTRY_ROWS.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\n') + '\n';
  const tsv = REGISTRY_ROWS.map((r) => r.join('\t')).join('\n') + '\n';

  it.each([
    ['registry/utf16le.csv', utf16(csv, 'le')],
    ['registry/utf16be.csv', utf16(csv, 'be')],
    ['registry/unicode-text.txt', utf16(tsv, 'le')],
    ['registry/tab-utf8.txt', Buffer.from(tsv)],
  ])('%s', async (path, bytes) => {
    const r = await ingest(dataDir({ [path]: bytes }), { workers: 1 });
    expect(r.files).toEqual([{ path, kind: 'registry', status: 'used', rows: 2, errors: 0, warnings: 0 }]);
    expect(r.registry.map((g) => [g.id, g.name, g.district.name])).toEqual([
      ['7001001', 'กลุ่มออมทรัพย์บ้านหนองปลิง', 'เมืองนครสวรรค์'],
      ['7001002', 'กลุ่มออมทรัพย์บ้านตาคลี, หมู่ 2', 'ตาคลี'],
    ]);
  });

  it('a .txt that is not a registry or batch table is listed as not a data file, never an error', async () => {
    const data = dataDir({
      'registry/notes.txt': 'โทรหาประธานกลุ่มก่อนวันตรวจ\nนัดวันที่ 5\n',
      'registry/unicode-notes.txt': utf16('บันทึกการประชุม\tวันที่\n', 'le'),
      'registry/binary.txt': Buffer.from([0, 1, 2, 3, 0, 0, 7]),
      'registry/empty.txt': '',
    });
    const r = await ingest(data, { workers: 1 });
    expect(r.files.map((f) => [f.path, f.kind, f.status, f.errors, f.warnings])).toEqual([
      ['registry/binary.txt', 'unknown', 'skipped', 0, 1],
      ['registry/empty.txt', 'unknown', 'skipped', 0, 1],
      ['registry/notes.txt', 'unknown', 'skipped', 0, 1],
      ['registry/unicode-notes.txt', 'unknown', 'skipped', 0, 1],
    ]);
    const [i] = r.issues.filter((x) => x.file === 'registry/notes.txt');
    expect(i!.code).toBe('W_TEXT_NOT_TABLE');
    expect(i!.th).toBe('ไฟล์ registry/notes.txt: ไฟล์ข้อความนี้ไม่ใช่ตารางทะเบียนหรือผลการตรวจรวม จึงไม่ได้ใช้ — ไฟล์ .txt จะอ่านเมื่อเป็นตารางที่บันทึกจาก Excel แบบ "Unicode Text" (คั่นด้วยแท็บ) หรือแบบ CSV และมีแถวหัวตารางตามแม่แบบ');
    expect(i!.en).toBe(`registry/notes.txt: this text file is not a registry or batch table, so it is not used — a .txt file is read when it is a table saved by Excel as "Unicode Text" (tab-separated) or as CSV, with the template's header row`);
    // Nothing of a note is quoted.
    expect(JSON.stringify(r.issues)).not.toContain('ประธาน');
  });
});
