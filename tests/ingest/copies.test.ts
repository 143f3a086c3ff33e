/** Copies are not conflicts (issue 10 item 5; DESIGN §9): each builds its own input in its own data folder. */
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline';
import { bookXlsx, dataDir, registryRow, registryXlsx, xlsx, REGISTRY_HEADER } from './helpers';

/** What Excel's "Save as CSV" writes for the first sheet of a workbook. */
const saveAsCsv = (bytes: Uint8Array) => {
  const wb = XLSX.read(bytes);
  return XLSX.utils.sheet_to_csv(wb.Sheets[wb.SheetNames[0]!]!);
};

describe('copies are not conflicts', () => {
  it('a leftover "Save as CSV" copy of a 164-group registry: still 164 groups, one warning for the copy file, its problems said once', async () => {
    const rows = Array.from({ length: 165 }, (_, k) => registryRow(String(6001001 + k), k === 97 ? { savings: 'สองพัน' } : {}));
    const registry = registryXlsx(rows);
    const data = dataDir({
      'registry/ทะเบียน.xlsx': registry,
      'registry/ทะเบียน.csv': saveAsCsv(registry),
      'audits/2567/6001001.xlsx': bookXlsx('6001001'),
    });
    const { ingest, issues, dataset } = await runPipeline(data);
    // Before: every id was a duplicate, both rows rejected, and 164 groups became 0.
    expect(dataset.groups).toHaveLength(164);
    expect(dataset.groups[0]!.audits).toHaveLength(1);
    expect(issues.map((i) => [i.code, i.file, i.cell])).toEqual([
      ['W_FILE_COPY', 'registry/ทะเบียน.csv', undefined],
      ['E_NUMBER_INVALID', 'registry/ทะเบียน.xlsx', 'G99'], // row 99 = the 98th data row; the CSV's same cell is not repeated
    ]);
    expect(issues[0]!.th).toBe(
      'ไฟล์ registry/ทะเบียน.csv: ไฟล์นี้เป็นสำเนาของ registry/ทะเบียน.xlsx: ข้อมูลทั้ง 164 รายการซ้ำกันทุกค่าที่เผยแพร่ จึงไม่ได้ใช้ซ้ำ (ใช้จาก registry/ทะเบียน.xlsx) — ให้ลบหรือย้ายไฟล์สำเนานี้ออกจากโฟลเดอร์ data',
    );
    expect(ingest.files.map((f) => [f.path, f.status, f.errors, f.warnings, f.copyOf])).toEqual([
      ['registry/ทะเบียน.csv', 'skipped', 0, 1, ['registry/ทะเบียน.xlsx']],
      ['registry/ทะเบียน.xlsx', 'partial', 1, 0, undefined],
      ['audits/2567/6001001.xlsx', 'used', 0, 0, undefined],
    ]);
  });

  it('a CSV copy where Excel wrote a numeric national id as 1.10370E+12 (private columns differ) is still a copy', async () => {
    const header = [...REGISTRY_HEADER, 'เลขประจำตัวประชาชน'];
    const ids = [1103700123458, 3100600123452];
    const rows = ids.map((nid, k) => [...registryRow(String(6001001 + k)), nid]);
    const csv = [header, ...rows.map((r) => [...r.slice(0, -1), (r.at(-1) as number).toExponential(5).toUpperCase().replace('E+', 'E+')])]
      .map((r) => r.join(','))
      .join('\n');
    const data = dataDir({ 'registry/ทะเบียน.xlsx': xlsx({ ทะเบียนกลุ่ม: [header, ...rows] }), 'registry/ทะเบียน.csv': csv });
    const { issues, dataset } = await runPipeline(data);
    expect(csv).toContain('1.10370E+12');
    expect(dataset.groups.map((g) => g.id)).toEqual(['6001001', '6001002']);
    expect(issues.map((i) => [i.code, i.file])).toEqual([['W_FILE_COPY', 'registry/ทะเบียน.csv']]);
  });

  it('one registry row repeated in a second registry file: one group, a warning naming both files', async () => {
    const data = dataDir({
      'registry/a.xlsx': registryXlsx([registryRow('6001001'), registryRow('6001002')]),
      'registry/b.xlsx': registryXlsx([registryRow('6001002'), registryRow('6001003')]),
    });
    const { ingest, issues, dataset } = await runPipeline(data);
    expect(dataset.groups.map((g) => g.id)).toEqual(['6001001', '6001002', '6001003']);
    expect(issues.map((i) => i.en)).toEqual([
      'registry/b.xlsx, sheet ทะเบียนกลุ่ม, cell A2: 1 row(s) of this file (the first: group id "6001002") repeat rows of registry/a.xlsx in every published value, so each is used once — expected each record in one file only',
    ]);
    expect(ingest.files.map((f) => [f.path, f.status])).toEqual([
      ['registry/a.xlsx', 'used'],
      ['registry/b.xlsx', 'partial'],
    ]);
  });

  it('an audit book saved twice under two names, and as .ods too: used once, each copy reported as a copy', async () => {
    const book = bookXlsx('6001001');
    const ods = XLSX.write(XLSX.read(book), { type: 'buffer', bookType: 'ods' });
    const data = dataDir({
      'registry/r.xlsx': registryXlsx([registryRow('6001001')]),
      'audits/2567/6001001.xlsx': book,
      'audits/2567/6001001 (สำเนา).xlsx': book,
      'audits/2567/6001001.ods': ods,
    });
    const { ingest, issues, dataset } = await runPipeline(data);
    expect(dataset.groups[0]!.audits).toHaveLength(1);
    expect(issues.map((i) => [i.code, i.file])).toEqual([
      ['W_FILE_COPY', 'audits/2567/6001001 (สำเนา).xlsx'],
      ['W_FILE_COPY', 'audits/2567/6001001.ods'],
    ]);
    // A name that says "copy" (สำเนา) is the copy, though it sorts first; of the rest, .xlsx before .ods.
    expect(ingest.files.map((f) => [f.path, f.status, f.copyOf])).toEqual([
      ['registry/r.xlsx', 'used', undefined],
      ['audits/2567/6001001 (สำเนา).xlsx', 'skipped', ['audits/2567/6001001.xlsx']],
      ['audits/2567/6001001.ods', 'skipped', ['audits/2567/6001001.xlsx']],
      ['audits/2567/6001001.xlsx', 'used', undefined],
    ]);
  });

  it('a copied year folder "2567 (copy)" and a backup in "old/": the files of the real folder are used, the copies named as copies', async () => {
    const book = bookXlsx('6001001');
    const data = dataDir({
      'registry/r.xlsx': registryXlsx([registryRow('6001001')]),
      'audits/2567 (copy)/6001001.xlsx': book, // "2567 (copy)/" sorts before "2567/": path order alone used it
      'audits/2567/6001001.xlsx': book,
      'audits/2567/old/6001001 (1).xlsx': book,
    });
    const { ingest, dataset } = await runPipeline(data);
    expect(dataset.groups[0]!.audits).toHaveLength(1);
    expect(ingest.files.map((f) => [f.path, f.status, f.copyOf])).toEqual([
      ['registry/r.xlsx', 'used', undefined],
      ['audits/2567 (copy)/6001001.xlsx', 'skipped', ['audits/2567/6001001.xlsx']],
      ['audits/2567/6001001.xlsx', 'used', undefined],
      ['audits/2567/old/6001001 (1).xlsx', 'skipped', ['audits/2567/6001001.xlsx']],
    ]);
  });

  it('ids that truly conflict are rejected as before, with both rows\' differing public cells side by side and private ones named, never quoted', async () => {
    const data = dataDir({
      'registry/a.xlsx': registryXlsx([registryRow('6001001', { members: 25, phone: '081-234-5678' }), registryRow('6001002')]),
      'registry/b.csv': saveAsCsv(xlsx({ ทะเบียนกลุ่ม: [REGISTRY_HEADER, registryRow('6001001', { members: 27, phone: '089-999-0000' })] })),
    });
    const { issues, dataset } = await runPipeline(data);
    expect(dataset.groups.map((g) => g.id)).toEqual(['6001002']);
    expect(issues.map((i) => [i.code, i.file, i.cell])).toEqual([
      ['E_DUPLICATE_ID', 'registry/a.xlsx', 'A2'],
      ['E_DUPLICATE_ID', 'registry/b.csv', 'A2'],
    ]);
    expect(issues[0]!.en).toBe(
      'registry/a.xlsx, sheet ทะเบียนกลุ่ม, cell A2: group id "6001001" is also used at registry/b.csv, cell A2 with different values (members "25" vs "27"; private phone (not shown)), so both rows are left out — expected ids to be unique in the registry; keep the one correct row',
    );
    for (const p of ['081-234-5678', '089-999-0000']) expect(JSON.stringify(issues)).not.toContain(p);
  });
});
