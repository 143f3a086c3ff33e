import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { IngestResult } from '../../src/ingest/types';
import { parseSampleArgs } from '../../src/sample/options';
import { runSample } from '../../src/sample/write';

export const ROOT = resolve(import.meta.dirname, '../..');

const made = new Map<string, string>();

/** A synthetic data folder from the sample generator (made once per argument list, then copied). */
export async function sampleData(args: string[]): Promise<string> {
  const key = args.join(' ');
  let src = made.get(key);
  if (!src) {
    src = join(mkdtempSync(join(tmpdir(), 'omsap-scale-src-')), 'data');
    await runSample(parseSampleArgs([...args, '--out', src]), { cwd: ROOT, dataDir: join(ROOT, 'data') });
    made.set(key, src);
  }
  const copy = join(mkdtempSync(join(tmpdir(), 'omsap-scale-')), 'data');
  cpSync(src, copy, { recursive: true });
  return copy;
}

export function tmpDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** What ingest decided, without the run's statistics (cache hits, workers). */
export function comparable(r: IngestResult): Omit<IngestResult, 'stats'> {
  const { stats: _stats, ...rest } = r;
  return rest;
}
