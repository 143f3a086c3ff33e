import { DEFAULT_CRITERIA } from '../lib/health/default-criteria';
import { parseCriteriaSheet } from '../lib/health/criteria-sheet';
import { BATCH_SHEETS, BOOK_SHEETS, REGISTRY_SHEETS } from '../lib/schema/layouts';
import { expectedCsvColumns } from '../lib/issues/messages';
import { consoleText, verbatim } from '../lib/i18n/words';
import type { Criteria } from '../lib/schema/criteria';
import type { Issue } from '../lib/schema/issue';
import type { AuditRecord, RegistryRecord } from '../lib/schema/records';
import { type Divisions, isPlaceName } from '../lib/thai/index';
import { RoleList, parseRoleList } from '../lib/privacy/roles';
import { readFile } from 'node:fs/promises';
import { decodeText } from './decode-text';
import { type PublishPrivacy, applyPublishPrivacy } from './publish-privacy';
import { applyCrossFileRules, byFilePreference } from '../lib/validate/cross-file';
import { checkConsistency } from '../lib/health/consistency';
import { withFoldedAudits } from '../lib/issues/fold';
import { type FileRead, byRootCause, fileStatus } from './file-status';
import { EXPECTED_SHEETS, KIND_WORDS, classifyWorkbook, firstRowText } from './classify';
import { FileContext } from './context';
import { type FoundFile, discover } from './discover';
import { loadDivisions } from './divisions';
import { type Refusal, guardBytes, specialRefusal, tooLargeRefusal } from './guard';
import { MAX_FILE_BYTES } from './limits';
import { type ReadResult, readDataFile } from './read-file';
import { DIVISIONS_CACHE_DIR, cachedDivisions } from './cache';
import { type ParseOptions, type ParseStats, parseFiles } from './parallel';
import { parseBatch, batchLayout } from './parse-batch';
import { type BookSheets, parseBook } from './parse-book';
import { REGISTRY_LAYOUT, parseRegistry } from './parse-registry';
import { numberConvention } from './csv-locale';
import { type Sheet, readWorkbook } from './read-workbook';

export type FileKind = 'registry' | 'audit' | 'batch' | 'criteria' | 'km' | 'roles' | 'unknown' | 'lock';
export type FileStatus = 'used' | 'partial' | 'rejected' | 'skipped';

export interface FileReport {
  /** Relative to the data folder, forward slashes. */
  path: string;
  kind: FileKind;
  status: FileStatus;
  /** Data rows read (registry/batch rows; label, indicator and plan rows of a book). */
  rows: number;
  errors: number;
  warnings: number;
  /** A copy (status skipped): the files whose records it repeats, used instead. */
  copyOf?: string[];
  /** Records kept out only because their group's registry row was rejected: that registry file. */
  blockedBy?: string;
}

export interface IngestResult {
  registry: RegistryRecord[];
  audits: AuditRecord[];
  criteria: Criteria;
  /** Root causes first: registry, criteria, audits, other files (src/ingest/file-status.ts). */
  files: FileReport[];
  /** Every problem, in the order of `files`, each file's in the order found. */
  issues: Issue[];
  /** Every private value read (sorted, unique; placeholders and place names are not): for the privacy gate only. */
  privateValues: string[];
  /** Where each private value and each masked number was read (privateKey or digits → "file, sheet, cell"): for the gate's message only. */
  origins: Map<string, string>;
  /** Files reused from the cache and parsed, worker threads used (src/ingest/parallel.ts). */
  stats: ParseStats;
}

export interface IngestOptions extends ParseOptions {
  /** Criteria used when data/ holds no criteria workbook (default: omsap-2567). */
  criteria?: Criteria;
  /** Progress lines (files reused from the cache / parsed). */
  log?: (line: string) => void;
  /** Where the divisions table is cached with a cacheDir (default: node_modules/.cache/omsap; tests use their own). */
  divisionsCacheDir?: string;
}

