/** Test records: DESIGN §5.4 groups A and B, and a registry-row factory. Shared by golden and unit tests. */
import type { AuditRecord, RegistryRecord } from '../../src/lib/schema/records';

export const place = (code: string, name: string, nameEn = '') => ({ code, name, nameEn });
export const NAKHON_SAWAN = place('60', 'นครสวรรค์', 'Nakhon Sawan');
export const MUEANG = place('6001', 'เมืองนครสวรรค์', 'Mueang Nakhon Sawan');
export const PAK_NAM_PHO = place('600101', 'ปากน้ำโพ', 'Pak Nam Pho');

export function registryRow(id: string, over: Partial<RegistryRecord> = {}): RegistryRecord {
  return {
    id,
    name: `กลุ่มออมทรัพย์เพื่อการผลิต ${id}`,
    subdistrict: PAK_NAM_PHO,
    district: MUEANG,
    province: NAKHON_SAWAN,
    status: 'active',
    source: { file: 'registry/ทะเบียน.xlsx', sheet: 'ทะเบียนกลุ่ม', row: 2, cells: {} },
    ...over,
  };
}

/** Group A of DESIGN §5.4: score 97.0, level 1, priorities [F4]. */
export function auditA(over: Partial<AuditRecord> = {}, groupId = '6001001'): AuditRecord {
  return {
    groupId,
    date: '2024-06-28',
    fiscalYear: 2567,
    financials: {
      members_start: 100,
      members_end: 104,
      regular_savers: 95,
      savings: 1_000_000,
      reserve: 80_000,
      other_funds: 20_000,
      loans_outstanding: 800_000,
      overdue: 32_000,
      cash: 10_000,
      bank: 150_000,
      net_profit: 60_000,
      welfare_paid: 12_000,
    },
    answers: { G1: true, G2: 12, G3: true, G4: true, M3: 0.7, B1: true, B2: true, F5: true, S2: true },
    plan: [],
    source: {
      file: 'audits/2567/กลุ่ม-A.xlsx',
      sheet: 'งบการเงิน',
      cells: { overdue: 'B9', loans_outstanding: 'B8', regular_savers: 'B4', members_end: 'B3', cash: 'B10' },
    },
    ...over,
  };
}

/** A with some financial fields and answers replaced (the rest kept). */
export function auditAWith(
  financials: Partial<AuditRecord['financials']>,
  answers: Partial<AuditRecord['answers']> = {},
  groupId = '6001001',
): AuditRecord {
  const a = auditA({}, groupId);
  return { ...a, financials: { ...a.financials, ...financials }, answers: { ...a.answers, ...answers } as AuditRecord['answers'] };
}

/** Group B of DESIGN §5.4: score 31.0, level 3, no red flag. */
export function auditB(over: Partial<AuditRecord> = {}, groupId = '6001002'): AuditRecord {
  return {
    groupId,
    date: '2024-07-15',
    fiscalYear: 2567,
    financials: {
      members_start: 60,
      members_end: 55,
      regular_savers: 40,
      savings: 400_000,
      reserve: 10_000,
      other_funds: 0,
      loans_outstanding: 380_000,
      overdue: 60_000,
      cash: 30_000,
      bank: 20_000,
      net_profit: 5_000,
      welfare_paid: 0,
    },
    answers: { G1: true, G2: 8, G3: false, G4: true, M3: 0.45, B1: true, B2: false, F5: true, S2: false },
    plan: [],
    source: { file: 'audits/2567/กลุ่ม-B.xls', sheet: 'งบการเงิน', cells: {} },
    ...over,
  };
}

/** Removes answers (left empty in the book). */
export function without(audit: AuditRecord, ...codes: string[]): AuditRecord {
  const answers = { ...audit.answers };
  for (const c of codes) delete answers[c];
  return { ...audit, answers };
}
