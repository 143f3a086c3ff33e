import type { Issue } from '../schema/issue';
import { type IssueKey, type LevelWord, type PublishedSummary, counts, issueKey, issueKeyText } from './summary';
import { compareCodes } from '../thai/collate';

/**
 * What changed since the last published build, and whether the new data would shrink the site (DESIGN §9):
 * groups or audits falling by more than 10 % of the last published count AND by more than 5.
 */
export const SHRINK_SHARE = 0.1;
export const SHRINK_MIN = 5;

export function shrinks(before: number, now: number): boolean {
  const fall = before - now;
  return fall > SHRINK_SHARE * before && fall > SHRINK_MIN;
}

export interface AuditKey {
  group: string;
  fiscalYear: number;
}

export interface CountChange<T> {
  before: number;
  now: number;
  added: T[];
  removed: T[];
}

export interface LevelChange extends AuditKey {
  before: LevelWord;
  now: LevelWord;
}

/** A data file whose rows may have left the site: gone, rejected or partly used anew, or with new errors. */
export interface FileChange {
  file: string;
  /** Status at the last published build; null for a new file. */
  before: string | null;
  /** Status now; null when the file is gone. */
  now: string | null;
  /** Errors in this file that the last published build did not have, in report order. */
  newErrors: Issue[];
  /** The cause is in the registry: every new error is an audit of a group missing from it, and any other audit lost
   *  was kept out because its group's registry row was rejected (folded under that row's issue). */
  follows: boolean;
  /** Audits of this file folded under a rejected registry row's issue (they have no error of their own). */
  folded?: number;
}

export interface Changes {
  previous: { dataAsOf: string | null; groups: number; audits: number };
  groups: CountChange<string>;
  audits: CountChange<AuditKey>;
  levels: LevelChange[];
  /** Null when either build had no ingest (a prebuilt dataset). */
  problems: { new: Issue[]; fixed: IssueKey[] } | null;
  /** Files that may explain vanished rows, most likely cause first; null when either build had no ingest. */
  files: FileChange[] | null;
  shrink: { groups: boolean; audits: boolean };
}

const auditText = (k: AuditKey) => `${k.group}\u0000${k.fiscalYear}`;

function auditMap(s: PublishedSummary): Map<string, { key: AuditKey; level: LevelWord }> {
  const out = new Map<string, { key: AuditKey; level: LevelWord }>();
  for (const [group, years] of Object.entries(s.groups)) {
    for (const [year, level] of Object.entries(years)) {
      const key = { group, fiscalYear: Number(year) };
      out.set(auditText(key), { key, level });
    }
  }
  return out;
}

/** Errors whose cause is in another file (the registry): an audit of a missing registry row. (An audit of a rejected
 *  row has no error of its own: it is folded under the row's, and its file says blockedBy.) */
const CONSEQUENCES: ReadonlySet<string> = new Set(['E_GROUP_NOT_IN_REGISTRY']);

const STATUS_RANK: Readonly<Record<string, number>> = { used: 0, partial: 1, rejected: 2 };
/** How much of a file was used: 0 all, 1 part, 2 none; undefined for skipped files (never data) and unknown words. */
const rank = (status: string | null): number | undefined => (status !== null && Object.hasOwn(STATUS_RANK, status) ? STATUS_RANK[status] : undefined);

/**
 * `before`: the last published summary; `now`: the summary of this build's data, with this build's issues (the
 * new problems are reported with their sentences).
 */
export function compareSummaries(before: PublishedSummary, now: PublishedSummary, issues: readonly Issue[]): Changes {
  const groups = groupChange(before, now);
  const { audits, levels } = auditChanges(before, now);
  const problems = before.issues && now.issues ? problemChanges(before.issues, now.issues, issues) : null;
  const files = before.files && now.files && problems ? fileChanges(before.files, now.files, problems.new, issues) : null;
  const prev = counts(before);
  return {
    previous: { dataAsOf: before.dataAsOf, groups: prev.groups, audits: prev.audits },
    groups,
    audits,
    levels,
    problems,
    files,
    shrink: { groups: shrinks(groups.before, groups.now), audits: shrinks(audits.before, audits.now) },
  };
}

