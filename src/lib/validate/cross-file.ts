import { formatNumber } from '../i18n/format';
import { makeIssue, placeText } from '../issues/make-issue';
import { didYouMean, differences } from '../issues/messages';
import type { Issue } from '../schema/issue';
import type { AuditRecord, RegistryRecord, Source } from '../schema/records';
import { nameKey } from '../thai/name-key';
import { oneEditAway } from './one-edit';
import { compareCodes } from '../thai/collate';

/**
 * Rules across files (DESIGN §4.6, §9), pure. Each is decided here and only here:
 * - copies are not conflicts: records equal in every value (public and private) are one record, used once from the
 *   preferred file (.xlsx before .ods, .xls, .csv; then path order); a file made only of copies is a copy;
 * - duplicate group ids in the registry with different values: every row with that id is rejected, each naming
 *   another row and the public values that differ;
 * - an audit of a group not in the registry: an error, kept out of the dataset, with "did you mean" when an active
 *   group's id one edit away has no audit that year; an audit of a group whose registry row was rejected is folded under that row;
 * - two audits of one group in one fiscal year: the later audit date wins; on the same date, the first in path
 *   order; the other is reported;
 * - the group name on an audit is checked against the registry (a warning when it differs).
 */
export interface CrossFileInput {
  registry: readonly RegistryRecord[];
  audits: readonly AuditRecord[];
  /** Registry ids whose row was rejected for its own errors → that row's first error (the root cause). */
  rejectedRoots?: ReadonlyMap<string, Issue>;
}

/** What the rules did to one file's records. */
export interface FileAcross {
  /** Records left out here: rejected, superseded, or copies of records kept elsewhere. */
  dropped: number;
  /** Of those, copies (used once, from another record). */
  copies: number;
  /** Files whose records the copies repeat. */
  copyOf: string[];
  /** The registry file of a rejected row that kept one of this file's audits out. */
  blockedBy?: string;
}

export interface CrossFileResult {
  registry: RegistryRecord[];
  audits: AuditRecord[];
  issues: Issue[];
  /** Per source file; files the rules did not touch are absent. */
  files: Map<string, FileAcross>;
  /** A rejected registry row's root issue → the audits kept out only because of it (in source order). */
  folded: Map<Issue, AuditRecord[]>;
}

type Rec = { source: Source };

const at = (src: Source, field: string) => {
  const sheet = src.sheets?.[field] ?? src.sheet;
  const cell = src.cells[field];
  return {
    file: src.file,
    ...(sheet !== undefined ? { sheet } : {}),
    ...(cell !== undefined ? { cell } : src.row !== undefined ? { row: src.row } : {}),
    field,
  };
};

/** Standard prefix officers often leave out of a name on the book. */
const GROUP_PREFIX = 'กลุ่มออมทรัพย์เพื่อการผลิต';
/** A group's name as compared with the registry's: nameKey, without the standard prefix. */
function groupNameKey(s: string): string {
  const k = nameKey(s);
  return k.startsWith(GROUP_PREFIX) ? k.slice(GROUP_PREFIX.length) : k;
}

const bySource = (a: Rec, b: Rec): number => compareCodes(a.source.file, b.source.file) || (a.source.row ?? 0) - (b.source.row ?? 0);

/**
 * Which of two files with equal records is used: not the one whose name says it is a copy ("2567 (copy)/", "old/",
 * "สำเนา …", "… (1).xlsx": path order alone would pick "2567 (copy)" before "2567"), then the office's own format (a
 * "Save as CSV" copy is the copy), then path.
 */
const COPY_NAME = /(^|[^a-z])(copy|backup|old|bak)([^a-z]|$)|สำเนา|คัดลอก|สำรอง|\(\d+\)/i;
const copyNameRank = (file: string) => (file.split('/').some((part) => COPY_NAME.test(part)) ? 1 : 0);
const FORMAT_RANK: Record<string, number> = { xlsx: 0, xlsm: 0, ods: 1, xls: 2, csv: 3 };
const formatRank = (file: string) => FORMAT_RANK[file.slice(file.lastIndexOf('.') + 1).toLowerCase()] ?? 4;
export const byFilePreference = (a: string, b: string): number =>
  copyNameRank(a) - copyNameRank(b) || formatRank(a) - formatRank(b) || compareCodes(a, b);
