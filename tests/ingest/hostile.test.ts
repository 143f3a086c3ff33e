import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index';
import { MAX_DATA_ROWS, MAX_SHEET_ROWS } from '../../src/ingest/limits';
import { OFFICE, dataDir, fx, xlsx } from './helpers';

/**
 * Hostile and broken files (DESIGN §9): each gives its issue record, and the good registry in the same
 * folder still arrives. Nothing crashes, hangs or pollutes Object.prototype.
 */
const GOOD = { 'registry/good.xlsx': fx('registry.xlsx') };
const registryBytes = () => readFileSync(join(OFFICE, 'registry.xlsx'));

async function run(files: Record<string, string | Uint8Array | { fixture: string }>) {
  const r = await ingest(dataDir({ ...GOOD, ...files }));
  // The good file is unaffected.
  expect(r.files.find((f) => f.path === 'registry/good.xlsx')).toMatchObject({ status: 'used', rows: 3, errors: 0 });
  expect(r.registry.map((g) => g.id)).toEqual(expect.arrayContaining(['6001001', '6001002', '6003003']));
  return r;
}

/** Rewrites one part of a zip workbook (e.g. to drop a formula's cached value). */
function patchZip(bytes: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const z = XLSX.CFB.read(bytes, { type: 'buffer' });
  const i = z.FullPaths.findIndex((p: string) => p.endsWith(part));
  const entry = z.FileIndex[i]!;
  entry.content = Buffer.from(edit(Buffer.from(entry.content as Uint8Array).toString('utf8')));
  return XLSX.CFB.write(z, { fileType: 'zip', type: 'buffer', compression: true }) as Uint8Array;
}

const HEADER = ['รหัสกลุ่ม', 'ชื่อกลุ่ม', 'ตำบล', 'อำเภอ', 'จังหวัด'];
const row = (id: string, name: string) => [id, name, 'หนองปลิง', 'เมืองนครสวรรค์', 'นครสวรรค์'];

