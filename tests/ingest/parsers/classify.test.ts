/** What a workbook is (src/ingest/classify.ts), on workbooks SheetJS writes here: by sheet names, else by header row. */
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { classifyWorkbook } from '../../../src/ingest/classify';
import { readWorkbook } from '../../../src/ingest/read-workbook';
import { DEFAULT_CRITERIA } from '../../../src/lib/health/default-criteria';

/** A workbook with these sheets (name → rows), read back as ingest reads it. */
function workbook(sheets: [string, unknown[][]][]) {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of sheets) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  const r = readWorkbook(new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer), 'zip', false);
  if (!r.ok) throw new Error(r.refusal.code);
  return r.book;
}

const REGISTRY_ROWS = [
  ['รหัสกลุ่ม', 'ชื่อกลุ่ม', 'ตำบล', 'อำเภอ', 'จังหวัด'],
  ['6001001', 'กลุ่มออมทรัพย์บ้านหนองปลิง', 'หนองปลิง', 'เมืองนครสวรรค์', 'นครสวรรค์'],
];

describe('classifyWorkbook', () => {
  it('a registry by its sheet name; a help sheet is neither used nor ignored', () => {
    const c = classifyWorkbook(workbook([['คำอธิบาย', [['อ่านก่อนกรอก']]], ['ทะเบียนกลุ่ม', REGISTRY_ROWS]]), DEFAULT_CRITERIA);
    expect(c.kind).toBe('registry');
    expect(c.kind === 'registry' && [c.renamed, c.used, c.ignored.map((s) => s.name)]).toEqual([false, ['ทะเบียนกลุ่ม'], []]);
  });

  it('an audit book by its four sheets, English names too; another filled sheet is ignored (and named)', () => {
    const c = classifyWorkbook(
      workbook([['cover', [['a']]], ['งบการเงิน', [['b']]], ['indicators', [['c']]], ['แผนพัฒนา', [['d']]], ['สรุป', [['e']]]]),
      DEFAULT_CRITERIA,
    );
    expect(c.kind).toBe('audit');
    expect(c.kind === 'audit' && [c.used, c.ignored.map((s) => s.name), Object.keys(c.book)]).toEqual([
      ['cover', 'งบการเงิน', 'indicators', 'แผนพัฒนา'],
      ['สรุป'],
      ['cover', 'financials', 'indicators', 'plan'],
    ]);
  });

  it('a default-named sheet with the registry\'s header row is a registry, renamed', () => {
    const c = classifyWorkbook(workbook([['Sheet1', [['ทะเบียนกลุ่มออมทรัพย์ จังหวัดนครสวรรค์'], ...REGISTRY_ROWS]]]), DEFAULT_CRITERIA);
    expect(c.kind === 'registry' && [c.renamed, c.used]).toEqual([true, ['Sheet1']]);
  });

  it('anything else is unknown, with the sheet names found', () => {
    expect(classifyWorkbook(workbook([['Sheet1', [['ชื่อ', 'เบอร์']]], ['Sheet2', []]]), DEFAULT_CRITERIA)).toEqual({ kind: 'unknown', found: ['Sheet1', 'Sheet2'] });
  });
});
