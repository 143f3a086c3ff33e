/** buildDataset (DESIGN §11): shape, order, determinism, issues. */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/lib/dataset/build';
import { DEFAULT_CRITERIA } from '../../src/lib/health/default-criteria';
import { DatasetSchema } from '../../src/lib/schema/dataset';
import type { AuditRecord } from '../../src/lib/schema/records';
import { auditA, auditAWith, auditB, place, registryRow } from './fixtures';

const TAKHLI = place('6006', 'ตาคลี', 'Takhli');
const CHAI_NAT = place('18', 'ชัยนาท', 'Chai Nat');
const MUEANG_CHAI_NAT = place('1801', 'เมืองชัยนาท', 'Mueang Chai Nat');

const registry = [
  registryRow('6006001', { district: TAKHLI, subdistrict: place('600601', 'ตาคลี'), members: 40, savings: 300_000, village: 'บ้านหนองโพ', moo: '3', founded: '2010-01-15', lat: 15.2, lon: 100.3 }),
  registryRow('1801001', { province: CHAI_NAT, district: MUEANG_CHAI_NAT, subdistrict: place('180101', 'ในเมือง') }),
  registryRow('6001002'),
  registryRow('6001001', { members: 104, savings: 1_000_000 }),
];
const a2566: AuditRecord = { ...auditAWith({ overdue: 80_001 }), date: '2023-07-01', fiscalYear: 2566 };
const audits = [auditB(), auditA(), a2566, auditA({ date: '2024-03-01' }, '1801001')];

describe('buildDataset', () => {
  const { dataset } = buildDataset({ registry, audits, criteria: DEFAULT_CRITERIA });

  it('validates against DatasetSchema', () => {
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
    expect(dataset.schemaVersion).toBe(3);
    expect(dataset.criteria).toBe('omsap-2567');
  });

  it('orders groups by province, district, id; audits by fiscal year', () => {
    expect(dataset.groups.map((g) => g.id)).toEqual(['1801001', '6001001', '6001002', '6006001']);
    expect(dataset.groups[1]!.audits.map((a) => a.fiscalYear)).toEqual([2566, 2567]);
  });

  it('publishes only the public registry fields (no lat/lon, no source)', () => {
    const g = dataset.groups.find((x) => x.id === '6006001')!;
    expect(Object.keys(g)).toEqual(['id', 'name', 'village', 'moo', 'subdistrict', 'district', 'province', 'founded', 'status', 'members', 'savings', 'audits']);
  });

  it('lists fiscal years ascending, dataAsOf = the latest audit date', () => {
    expect(dataset.fiscalYears).toEqual([2566, 2567]);
    expect(dataset.dataAsOf).toBe('2024-07-15');
  });

  it('has districts and provinces sorted by code, each with every fiscal year', () => {
    expect(dataset.districts.map((d) => [d.code, d.province])).toEqual([['1801', '18'], ['6001', '60'], ['6006', '60']]);
    expect(dataset.provinces.map((p) => p.code)).toEqual(['18', '60']);
    for (const area of [...dataset.districts, ...dataset.provinces]) expect(area.years.map((y) => y.fiscalYear)).toEqual([2566, 2567]);
    expect(dataset.provinces[1]).not.toHaveProperty('province');
  });

  it('rolls the province up over its districts', () => {
    const p = dataset.provinces.find((x) => x.code === '60')!.years.find((y) => y.fiscalYear === 2567)!;
    // active 6001001, 6001002, 6006001; audited A and B; 6006001 not audited
    expect(p).toMatchObject({ active: 3, audited: 2, notAudited: ['6006001'], ranking: ['6001002', '6001001'] });
    expect(p.coverage).toBeCloseTo(2 / 3, 5);
    const y2566 = dataset.districts.find((x) => x.code === '6001')!.years[0]!;
    expect(y2566).toMatchObject({ fiscalYear: 2566, audited: 1, ranking: ['6001001'], notAudited: ['6001002'] });
  });

  it('is deterministic: shuffled input gives byte-identical JSON', () => {
    const again = buildDataset({ registry: [...registry].reverse(), audits: [...audits].reverse(), criteria: DEFAULT_CRITERIA });
    expect(JSON.stringify(again.dataset)).toBe(JSON.stringify(dataset));
  });

  it('empty input gives an empty, valid dataset', () => {
    const empty = buildDataset({ registry: [], audits: [], criteria: DEFAULT_CRITERIA }).dataset;
    expect(empty).toEqual({ schemaVersion: 3, criteria: 'omsap-2567', dataAsOf: null, fiscalYears: [], groups: [], districts: [], provinces: [], followThrough: [], lessons: [] });
  });
});

describe('buildDataset trusts the rules across files', () => {
  it('scores an inconsistent audit (its error is reported by ingest: tests/ingest/root-causes.test.ts)', () => {
    const bad = auditAWith({ overdue: 900_000 });
    const { dataset } = buildDataset({ registry: [registryRow('6001001')], audits: [bad], criteria: DEFAULT_CRITERIA });
    // 900,000 / 800,000 = 112.5 % → F1 0 points and a red flag: 87, level 3
    expect(dataset.groups[0]!.audits[0]!.level).toBe(3);
  });

  it('asserts, never re-decides: an unknown group or two audits of one group in one year is a bug, not data', () => {
    const early = { ...auditAWith({}, { B1: false }), date: '2024-01-10' };
    expect(() => buildDataset({ registry: [registryRow('6001001')], audits: [auditA(), early], criteria: DEFAULT_CRITERIA })).toThrow(
      'buildDataset: two audits of 6001001 in fiscal year 2567',
    );
    expect(() => buildDataset({ registry: [registryRow('6001001')], audits: [auditB()], criteria: DEFAULT_CRITERIA })).toThrow(
      'buildDataset: audit of 6001002 (audits/2567/กลุ่ม-B.xls) has no registry row',
    );
  });
});
