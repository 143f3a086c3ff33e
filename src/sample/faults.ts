/**
 * Faults planted in a generated province, each once, so that a build of the sample shows how the pipeline reports
 * them (PLANTED.md lists each with what should happen): an impossible founding date, an unknown district, a second
 * audit in a year, an audit of a group not in the registry, an office lock file. Pure.
 */
import { scoreAudit } from '../lib/health/score';
import type { Criteria } from '../lib/schema/criteria';
import { summarize } from './audits';
import { statementDate } from './dates';
import { toRecord } from './draft-audit';
import { bookFile, registryFile } from './files';
import { groupId } from './groups';
import type { SampleProvince } from './places';
import type { Rng } from './prng';
import { GROUP_NAME_PREFIX, villageName } from './thai-text';
import { addDays } from '../lib/thai/date';
import type { FaultKind, GenerateOptions, PlantedFault, SampleAudit, SampleGroup } from './types';

/** What every fault is planted from: the province's groups and audits (changed in place) and the run's draws. */
interface Plot {
  rng: Rng;
  criteria: Criteria;
  province: SampleProvince;
  groups: SampleGroup[];
  audits: SampleAudit[];
  lastFy: number;
  regFile: string;
  /** Groups without an audit and without a fault yet. */
  unaudited: () => SampleGroup[];
  /** Groups given a fault (one fault per group). */
  taken: Set<string>;
}

/** The faults the options assign to this province, planted in their order; a fault with nowhere to go is left out. */
export function plantFaults(
  rng: Rng,
  criteria: Criteria,
  province: SampleProvince,
  groups: SampleGroup[],
  audits: SampleAudit[],
  opts: GenerateOptions,
): PlantedFault[] {
  const out: PlantedFault[] = [];
  const mine = opts.faults.filter((f) => (f.province ?? province.code) === province.code);
  if (mine.length === 0 || groups.length === 0) return out;
  const audited = new Set(audits.map((a) => a.groupId));
  const taken = new Set<string>();
  const unaudited = () => groups.filter((g) => !audited.has(g.id) && !taken.has(g.id));
  const lastFy = opts.fiscalYears[opts.fiscalYears.length - 1]!;
  const plot: Plot = { rng, criteria, province, groups, audits, lastFy, regFile: registryFile(province), unaudited, taken };
  for (const { kind } of mine) {
    const planted = PLANT[kind](plot);
    if (planted) out.push(planted);
  }
  return out;
}

const PLANT: Record<FaultKind, (p: Plot) => PlantedFault | undefined> = {
  'impossible-date': impossibleDate,
  'unknown-district': unknownDistrict,
  'duplicate-audit': duplicateAudit,
  'orphan-audit': orphanAudit,
  'lock-file': lockFile,
};

function impossibleDate({ rng, unaudited, taken, regFile }: Plot): PlantedFault | undefined {
  // A group with no audit, so leaving its row out does not cascade into "audit for unknown group".
  const pool = unaudited();
  if (pool.length === 0) return undefined;
  const g = rng.pick(pool);
  taken.add(g.id);
  g.override = { ...g.override, founded: '31/2/2559' };
  return {
    kind: 'impossible-date',
    file: regFile,
    groupId: g.id,
    th: `ทะเบียนกลุ่ม แถวของกลุ่ม ${g.id}: วันที่จัดตั้ง "31/2/2559" ไม่มีอยู่จริง (แถวนี้ควรถูกตัดออกและรายงาน)`,
    en: `Registry row of group ${g.id}: founded date "31/2/2559" does not exist (the row should be left out and reported)`,
  };
}

function unknownDistrict({ rng, province, unaudited, taken, regFile }: Plot): PlantedFault | undefined {
  const pool = unaudited();
  if (pool.length === 0) return undefined;
  const g = rng.pick(pool);
  taken.add(g.id);
  const real = new Set(province.districts.map((d) => d.name));
  const typo = real.has(`${g.district.name}ย์`) ? 'นาสมมุติ' : `${g.district.name}ย์`;
  g.override = { ...g.override, district: typo };
  return {
    kind: 'unknown-district',
    file: regFile,
    groupId: g.id,
    th: `ทะเบียนกลุ่ม แถวของกลุ่ม ${g.id}: อำเภอ "${typo}" ไม่มีในจังหวัด${province.name} (ควรเสนอ "${g.district.name}")`,
    en: `Registry row of group ${g.id}: district "${typo}" is not in ${province.nameEn} (should suggest "${g.district.name}")`,
  };
}

