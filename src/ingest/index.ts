import { DEFAULT_CRITERIA } from '../lib/health/default-criteria';
import { parseCriteriaSheet } from '../lib/health/criteria-sheet';
import { BOOK_SHEETS } from '../lib/schema/layouts';
import type { Criteria } from '../lib/schema/criteria';
import type { Issue } from '../lib/schema/issue';
import type { AuditRecord, RegistryRecord } from '../lib/schema/records';
import type { Divisions } from '../lib/thai/index';
import { applyCrossFileRules } from '../lib/validate/cross-file';
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
import { type Sheet, readWorkbook } from './read-workbook';

export type FileKind = 'registry' | 'audit' | 'batch' | 'criteria' | 'km' | 'unknown' | 'lock';
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
}

export interface IngestResult {
  registry: RegistryRecord[];
  audits: AuditRecord[];
  criteria: Criteria;
  files: FileReport[];
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

/** One file's outcome before the cross-file rules. */
export interface FileOutcome {
  report: FileReport;
  issues: Issue[];
  registry: RegistryRecord[];
  audits: AuditRecord[];
  /** Registry ids of rows rejected for their own errors. */
  rejectedIds: string[];
  criteria?: Criteria;
  /** Something was left out (rows or the whole file). */
  lost: boolean;
  /** Where this file's private values and masked numbers were read (FileContext.origins); none when absent. */
  origins?: [string, string][];
}

const CRITERIA_DIR = 'criteria/';

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
  // Every other file: cached, or parsed in worker threads (results in path order).
  const rest = found.filter((f) => !outcomes.has(f.path));
  const { parsed, stats } = await parseFiles(rest, { criteria, divisions, divisionsDigest }, opts, ingestFile);
  rest.forEach((f, k) => {
    outcomes.set(f.path, parsed[k]!.outcome);
    for (const v of parsed[k]!.privateValues) privateValues.add(v);
  });
  const threads = stats.workers > 1 ? `${stats.workers} worker threads` : 'one thread';
  opts.log?.(`ingest: ${stats.dataFiles} files (${stats.reused} reused from cache, ${stats.parsed} parsed in ${threads})`);

