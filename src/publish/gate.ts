/**
 * The privacy gate (DESIGN §8): scans every file written to the temporary site for national ids, phone
 * numbers and the private values read from the input, as a person reads the text (src/lib/privacy/as-read.ts).
 * Pagefind's index files are gzip: they are
 * decompressed and scanned too, since they hold the indexed text; a workbook (the visit packs' .xlsx) is read with
 * SheetJS and every sheet's cells scanned. Fonts, images and wasm are binary and skipped.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { availableParallelism } from 'node:os';
import { gunzipSync } from 'node:zlib';
import * as XLSX from 'xlsx';
import { extname, join } from 'node:path';
import { filesUnder, sitePath } from '../util/files-under';
import { PrivateValueSet, scanForPersonalData, scanPiecesForPersonalData, type Hit } from '../lib/privacy/scan';
import { compareCodes } from '../lib/thai/collate';
import { withNumbersHidden } from '../lib/privacy/recognise';

const TEXT = new Set(['.html', '.htm', '.json', '.csv', '.js', '.mjs', '.css', '.txt', '.xml', '.svg', '.webmanifest', '.md']);
const GZIP = new Set(['.pf_fragment', '.pf_index', '.pf_meta', '.pf_filter']);
/** Scripts and styles: read as they are (a "<" there is a comparison, not a tag); everything else as a page renders it. */
const CODE = new Set(['.js', '.mjs', '.css']);
const BINARY = new Set(['.woff2', '.woff', '.wasm', '.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.ico', '.pagefind']);

export interface GateHit extends Hit {
  /** Path relative to the scanned folder. */
  file: string;
}

export interface GateResult {
  scanned: number;
  skippedBinary: number;
  hits: GateHit[];
  /** SHA-256 of the bytes of each text file scanned, when asked for (a scan ahead: see scanAhead). */
  hashes?: [file: string, sha256: string][];
}

/** A text file of this size or more is read in pieces (src/lib/privacy/scan.ts scanPiecesForPersonalData). */
const LARGE_FILE_BYTES = 16 << 20;
const PIECE_BYTES = 4 << 20;

