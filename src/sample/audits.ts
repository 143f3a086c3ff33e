/**
 * One generated audit: drafts for the target level (src/sample/draft-audit.ts) scored by the project's own scorer until
 * one lands there, its plan, file and what the scorer makes of it; and the cases every one-province sample must show.
 */
import { scoreAudit } from '../lib/health/score';
import type { Criteria } from '../lib/schema/criteria';
import { statementDate } from './dates';
import { type Draft, type PrevYear, type Profile, type Special, TARGET_LEVEL, draftAudit, toRecord } from './draft-audit';
import { batchFile, bookFile } from './files';
import type { Steer } from './follow-through';
import { planRows } from './plan-rows';
import type { Rng } from './prng';
import type { GenerateOptions, SampleAudit, SampleGroup } from './types';

/** An audit of a group in fiscal year `fy`, drafted (at most 60 times) until the scorer gives the profile's level. */
export function makeAudit(
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
export function ensureVariety(rng: Rng, criteria: Criteria, groups: SampleGroup[], audits: SampleAudit[], opts: GenerateOptions) {
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

/** What an audit is expected to publish: its score to one decimal, level, red flags and completeness. */
export function summarize(s: ReturnType<typeof scoreAudit>) {
  return {
    score: s.score === null ? null : Math.round(s.score * 10) / 10,
    level: s.level,
    redFlags: s.redFlags.map((r) => r.code),
    incomplete: s.incomplete,
  };
}
