/**
 * The divisions table (provinces, districts, sub-districts) cached as JSON beside the installed packages: deriving it
 * from thai-address-universal costs ~1 s; a damaged file is rebuilt, never used.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { Divisions } from '../lib/thai/index';
import { writeFileAtomic } from '../util/atomic-write';
import { SRC, codeFingerprint } from './cache-key';

/**
 * Where the divisions are cached: with the installed packages (node_modules/.cache/omsap), not in a build's
 * cache folder. They come from an npm package and our code only, never from data/, so every build of this
 * installation can share them and a build with a fresh cache folder does not pay ~1 s to derive them again.
 */
export const DIVISIONS_CACHE_DIR = resolve(SRC, '..', 'node_modules', '.cache', 'omsap');

const NamedSchema = { code: z.string().min(1), name: z.string().min(1), nameEn: z.string() };
/** The shape of a divisions table: what a cache file must hold to be used (else it is rebuilt). */
const DivisionsSchema = z.object({
  provinces: z.array(z.object(NamedSchema)).min(1),
  districts: z.array(z.object({ ...NamedSchema, provinceCode: z.string().min(1) })).min(1),
  subdistricts: z.array(z.object({ ...NamedSchema, districtCode: z.string().min(1) })).min(1),
});

/** First line of a divisions cache file; the JSON table follows on the next line (3: the department's codes). */
const DIVISIONS_FORMAT = 'omsap-divisions-3';

export interface LoadedDivisions {
  divisions: Divisions;
  /** sha256 of the table's JSON: part of the ingest cache's version. */
  digest: string;
}

/** The table of a divisions cache file, or undefined when it is not exactly what cachedDivisions wrote. */
function readDivisionsFile(file: string): LoadedDivisions | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const nl = text.indexOf('\n');
  if (nl < 0) return undefined;
  let head: { format?: unknown; sha256?: unknown };
  try {
    head = JSON.parse(text.slice(0, nl)) as typeof head;
  } catch {
    return undefined;
  }
  const body = text.slice(nl + 1);
  const digest = createHash('sha256').update(body).digest('hex');
  if (head?.format !== DIVISIONS_FORMAT || head.sha256 !== digest) return undefined; // truncated, edited or foreign
  try {
    const parsed = DivisionsSchema.safeParse(JSON.parse(body));
    return parsed.success ? { divisions: parsed.data, digest } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Thailand's divisions as loaded by loadDivisions (~1 s of work in thai-address-universal), kept as JSON in
 * `dir`; keyed by the code fingerprint, which covers the loader's source and the package version. A file that is
 * truncated, garbage, edited or of the wrong shape fails its digest or shape check and is rebuilt: a damaged
 * table must never reach the parser (it once turned every registry row into an internal error).
 */
export async function cachedDivisions(dir: string, load: () => Promise<Divisions>): Promise<LoadedDivisions> {
  const file = join(resolve(dir), `divisions-${codeFingerprint().slice(0, 16)}.json`);
  const hit = readDivisionsFile(file);
  if (hit) return hit;
  const divisions = await load();
  const body = JSON.stringify(divisions);
  const digest = createHash('sha256').update(body).digest('hex');
  try {
    mkdirSync(dirname(file), { recursive: true });
    for (const old of readdirSync(dirname(file))) if (old.startsWith('divisions-') && old.endsWith('.json')) rmSync(join(dirname(file), old), { force: true });
    writeFileAtomic(file, `${JSON.stringify({ format: DIVISIONS_FORMAT, sha256: digest })}\n${body}`);
  } catch {
    /* only slower next time */
  }
  return { divisions, digest };
}