function groupChange(before: PublishedSummary, now: PublishedSummary): CountChange<string> {
  const was = new Set(Object.keys(before.groups));
  const is = new Set(Object.keys(now.groups));
  return {
    before: was.size,
    now: is.size,
    added: [...is].filter((id) => !was.has(id)).sort(compareCodes),
    removed: [...was].filter((id) => !is.has(id)).sort(compareCodes),
  };
}

/** Audits added and removed, and the level changes of audits in both, each by group and fiscal year. */
function auditChanges(before: PublishedSummary, now: PublishedSummary): { audits: CountChange<AuditKey>; levels: LevelChange[] } {
  const wasAudits = auditMap(before);
  const isAudits = auditMap(now);
  const levels: LevelChange[] = [];
  for (const [k, a] of isAudits) {
    const b = wasAudits.get(k);
    if (b && b.level !== a.level) levels.push({ ...a.key, before: b.level, now: a.level });
  }
  const audits: CountChange<AuditKey> = {
    before: wasAudits.size,
    now: isAudits.size,
    added: [...isAudits].filter(([k]) => !wasAudits.has(k)).map(([, a]) => a.key),
    removed: [...wasAudits].filter(([k]) => !isAudits.has(k)).map(([, a]) => a.key),
  };
  const order = (a: AuditKey, b: AuditKey) => compareCodes(a.group, b.group) || a.fiscalYear - b.fiscalYear;
  audits.added.sort(order);
  audits.removed.sort(order);
  levels.sort(order);
  return { audits, levels };
}

/** This build's issues the last build did not have (each identity once), and the last build's that are gone. */
function problemChanges(before: readonly IssueKey[], now: readonly IssueKey[], issues: readonly Issue[]): NonNullable<Changes['problems']> {
  const old = new Set(before.map(issueKeyText));
  const current = new Set(now.map(issueKeyText));
  const seen = new Set<string>();
  const fresh: Issue[] = [];
  for (const i of issues) {
    const t = issueKeyText(issueKey(i));
    if (old.has(t) || seen.has(t)) continue;
    seen.add(t);
    fresh.push(i);
  }
  return { new: fresh, fixed: before.filter((k) => !current.has(issueKeyText(k))) };
}

/** Files gone, used less than before, or with new errors: the ones that may explain rows that left the site. */
function fileChanges(before: Record<string, string>, now: Record<string, string>, fresh: readonly Issue[], issues: readonly Issue[]): FileChange[] {
  const newErrors = new Map<string, Issue[]>();
  for (const i of fresh) {
    if (i.severity !== 'error') continue;
    const list = newErrors.get(i.file);
    if (list) list.push(i);
    else newErrors.set(i.file, [i]);
  }
  const foldedIn = new Map<string, number>();
  for (const i of issues) for (const f of i.folded ?? []) foldedIn.set(f.file, (foldedIn.get(f.file) ?? 0) + 1);
  const wasFiles = new Map(Object.entries(before));
  const isFiles = new Map(Object.entries(now));
  const out: FileChange[] = [];
  for (const file of new Set([...wasFiles.keys(), ...isFiles.keys()])) {
    const b = wasFiles.get(file) ?? null;
    const n = isFiles.get(file) ?? null;
    const errors = newErrors.get(file) ?? [];
    const gone = n === null && (rank(b) ?? 2) < 2;
    const worse = (rank(n) ?? 0) > (rank(b) ?? 0);
    const folded = foldedIn.get(file) ?? 0;
    const follows = (errors.length > 0 || folded > 0) && errors.every((i) => CONSEQUENCES.has(i.code));
    if (gone || worse || errors.length > 0) out.push({ file, before: b, now: n, newErrors: errors, follows, ...(folded > 0 ? { folded } : {}) });
  }
  // Files whose new errors explain the loss first (most errors first), then whole files lost without one (gone
  // or rejected), then the rest; files that only lost rows because of the registry (their errors say "the
  // registry row was rejected" or "not in the registry") last.
  const explains = (c: FileChange) => (c.newErrors.length > 0 ? 0 : 1);
  const lost = (c: FileChange) => (c.now === null || c.now === 'rejected' ? 0 : 1);
  return out.sort(
    (a, b) => Number(a.follows) - Number(b.follows) || explains(a) - explains(b) || lost(a) - lost(b) || b.newErrors.length - a.newErrors.length || compareCodes(a.file, b.file),
  );
}

/** Whether the changes stop a build (unless --allow-shrink). */
export function isShrinking(c: Changes): boolean {
  return c.shrink.groups || c.shrink.audits;
}
