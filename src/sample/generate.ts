/**
 * Pure generation of synthetic savings-group records (no I/O, no workbooks): registry rows, audits and the
 * deliberate faults, deterministic for a seed. Levels are aimed at a realistic spread (about 35 % level 1,
 * 40 % level 2, 25 % level 3) by drafting each audit for a target level and scoring the draft with the
 * project's own scorer until it lands there.
 */
import { DEFAULT_CRITERIA } from '../lib/health/default-criteria';
import { scoreAudit } from '../lib/health/score';
import { bookIndicators, type Criteria } from '../lib/schema/criteria';
import type { Answer, AuditRecord, FinancialField, GroupStatus } from '../lib/schema/records';
import { followThroughSteer, type Outcome, type Steer } from './follow-through';
import { address, nationalId, personName, phoneNumber } from './people';
import { PLAN_TEXT } from './plan-text';
import type { Division, SampleDistrict, SampleProvince } from './places';
import { Rng } from './prng';
import { toCE } from '../lib/thai/buddhist-era';
import { GROUP_NAME_PREFIX, addDays, daysInMonth, iso, parseIso, villageName } from './thai-text';
import { compareCodes } from '../lib/thai/collate';

export type Layout = 'books' | 'batch' | 'mixed';

export interface SampleGroup {
  id: string;
  name: string;
  village: string;
  moo: number;
  subdistrict: Division;
  district: Division;
  province: Division;
  /** ISO date. */
  founded: string;
  status: GroupStatus;
  members: number;
  savings: number;
  /** Private, invented. */
  chair: string;
  phone: string;
  nationalId: string;
  address: string;
  /** Text written in the cell instead of the true value: planted faults. */
  override?: { founded?: string; district?: string };
}

export interface SamplePlanRow {
  order: number;
  topic: string;
  code: string;
  cause: string;
  approach: string;
  activity: string;
  /** A role, never a person. */
  owner: string;
  /** ISO date. */
  due: string;
  /** What the group reported at a follow-up between audits (issue 21); absent when nothing was recorded. */
  progress?: { status: 'not-started' | 'in-progress' | 'done'; date: string; note?: string };
}

export type Financials = Partial<Record<FinancialField, number>>;

export interface SampleAudit {
  groupId: string;
  groupName: string;
  fiscalYear: number;
  /** ISO dates. */
  date: string;
  statementDate: string;
  /** Private, invented. */
  auditors: string[];
  financials: Financials;
  answers: Record<string, Answer>;
  plan: SamplePlanRow[];
  /** Path relative to the output folder; batch audits share their batch file. */
  file: string;
  layout: 'book' | 'batch';
  /** What the project's scorer makes of this audit (the winner of a duplicate pair is the later date). */
  expected: { score: number | null; level: 1 | 2 | 3 | null; redFlags: string[]; incomplete: boolean; noLoans: boolean };
  /** Set on planted faulty audits. */
  fault?: FaultKind;
}

export type FaultKind =
  | 'impossible-date'
  | 'unknown-district'
  | 'orphan-audit'
  | 'duplicate-audit'
  | 'lock-file';

export interface PlantedFault {
  kind: FaultKind;
  /** Path relative to the output folder. */
  file: string;
  groupId?: string;
  th: string;
  en: string;
}

export interface GenerateOptions {
  seed: string;
  /** Fiscal years (BE), ascending. */
  fiscalYears: number[];
  /** Share of active groups audited each year. */
  coverage: number;
  layout: Layout;
  /** (fiscal year, district code) pairs delivered as one batch workbook, whatever the layout says. */
  batchDistricts?: { fiscalYear: number; district: string }[];
  /** Force every showcase case (both red flags, incomplete, no loans) into each province: for one-province runs. */
  ensureVariety?: boolean;
  /** Faults to plant, each once, in the province named (or the first province generated). */
  faults: { kind: FaultKind; province?: string }[];
  criteria?: Criteria;
}

export interface ProvinceSample {
  province: Division;
  registryFile: string;
  groups: SampleGroup[];
  audits: SampleAudit[];
  faults: PlantedFault[];
}