describe('hostile and broken files', () => {
  it('zero-byte file', async () => {
    const r = await run({ 'registry/empty.xlsx': new Uint8Array(0) });
    expect(r.files.find((f) => f.path === 'registry/empty.xlsx')).toMatchObject({ status: 'rejected', errors: 1 });
    expect(r.issues.filter((i) => i.file === 'registry/empty.xlsx').map((i) => i.code)).toEqual(['E_FILE_EMPTY']);
  });

  it('truncated xlsx', async () => {
    const b = registryBytes();
    const r = await run({ 'registry/cut.xlsx': b.subarray(0, Math.floor(b.length / 2)) });
    expect(r.issues.filter((i) => i.file === 'registry/cut.xlsx').map((i) => i.code)).toEqual(['E_FILE_CORRUPT']);
    expect(r.files.find((f) => f.path === 'registry/cut.xlsx')!.status).toBe('rejected');
  });

  it('a text file renamed .xlsx', async () => {
    const r = await run({ 'registry/notes.xlsx': 'รหัสกลุ่ม,ชื่อกลุ่ม\nthis is just text\n' });
    const [i] = r.issues.filter((x) => x.file === 'registry/notes.xlsx');
    expect(i).toMatchObject({ code: 'E_FILE_NOT_WORKBOOK', severity: 'error' });
    expect(i!.en).toBe('registry/notes.xlsx: the name ends in .xlsx but the content is plain text — expected a real .xlsx file saved by a spreadsheet program');
  });

  it('an encrypted (password-protected) workbook: OLE container with EncryptionInfo', async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(4096, 7));
    const bytes = XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array;
    const r = await run({ 'registry/locked.xlsx': bytes, 'registry/locked-too.xls': bytes });
    expect(r.issues.filter((i) => i.file.includes('locked')).map((i) => [i.file, i.code])).toEqual([
      ['registry/locked-too.xls', 'E_FILE_ENCRYPTED'],
      ['registry/locked.xlsx', 'E_FILE_ENCRYPTED'],
    ]);
  });

  it('a sheet named __proto__ and headers constructor / __proto__ / toString', async () => {
    const bytes = xlsx([['__proto__', [[...HEADER, 'constructor', '__proto__', 'toString'], [...row('7001001', 'กลุ่มโปรโต'), 'x', 'y', 'z']]]]);
    const r = await run({ 'registry/proto.xlsx': bytes });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'x')).toBe(false);
    // "__proto__" is not a layout sheet name, but its headers are the registry's: read, with a warning.
    const mine = r.issues.filter((i) => i.file === 'registry/proto.xlsx');
    expect(mine.map((i) => [i.code, i.cell ?? null])).toEqual([
      ['W_SHEET_RENAMED', null],
      ['W_UNKNOWN_COLUMN', 'F1'],
      ['W_UNKNOWN_COLUMN', 'G1'],
      ['W_UNKNOWN_COLUMN', 'H1'],
    ]);
    expect(mine[1]!.found).toBe('constructor');
    expect(r.registry.find((g) => g.id === '7001001')!.name).toBe('กลุ่มโปรโต');
  });

  it('a workbook with no recognisable sheet is rejected with the sheet names found and expected', async () => {
    const r = await run({ 'audits/other.xlsx': xlsx({ 'สรุป': [['ไม่เกี่ยว']], 'กราฟ': [['x']] }) });
    const [i] = r.issues.filter((x) => x.file === 'audits/other.xlsx');
    expect(i).toMatchObject({ code: 'E_FILE_UNRECOGNISED', found: '"สรุป", "กราฟ"' });
    expect(i!.th).toContain('ทะเบียนกลุ่ม');
  });

  it('a formula with no cached value is an error naming the cell; the row is left out, the file partly used', async () => {
    const bytes = patchZip(
      xlsx({ ทะเบียนกลุ่ม: [[...HEADER, 'จำนวนสมาชิก'], [...row('7001001', 'กลุ่มสูตร'), 10], [...row('7001002', 'กลุ่มดี'), 20]] }),
      'xl/worksheets/sheet1.xml',
      (xml) => xml.replace(/<c r="F2"[^>]*>.*?<\/c>/, '<c r="F2"><f>SUM(F3:F9)</f></c>'),
    );
    const r = await run({ 'registry/formula.xlsx': bytes });
    const mine = r.issues.filter((i) => i.file === 'registry/formula.xlsx');
    expect(mine.map((i) => [i.code, i.sheet, i.cell, i.found])).toEqual([['E_FORMULA_NO_VALUE', 'ทะเบียนกลุ่ม', 'F2', '=SUM(F3:F9)']]);
    expect(r.files.find((f) => f.path === 'registry/formula.xlsx')).toMatchObject({ status: 'partial', rows: 2, errors: 1 });
    expect(r.registry.some((g) => g.id === '7001002')).toBe(true);
    expect(r.registry.some((g) => g.id === '7001001')).toBe(false);
  });

  it('formula-injection text and HTML in a group name are kept as text (warned / not)', async () => {
    const inj = '=HYPERLINK("http://x","y")';
    const html = '<script>alert(1)</script>';
    const r = await run({ 'registry/names.xlsx': xlsx({ ทะเบียนกลุ่ม: [HEADER, row('7001001', inj), row('7001002', html)] }) });
    expect(r.registry.find((g) => g.id === '7001001')!.name).toBe(inj);
    expect(r.registry.find((g) => g.id === '7001002')!.name).toBe(html);
    const mine = r.issues.filter((i) => i.file === 'registry/names.xlsx');
    expect(mine.map((i) => [i.code, i.cell, i.found])).toEqual([['W_FORMULA_TEXT', 'B2', inj]]);
  });

  it(`a very large sheet: ${MAX_DATA_ROWS.toLocaleString('en-US')} data rows are read, the rest reported`, async () => {
    const lines = ['รหัสกลุ่ม,ชื่อกลุ่ม,ตำบล,อำเภอ,จังหวัด'];
    for (let k = 0; k < 200_000; k++) lines.push(`X${String(k).padStart(6, '0')},กลุ่ม ${k},หนองปลิง,เมืองนครสวรรค์,นครสวรรค์`);
    // How long it takes is npm run bench's question (DESIGN §12), not a test's.
    const r = await run({ 'registry/huge.csv': lines.join('\n') });
    const mine = r.issues.filter((i) => i.file === 'registry/huge.csv');
    expect(mine.map((i) => [i.code, i.cell])).toEqual([['E_SHEET_TOO_LONG', `A${MAX_SHEET_ROWS + 1}`]]);
    expect(r.files.find((f) => f.path === 'registry/huge.csv')).toMatchObject({ status: 'partial', rows: MAX_SHEET_ROWS - 1 });
  });

  it('a zip bomb: a tiny xlsx declaring a huge sheet is refused before SheetJS sees it', async () => {
    // Patch the central directory: the sheet part claims 3.5 GB uncompressed.
    const b = Buffer.from(registryBytes());
    let p = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    while (p >= 0) {
      const nameLen = b.readUInt16LE(p + 28);
      if (b.subarray(p + 46, p + 46 + nameLen).toString().endsWith('sheet1.xml')) break;
      p = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), p - 1);
    }
    b.writeUInt32LE(3_500_000_000, p + 24);
    // And a real one: 60 MB of spaces deflate to ~60 KB.
    const big = deflateRawSync(Buffer.alloc(60 * 1024 * 1024, 0x20));
    expect(big.length).toBeLessThan(200_000);
    const z = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(z, 'xl/worksheets/sheet1.xml', Buffer.alloc(60 * 1024 * 1024, 0x20));
    const bomb = XLSX.CFB.write(z, { fileType: 'zip', type: 'buffer', compression: true }) as Uint8Array;
    const r = await run({ 'registry/declared.xlsx': b, 'registry/bomb.ods': bomb });
    expect(r.issues.filter((i) => i.file.startsWith('registry/b') || i.file.startsWith('registry/d')).map((i) => [i.file, i.code])).toEqual([
      ['registry/bomb.ods', 'E_FILE_COMPRESSION'],
      ['registry/declared.xlsx', 'E_FILE_COMPRESSION'],
    ]);
  });

  it('lock files, system files and other files are listed, never silently dropped', async () => {
    const r = await run({ 'registry/~$good.xlsx': 'lock', 'registry/.~lock.good.xlsx#': 'lock', 'registry/.gitkeep': '', 'registry/photo.jpg': 'x' });
    expect(r.files.map((f) => [f.path, f.kind, f.status])).toEqual([
      ['registry/.gitkeep', 'unknown', 'skipped'],
      ['registry/.~lock.good.xlsx#', 'lock', 'skipped'],
      ['registry/good.xlsx', 'registry', 'used'],
      ['registry/photo.jpg', 'unknown', 'skipped'],
      ['registry/~$good.xlsx', 'lock', 'skipped'],
    ]);
    expect(r.issues.filter((i) => i.file === 'registry/photo.jpg').map((i) => i.code)).toEqual(['W_NOT_DATA_FILE']);
  });

  it('a UTF-8 CSV with BOM, a merged-title registry without a name column is an error per row', async () => {
    const csv = '\uFEFFรายชื่อกลุ่ม\nรหัสกลุ่ม,ชื่อกลุ่ม,ตำบล,อำเภอ,จังหวัด\n7001001,,หนองปลิง,อ.เมือง,จ.นครสวรรค์\n7001002,กลุ่มดี,หนองปลิง,อ.เมือง,จ.นครสวรรค์\n';
    const r = await run({ 'registry/utf8.csv': csv });
    const mine = r.issues.filter((i) => i.file === 'registry/utf8.csv');
    expect(mine.map((i) => [i.code, i.cell, i.sheet])).toEqual([['E_REQUIRED_EMPTY', 'B3', undefined]]);
    expect(mine[0]!.th).toBe('ไฟล์ registry/utf8.csv ช่อง B3: ชื่อกลุ่มว่างอยู่ — ต้องกรอกชื่อกลุ่ม');
    expect(r.registry.find((g) => g.id === '7001002')!.district.name).toBe('เมืองนครสวรรค์');
  });
});
