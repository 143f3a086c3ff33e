/** Root causes first (issue 10 item 6): registry before audits, audits of a rejected registry row folded under it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline';
import { qualityHtml, qualityJson } from '../../src/report/quality-report';
import { bookXlsx, dataDir, registryRow, registryXlsx } from './helpers';

/**
 * Five registry rows with one bad cell each, and eleven audits of those five groups: before, 5 bad cells showed as
 * 16 errors (one per cell, one per audit); now 5, each naming the audits it kept out.
 */
function fiveBadCells() {
  const rows = [
    registryRow('6001001', { savings: 'สองพัน' }), // G2: E_NUMBER_INVALID
    registryRow('6001002', { members: 25_000 }), // F3: E_NUMBER_RANGE
    registryRow('6001003', { savings: -5 }), // G4: E_NUMBER_RANGE
    registryRow('6001004', { name: '' }), // B5: E_REQUIRED_EMPTY
    registryRow('6001005', { savings: 1e308 }), // G6: E_NUMBER_RANGE
    registryRow('6001006'),
  ];
  const books: Record<string, Uint8Array> = {};
  const audits: [string, number[]][] = [
    ['6001001', [2565, 2566, 2567]],
    ['6001002', [2565, 2566, 2567]],
    ['6001003', [2566, 2567]],
    ['6001004', [2566, 2567]],
    ['6001005', [2567]],
    ['6001006', [2567]],
  ];
  for (const [id, years] of audits) for (const fy of years) books[`audits/${fy}/${id}.xlsx`] = bookXlsx(id, { date: `28/6/${fy}` });
  return dataDir({ 'registry/r.xlsx': registryXlsx(rows), ...books });
}

