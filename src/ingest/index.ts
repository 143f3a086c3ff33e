/**
 * Ingest (DESIGN §4): every file under data/ read into validated records and issues. Criteria workbooks first, then
 * lists of roles, then every other file (cached, or parsed in worker threads: src/ingest/parallel.ts, one file by
 * src/ingest/ingest-file.ts), and last the rules across files (src/ingest/settle.ts). With a cache and nothing
 * changed, the last run's result (src/ingest/whole-cache.ts). The shapes are in types.ts.
 */
import { readFile } from 'node:fs/promises';
import { DEFAULT_CRITERIA } from '../lib/health/default-criteria';
import { consoleText } from '../lib/i18n/words';
import { isPlaceName } from '../lib/thai/index';
import { RoleList, parseRoleList } from '../lib/privacy/roles';
import { decodeText } from './decode-text';
import { DIVISIONS_CACHE_DIR, cachedDivisions } from './divisions-cache';
import { cacheVersion } from './cache-key';
import { DATA_TYPES, type FoundFile, discover } from './discover';
import { loadDivisions } from './divisions';
import { ingestFile } from './ingest-file';
import { type ParseShared, parseFiles } from './parallel';
import { settle } from './settle';
import type { FileOutcome, IngestOptions, IngestResult, ParseStats } from './types';
import { loadWhole, storeWhole, wholeKey } from './whole-cache';
import { collectGarbage } from '../util/gc';

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
  const criteria = opts.criteria ?? DEFAULT_CRITERIA;
  // Nothing changed since the last run: its whole result (src/ingest/whole-cache.ts).
  const whole = opts.cacheDir ? wholeKey(found, cacheVersion(criteria, divisionsDigest)) : undefined;
  const last = whole && loadWhole(opts.cacheDir!, whole);
  if (last) {
    const n = last.stats.dataFiles;
    const stats = { dataFiles: n, reused: n, parsed: 0, workers: 0, pruned: 0 };
    opts.onProgress?.(found.length, found.length);
    logFiles(opts, stats);
    return { ...last, stats };
  }
  const result = await readAll(found, { criteria, divisions, divisionsDigest, ...(whole ? { digests: whole.digests } : {}) }, opts);
  if (whole) {
    // Each file's outcome went with readAll's frame (60 MB of a national heap): collected first, the store's garbage
    // comes on top of the result only.
    collectGarbage();
    storeWhole(opts.cacheDir!, whole, found, result);
  }
  return result;
}

/** Every file read and parsed (criteria workbooks, lists of roles, then the rest), then the rules across files. */
async function readAll(found: readonly FoundFile[], shared: ParseShared, opts: IngestOptions): Promise<IngestResult> {
  const { divisions } = shared;
  let criteria = shared.criteria;
  const privateValues = new Set<string>();

  // Criteria workbooks (data/criteria/) first: they decide which indicators the books answer.
  const outcomes = new Map<string, FileOutcome>();
  let criteriaFrom: string | undefined;
  for (const f of found) {
    if (!f.path.startsWith(CRITERIA_DIR) || !DATA_TYPES.has(f.type)) continue;
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
  const { parsed, stats } = await parseFiles(rest, { ...shared, criteria }, opts, ingestFile);
  rest.forEach((f, k) => {
    outcomes.set(f.path, parsed[k]!.outcome);
    for (const v of parsed[k]!.privateValues) privateValues.add(v);
  });
  logFiles(opts, stats);

  const all = found.map((f) => outcomes.get(f.path)!);
  const origins = new Map<string, string>();
  for (const o of all) for (const [k, w] of o.origins ?? []) if (!origins.has(k)) origins.set(k, w);
  const isPlace = (v: string) => isPlaceName(divisions, v);
  return settle(all, criteria, [...privateValues].sort(), origins, stats, { roles: new RoleList(roleNames), isPlace });
}

/** The console line of an ingest: files reused from the cache and parsed, and in how many threads. */
function logFiles(opts: IngestOptions, stats: ParseStats): void {
  opts.log?.(consoleText((w) => w.console.ingestFiles(String(stats.dataFiles), String(stats.reused), String(stats.parsed), w.console.threads(stats.workers))));
}