const byPreference = (a: Rec, b: Rec) => byFilePreference(a.source.file, b.source.file) || bySource(a, b);

const sortedEntries = (o: object | undefined) => Object.entries(o ?? {}).sort((x, y) => compareCodes(x[0], y[0]));

/**
 * Every value of a registry row that can be published. Private columns are left out: a row that publishes the same
 * group is one group, even when a copy's chair or phone differs (Excel's "Save as CSV" writes a numeric national id
 * as 1.10370E+12, and an old copy keeps an old phone); the preferred file's private values are the ones kept.
 */
function registryKey(r: RegistryRecord): string {
  return JSON.stringify([r.name, r.village, r.moo, r.subdistrict.code, r.district.code, r.province.code, r.founded, r.status, r.members, r.savings, r.lat, r.lon]);
}

/** Every value of an audit that can be published (the group id and fiscal year are the caller's grouping). */
function auditKey(a: AuditRecord): string {
  return JSON.stringify([a.groupName, a.date, a.statementDate, sortedEntries(a.financials), sortedEntries(a.answers), a.plan]);
}

/** Records with one key → the distinct ones (the preferred record of each value) and the copies of them. */
function splitCopies<T extends Rec>(list: readonly T[], key: (r: T) => string): { distinct: T[]; copies: { copy: T; of: T }[] } {
  const classes = new Map<string, T[]>();
  for (const r of list) {
    const k = key(r);
    const c = classes.get(k);
    if (c) c.push(r);
    else classes.set(k, [r]);
  }
  const distinct: T[] = [];
  const copies: { copy: T; of: T }[] = [];
  for (const c of classes.values()) {
    const [kept, ...rest] = [...c].sort(byPreference);
    distinct.push(kept!);
    for (const copy of rest) copies.push({ copy, of: kept! });
  }
  return { distinct: distinct.sort(bySource), copies };
}

const REGISTRY_PUBLIC: readonly [string, (r: RegistryRecord) => string | number | undefined][] = [
  ['name', (r) => r.name],
  ['village', (r) => r.village],
  ['moo', (r) => r.moo],
  ['subdistrict', (r) => r.subdistrict.name],
  ['district', (r) => r.district.name],
  ['province', (r) => r.province.name],
  ['founded', (r) => r.founded],
  ['status', (r) => r.status],
  ['members', (r) => r.members],
  ['savings', (r) => r.savings],
  ['lat', (r) => r.lat],
  ['lon', (r) => r.lon],
];
/** Public values shown side by side in E_DUPLICATE_ID; more differences are summed up as "…". */
const DIFFS_SHOWN = 4;
const shown = (v: string | number | undefined) => (v === undefined ? '' : typeof v === 'number' ? formatNumber(v) : v);

/** How two registry rows with one id differ: public values side by side, private fields by name only. */
function registryDiff(here: RegistryRecord, there: RegistryRecord) {
  const pub = REGISTRY_PUBLIC.filter(([, get]) => get(here) !== get(there)).map(([field, get]) => ({ field, here: shown(get(here)), there: shown(get(there)) }));
  const a = here.source.privateDigests ?? {};
  const b = there.source.privateDigests ?? {};
  const priv = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => a[f] !== b[f]).sort();
  const d = differences(pub.slice(0, DIFFS_SHOWN), priv);
  return pub.length > DIFFS_SHOWN ? { diffTh: `${d.diffTh}; …`, diffEn: `${d.diffEn}; …` } : d;
}

/** A record repeated in another file, kept once from `of`. */
type Copy = { copy: Rec; of: Rec; idField: string; id: string };

/** What the rules share while they run: their issues, what each did to each file, and the copies found. */
interface Across {
  issues: Issue[];
  files: Map<string, FileAcross>;
  fileOf: (file: string) => FileAcross;
  drop: (r: Rec) => void;
  copies: Copy[];
}