function duplicateAudit({ rng, criteria, audits }: Plot): PlantedFault | undefined {
  const books = audits.filter((a) => a.layout === 'book' && !a.fault && a.date.slice(5) > '02-15');
  const pool = books.length > 0 ? books : audits.filter((a) => !a.fault && a.date.slice(5) > '02-15');
  const a = pool.length > 0 ? rng.pick(pool) : null;
  if (!a) return undefined;
  const earlier = addDays(a.date, -rng.int(14, 40));
  const dup: SampleAudit = {
    ...a,
    date: earlier,
    statementDate: statementDate(earlier),
    answers: { ...a.answers, G1: !a.answers.G1 },
    plan: [],
    // A second book saved beside the first, or a second row in the same district batch.
    file: a.layout === 'book' ? bookFile(a.fiscalYear, a.groupId, ' (1)') : a.file,
    fault: 'duplicate-audit',
  };
  dup.expected = { ...a.expected, ...summarize(scoreAudit(toRecord(dup, a.groupId, a.fiscalYear, earlier), criteria)) };
  audits.push(dup);
  return {
    kind: 'duplicate-audit',
    file: dup.file,
    groupId: a.groupId,
    th: `กลุ่ม ${a.groupId} มีผลการตรวจสองรายการในปีงบประมาณ ${a.fiscalYear}: รายการวันที่ตรวจ ${earlier} ควรถูกรายงานและใช้รายการวันที่ ${a.date} ใน ${a.file}`,
    en: `Group ${a.groupId} has two audits in fiscal year ${a.fiscalYear}: the one dated ${earlier} should be reported and the one dated ${a.date} in ${a.file} used`,
  };
}

function orphanAudit({ rng, province, groups, audits, lastFy }: Plot): PlantedFault | undefined {
  const d = province.districts.find((x) => groups.some((g) => g.district.code === x.code))!;
  const running = groups.filter((g) => g.district.code === d.code).length + 50;
  const id = groupId(d.idPrefix, running);
  const template = audits.find((a) => a.fiscalYear === lastFy && !a.fault) ?? audits[0];
  if (!template) return undefined;
  const orphan: SampleAudit = {
    ...template,
    groupId: id,
    groupName: `${GROUP_NAME_PREFIX}${villageName(rng)}`,
    plan: [],
    file: bookFile(template.fiscalYear, id),
    layout: 'book',
    fault: 'orphan-audit',
  };
  audits.push(orphan);
  return {
    kind: 'orphan-audit',
    file: orphan.file,
    groupId: id,
    th: `สมุดตรวจของกลุ่มรหัส ${id} ซึ่งไม่มีในทะเบียนกลุ่ม (ควรรายงานเป็นข้อผิดพลาดและไม่เผยแพร่)`,
    en: `Audit book for group ${id}, which is not in the registry (should be an error, not published)`,
  };
}

function lockFile({ audits, lastFy }: Plot): PlantedFault | undefined {
  const a = audits.find((x) => x.fiscalYear === lastFy && x.layout === 'book') ?? audits.find((x) => x.fiscalYear === lastFy);
  if (!a) return undefined;
  return {
    kind: 'lock-file',
    file: `audits/${lastFy}/~$${a.file.slice(a.file.lastIndexOf('/') + 1)}`,
    groupId: a.groupId,
    th: 'ไฟล์ล็อกชั่วคราวของโปรแกรมตารางคำนวณ (ควรถูกข้ามและแสดงในรายงานว่าเป็นไฟล์ล็อก)',
    en: 'A temporary office lock file (should be skipped and listed as a lock file)',
  };
}