// ---------------------------------------------------------------------------------------------------------
// Apportioning groups to areas

/** Largest-remainder apportionment of `total` by weight; each gets at least `minEach` when total allows. */
export function apportion(weights: readonly number[], total: number, minEach = 0): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const base = total >= minEach * n ? minEach : 0;
  const rest = total - base * n;
  const sum = weights.reduce((s, w) => s + w, 0) || 1;
  const exact = weights.map((w) => (rest * w) / sum);
  const out = exact.map((x) => base + Math.floor(x));
  let left = total - out.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % n, left--) out[order[k]!.i]! += 1;
  return out;
}

/** Groups per district for the whole run, proportional to sub-district counts (a proxy for villages). */
export function planDistricts(provinces: readonly SampleProvince[], groups: number): Map<string, number> {
  const districts = provinces.flatMap((p) => p.districts);
  const counts = apportion(districts.map((d) => d.subdistricts.length), groups, 1);
  return new Map(districts.map((d, i) => [d.code, counts[i]!]));
}

// ---------------------------------------------------------------------------------------------------------
// Groups

const FOUNDED_FROM = Date.UTC(1985, 0, 1);

function randomDate(rng: Rng, fromMs: number, toMs: number): string {
  const t = new Date(fromMs + Math.floor(rng.next() * (toMs - fromMs)));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Group id: province code (2) + district (2) + running number (3 digits, more only beyond 999). */
export function groupId(districtCode: string, running: number): string {
  return `${districtCode}${String(running).padStart(3, '0')}`;
}

interface Latent {
  quality: number;
  noLoans: boolean;
}

function makeGroups(
  rng: Rng,
  province: SampleProvince,
  district: SampleDistrict,
  count: number,
  foundedBefore: number,
): { group: SampleGroup; latent: Latent }[] {
  const usedMoo = new Map<string, Set<number>>();
  const drafts: { sub: Division; moo: number; r: Rng }[] = [];
  for (let k = 0; k < count; k++) {
    const sub = rng.pick(district.subdistricts);
    const used = usedMoo.get(sub.code) ?? new Set<number>();
    usedMoo.set(sub.code, used);
    let moo = rng.int(1, 15);
    while (used.has(moo)) moo++;
    used.add(moo);
    drafts.push({ sub, moo, r: rng.fork(`g${k}`) });
  }
  drafts.sort((a, b) => compareCodes(a.sub.code, b.sub.code) || a.moo - b.moo);
  return drafts.map(({ sub, moo, r }, i) => {
    const village = r.chance(0.15) ? (sub.name.startsWith('บ้าน') ? sub.name : `บ้าน${sub.name}`) : villageName(r);
    const status = r.weighted([['active', 90], ['inactive', 7], ['dissolved', 3]] as const);
    const members = Math.round(Math.min(600, Math.max(12, Math.exp(4.2 + 0.6 * r.normal()))));
    const group: SampleGroup = {
      id: groupId(district.idPrefix, i + 1),
      name: `${GROUP_NAME_PREFIX}${village}`,
      village,
      moo,
      subdistrict: { code: sub.code, name: sub.name, nameEn: sub.nameEn },
      district: { code: district.code, name: district.name, nameEn: district.nameEn },
      province: { code: province.code, name: province.name, nameEn: province.nameEn },
      founded: randomDate(r, FOUNDED_FROM, foundedBefore),
      status,
      members,
      savings: roundTo(members * r.real(1500, 12000), 10),
      chair: personName(r),
      phone: phoneNumber(r),
      nationalId: nationalId(r, r.chance(0.2)),
      address: address(r, moo, sub.name, district.name, province.name),
    };
    return { group, latent: { quality: r.next(), noLoans: r.chance(0.02) } };
  });
}

const roundTo = (x: number, step: number) => Math.round(x / step) * step;

// ---------------------------------------------------------------------------------------------------------
// Audits

type Profile = 'good' | 'fair' | 'poor';
type Special = 'redB1' | 'redF1' | 'incomplete' | null;

const TARGET_LEVEL: Record<Profile, 1 | 2 | 3> = { good: 1, fair: 2, poor: 3 };
const PASS_P: Record<Profile, number> = { good: 0.88, fair: 0.62, poor: 0.3 };

function profileOf(quality: number): Profile {
  return quality >= 0.63 ? 'good' : quality >= 0.23 ? 'fair' : 'poor';
}

function outcome(rng: Rng, profile: Profile): Outcome {
  if (rng.chance(PASS_P[profile])) return 'pass';
  return rng.chance(0.5) ? 'partial' : 'fail';
}

const pickIn = (rng: Rng, [a, b]: readonly [number, number]) => rng.real(a, b);

interface PrevYear {
  members_end: number;
  savings: number;
  reserve: number;
}

interface Draft {
  financials: Financials;
  answers: Record<string, Answer>;
}

function draftAudit(rng: Rng, profile: Profile, special: Special, noLoans: boolean, base: { members: number; savings: number }, prev?: PrevYear, steer: Steer = {}): Draft {
  // One draw per indicator, always taken (so steering never shifts the stream); a steered outcome replaces it.
  const o = (code: string): Outcome => {
    const drawn = outcome(rng, profile);
    return steer[code] ?? drawn;
  };
  const f: Record<FinancialField, number> = {} as Record<FinancialField, number>;
  // Members
  const ms = prev?.members_end ?? base.members;
  const m2 = o('M2');
  const growth = m2 === 'pass' ? rng.real(0, 0.1) : m2 === 'partial' ? rng.real(-0.05, -0.005) : rng.real(-0.25, -0.06);
  const me = Math.max(8, Math.round(ms * (1 + growth)));
  const m1 = o('M1');
  const savers = m1 === 'pass' ? rng.real(0.9, 1) : m1 === 'partial' ? rng.real(0.75, 0.895) : rng.real(0.4, 0.745);
  f.members_start = ms;
  f.members_end = me;
  f.regular_savers = Math.min(me, Math.round(me * savers));
  // Funds
  const savings = prev ? roundTo(prev.savings * rng.real(1.02, 1.12), 10) : base.savings;
  const other = rng.chance(0.4) ? 0 : roundTo(savings * rng.real(0.01, 0.15), 10);
  const f4 = o('F4');
  const rr = f4 === 'pass' ? rng.real(0.1, 0.18) : f4 === 'partial' ? rng.real(0.05, 0.095) : rng.real(0.005, 0.048);
  const reserve = Math.round((rr / (1 - rr)) * (savings + other));
  const total = savings + reserve + other;
  f.savings = savings;
  f.reserve = reserve;
  f.other_funds = other;
  // Loans
  let loans = 0;
  let overdue = 0;
  if (!noLoans) {
    const f2 = o('F2');
    const use =
      f2 === 'pass'
        ? rng.real(0.7, 0.9)
        : f2 === 'partial'
          ? pickIn(rng, rng.chance(0.6) ? [0.5, 0.69] : [0.91, 1])
          : pickIn(rng, rng.chance(0.6) ? [0.2, 0.48] : [1.02, 1.15]);
    loans = roundTo((savings + reserve) * use, 100);
    const f1 = special === 'redF1' ? 'flag' : o('F1');
    const od =
      f1 === 'flag'
        ? rng.real(0.22, 0.45)
        : f1 === 'pass'
          ? rng.chance(0.25) ? 0 : rng.real(0.002, 0.049)
          : f1 === 'partial'
            ? rng.real(0.052, 0.098)
            : rng.real(0.105, 0.195);
    overdue = Math.round(loans * od);
  }
  f.loans_outstanding = loans;
  f.overdue = overdue;
  // Cash and bank
  const b3Drawn = rng.chance(PASS_P[profile] + 0.05) ? 'pass' : 'fail';
  const b3 = steer.B3 === undefined ? b3Drawn : steer.B3 === 'pass' ? 'pass' : 'fail';
  const cash = Math.round(total * (b3 === 'pass' ? rng.real(0.003, 0.048) : rng.real(0.055, 0.12)));
  const f3 = o('F3');
  const liq = f3 === 'pass' ? rng.real(0.15, 0.4) : f3 === 'partial' ? rng.real(0.102, 0.145) : rng.real(0.01, 0.095);
  f.cash = cash;
  f.bank = noLoans ? Math.max(0, total - cash) : Math.max(0, Math.round(liq * savings - cash));
  // Profit and welfare
  const f5 = o('F5');
  const profit = noLoans
    ? Math.round(f.bank * rng.real(0.003, 0.01))
    : f5 === 'fail' && rng.chance(0.5)
      ? -Math.round(total * rng.real(0.002, 0.02))
      : Math.round(loans * rng.real(0.03, 0.08));
  f.net_profit = profit;
  f.welfare_paid = o('S1') === 'pass' && profit > 0 ? roundTo(profit * rng.real(0.05, 0.2), 10) : 0;
  // Book answers
  const yes = (code: string) => o(code) === 'pass';
  const g2 = o('G2');
  const answers: Record<string, Answer> = {
    G1: yes('G1'),
    G2: g2 === 'pass' ? rng.int(12, 14) : g2 === 'partial' ? rng.int(6, 11) : rng.int(0, 5),
    G3: yes('G3'),
    G4: yes('G4'),
    M3: o('M3') === 'pass' ? rng.int(60, 95) / 100 : rng.int(25, 59) / 100,
    B1: special !== 'redB1',
    B2: yes('B2'),
    F5: profit > 0 && f5 !== 'fail',
    S2: profit > 0 ? yes('S2') : false,
  };
  if (special === 'incomplete') {
    // The committee could not answer: meetings, AGM and attendance left blank (8 + 7 + 4 = 19 points).
    answers.G2 = null;
    answers.G3 = null;
    answers.M3 = null;
  }
  return { financials: f, answers };
}

function toRecord(d: Draft, groupId: string, fy: number, date: string): AuditRecord {
  return { groupId, date, fiscalYear: fy, financials: d.financials, answers: d.answers, plan: [], source: { file: '', cells: {} } };
}

/** Audit date inside fiscal year `fy` (BE): mostly January–August of the CE year the FY ends in. */
function auditDate(rng: Rng, fy: number): string {
  const y = toCE(fy);
  const m = rng.weighted([[1, 1], [2, 2], [3, 3], [4, 2], [5, 3], [6, 4], [7, 4], [8, 2]] as const);
  return iso(y, m, rng.int(1, daysInMonth(y, m)));
}

/** Books are closed at the end of a month at least one month before the visit. */
function statementDate(date: string): string {
  const { y, m } = parseIso(date);
  const pm = m === 1 ? 12 : m - 1;
  const py = m === 1 ? y - 1 : y;
  return iso(py, pm, daysInMonth(py, pm));
}

function endOfMonthAfter(date: string, months: number): string {
  const { y, m } = parseIso(date);
  const t = m - 1 + months;
  const ny = y + Math.floor(t / 12);
  const nm = (t % 12) + 1;
  return iso(ny, nm, daysInMonth(ny, nm));
}

/**
 * How a committee writes a plan row's topic: mostly code and name, sometimes only one of them, or a sentence
 * with the code in it (the follow-through reads each of these as naming the indicator).
 */
function topicText(rng: Rng, code: string, name: string, approach: string): string {
  return rng.weighted([
    [`${code} ${name}`.trim(), 55],
    [code, 15],
    [name || code, 15],
    [`${approach} (${code})`, 15],
  ] as const);
}

function planRows(rng: Rng, priorities: string[], date: string, criteria: Criteria): SamplePlanRow[] {
  const n = Math.min(priorities.length, rng.int(2, 3));
  const names = new Map(criteria.indicators.map((i) => [i.code, i.th]));
  // A forked stream for the wording, so the rows' other draws (and every later draw) stay where they were.
  const style = rng.fork('topic');
  return priorities.slice(0, n).flatMap((code, i) => {
    const t = PLAN_TEXT[code];
    if (!t) return [];
    return [
      {
        order: i + 1,
        code,
        topic: topicText(style, code, names.get(code) ?? '', t.approach),
        cause: rng.pick(t.cause),
        approach: t.approach,
        activity: t.activity,
        owner: rng.pick(t.owner),
        due: endOfMonthAfter(date, rng.int(3, 9)),
      },
    ];
  });
}

const PROGRESS_NOTES: Record<'not-started' | 'in-progress' | 'done', readonly string[]> = {
  'not-started': ['รอมติที่ประชุมใหญ่', 'รอช่วงหลังฤดูเก็บเกี่ยว'],
  'in-progress': ['ดำเนินการไปแล้วบางส่วน', 'ประชุมชี้แจงสมาชิกแล้ว รอติดตามผล', 'เริ่มบันทึกบัญชีรายวันแล้ว'],
  done: ['ดำเนินการครบตามแผน', 'ที่ประชุมกรรมการรับรองผลแล้ว'],
};

/**
 * Progress reported at follow-ups between audits, on most plan rows (its own stream per row, so nothing else of the
 * sample moves): a follow-up date after the audit and never after the province's latest audit date, which stands in
 * for the data's as-of date.
 */
function addProgress(rng: Rng, audits: readonly SampleAudit[]): void {
  const last = audits.reduce((m, a) => (a.date > m ? a.date : m), '');
  for (const a of audits) {
    for (const p of a.plan) {
      const r = rng.fork(`${a.groupId}:${a.fiscalYear}:${p.order}`);
      if (r.chance(0.3)) continue;
      const status = r.weighted([['not-started', 25], ['in-progress', 40], ['done', 35]] as const);
      const later = addDays(a.date, r.int(30, 200));
      const date = later < last ? later : last;
      p.progress = { status, date, ...(r.chance(0.5) ? { note: r.pick(PROGRESS_NOTES[status]) } : {}) };
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Files

export const registryFile = (p: Division) => `registry/ทะเบียนกลุ่ม-${p.name}.xlsx`;
export const bookFile = (fy: number, id: string, suffix = '') => `audits/${fy}/${id}${suffix}.xlsx`;
export const batchFile = (fy: number, d: Division) => `audits/${fy}/ผลการตรวจ-อำเภอ${d.name}-${fy}.xlsx`;

function isBatch(opts: GenerateOptions, rng: Rng, fy: number, district: string): boolean {
  if (opts.batchDistricts?.some((b) => b.fiscalYear === fy && b.district === district)) return true;
  if (opts.layout === 'batch') return true;
  if (opts.layout === 'mixed') return rng.fork(`layout:${fy}:${district}`).chance(0.3);
  return false;
}

// ---------------------------------------------------------------------------------------------------------
// One province

/**
 * Generates one province: its registry and audits, and the faults assigned to it. `perDistrict` gives the
 * number of groups of each district (see planDistricts). Deterministic for (seed, province, counts).
 */
export function generateProvince(province: SampleProvince, perDistrict: Map<string, number>, opts: GenerateOptions): ProvinceSample {
  const criteria = opts.criteria ?? DEFAULT_CRITERIA;
  const root = new Rng(`${opts.seed}:province:${province.code}`);
  const firstFyStart = Date.UTC(toCE(opts.fiscalYears[0]!) - 1, 9, 1);
  const foundedBefore = Math.min(Date.UTC(2021, 11, 31), firstFyStart - 365 * 86_400_000);
  const groups: SampleGroup[] = [];
  const audits: SampleAudit[] = [];

  for (const district of province.districts) {
    const count = perDistrict.get(district.code) ?? 0;
    if (count === 0) continue;
    const drng = root.fork(`district:${district.code}`);
    const team = [personName(drng), personName(drng), personName(drng)];
    const made = makeGroups(drng.fork('groups'), province, district, count, foundedBefore);
    for (const { group, latent } of made) {
      groups.push(group);
      const grng = drng.fork(`audits:${group.id}`);
      let prev: PrevYear | undefined;
      let prevAudit: SampleAudit | undefined;
      let quality = latent.quality;
      for (const fy of opts.fiscalYears) {
        quality = Math.min(1, Math.max(0, quality + 0.1 * grng.normal()));
        const audited = group.status === 'active' && grng.chance(opts.coverage);
        if (!audited) continue;
        const profile = profileOf(quality);
        const roll = grng.next();
        const special: Special =
          roll < 0.015 ? 'incomplete' : profile === 'poor' && roll < 0.015 + 0.2 ? (grng.chance(0.5) ? 'redB1' : 'redF1') : null;
        const date = auditDate(grng, fy);
        const batch = isBatch(opts, root, fy, district.code);
        // The year after an audit answers that audit's plan (its own stream: the group's draws stay put).
        const last = prevAudit?.fiscalYear === fy - 1 ? prevAudit : undefined;
        const steer = last
          ? followThroughSteer(
              grng.fork(`follow-through:${fy}`),
              scoreAudit(toRecord(last, group.id, last.fiscalYear, last.date), criteria).indicators,
              new Set(last.plan.map((r) => r.code)),
              criteria,
            )
          : {};
        const audit = makeAudit(grng, criteria, group, fy, date, profile, special, latent.noLoans, prev, batch, team, steer);
        audits.push(audit);
        prevAudit = audit;
        prev = { members_end: audit.financials.members_end!, savings: audit.financials.savings!, reserve: audit.financials.reserve! };
      }
      if (prev) {
        group.members = prev.members_end;
        group.savings = prev.savings;
      }
    }
  }
  if (opts.ensureVariety) ensureVariety(root.fork('variety'), criteria, groups, audits, opts);
  addProgress(root.fork('progress'), audits);
  const faults = plantFaults(root.fork('faults'), criteria, province, groups, audits, opts);
  return { province, registryFile: registryFile(province), groups, audits, faults };
}

function makeAudit(
  rng: Rng,
  criteria: Criteria,
  group: SampleGroup,
  fy: number,
  date: string,
  profile: Profile,
  special: Special,
  noLoans: boolean,
  prev: PrevYear | undefined,
  batch: boolean,
  team: string[],
  steer: Steer = {},
): SampleAudit {
  const target = special === 'redB1' || special === 'redF1' ? 3 : TARGET_LEVEL[profile];
  let draft!: Draft;
  let scored!: ReturnType<typeof scoreAudit>;
  for (let attempt = 0; attempt < 60; attempt++) {
    draft = draftAudit(rng, profile, special, noLoans, group, prev, steer);
    scored = scoreAudit(toRecord(draft, group.id, fy, date), criteria);
    if (special === 'incomplete' ? scored.incomplete : scored.level === target) break;
  }
  const auditors = rng.chance(0.5) ? [team[0]!, team[1]!] : [team[rng.int(0, 2)]!];
  const plan = !batch && (scored.level === 2 || scored.level === 3) ? planRows(rng, scored.priorities, date, criteria) : [];
  return {
    groupId: group.id,
    groupName: group.name,
    fiscalYear: fy,
    date,
    statementDate: statementDate(date),
    auditors,
    financials: draft.financials,
    answers: draft.answers,
    plan,
    file: batch ? batchFile(fy, group.district) : bookFile(fy, group.id),
    layout: batch ? 'batch' : 'book',
    expected: { ...summarize(scored), noLoans: (draft.financials.loans_outstanding ?? 0) === 0 },
  };
}

/** Guarantees every case the site must show: a red flag of each kind, an incomplete audit, a group without loans. */
function ensureVariety(rng: Rng, criteria: Criteria, groups: SampleGroup[], audits: SampleAudit[], opts: GenerateOptions) {
  if (audits.length < 12) return;
  const byId = new Map(groups.map((g) => [g.id, g]));
  const has = {
    redB1: audits.some((a) => a.expected.redFlags.includes('B1')),
    redF1: audits.some((a) => a.expected.redFlags.includes('F1')),
    incomplete: audits.some((a) => a.expected.incomplete),
    noLoans: audits.some((a) => a.expected.noLoans),
  };
  const used = new Set<number>();
  const pickIndex = (want: (a: SampleAudit) => boolean): number | null => {
    const pool = audits.map((a, i) => ({ a, i })).filter(({ a, i }) => !used.has(i) && want(a));
    if (pool.length === 0) return null;
    const { i } = rng.pick(pool);
    used.add(i);
    return i;
  };
  // Re-draft an audit in place, keeping its group, date and file (the latest year, so no later year depends on it).
  const lastFy = opts.fiscalYears[opts.fiscalYears.length - 1];
  const redo = (special: Special, noLoans: boolean, want: (a: SampleAudit) => boolean) => {
    const i = pickIndex((a) => a.fiscalYear === lastFy && want(a));
    if (i === null) return;
    const a = audits[i]!;
    const g = byId.get(a.groupId)!;
    const prevA = audits.find((x) => x.groupId === a.groupId && x.fiscalYear < a.fiscalYear && x !== a);
    const prev = prevA ? { members_end: prevA.financials.members_end!, savings: prevA.financials.savings!, reserve: prevA.financials.reserve! } : undefined;
    const profile: Profile = special === 'redB1' || special === 'redF1' ? 'poor' : a.expected.level === 1 ? 'good' : a.expected.level === 2 ? 'fair' : 'poor';
    const team = a.auditors.length > 0 ? [a.auditors[0]!, a.auditors[a.auditors.length - 1]!, a.auditors[0]!] : ['', '', ''];
    const fresh = makeAudit(rng, criteria, g, a.fiscalYear, a.date, profile, special, noLoans, prev, a.layout === 'batch', team);
    audits[i] = { ...fresh, auditors: a.auditors, file: a.file, layout: a.layout };
    g.members = fresh.financials.members_end!;
    g.savings = fresh.financials.savings!;
  };
  if (!has.redB1) redo('redB1', false, (a) => a.expected.level === 3);
  if (!has.redF1) redo('redF1', false, (a) => a.expected.level === 3 && !a.expected.noLoans);
  if (!has.incomplete) redo('incomplete', false, (a) => a.expected.level === 2);
  if (!has.noLoans) redo(null, true, (a) => a.expected.level === 2 && a.expected.redFlags.length === 0);
}

// ---------------------------------------------------------------------------------------------------------
// Planted faults

function plantFaults(
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
  const regFile = registryFile(province);

  for (const { kind } of mine) {
    switch (kind) {
      case 'impossible-date': {
        // A group with no audit, so leaving its row out does not cascade into "audit for unknown group".
        const pool = unaudited();
        if (pool.length === 0) break;
        const g = rng.pick(pool);
        taken.add(g.id);
        g.override = { ...g.override, founded: '31/2/2559' };
        out.push({
          kind,
          file: regFile,
          groupId: g.id,
          th: `ทะเบียนกลุ่ม แถวของกลุ่ม ${g.id}: วันที่จัดตั้ง "31/2/2559" ไม่มีอยู่จริง (แถวนี้ควรถูกตัดออกและรายงาน)`,
          en: `Registry row of group ${g.id}: founded date "31/2/2559" does not exist (the row should be left out and reported)`,
        });
        break;
      }
      case 'unknown-district': {
        const pool = unaudited();
        if (pool.length === 0) break;
        const g = rng.pick(pool);
        taken.add(g.id);
        const real = new Set(province.districts.map((d) => d.name));
        const typo = real.has(`${g.district.name}ย์`) ? 'นาสมมุติ' : `${g.district.name}ย์`;
        g.override = { ...g.override, district: typo };
        out.push({
          kind,
          file: regFile,
          groupId: g.id,
          th: `ทะเบียนกลุ่ม แถวของกลุ่ม ${g.id}: อำเภอ "${typo}" ไม่มีในจังหวัด${province.name} (ควรเสนอ "${g.district.name}")`,
          en: `Registry row of group ${g.id}: district "${typo}" is not in ${province.nameEn} (should suggest "${g.district.name}")`,
        });
        break;
      }
      case 'duplicate-audit': {
        const books = audits.filter((a) => a.layout === 'book' && !a.fault && a.date.slice(5) > '02-15');
        const pool = books.length > 0 ? books : audits.filter((a) => !a.fault && a.date.slice(5) > '02-15');
        const a = pool.length > 0 ? rng.pick(pool) : null;
        if (!a) break;
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
        out.push({
          kind,
          file: dup.file,
          groupId: a.groupId,
          th: `กลุ่ม ${a.groupId} มีผลการตรวจสองรายการในปีงบประมาณ ${a.fiscalYear}: รายการวันที่ตรวจ ${earlier} ควรถูกรายงานและใช้รายการวันที่ ${a.date} ใน ${a.file}`,
          en: `Group ${a.groupId} has two audits in fiscal year ${a.fiscalYear}: the one dated ${earlier} should be reported and the one dated ${a.date} in ${a.file} used`,
        });
        break;
      }
      case 'orphan-audit': {
        const d = province.districts.find((x) => groups.some((g) => g.district.code === x.code))!;
        const running = groups.filter((g) => g.district.code === d.code).length + 50;
        const id = groupId(d.idPrefix, running);
        const template = audits.find((a) => a.fiscalYear === lastFy && !a.fault) ?? audits[0];
        if (!template) break;
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
        out.push({
          kind,
          file: orphan.file,
          groupId: id,
          th: `สมุดตรวจของกลุ่มรหัส ${id} ซึ่งไม่มีในทะเบียนกลุ่ม (ควรรายงานเป็นข้อผิดพลาดและไม่เผยแพร่)`,
          en: `Audit book for group ${id}, which is not in the registry (should be an error, not published)`,
        });
        break;
      }
      case 'lock-file': {
        const a = audits.find((x) => x.fiscalYear === lastFy && x.layout === 'book') ?? audits.find((x) => x.fiscalYear === lastFy);
        if (!a) break;
        out.push({
          kind,
          file: `audits/${lastFy}/~$${a.file.slice(a.file.lastIndexOf('/') + 1)}`,
          groupId: a.groupId,
          th: 'ไฟล์ล็อกชั่วคราวของโปรแกรมตารางคำนวณ (ควรถูกข้ามและแสดงในรายงานว่าเป็นไฟล์ล็อก)',
          en: 'A temporary office lock file (should be skipped and listed as a lock file)',
        });
        break;
      }
    }
  }
  return out;
}

/** What an audit is expected to publish: its score to one decimal, level, red flags and completeness. */
function summarize(s: ReturnType<typeof scoreAudit>) {
  return {
    score: s.score === null ? null : Math.round(s.score * 10) / 10,
    level: s.level,
    redFlags: s.redFlags.map((r) => r.code),
    incomplete: s.incomplete,
  };
}

/** The book indicator codes, in sheet order. */
export function bookCodes(criteria: Criteria = DEFAULT_CRITERIA): string[] {
  return bookIndicators(criteria).map((b) => b.code);
}

/** Spreads the requested faults over the provinces of a run (deterministically), where none is named. */
export function assignFaults(seed: string, provinces: readonly SampleProvince[], perDistrict: Map<string, number>, kinds: readonly FaultKind[]): { kind: FaultKind; province: string }[] {
  const withGroups = provinces.filter((p) => p.districts.some((d) => (perDistrict.get(d.code) ?? 0) > 0));
  if (withGroups.length === 0) return [];
  const rng = new Rng(`${seed}:faults`);
  return kinds.map((kind) => ({ kind, province: rng.pick(withGroups).code }));
}

/** Every province of a run, one at a time, so the caller can write and forget each before the next. */
export function* generateSample(provinces: readonly SampleProvince[], groups: number, opts: GenerateOptions): Generator<ProvinceSample> {
  const perDistrict = planDistricts(provinces, groups);
  // One province must show every case on its own; a national run has them many times over anyway.
  const o = { ensureVariety: provinces.length === 1, ...opts };
  for (const p of provinces) {
    if (!p.districts.some((d) => (perDistrict.get(d.code) ?? 0) > 0)) continue;
    yield generateProvince(p, perDistrict, o);
  }
}