/** One file's outcome before the rules across files; its status is decided once, by ingest() (fileStatus). */
export interface FileOutcome {
  report: Pick<FileReport, 'path' | 'kind' | 'rows'>;
  read: FileRead;
  issues: Issue[];
  registry: RegistryRecord[];
  audits: AuditRecord[];
  /** Registry rows rejected for their own errors: id, and the index in `issues` of the row's first error. */
  rejectedRows: { id: string; issue: number }[];
  criteria?: Criteria;
  /** Something was left out (rows or values). */
  lost: boolean;
  /** Where this file's private values and masked numbers were read (FileContext.origins); none when absent. */
  origins?: [string, string][];
}

const CRITERIA_DIR = 'criteria/';
const ROLES_DIR = 'roles/';

/**
 * Reads every file under dataDir into validated records and issues (DESIGN §4). One bad file never
 * stops the others; nothing found is silently ignored (every file is in `files`).
 */
export async function ingest(dataDir: string, opts: IngestOptions = {}): Promise<IngestResult> {
  const found = await discover(dataDir);
  const { divisions, digest: divisionsDigest } = opts.cacheDir
    ? await cachedDivisions(opts.divisionsCacheDir ?? DIVISIONS_CACHE_DIR, loadDivisions)
    : { divisions: await loadDivisions(), digest: '' };
  const privateValues = new Set<string>();
  let criteria = opts.criteria ?? DEFAULT_CRITERIA;

  // Criteria workbooks (data/criteria/) first: they decide which indicators the books answer.
  const outcomes = new Map<string, FileOutcome>();
  let criteriaFrom: string | undefined;
  for (const f of found) {
    if (!f.path.startsWith(CRITERIA_DIR) || !isData(f)) continue;
    const o = await ingestFile(f, { criteria, divisions, privateValues, criteriaAllowed: criteriaFrom === undefined });
    if (o.criteria && criteriaFrom === undefined) {
      criteria = o.criteria;
      criteriaFrom = f.path;
    }
    outcomes.set(f.path, o);
  }
  // Lists of roles (data/roles/*.csv, *.txt): the province's own roles for a plan's owner column.
  const roleNames: string[] = [];
  for (const f of found) {
    if (!f.path.startsWith(ROLES_DIR) || (f.type !== 'csv' && f.type !== 'txt')) continue;
    const names = parseRoleList(decodeText(await readFile(f.abs)).text);
    for (const n of names) roleNames.push(n);
    outcomes.set(f.path, { report: { path: f.path, kind: 'roles', rows: names.length }, read: 'read', issues: [], registry: [], audits: [], rejectedRows: [], lost: false });
  }
  // Every other file: cached, or parsed in worker threads (results in path order).
  const rest = found.filter((f) => !outcomes.has(f.path));
  const { parsed, stats } = await parseFiles(rest, { criteria, divisions, divisionsDigest }, opts, ingestFile);
  rest.forEach((f, k) => {
    outcomes.set(f.path, parsed[k]!.outcome);
    for (const v of parsed[k]!.privateValues) privateValues.add(v);
  });
  opts.log?.(consoleText((w) => w.console.ingestFiles(String(stats.dataFiles), String(stats.reused), String(stats.parsed), w.console.threads(stats.workers))));

  const all = found.map((f) => outcomes.get(f.path)!);
  const origins = new Map<string, string>();
  for (const o of all) for (const [k, w] of o.origins ?? []) if (!origins.has(k)) origins.set(k, w);
  const isPlace = (v: string) => isPlaceName(divisions, v);
  return settle(all, criteria, [...privateValues].sort(), origins, stats, { roles: new RoleList(roleNames), isPlace });
}

/**
 * The rules across files, the consistency of the audits kept, then each file's issues, counts and status (decided
 * here, once), root causes first.
 */
