/**
 * What the data-quality page shows, worked out before it is drawn: counts, the files with problems in the order an
 * officer should fix them, the issues shown of each, the files read, the groups not audited. The page's components
 * (src/components/report/) only lay this out; the words come from the catalogue there.
 */
import type { FileReport } from '../ingest/types';
import type { Issue } from '../lib/schema/issue';
import { rootCauseRank } from '../ingest/file-status';
import { compareCodes } from '../lib/thai/collate';
import { fieldLabel } from '../lib/issues/messages';
import { words } from '../lib/i18n/words';
import type { NotAuditedDistrict, NotAuditedYear } from './not-audited';
import type { ChangesInput } from './changes-section';

/** Issues shown per file on the HTML page (it stays readable and small); the JSON keeps every one. */
export const SHOWN_PER_FILE = 200;

export interface QualityReportInput {
  files: FileReport[];
  issues: Issue[];
  notAudited: NotAuditedYear[];
  /** Groups published and audits scored, for the summary line. */
  counts?: { groups: number; audits: number };
  /** Changes since the last published build (src/report/changes-section.ts). */
  changes?: ChangesInput;
}

export const FILE_STATUSES = ['used', 'partial', 'rejected', 'skipped'] as const satisfies readonly FileReport['status'][];

/** One file's problems as the page lists them: at most SHOWN_PER_FILE issues, and how many more the JSON holds. */
export interface ProblemFile {
  path: string;
  errors: number;
  warnings: number;
  shown: Issue[];
  notShown: number;
}

export interface QualityView {
  errors: number;
  warnings: number;
  files: number;
  byStatus: Record<FileReport['status'], number>;
  counts?: { groups: number; audits: number };
  changes?: ChangesInput;
  problems: ProblemFile[];
  /** Files not used in full or with problems: shown openly. */
  filesToLook: FileReport[];
  /** Files used in full with no problem: folded away (a district may drop hundreds of books). */
  filesClean: FileReport[];
  notAudited: NotAuditedView | null;
}

export interface NotAuditedView {
  fiscalYear: number;
  groups: number;
  /** Per district; one unnamed district holding every group when the dataset named none. */
  districts: NotAuditedDistrict[];
}

/** The page's content from the report's input (names already hidden: withNamesHidden). */
export function qualityView(input: QualityReportInput): QualityView {
  const errors = input.issues.filter((i) => i.severity === 'error').length;
  const byStatus = { used: 0, partial: 0, rejected: 0, skipped: 0 };
  for (const f of input.files) byStatus[f.status]++;
  const needsLook = (f: FileReport) => f.status !== 'used' || f.errors + f.warnings > 0;
  return {
    errors,
    warnings: input.issues.length - errors,
    files: input.files.length,
    byStatus,
    ...(input.counts ? { counts: input.counts } : {}),
    ...(input.changes ? { changes: input.changes } : {}),
    problems: problemFiles(input.files, input.issues),
    filesToLook: input.files.filter(needsLook),
    filesClean: input.files.filter((f) => !needsLook(f)),
    notAudited: latestNotAudited(input.notAudited),
  };
}

/**
 * Issues by file: root causes first (the registry, then criteria, then audits), and within those files with errors
 * first (what blocks publishing), then by path.
 */
function problemFiles(files: readonly FileReport[], issues: readonly Issue[]): ProblemFile[] {
  const byFile = new Map<string, Issue[]>();
  for (const i of issues) {
    const list = byFile.get(i.file);
    if (list) list.push(i);
    else byFile.set(i.file, [i]);
  }
  const kinds = new Map(files.map((f) => [f.path, f.kind]));
  const hasError = (list: Issue[]) => (list.some((i) => i.severity === 'error') ? 0 : 1);
  const rank = (path: string) => rootCauseRank({ path, kind: kinds.get(path) ?? 'unknown' });
  const byUrgency = (a: [string, Issue[]], b: [string, Issue[]]) => rank(a[0]) - rank(b[0]) || hasError(a[1]) - hasError(b[1]) || compareCodes(a[0], b[0]);
  return [...byFile].sort(byUrgency).map(([path, list]) => {
    const errors = list.filter((i) => i.severity === 'error').length;
    return { path, errors, warnings: list.length - errors, shown: list.slice(0, SHOWN_PER_FILE), notShown: Math.max(0, list.length - SHOWN_PER_FILE) };
  });
}

/** Not audited in the latest fiscal year, per district. */
function latestNotAudited(years: readonly NotAuditedYear[]): NotAuditedView | null {
  const latest = years.reduce<NotAuditedYear | undefined>((m, y) => (!m || y.fiscalYear > m.fiscalYear ? y : m), undefined);
  if (!latest || latest.groups.length === 0) return null;
  const districts = latest.districts ?? [{ code: '', name: '', province: '', groups: latest.groups.map((id) => ({ id, name: '' })) }];
  return { fiscalYear: latest.fiscalYear, groups: latest.groups.length, districts };
}

/** Where an issue is, in Thai: "แผ่นงาน งบการเงิน · ช่อง B3 · ข้อมูล เงินสัจจะสะสม" (a field by its label, never its name). */
export function issuePlace(i: Issue): string {
  const at = words('th').where;
  return [i.sheet ? at.sheet(i.sheet) : '', i.cell ? at.cell(i.cell) : '', i.line ? at.line(String(i.line)) : '', i.field ? at.field(fieldLabel(i.field).th) : '']
    .filter(Boolean)
    .join(' · ');
}

/** A stable fragment id for a file path. */
export function fileAnchor(path: string): string {
  return `f-${Buffer.from(path).toString('hex')}`;
}
