/**
 * The shapes of a generated sample (src/sample/generate.ts): groups, audits with what the scorer makes of them, plan
 * rows, planted faults, the options of a run and one province's result. Types only.
 */
import type { Criteria } from '../lib/schema/criteria';
import type { Answer, FinancialField, GroupStatus } from '../lib/schema/records';
import type { Division } from './places';

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