function across(): Across {
  const files = new Map<string, FileAcross>();
  const fileOf = (file: string): FileAcross => {
    let f = files.get(file);
    if (!f) files.set(file, (f = { dropped: 0, copies: 0, copyOf: [] }));
    return f;
  };
  return { issues: [], files, fileOf, drop: (r: Rec) => fileOf(r.source.file).dropped++, copies: [] };
}

/**
 * The rules across files, in the order they depend on each other: copies and conflicts of registry ids, then audits
 * per group and year, then audits of unknown groups, then the copies' warnings. Each rule reads what the one before made.
 */
export function applyCrossFileRules(input: CrossFileInput): CrossFileResult {
  const a = across();
  const { registry, conflictRoots } = registryRule(input.registry, a);
  const known = new Map(registry.map((r) => [r.id, r]));
  const { audits, unknown, folded } = auditRule(input, known, conflictRoots, a);
  if (unknown.length > 0) unknownGroupRule(unknown, audits, registry, known, a);
  copyRule(input, a);
  return { registry, audits, issues: a.issues, files: a.files, folded };
}

/** Registry: copies first, then ids that truly conflict (every row rejected, root issue = the first row's). */
function registryRule(rows: readonly RegistryRecord[], a: Across): { registry: RegistryRecord[]; conflictRoots: Map<string, Issue> } {
  const byId = new Map<string, RegistryRecord[]>();
  for (const r of rows) {
    const list = byId.get(r.id);
    if (list) list.push(r);
    else byId.set(r.id, [r]);
  }
  const registry: RegistryRecord[] = [];
  const conflictRoots = new Map<string, Issue>();
  for (const [id, list] of byId) {
    if (list.length === 1) {
      registry.push(list[0]!);
      continue;
    }
    const { distinct, copies } = splitCopies(list, registryKey);
    for (const c of copies) a.copies.push({ ...c, idField: 'id', id });
    if (distinct.length === 1) {
      registry.push(distinct[0]!);
      continue;
    }
    distinct.forEach((r, i) => {
      const other = distinct[i === 0 ? 1 : 0]!;
      const w = placeText(at(other.source, 'id'));
      const issue = makeIssue('E_DUPLICATE_ID', { ...at(r.source, 'id'), found: id, detail: { otherTh: w.th, otherEn: w.en, ...registryDiff(r, other) } });
      a.issues.push(issue);
      if (i === 0) conflictRoots.set(id, issue);
      a.drop(r);
    });
  }
  return { registry, conflictRoots };
}

/** Audits: copies first; then registered groups only (the others unknown, or folded under a rejected row); then one per group and fiscal year. */
function auditRule(
  input: CrossFileInput,
  known: ReadonlyMap<string, RegistryRecord>,
  conflictRoots: ReadonlyMap<string, Issue>,
  a: Across,
): { audits: AuditRecord[]; unknown: AuditRecord[]; folded: Map<Issue, AuditRecord[]> } {
  const perYear = new Map<string, AuditRecord[]>();
  for (const x of input.audits) {
    const key = `${x.groupId}\u0000${x.fiscalYear}`;
    const list = perYear.get(key);
    if (list) list.push(x);
    else perYear.set(key, [x]);
  }
  const folded = new Map<Issue, AuditRecord[]>();
  const unknown: AuditRecord[] = [];
  const audits: AuditRecord[] = [];
  for (const list of perYear.values()) {
    const { distinct, copies } = list.length === 1 ? { distinct: list, copies: [] } : splitCopies(list, auditKey);
    for (const c of copies) a.copies.push({ ...c, idField: 'groupId', id: c.copy.groupId });
    const groupId = distinct[0]!.groupId;
    const reg = known.get(groupId);
    if (!reg) {
      const root = input.rejectedRoots?.get(groupId) ?? conflictRoots.get(groupId);
      for (const x of distinct) {
        a.drop(x);
        if (!root) unknown.push(x);
        else {
          const f = folded.get(root);
          if (f) f.push(x);
          else folded.set(root, [x]);
          a.fileOf(x.source.file).blockedBy ??= root.file;
        }
      }
      continue;
    }
    audits.push(oneOfYear(distinct, reg, a));
  }
  for (const list of folded.values()) list.sort(bySource);
  return { audits, unknown, folded };
}