function settle(
  all: FileOutcome[],
  criteria: Criteria,
  allPrivate: string[],
  origins: Map<string, string>,
  stats: ParseStats,
  privacy: Pick<PublishPrivacy, 'roles' | 'isPlace'>,
): IngestResult {
  // The root cause of a rejected registry id: its row's first error, from the file a copy would be taken from.
  const roots = new Map<string, { issue: Issue; path: string }>();
  for (const o of all) {
    for (const r of o.rejectedRows) {
      const had = roots.get(r.id);
      if (!had || byFilePreference(o.report.path, had.path) < 0) roots.set(r.id, { issue: o.issues[r.issue]!, path: o.report.path });
    }
  }
  const cross = applyCrossFileRules({
    registry: all.flatMap((o) => o.registry),
    audits: all.flatMap((o) => o.audits),
    rejectedRoots: new Map([...roots].map(([id, r]) => [id, r.issue])),
  });
  const later = new Map<string, Issue[]>();
  const add = (i: Issue) => {
    const list = later.get(i.file);
    if (list) list.push(i);
    else later.set(i.file, [i]);
  };
  for (const i of cross.issues) add(i);
  for (const a of cross.audits) for (const i of checkConsistency(a, criteria)) add(i);
  // Privacy of what will be published (owners by allowlist, private values masked everywhere): src/ingest/publish-privacy.ts.
  const privateValues = applyPublishPrivacy({ registry: cross.registry, audits: cross.audits, privateValues: allPrivate, origins, ...privacy, add });
  const folded = new Map([...cross.folded].map(([root, audits]) => [root, withFoldedAudits(root, audits)]));
  const byPath = new Map(all.map((o) => [o.report.path, o]));

  const files: FileReport[] = [];
  const issuesOf = new Map<string, Issue[]>();
  for (const o of all) {
    const path = o.report.path;
    const across = cross.files.get(path);
    const produced = o.registry.length + o.audits.length;
    const isCopy = across !== undefined && produced > 0 && across.copies === produced;
    let own = o.issues.map((i) => folded.get(i) ?? i);
    // A copy's own problems that its original has too are said once, on the original.
    if (isCopy && across.copyOf.length === 1) own = withoutRepeats(own, byPath.get(across.copyOf[0]!)?.issues ?? []);
    const list = [...own, ...(later.get(path) ?? [])];
    const errors = list.reduce((n, i) => n + (i.severity === 'error' ? 1 : 0), 0);
    const report: FileReport = {
      ...o.report,
      status: fileStatus({ kind: o.report.kind, read: o.read, produced, dropped: across?.dropped ?? 0, copy: isCopy, lost: o.lost, errors }),
      errors,
      warnings: list.length - errors,
    };
    if (isCopy) report.copyOf = across.copyOf;
    if (across?.blockedBy !== undefined) report.blockedBy = across.blockedBy;
    files.push(report);
    issuesOf.set(path, list);
  }
  files.sort(byRootCause);
  const issues: Issue[] = [];
  for (const f of files) for (const i of issuesOf.get(f.path)!) issues.push(i); // never push(...list): a file may hold 200,000
  return { registry: cross.registry, audits: cross.audits, criteria, files, issues, privateValues, origins, stats };
}

/** Issues minus those the other list has too (same code, cell, field and value found). */
function withoutRepeats(own: readonly Issue[], other: readonly Issue[]): Issue[] {
  const key = (i: Issue) => `${i.code}\u0000${i.cell ?? ''}\u0000${i.field ?? ''}\u0000${i.found ?? ''}`;
  const seen = new Set(other.map(key));
  return own.filter((i) => !seen.has(key(i)));
}

function isData(f: FoundFile): boolean {
  return f.type === 'xlsx' || f.type === 'xls' || f.type === 'ods' || f.type === 'csv' || f.type === 'txt';
}

