/**
 * Writes a generated sample to disk, one province and one file at a time (memory stays flat at national
 * scale): registry workbooks, audit books or district batches, planted lock files, and PLANTED.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { planDistricts } from './apportion';
import { assignFaults, generateSample } from './generate';
import type { GenerateOptions, PlantedFault, ProvinceSample, SampleAudit } from './types';
import { DEFAULT_CRITERIA } from '../lib/health/default-criteria';
import { FOLLOW_THROUGH_STATUSES, type FollowThroughStatus } from '../lib/schema/dataset';
import { sampleFollowThrough } from './follow-through';
import { outputRefusal, type SampleCliOptions } from './options';
import { loadSampleProvinces, type SampleProvince } from './places';
import { Rng } from './prng';
import { fiscalYearRange } from '../lib/thai/fiscal-year';
import { batchWorkbook, bookWorkbook, lockFileBytes, officerStyle, registryWorkbook, xlsxBytes } from './workbooks';
import { compareCodes } from '../lib/thai/collate';

export interface SampleSummary {
  out: string;
  files: number;
  bytes: number;
  workbooks: { registry: number; books: number; batches: number; other: number };
  groups: number;
  statuses: Record<string, number>;
  audits: number;
  auditsByYear: Record<number, number>;
  /** Level of each published audit (duplicates and orphans left out), by fiscal year. */
  levelsByYear: Record<number, { '1': number; '2': number; '3': number; incomplete: number }>;
  redFlags: { B1: number; F1: number };
  noLoans: number;
  plans: number;
  /** Plan rows with a progress status, by status. */
  progress: Record<'not-started' | 'in-progress' | 'done', number>;
  /** Follow-through into each fiscal year (key) of the year before's plans: groups audited both years, issue counts. */
  followThrough: Record<number, { groups: number; planned: Record<FollowThroughStatus, number>; unplanned: Record<FollowThroughStatus, number> }>;
  groupsByDistrict: { province: string; district: string; name: string; groups: number; active: number; audits: Record<number, number> }[];
  faults: PlantedFault[];
  /** Files holding incomplete audits (unanswered indicators are warnings there, on purpose). */
  incompleteFiles: string[];
  /** A few group ids for each case the site must show, for tests and reviewers. */
  examples: Record<string, string[]>;
  seconds: number;
  /** Seconds spent in XLSX.write + writeFileSync only. */
  writeSeconds: number;
}

export const PLANTED_FILE = 'PLANTED.md';

function isEmptyDir(dir: string): boolean {
  return !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;
}

/** Empties the output folder (for --force). In data/ only the sample's own entries are removed. */
function clearOut(dir: string, isData: boolean): void {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    if (isData && !['registry', 'audits', PLANTED_FILE].includes(name)) continue;
    fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  }
}

export function toGenerateOptions(o: SampleCliOptions, faults: GenerateOptions['faults']): GenerateOptions {
  return {
    seed: o.seed,
    fiscalYears: o.fiscalYears,
    coverage: o.coverage,
    layout: o.layout,
    ...(o.batchDistricts ? { batchDistricts: o.batchDistricts } : {}),
    faults,
  };
}

/** Generates every province's records (no files): for tests and for hashing. */
export async function generateAll(o: SampleCliOptions, provinces?: SampleProvince[]): Promise<ProvinceSample[]> {
  const ps = provinces ?? (await loadSampleProvinces(o.province));
  const faults = assignFaults(o.seed, ps, planDistricts(ps, o.groups), o.faults);
  return [...generateSample(ps, o.groups, toGenerateOptions(o, faults))];
}