/** A registered group's audits of one fiscal year: names checked against the registry, the one kept, the others reported. */
function oneOfYear(distinct: readonly AuditRecord[], reg: RegistryRecord, a: Across): AuditRecord {
  for (const x of distinct) {
    if (x.groupName !== undefined && groupNameKey(x.groupName) !== groupNameKey(reg.name)) {
      a.issues.push(makeIssue('W_NAME_MISMATCH', { ...at(x.source, 'groupName'), found: x.groupName, detail: { registered: reg.name } }));
    }
  }
  // The later date wins; on the same date, the first file in path order (deterministic). The one place this is
  // decided: the dataset build asserts one audit per group and year.
  const [kept, ...others] = [...distinct].sort((x, y) => compareCodes(y.date, x.date) || bySource(x, y));
  for (const x of others) {
    a.issues.push(
      makeIssue('W_AUDIT_DUPLICATE', {
        ...at(x.source, 'groupId'),
        found: x.groupId,
        detail: { fiscalYear: x.fiscalYear, date: x.date, keptDate: kept!.date, keptFile: kept!.source.file },
      }),
    );
    a.drop(x);
  }
  return kept!;
}

/**
 * Unknown groups: an error each, with the active registry groups one edit away that have no audit that year (the
 * ones the year's coverage still expects).
 */
function unknownGroupRule(unknown: AuditRecord[], audits: readonly AuditRecord[], registry: readonly RegistryRecord[], known: ReadonlyMap<string, RegistryRecord>, a: Across): void {
  const audited = new Set(audits.map((x) => `${x.groupId}\u0000${x.fiscalYear}`));
  const near = oneEditAway(registry.filter((r) => r.status === 'active').map((r) => r.id));
  for (const x of unknown.sort(bySource)) {
    const candidates = near(x.groupId)
      .filter((id) => !audited.has(`${id}\u0000${x.fiscalYear}`))
      .map((id) => known.get(id)!)
      .sort(bySource)
      .slice(0, 3)
      .map((r) => ({ id: r.id, file: r.source.file, ...(r.source.row !== undefined ? { row: r.source.row } : {}) }));
    a.issues.push(makeIssue('E_GROUP_NOT_IN_REGISTRY', { ...at(x.source, 'groupId'), found: x.groupId, detail: didYouMean(candidates) }));
  }
}

/** Copies: one warning per copy file, or per pair of files when only some rows repeat. */
function copyRule(input: CrossFileInput, a: Across): void {
  const produced = new Map<string, number>();
  for (const r of [...input.registry, ...input.audits]) produced.set(r.source.file, (produced.get(r.source.file) ?? 0) + 1);
  const pairs = new Map<string, Map<string, { first: Copy; count: number }>>();
  for (const c of a.copies.sort((x, y) => bySource(x.copy, y.copy))) {
    const f = a.fileOf(c.copy.source.file);
    f.dropped++;
    f.copies++;
    if (!f.copyOf.includes(c.of.source.file)) f.copyOf.push(c.of.source.file);
    let byOther = pairs.get(c.copy.source.file);
    if (!byOther) pairs.set(c.copy.source.file, (byOther = new Map()));
    const p = byOther.get(c.of.source.file);
    if (p) p.count++;
    else byOther.set(c.of.source.file, { first: c, count: 1 });
  }
  for (const [file, byOther] of pairs) {
    const f = a.files.get(file)!;
    f.copyOf.sort(compareCodes);
    if (f.copies === produced.get(file)) {
      a.issues.push(makeIssue('W_FILE_COPY', { file, detail: { other: f.copyOf.join(', '), count: f.copies } }));
      continue;
    }
    for (const [other, { first, count }] of byOther) {
      a.issues.push(makeIssue('W_ROWS_REPEATED', { ...at(first.copy.source, first.idField), found: first.id, detail: { other, count } }));
    }
  }
}
