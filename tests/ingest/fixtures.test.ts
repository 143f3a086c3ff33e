import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index';
import { runPipeline } from '../../src/pipeline';
import { dataDir, fx } from './helpers';

const strip = <T extends { source: unknown }>(r: T) => ({ ...r, source: undefined });

describe('office fixtures read as their README says', () => {
  for (const file of ['registry.xlsx', 'registry.xls', 'registry.ods']) {
    it(file, async () => {
      const r = await ingest(dataDir({ [`registry/${file}`]: fx(file) }));
      expect(r.files).toEqual([{ path: `registry/${file}`, kind: 'registry', status: 'used', rows: 3, errors: 0, warnings: 1 }]);
      expect(r.issues.map((i) => [i.code, i.cell])).toEqual([['W_UNKNOWN_COLUMN', 'N2']]);
      expect(r.issues[0]!.found).toBe('หมายเหตุภายใน');
      const [a, b, c] = r.registry;
      expect(strip(a!)).toMatchObject({ id: '6001001', founded: '2008-06-28', members: 104, savings: 1_000_000, status: 'active', moo: '4' });
      expect(strip(b!)).toMatchObject({
        id: '6001002',
        district: { code: '6001', name: 'เมืองนครสวรรค์' },
        province: { code: '60', name: 'นครสวรรค์' },
        subdistrict: { name: 'บึงเสนาท' },
        founded: '2016-06-28',
        members: 55,
        savings: 400_000,
        moo: '2',
      });
      expect(strip(c!)).toMatchObject({ id: '6003003', founded: '2010-01-15', members: 45, savings: 0, status: 'inactive' });
      expect(a!.source).toMatchObject({ file: `registry/${file}`, sheet: 'ทะเบียนกลุ่ม', row: 3, cells: { id: 'A3', founded: 'H3' } });
      // Private columns: read for the scanner, never in records or issues.
      expect(r.privateValues).toEqual(['089-000-1111', '0890002222', 'นางตัวอย่าง สมมติชื่อ', 'นายตัวอย่าง ทดลองดู']);
      const out = JSON.stringify({ registry: r.registry, issues: r.issues });
      for (const p of r.privateValues) expect(out).not.toContain(p);
    });
  }

  it('registry-tis620.csv (Windows-874)', async () => {
    const r = await ingest(dataDir({ 'registry/registry-tis620.csv': fx('registry-tis620.csv') }));
    expect(r.files[0]).toMatchObject({ kind: 'registry', status: 'used', rows: 1, errors: 0, warnings: 0 });
    expect(r.registry.map(strip)).toEqual([
      expect.objectContaining({ id: '6001004', name: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านกลางแดด', founded: '2007-10-01', members: 88, savings: 640_000 }),
    ]);
  });

  const A = {
    groupId: '6001001',
    fiscalYear: 2567,
    financials: {
      members_start: 100, members_end: 104, regular_savers: 95, savings: 1_000_000, reserve: 80_000, other_funds: 20_000,
      loans_outstanding: 800_000, overdue: 32_000, cash: 10_000, bank: 150_000, net_profit: 60_000, welfare_paid: 12_000,
    },
    answers: { G1: true, G2: 12, G3: true, G4: true, M3: 0.7, B1: true, B2: true, F5: true, S2: true },
  };
  const B = {
    groupId: '6001002',
    fiscalYear: 2567,
    financials: {
      members_start: 60, members_end: 55, regular_savers: 40, savings: 400_000, reserve: 10_000, other_funds: 0,
      loans_outstanding: 380_000, overdue: 60_000, cash: 30_000, bank: 20_000, net_profit: 5_000, welfare_paid: 0,
    },
    answers: { G1: true, G2: 8, G3: false, G4: true, M3: 0.45, B1: true, B2: false, F5: true, S2: false },
  };

  it('audit-book-group-A.xlsx and audit-book-group-B.xls give DESIGN §5.4 groups A and B', async () => {
    const dir = dataDir({
      'registry/registry.xlsx': fx('registry.xlsx'),
      'audits/2567/audit-book-group-A.xlsx': fx('audit-book-group-A.xlsx'),
      'audits/2567/audit-book-group-B.xls': fx('audit-book-group-B.xls'),
    });
    const r = await ingest(dir);
    expect(r.files.map((f) => [f.path, f.kind, f.status, f.errors])).toEqual([
      ['registry/registry.xlsx', 'registry', 'used', 0],
      ['audits/2567/audit-book-group-A.xlsx', 'audit', 'used', 0],
      ['audits/2567/audit-book-group-B.xls', 'audit', 'used', 0],
    ]);
    const [a, b] = r.audits;
    expect(a).toMatchObject({ ...A, date: '2024-06-28', statementDate: '2024-09-30', groupName: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองปลิง' });
    expect(b).toMatchObject({ ...B, date: '2024-07-15', statementDate: '2024-09-30' }); // fiscal year derived from the date
    expect(a!.source).toMatchObject({ sheet: 'ข้อมูลการตรวจ', cells: { groupId: 'B2', overdue: 'B9', M3: 'C6' }, sheets: { overdue: 'งบการเงิน', M3: 'ตัวชี้วัด' } });
    expect(r.privateValues).toContain('นายทดสอบ ตรวจละเอียด'); // ผู้ตรวจ
    expect(JSON.stringify(r.audits)).not.toContain('นายทดสอบ');
  });

  it('batch-groups-A-B.ods gives the same answers as the two books', async () => {
    const r = await ingest(dataDir({ 'registry/registry.xlsx': fx('registry.xlsx'), 'audits/2567/batch.ods': fx('batch-groups-A-B.ods') }));
    expect(r.files.find((f) => f.kind === 'batch')).toMatchObject({ status: 'used', rows: 2, errors: 0 });
    expect(r.audits).toHaveLength(2);
    expect(r.audits[0]).toMatchObject({ ...A, date: '2024-07-01', source: { sheet: 'ผลการตรวจ', row: 3 } });
    expect(r.audits[1]).toMatchObject({ ...B, date: '2024-07-01', source: { row: 4 } });
  });

  it('through runPipeline: A scores 97.0 (level 1), B 31.0 (level 3) from books and from the batch', async () => {
    const sets: Record<string, { fixture: string }>[] = [
      { 'audits/2567/a.xlsx': fx('audit-book-group-A.xlsx'), 'audits/2567/b.xls': fx('audit-book-group-B.xls') },
      { 'audits/2567/batch.ods': fx('batch-groups-A-B.ods') },
    ];
    for (const audits of sets) {
      const { dataset, issues } = await runPipeline(dataDir({ 'registry/registry.xlsx': fx('registry.xlsx'), ...audits }));
      expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
      const audit = (id: string) => dataset.groups.find((g) => g.id === id)!.audits[0]!;
      expect(audit('6001001').score).toBeCloseTo(97.0, 9);
      expect(audit('6001001').level).toBe(1);
      expect(audit('6001001').priorities).toEqual(['F4']);
      expect(audit('6001002').score).toBeCloseTo(31.0, 9);
      expect(audit('6001002').level).toBe(3);
      expect(audit('6001002').priorities).toEqual(['F1', 'B2', 'G3', 'M1', 'M2', 'F4', 'S1', 'S2', 'G2', 'M3', 'B3', 'F2', 'F3']);
    }
  });
});