/** Runs `npm run sample`: checks the refusal rules, then generates and writes. */
export async function runSample(
  o: SampleCliOptions,
  env: { cwd: string; dataDir: string; log?: (line: string) => void },
): Promise<SampleSummary> {
  const log = env.log ?? (() => {});
  const t0 = performance.now();
  const out = path.resolve(env.cwd, o.out);
  const isData = path.resolve(env.dataDir) === out;
  const refusal = outputRefusal(o, env.cwd, env.dataDir, isEmptyDir(out));
  if (refusal) throw new Error(refusal);
  if (o.force) clearOut(out, isData);
  fs.mkdirSync(out, { recursive: true });

  const provinces = await loadSampleProvinces(o.province);
  const perDistrict = planDistricts(provinces, o.groups);
  const faults = assignFaults(o.seed, provinces, perDistrict, o.faults);
  const gen = toGenerateOptions(o, faults);
  const lastFy = o.fiscalYears[o.fiscalYears.length - 1]!;
  const asOf = fiscalYearRange(lastFy).end;

  const s = emptySummary(out);
  const files = fileWriter(out, s);
  let done = 0;
  for (const p of generateSample(provinces, o.groups, gen)) {
    writeProvince(p, o, asOf, s, files.write);
    tally(s, p);
    done++;
    if (provinces.length > 1 && (done % 10 === 0 || done === provinces.length)) {
      log(`  ${done}/${provinces.length} provinces, ${s.files} files, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  }
  const planted = plantedMarkdown(o, s);
  files.write(PLANTED_FILE, () => Buffer.from(planted, 'utf8'));
  s.workbooks.other++;
  s.writeSeconds = files.ms() / 1000;
  s.seconds = (performance.now() - t0) / 1000;
  return s;
}

function emptySummary(out: string): SampleSummary {
  return {
    out,
    files: 0,
    bytes: 0,
    workbooks: { registry: 0, books: 0, batches: 0, other: 0 },
    groups: 0,
    statuses: {},
    audits: 0,
    auditsByYear: {},
    levelsByYear: {},
    redFlags: { B1: 0, F1: 0 },
    noLoans: 0,
    plans: 0,
    progress: { 'not-started': 0, 'in-progress': 0, done: 0 },
    followThrough: {},
    groupsByDistrict: [],
    faults: [],
    incompleteFiles: [],
    examples: {},
    seconds: 0,
    writeSeconds: 0,
  };
}

type WriteFile = (rel: string, bytes: () => Buffer) => void;

/** Writes files under `out`, counting them and their bytes in the summary, and the time spent making and writing them. */
function fileWriter(out: string, s: SampleSummary): { write: WriteFile; ms: () => number } {
  let writeMs = 0;
  const write: WriteFile = (rel, bytes) => {
    const w0 = performance.now();
    const b = bytes();
    const file = path.join(out, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, b);
    writeMs += performance.now() - w0;
    s.files++;
    s.bytes += b.length;
  };
  return { write, ms: () => writeMs };
}

/** One province's workbooks: its registry, each audit book, each district batch, and the planted lock files. */
function writeProvince(p: ProvinceSample, o: SampleCliOptions, asOf: string, s: SampleSummary, writeFile: WriteFile): void {
  writeFile(p.registryFile, () => xlsxBytes(registryWorkbook(p.province, p.groups, asOf, o.seed)));
  s.workbooks.registry++;
  const styleOf = (district: string, fy: number) => officerStyle(new Rng(`${o.seed}:officer:${district}:${fy}`));
  const districtOf = new Map(p.groups.map((g) => [g.id, g.district]));
  const batches = new Map<string, SampleAudit[]>();
  for (const a of p.audits) {
    if (a.layout === 'batch') {
      batches.set(a.file, [...(batches.get(a.file) ?? []), a]);
      continue;
    }
    const district = districtOf.get(a.groupId)?.code ?? a.groupId.slice(0, 4);
    writeFile(a.file, () => xlsxBytes(bookWorkbook(a, styleOf(district, a.fiscalYear), o.seed)));
    s.workbooks.books++;
  }
  for (const [file, list] of batches) {
    const d = districtOf.get(list[0]!.groupId)!;
    const fy = list[0]!.fiscalYear;
    const sorted = [...list].sort((x, y) => compareCodes(x.groupId, y.groupId) || (x.date < y.date ? -1 : 1));
    writeFile(file, () => xlsxBytes(batchWorkbook(d, fy, sorted, styleOf(d.code, fy), o.seed)));
    s.workbooks.batches++;
  }
  for (const f of p.faults) {
    if (f.kind === 'lock-file') {
      writeFile(f.file, () => lockFileBytes());
      s.workbooks.other++;
    }
  }
}

function tally(s: SampleSummary, p: ProvinceSample): void {
  s.groups += p.groups.length;
  for (const g of p.groups) s.statuses[g.status] = (s.statuses[g.status] ?? 0) + 1;
  const published = p.audits.filter((a) => !a.fault);
  s.audits += p.audits.length;
  for (const a of p.audits) s.auditsByYear[a.fiscalYear] = (s.auditsByYear[a.fiscalYear] ?? 0) + 1;
  for (const a of published) {
    const l = (s.levelsByYear[a.fiscalYear] ??= { '1': 0, '2': 0, '3': 0, incomplete: 0 });
    if (a.expected.level === null) l.incomplete++;
    else l[String(a.expected.level) as '1' | '2' | '3']++;
    if (a.expected.redFlags.includes('B1')) s.redFlags.B1++;
    if (a.expected.redFlags.includes('F1')) s.redFlags.F1++;
    if (a.expected.noLoans) s.noLoans++;
    if (a.plan.length > 0) s.plans++;
    for (const p of a.plan) if (p.progress) s.progress[p.progress.status]++;
  }
  const byDistrict = new Map<string, typeof s.groupsByDistrict[number]>();
  const districtOfGroup = new Map(p.groups.map((g) => [g.id, g.district.code]));
  for (const g of p.groups) {
    const row = byDistrict.get(g.district.code) ?? { province: p.province.code, district: g.district.code, name: g.district.name, groups: 0, active: 0, audits: {} };
    row.groups++;
    if (g.status === 'active') row.active++;
    byDistrict.set(g.district.code, row);
  }
  for (const a of published) {
    const row = byDistrict.get(districtOfGroup.get(a.groupId) ?? '');
    if (row) row.audits[a.fiscalYear] = (row.audits[a.fiscalYear] ?? 0) + 1;
  }
  s.groupsByDistrict.push(...byDistrict.values());
  s.faults.push(...p.faults);
  const add = (key: string, id: string) => {
    const list = (s.examples[key] ??= []);
    if (list.length < 3 && !list.includes(id)) list.push(id);
  };
  for (const a of published) {
    if (a.expected.incomplete) s.incompleteFiles.push(a.file);
    const tag = `FY ${a.fiscalYear}`;
    if (a.expected.level !== null && a.expected.redFlags.length === 0) add(`level ${a.expected.level} (${tag})`, a.groupId);
    if (a.expected.redFlags.includes('B1')) add(`red flag B1 (${tag})`, a.groupId);
    if (a.expected.redFlags.includes('F1')) add(`red flag F1 (${tag})`, a.groupId);
    if (a.expected.incomplete) add(`incomplete (${tag})`, a.groupId);
    if (a.expected.noLoans) add(`no loans, F1 n/a (${tag})`, a.groupId);
    if (a.layout === 'batch') add(`from a batch workbook (${tag})`, a.groupId);
    if (a.plan.length > 0) add(`development plan (${tag})`, a.groupId);
  }
  for (const g of p.groups) if (g.status !== 'active') add(g.status, g.id);
  const zero = () => Object.fromEntries(FOLLOW_THROUGH_STATUSES.map((k) => [k, 0])) as Record<FollowThroughStatus, number>;
  for (const { groupId, fiscalYear, rows } of sampleFollowThrough(published, DEFAULT_CRITERIA)) {
    const t = (s.followThrough[fiscalYear] ??= { groups: 0, planned: zero(), unplanned: zero() });
    t.groups++;
    for (const r of rows) {
      t[r.planned ? 'planned' : 'unplanned'][r.status]++;
      add(`follow-through ${r.status}, ${r.planned ? 'planned' : 'not planned'} (FY ${fiscalYear - 1} → ${fiscalYear})`, groupId);
    }
  }
}

/** data/PLANTED.md (or <out>/PLANTED.md): how the sample was made and the faults planted on purpose. */
export function plantedMarkdown(o: SampleCliOptions, s: SampleSummary): string {
  const cmd = o.preset ? `npm run sample -- --preset ${o.preset} --out ${o.out}${o.force ? ' --force' : ''}` : `npm run sample -- --groups ${o.groups} --years ${o.fiscalYears.join(',')} --layout ${o.layout} --seed ${o.seed}${o.province ? ` --province ${o.province}` : ''} --out ${o.out}`;
  const years = o.fiscalYears;
  const lines = [
    '# ข้อมูลตัวอย่าง (สังเคราะห์) — synthetic sample data',
    '',
    'ข้อมูลทั้งหมดในโฟลเดอร์นี้สร้างขึ้นด้วยโปรแกรม ไม่ใช่ข้อมูลจริง ชื่อบุคคล เบอร์โทรศัพท์ และเลขประจำตัวประชาชน',
    'เป็นค่าที่แต่งขึ้น (เลขประจำตัวประชาชนมีหลักตรวจสอบถูกต้อง) เพื่อใช้ทดสอบว่าข้อมูลส่วนบุคคลไม่ถูกเผยแพร่',
    '',
    'Everything here is generated; names, phone numbers and national ids are invented (the ids carry a valid',
    'check digit) so that the privacy scan can be proved. This file itself is listed by the build as "not a data file".',
    '',
    `Made by: \`${cmd}\` (seed \`${o.seed}\`; re-running it writes byte-identical files).`,
    '',
    '## Shape',
    '',
    `- groups: ${s.groups} (${Object.entries(s.statuses).sort().map(([k, v]) => `${k} ${v}`).join(', ')})`,
    `- audits: ${years.map((y) => `FY ${y}: ${s.auditsByYear[y] ?? 0}`).join(', ')} (including the planted duplicate and orphan)`,
    `- levels of published audits: ${years.map((y) => { const l = s.levelsByYear[y]; return l ? `FY ${y}: level 1 ${l['1']}, level 2 ${l['2']}, level 3 ${l['3']}, incomplete ${l.incomplete}` : `FY ${y}: none`; }).join('; ')}`,
    `- red flags: B1 ${s.redFlags.B1}, F1 ${s.redFlags.F1}; audits with no loans (F1 n/a): ${s.noLoans}; books with a development plan: ${s.plans}`,
    `- plan rows with progress: not started ${s.progress['not-started']}, in progress ${s.progress['in-progress']}, done ${s.progress.done}`,
    ...Object.entries(s.followThrough).map(([fy, t]) => {
      const counts = (c: Record<FollowThroughStatus, number>) =>
        `${FOLLOW_THROUGH_STATUSES.reduce((n, k) => n + c[k], 0)} (${FOLLOW_THROUGH_STATUSES.map((k) => `${k} ${c[k]}`).join(', ')})`;
      return `- plan follow-through FY ${Number(fy) - 1} → ${fy} (${t.groups} groups audited both years): issues planned ${counts(t.planned)}; not planned ${counts(t.unplanned)}`;
    }),
    `- files: ${s.workbooks.registry} registry, ${s.workbooks.books} audit books, ${s.workbooks.batches} batch workbooks`,
    '',
    '## Planted faults (จุดผิดพลาดที่ตั้งใจใส่ไว้)',
    '',
    'These, and only these, should appear in the data-quality report:',
    '',
    '| # | kind | file | group | expected (th) | expected (en) |',
    '|---|---|---|---|---|---|',
    ...s.faults.map((f, i) => `| ${i + 1} | ${f.kind} | \`${f.file}\` | ${f.groupId ?? ''} | ${f.th} | ${f.en} |`),
    `| ${s.faults.length + 1} | not-a-data-file | \`${PLANTED_FILE}\` | | ไฟล์นี้ไม่ใช่ไฟล์ข้อมูล (ควรแสดงในรายงาน) | this file is not a data file (listed in the report) |`,
    '',
    'Intended, not faults: the incomplete audits leave indicators G2, G3 and M3 unanswered (19 points missing, so the',
    'audit is "ข้อมูลไม่ครบ"); a reader may warn about each empty answer in these files:',
    '',
    ...(s.incompleteFiles.length > 0 ? s.incompleteFiles.map((f) => `- \`${f}\``) : ['- (none)']),
    '',
    '## Examples (group ids)',
    '',
    ...Object.entries(s.examples)
      .sort(([a], [b]) => compareCodes(a, b))
      .map(([k, ids]) => `- ${k}: ${ids.join(', ')}`),
    '',
  ];
  if (years.length > 0 && s.groupsByDistrict.length <= 40) {
    lines.push('## Groups per district', '', `| district | code | groups | active | ${years.map((y) => `audits ${y}`).join(' | ')} |`, `|---|---|---|---|${years.map(() => '---|').join('')}`);
    for (const d of s.groupsByDistrict) lines.push(`| ${d.name} | ${d.district} | ${d.groups} | ${d.active} | ${years.map((y) => d.audits[y] ?? 0).join(' | ')} |`);
    lines.push('');
  }
  return lines.join('\n');
}