  const all = found.map((f) => outcomes.get(f.path)!);
  const origins = new Map<string, string>();
  for (const o of all) for (const [k, w] of o.origins ?? []) if (!origins.has(k)) origins.set(k, w);
  const cross = applyCrossFileRules({
    registry: all.flatMap((o) => o.registry),
    audits: all.flatMap((o) => o.audits),
    rejectedIds: new Set(all.flatMap((o) => o.rejectedIds)),
  });
  // Cross-file issues count against the file they point at.
  const crossByFile = new Map<string, Issue[]>();
  for (const i of cross.issues) {
    const list = crossByFile.get(i.file);
    if (list) list.push(i);
    else crossByFile.set(i.file, [i]);
  }
  const issues: Issue[] = [];
  const files: FileReport[] = [];
  for (const o of all) {
    const extra = crossByFile.get(o.report.path) ?? [];
    const r = o.report;
    for (const i of extra) {
      if (i.severity === 'error') r.errors++;
      else r.warnings++;
    }
    if (r.status !== 'skipped' && r.status !== 'rejected') {
      const produced = o.registry.length + o.audits.length;
      const kept = produced - (cross.dropped.get(r.path) ?? 0);
      r.status = produced > 0 && kept === 0 && r.kind !== 'criteria' ? 'rejected' : o.lost || kept < produced || r.errors > 0 ? 'partial' : 'used';
      if (r.errors > 0 && produced === 0 && r.kind !== 'criteria') r.status = 'rejected';
    }
    files.push(r);
    issues.push(...o.issues, ...extra);
  }
  return {
    registry: cross.registry,
    audits: cross.audits,
    criteria,
    files,
    issues,
    privateValues: [...privateValues].sort(),
    origins,
    stats,
  };
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
    report: { path: f.path, kind: 'unknown', status: 'skipped', rows: 0, errors: 0, warnings: 0 },
    issues: ctx.issues,
    registry: [],
    audits: [],
    rejectedIds: [],
    lost: false,
    origins: [],
  };
  const finish = (): FileOutcome => {
    out.report.errors = ctx.errors;
    out.report.warnings = ctx.warnings;
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
    out.report.status = 'skipped';
    return finish();
  };
  out.report.status = 'rejected';
  try {
    // The size from discover's lstat decides before anything is opened (a 1.9 GB file is never read).
    const got = f.size > MAX_FILE_BYTES ? { ok: false as const, refusal: tooLargeRefusal(f.size) } : (shared.read?.(f) ?? readDataFile(f.abs));
    if (!got.ok) {
      refuse(ctx, got.refusal);
      if (got.refusal.code === 'E_LINK_SKIPPED' || got.refusal.code === 'W_SPECIAL_FILE') out.report.status = 'skipped';
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
          expected: { th: `${REGISTRY_LAYOUT.expectedRequired.th} (ทะเบียน) หรือ ${batchLayout(shared.criteria).expectedRequired.th} (ผลการตรวจรวม)`, en: `${REGISTRY_LAYOUT.expectedRequired.en} (registry) or ${batchLayout(shared.criteria).expectedRequired.en} (batch)` },
        });
      } else {
        ctx.report('E_FILE_UNRECOGNISED', { found: cls.found.map((n) => `"${n}"`).join(', ') || '-', expected: EXPECTED_SHEETS });
      }
      return finish();
    }
    out.report.kind = cls.kind;
    for (const s of cls.ignored) {
      ctx.report('W_SHEET_IGNORED', {
        sheet: s.name,
        expected: { th: cls.used.join(', '), en: cls.used.join(', ') },
        detail: { kindTh: KIND_WORDS[cls.kind].th, kindEn: KIND_WORDS[cls.kind].en },
      });
    }
    if (cls.kind !== 'audit' && cls.renamed && !isCsv) {
      const name = cls.kind === 'registry' ? 'ทะเบียนกลุ่ม' : 'ผลการตรวจ';
      ctx.report('W_SHEET_RENAMED', { sheet: cls.sheet.name, expected: { th: name, en: name }, detail: { kindTh: KIND_WORDS[cls.kind].th, kindEn: KIND_WORDS[cls.kind].en } });
    }
    switch (cls.kind) {
      case 'registry': {
        const r = parseRegistry(ctx, cls.sheet);
        out.registry = r.records;
        out.report.rows = r.rows;
        out.lost = r.rejected > 0;
        out.rejectedIds = r.rejectedIds ?? [];
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
          for (const m of missing) ctx.report('E_SHEET_MISSING', { expected: { th: m, en: m }, detail: { allTh: all, allEn: all } });
          if (!b.cover) return finish();
        }
        if (!b.plan) ctx.report('W_SHEET_MISSING', { expected: { th: BOOK_SHEETS.plan[0]!, en: BOOK_SHEETS.plan[0]! } });
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
          out.report.status = 'skipped';
          return finish();
        }
        const parsed = parseCriteriaSheet(sheetValues(sheet), f.path, sheet.name);
        for (const i of parsed.issues) {
          ctx.issues.push(i);
          if (i.severity === 'error') ctx.errors++;
          else ctx.warnings++;
        }
        out.report.rows = parsed.criteria?.indicators.length ?? 0;
        if (parsed.criteria) {
          out.criteria = parsed.criteria;
          out.report.status = ctx.errors > 0 ? 'partial' : 'used';
        }
        return finish();
      }
    }
    out.report.status = 'used'; // refined after the cross-file rules
  } catch (e) {
    ctx.report('E_READ_FAILED', { found: e instanceof Error ? e.message : String(e) });
    out.report.status = 'rejected';
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