describe('root causes first', () => {
  it('5 bad registry cells are 5 errors, each folding the audits it kept out; registry first', async () => {
    const { ingest, issues, dataset } = await runPipeline(fiveBadCells());
    expect(issues.map((i) => [i.severity, i.code, i.file, i.cell])).toEqual([
      ['error', 'E_NUMBER_INVALID', 'registry/r.xlsx', 'G2'],
      ['error', 'E_NUMBER_RANGE', 'registry/r.xlsx', 'F3'],
      ['error', 'E_NUMBER_RANGE', 'registry/r.xlsx', 'G4'],
      ['error', 'E_REQUIRED_EMPTY', 'registry/r.xlsx', 'B5'],
      ['error', 'E_NUMBER_RANGE', 'registry/r.xlsx', 'G6'],
    ]);
    const [first, , , , last] = issues;
    expect(first!.th).toBe(
      'ไฟล์ registry/r.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง G2: เงินสัจจะสะสม "สองพัน" ไม่ถูกต้อง — ต้องเป็นตัวเลข (และการตรวจของกลุ่มนี้อีก 3 รายการ ที่ไม่ได้เผยแพร่เพราะแถวนี้: audits/2565/6001001.xlsx, audits/2566/6001001.xlsx, audits/2567/6001001.xlsx)',
    );
    expect(first!.en).toBe(
      'registry/r.xlsx, sheet ทะเบียนกลุ่ม, cell G2: savings "สองพัน" is not valid — expected a number (and 3 audits of this group, not published because of this row: audits/2565/6001001.xlsx, audits/2566/6001001.xlsx, audits/2567/6001001.xlsx)',
    );
    expect(first!.folded).toEqual([{ file: 'audits/2565/6001001.xlsx' }, { file: 'audits/2566/6001001.xlsx' }, { file: 'audits/2567/6001001.xlsx' }]);
    expect(last!.en.endsWith('(and 1 audit of this group, not published because of this row: audits/2567/6001005.xlsx)')).toBe(true);

    // Files: the registry first; each kept-out audit rejected with no error of its own, pointing at the registry.
    expect(ingest.files[0]).toMatchObject({ path: 'registry/r.xlsx', status: 'partial', errors: 5 });
    expect(ingest.files.find((f) => f.path === 'audits/2567/6001003.xlsx')).toEqual({
      path: 'audits/2567/6001003.xlsx', kind: 'audit', status: 'rejected', rows: expect.any(Number), errors: 0, warnings: 0, blockedBy: 'registry/r.xlsx',
    });
    expect(ingest.files.find((f) => f.path === 'audits/2567/6001006.xlsx')).toMatchObject({ status: 'used' });
    expect(dataset.groups.map((g) => g.id)).toEqual(['6001006']);

    // The report keeps the fold (JSON) and says why each audit file is not used (HTML).
    const input = { files: ingest.files, issues, notAudited: [] };
    const json = JSON.parse(qualityJson(input));
    expect(json.issues[0].folded).toHaveLength(3);
    expect(json.files.find((f: { path: string }) => f.path === 'audits/2565/6001002.xlsx').blockedBy).toBe('registry/r.xlsx');
    expect(await qualityHtml(input)).toContain("แถวทะเบียนของกลุ่มมีข้อผิดพลาด: ดู <a href=\"#f-");
  });

  it('the console of npm run check shows the first problems with file and cell, the registry first', () => {
    const reports = mkdtempSync(join(tmpdir(), 'omsap-reports-'));
    const data = dataDir({
      'audits/2567/600103.xlsx': bookXlsx('600103'),
      'registry/r.xlsx': registryXlsx([registryRow('6001001', { members: 25_000 }), registryRow('6001003'), ...Array.from({ length: 11 }, (_, k) => registryRow(String(6002001 + k), { savings: -1 }))]),
    });
    // No KM articles and no published state: only these data files (the checkout's content/ and .omsap/ would be read).
    const [content, state] = [mkdtempSync(join(tmpdir(), 'omsap-content-')), mkdtempSync(join(tmpdir(), 'omsap-state-'))];
    const args = ['--data', data, '--content', content, '--state', state, '--reports', reports];
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...args], { encoding: 'utf8', timeout: 300_000 });
    expect(r.status).toBe(1);
    const out = r.stdout;
    expect(out).toContain('ปัญหาที่พบ 10 รายการแรกจาก 13 / the first 10 of 13 problems:');
    expect(out).toContain('  ✗ ไฟล์ registry/r.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง F2: จำนวนสมาชิก "25,000" อยู่นอกช่วงที่ใช้ได้ — ต้องเป็นจำนวนคนเต็มหน่วย ตั้งแต่ 0 ถึง 10,000 คน');
    expect(out).toContain('    registry/r.xlsx, sheet ทะเบียนกลุ่ม, cell F2: members "25,000" is out of range — expected a whole number of people from 0 to 10,000');
    expect(out).toContain('  … และอีก 3 รายการในรายงานคุณภาพข้อมูล / and 3 more in the data-quality report');
    // The audit's problem is past the first ten: the registry's come first.
    expect(out).not.toContain('600103');
    const json = JSON.parse(readFileSync(join(reports, 'data-quality.json'), 'utf8'));
    expect(json.files.map((f: { path: string }) => f.path)).toEqual(['registry/r.xlsx', 'audits/2567/600103.xlsx']);
    expect(json.issues.at(-1).code).toBe('E_GROUP_NOT_IN_REGISTRY');
  }, 300_000);

  it('a mistyped id (600103 for 6001003) is not published and says "did you mean", naming the registry row', async () => {
    const data = dataDir({
      'registry/r.xlsx': registryXlsx([registryRow('6001001'), registryRow('6001002'), registryRow('6001003')]),
      'audits/2567/600103.xlsx': bookXlsx('600103'),
      'audits/2567/6001001.xlsx': bookXlsx('6001001'),
    });
    const { dataset, issues } = await runPipeline(data);
    expect(issues.map((i) => i.code)).toEqual(['E_GROUP_NOT_IN_REGISTRY']);
    expect(issues[0]!.en.endsWith('— expected the id of a registered group; did you mean 6001003 (registry/r.xlsx, row 4)?')).toBe(true);
    expect(issues[0]!.th.endsWith('— ต้องเป็นรหัสของกลุ่มที่อยู่ในทะเบียน หรือหมายถึง 6001003 (ไฟล์ registry/r.xlsx แถว 4)?')).toBe(true);
    expect(dataset.groups.map((g) => [g.id, g.audits.length])).toEqual([
      ['6001001', 1],
      ['6001002', 0],
      ['6001003', 0],
    ]);
    expect(JSON.stringify(dataset)).not.toContain('600103"');
  });

  it('consistency errors are found by ingest (npm run check), on the audit that is used', async () => {
    const data = dataDir({
      'registry/r.xlsx': registryXlsx([registryRow('6001001')]),
      'audits/2567/a.xlsx': bookXlsx('6001001', { financials: { ลูกหนี้ค้างชำระ: 900_000 } }),
    });
    const { ingest, issues } = await runPipeline(data);
    expect(issues.map((i) => [i.code, i.file, i.cell])).toEqual([['E_OVERDUE_ABOVE_LOANS', 'audits/2567/a.xlsx', 'B8']]);
    expect(ingest.files.find((f) => f.path === 'audits/2567/a.xlsx')).toMatchObject({ status: 'partial', errors: 1 });
  });
});