/** A file's bytes piece by piece, each into `hash` too when given: never more than a piece in memory. */
function* bytesOf(path: string, hash?: Hash): Generator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    // No larger than the file (and not zeroed): a fresh 4 MB buffer per page made hashing a group page cost 0.5 ms.
    const buf = Buffer.allocUnsafe(Math.min(PIECE_BYTES, fstatSync(fd).size + 1));
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; ) {
      hash?.update(buf.subarray(0, n));
      yield buf.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

/** A large text file's text, piece by piece: never more than a piece and a window of it in memory. */
function* piecesOf(path: string, hash?: Hash): Generator<string> {
  const decoder = new StringDecoder('utf8'); // a character split between two pieces is kept for the next
  for (const bytes of bytesOf(path, hash)) yield decoder.write(bytes);
  yield decoder.end();
}

/** The SHA-256 of a file, read in pieces. */
export function fileSha256(path: string): string {
  const hash = createHash('sha256');
  for (const _ of bytesOf(path, hash));
  return hash.digest('hex');
}

/**
 * Text of a file for scanning, in pieces, or null for a binary file; its bytes go into `hash` too, when given.
 * Unknown extensions are scanned as text.
 */
function textOf(path: string, hash?: Hash): Iterable<string> | null {
  const ext = extname(path).toLowerCase();
  if (BINARY.has(ext) || ext.startsWith('.pagefind')) return null;
  if (TEXT.has(ext) && statSync(path).size >= LARGE_FILE_BYTES) return piecesOf(path, hash);
  // Read at once: with fs/promises' readFile a group page cost 4.2 ms against 1.8, a third of it idle between its
  // steps, and the gate has nothing else to do meanwhile.
  const buf = readFileSync(path);
  hash?.update(buf);
  if (GZIP.has(ext)) {
    try {
      return [gunzipSync(buf).toString('utf8')];
    } catch {
      return [buf.toString('utf8')];
    }
  }
  if (TEXT.has(ext)) return [buf.toString('utf8')];
  if (ext === '.xlsx') {
    const wb = XLSX.read(buf);
    return [wb.SheetNames.map((n) => XLSX.utils.sheet_to_csv(wb.Sheets[n]!)).join('\n')];
  }
  // Anything else: scan it unless it looks binary (a NUL byte in its first 8 KB).
  return buf.subarray(0, 8192).includes(0) ? null : [buf.toString('utf8')];
}

/**
 * The files under `dir` (paths relative to it), in the order the gate reports them: each folder's entries by
 * compareCodes, a folder's files where the folder stands (as a depth-first walk gives them).
 */
export function siteFiles(dir: string): string[] {
  const split = filesUnder(dir).map((e) => sitePath(dir, e).split('/'));
  split.sort(bySegments);
  return split.map((segments) => segments.join('/'));
}

function bySegments(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length && i < b.length; i++) {
    const c = compareCodes(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** How scanFiles reads: where hits were read from, whether to hash each file, what a scan ahead found clean. */
export interface ScanOptions {
  origins?: ReadonlyMap<string, string>;
  /** Each text file's SHA-256 comes back with the hits (a scan ahead). */
  hashes?: boolean;
  /** Files a scan ahead found clean, with the SHA-256 of what it read: skipped while they still hold those bytes. */
  cleanAhead?: ReadonlyMap<string, string>;
}

/** The gate over these files of `dir`, in this thread. */
export async function scanFiles(dir: string, files: readonly string[], set: PrivateValueSet, { origins, hashes = false, cleanAhead }: ScanOptions = {}): Promise<GateResult> {
  const result: GateResult = { scanned: 0, skippedBinary: 0, hits: [], ...(hashes ? { hashes: [] } : {}) };
  for (const file of files) {
    const path = join(dir, file);
    const before = cleanAhead?.get(file);
    if (before !== undefined && fileSha256(path) === before) {
      result.scanned++;
      continue;
    }
    const hash = hashes ? createHash('sha256') : undefined;
    const text = textOf(path, hash);
    if (text === null) {
      result.skippedBinary++;
      continue;
    }
    result.scanned++;
    const markup = !CODE.has(extname(path).toLowerCase());
    for (const hit of scanPiecesForPersonalData(text, set, origins, { markup })) result.hits.push({ ...hit, file });
    // Read to its end by the scan: the hash is of every byte scanned.
    if (hash) result.hashes!.push([file, hash.digest('hex')]);
  }
  return result;
}

/** Below this many files a site is scanned in this thread: starting workers would cost more than it saves. */
const FILES_PER_WORKER = 2000;

/**
 * `origins` (privateKey or a number's digits → where ingest read it) lets each hit say which source cell it came from;
 * `cleanAhead` is what a scan ahead found clean (ScanOptions).
 * A national site (~130,000 files, several GB of text) is scanned by one worker thread per core
 * (src/publish/gate-workers.ts), sharing one queue of files; the hits come back in the order one thread finds them.
 */
export async function scanDirectory(dir: string, privateValues: readonly string[], origins?: ReadonlyMap<string, string>, filesPerWorker = FILES_PER_WORKER, cleanAhead?: ReadonlyMap<string, string>): Promise<GateResult> {
  const files = siteFiles(dir);
  const workers = Math.min(availableParallelism(), Math.floor(files.length / filesPerWorker));
  if (workers <= 1) return scanFiles(dir, files, new PrivateValueSet(privateValues), { origins, cleanAhead });
  const { scanInWorkers } = await import('./gate-workers');
  const parts = await scanInWorkers(dir, files, workers, privateValues, origins, { cleanAhead });
  const order = new Map(files.map((f, i) => [f, i]));
  const hits = parts.flatMap((p) => p.hits).sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  return { scanned: parts.reduce((n, p) => n + p.scanned, 0), skippedBinary: parts.reduce((n, p) => n + p.skippedBinary, 0), hits };
}

/**
 * The scan ahead's heap limit (MB): it runs beside the page phase, the build's largest process. With the gate's own
 * limit its thread took the build's peak from 1.37 to 1.80 GB at national scale; the files need far less.
 */
const AHEAD_HEAP_MB = 96;

/**
 * The gate begun early over files that will be published as they are (the downloads, final once the dataset is
 * written), in one worker thread while the pages are made: a national site's downloads are a quarter of the gate's
 * work. (The group pages, scanned the same way as they were written, took the core the page process writes with: the
 * pages took 28 s longer and the gate 23 s less.) The result: each text file found clean, by its path relative to
 * `dir` (as it will be in the site), with the SHA-256 of the bytes read; the gate (scanDirectory's `cleanAhead`) skips
 * a file only while it holds those bytes. A file with a hit is left to the gate, which says where ingest read the
 * value (`origins`, not sent here). `stop` ends the thread (a build that fails first).
 */
export function scanAhead(dir: string, privateValues: readonly string[]): { result: Promise<Map<string, string>>; stop: () => void } {
  const controller = new AbortController();
  const result = (async () => {
    const files = siteFiles(dir);
    const { scanInWorkers } = await import('./gate-workers');
    const parts = await scanInWorkers(dir, files, 1, privateValues, undefined, { hashes: true, signal: controller.signal, heapMb: AHEAD_HEAP_MB });
    const found = new Set(parts.flatMap((p) => p.hits.map((h) => h.file)));
    return new Map(parts.flatMap((p) => p.hashes ?? []).filter(([file]) => !found.has(file)));
  })();
  return { result, stop: () => controller.abort() };
}

/**
 * The gate over what the pages will be made of, before any page exists (`npm run check`): the dataset and the KM
 * articles, each as a named text. Finds what the gate over dist/ would find in them.
 */
export function scanPublishable(texts: readonly { name: string; text: string }[], privateValues: readonly string[], origins?: ReadonlyMap<string, string>): GateHit[] {
  const set = new PrivateValueSet(privateValues);
  const hits: GateHit[] = [];
  for (const t of texts) for (const hit of scanForPersonalData(t.text, set, origins)) hits.push({ ...hit, file: t.name });
  return hits;
}

/** One console line per hit (the first 20), never the value: "file:line:column kind masked (read from …)". */
export function gateLines(hits: readonly GateHit[], readFrom: string): string[] {
  const lines = hits.slice(0, 20).map((h) => `  ${withNumbersHidden(h.file)}:${h.line}:${h.column} ${h.kind} ${h.masked}${h.from ? ` (${readFrom} ${h.from})` : ''}`);
  if (hits.length > 20) lines.push(`  … and ${hits.length - 20} more`);
  return lines;
}