export interface Shared {
  criteria: Criteria;
  divisions: Divisions;
  privateValues: Set<string>;
  /** Only the first criteria workbook under data/criteria/ is used. */
  criteriaAllowed: boolean;
  /** The file's read when the caller already made it (parallel.ts hashes the bytes for the cache). */
  read?: (f: FoundFile) => ReadResult | undefined;
}

/** One file → its records and issues. Never throws: an unexpected failure is reported on the file. */
export async function ingestFile(f: FoundFile, shared: Shared): Promise<FileOutcome> {
  const ctx = new FileContext(f.path, shared.criteria, shared.divisions, shared.privateValues);
  const out: FileOutcome = {
    report: { path: f.path, kind: 'unknown', rows: 0 },
    read: 'skipped',
    issues: ctx.issues,
    registry: [],
    audits: [],
    rejectedRows: [],
    lost: false,
    origins: [],
  };
  const finish = (): FileOutcome => {
    out.origins = [...ctx.origins];
    return out;
  };
  if (f.type === 'lock') {
    out.report.kind = 'lock';
    return finish();
  }
  if (f.type === 'system') return finish();
  if (f.type === 'other') {
    ctx.report('W_NOT_DATA_FILE');
    return finish();
  }
  // Links and special files: listed, never followed or opened (DESIGN §9).
  if (f.type === 'link') {
    ctx.report('E_LINK_SKIPPED', { found: f.target ?? '' });
    return finish();
  }
  if (f.type === 'special') {
    refuse(ctx, specialRefusal(f.special));
    return finish();
  }
  const isText = f.type === 'csv' || f.type === 'txt';
  /** A .txt is data only when it is a table recognised by its header row; anything else is listed as not data. */
  const notTable = (): FileOutcome => {
    ctx.report('W_TEXT_NOT_TABLE');
    out.read = 'skipped';
    return finish();
  };
  out.read = 'refused'; // until it is parsed
  try {
    // The size from discover's lstat decides before anything is opened (a 1.9 GB file is never read).
    const got = f.size > MAX_FILE_BYTES ? { ok: false as const, refusal: tooLargeRefusal(f.size) } : (shared.read?.(f) ?? readDataFile(f.abs));
    if (!got.ok) {
      refuse(ctx, got.refusal);
      if (got.refusal.code === 'E_LINK_SKIPPED' || got.refusal.code === 'W_SPECIAL_FILE') out.read = 'skipped';
      return finish();
    }
    const bytes = got.bytes;
    const guard = guardBytes(bytes, f.type);
    if (f.type === 'txt' && !(guard.ok && guard.readAs === 'text')) return notTable();
    if (!guard.ok) {
      refuse(ctx, guard.refusal);
      return finish();
    }
    const read = readWorkbook(bytes, guard.readAs, isText);
    if (!read.ok) {
      ctx.report(read.refusal.code);
      return finish();
    }
    ctx.date1904 = read.book.date1904;
    const cls = classifyWorkbook(read.book, shared.criteria);
    const isCsv = isText && guard.readAs === 'text';
    if (cls.kind === 'unknown') {
      if (f.type === 'txt') return notTable();
      if (isCsv) {
        const sheet = read.book.sheets[0];
        ctx.report('E_CSV_UNRECOGNISED', {
          found: sheet ? firstRowText(sheet) : '',
          expected: expectedCsvColumns(REGISTRY_LAYOUT.expectedRequired, batchLayout(shared.criteria).expectedRequired),
        });
      } else {
        ctx.report('E_FILE_UNRECOGNISED', { found: cls.found.map((n) => `"${n}"`).join(', ') || '-', expected: EXPECTED_SHEETS });
      }
      return finish();
    }
    out.report.kind = cls.kind;
    if (isCsv && read.book.separator !== undefined && (cls.kind === 'registry' || cls.kind === 'batch')) {
      const convention = numberConvention(cls.sheet, read.book.separator);
      if (!convention.ok) {
        const { cell, ...refusal } = convention.refusal;
        ctx.report(refusal.code, { cell, ...(refusal.found !== undefined ? { found: refusal.found } : {}), ...(refusal.detail ? { detail: refusal.detail } : {}) });
        return finish();
      }
      ctx.decimal = convention.decimal;
    }
    for (const s of cls.ignored) {
      ctx.report('W_SHEET_IGNORED', {
        sheet: s.name,
        expected: verbatim(cls.used.join(', ')),
        detail: { kindTh: KIND_WORDS[cls.kind].th, kindEn: KIND_WORDS[cls.kind].en },
      });
    }
    if (cls.kind !== 'audit' && cls.renamed && !isCsv) {
      const name = (cls.kind === 'registry' ? REGISTRY_SHEETS : BATCH_SHEETS)[0]!;
      ctx.report('W_SHEET_RENAMED', { sheet: cls.sheet.name, expected: verbatim(name), detail: { kindTh: KIND_WORDS[cls.kind].th, kindEn: KIND_WORDS[cls.kind].en } });
    }
    switch (cls.kind) {
      case 'registry': {
        const r = parseRegistry(ctx, cls.sheet);
        out.registry = r.records;
        out.report.rows = r.rows;
        out.lost = r.rejected > 0;
        out.rejectedRows = r.rejectedRows ?? [];
        break;
      }
      case 'batch': {
        const r = parseBatch(ctx, cls.sheet);
        out.audits = r.records;
        out.report.rows = r.rows;
        out.lost = r.rejected > 0;
        break;
      }
      case 'audit': {
        const b = cls.book;
        if (!b.cover || !b.financials || !b.indicators) {
          const missing = (['cover', 'financials', 'indicators'] as const).filter((k) => !b[k]).map((k) => BOOK_SHEETS[k][0]!);
          const all = [BOOK_SHEETS.cover[0], BOOK_SHEETS.financials[0], BOOK_SHEETS.indicators[0], BOOK_SHEETS.plan[0]].join(', ');
          for (const m of missing) ctx.report('E_SHEET_MISSING', { expected: verbatim(m), detail: { allTh: all, allEn: all } });
          if (!b.cover) return finish();
        }
        if (!b.plan) ctx.report('W_SHEET_MISSING', { expected: verbatim(BOOK_SHEETS.plan[0]!) });
        const r = parseBook(ctx, b as BookSheets);
        if (r.audit) out.audits = [r.audit];
        out.report.rows = r.rows;
        out.lost = r.rejected > 0;
        break;
      }
      case 'criteria': {
        const sheet = cls.sheet;
        if (!shared.criteriaAllowed) {
          ctx.report('W_CRITERIA_IGNORED', { sheet: sheet.name, detail: { criteria: shared.criteria.id } });
          out.read = 'skipped';
          return finish();
        }
        const parsed = parseCriteriaSheet(sheetValues(sheet), f.path, sheet.name);
        for (const i of parsed.issues) ctx.issues.push(i);
        out.report.rows = parsed.criteria?.indicators.length ?? 0;
        if (parsed.criteria) {
          out.criteria = parsed.criteria;
          out.read = 'read';
        }
        return finish();
      }
    }
    out.read = 'read';
  } catch (e) {
    ctx.report('E_READ_FAILED', { found: e instanceof Error ? e.message : String(e) });
    out.read = 'refused';
    out.registry = [];
    out.audits = [];
  }
  return finish();
}

function refuse(ctx: FileContext, r: Refusal): void {
  ctx.report(r.code, { ...(r.found !== undefined ? { found: r.found } : {}), ...(r.detail ? { detail: r.detail } : {}) });
}

/** Plain cell values of a sheet (the criteria parser reads values, not SheetJS cells). */
function sheetValues(sheet: Sheet): unknown[][] {
  return sheet.rows.map((row) => (row ? Array.from(row, (c) => (c === undefined ? null : (c.v ?? null))) : []));
}
