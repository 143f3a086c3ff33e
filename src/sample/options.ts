/**
 * Command-line options of `npm run sample` and the rules that keep it from damaging input: it never writes
 * into data/ unless `--out data` is given explicitly, and never overwrites a non-empty folder without --force.
 */
import path from 'node:path';
import type { FaultKind, GenerateOptions, Layout } from './types';
import { readArgs, UsageError } from '../util/args';

export interface SampleCliOptions {
  groups: number;
  fiscalYears: number[];
  out: string;
  /** True when --out was given on the command line. */
  outGiven: boolean;
  layout: Layout;
  seed: string;
  province?: string;
  force: boolean;
  preset?: 'bundled';
  coverage: number;
  batchDistricts?: GenerateOptions['batchDistricts'];
  faults: FaultKind[];
}

export const LAST_FISCAL_YEAR = 2567;
export const DEFAULT_OUT = '.omsap/sample';
export const ALL_FAULTS: FaultKind[] = ['unknown-district', 'impossible-date', 'duplicate-audit', 'orphan-audit', 'lock-file'];

/** The bundled sample in data/: Nakhon Sawan, 165 groups, FY 2566–2567, two districts delivered as batches. */
export const BUNDLED: Omit<SampleCliOptions, 'out' | 'outGiven' | 'force'> = {
  preset: 'bundled',
  groups: 165,
  fiscalYears: [2566, 2567],
  layout: 'books',
  seed: 'omsap-bundled-2567',
  province: '60',
  coverage: 0.85,
  // ตาคลี and ไพศาลี sent one district workbook each for 2567.
  batchDistricts: [
    { fiscalYear: 2567, district: '6007' },
    { fiscalYear: 2567, district: '6009' },
  ],
  faults: ['impossible-date', 'orphan-audit', 'duplicate-audit', 'lock-file'],
};

export { UsageError };

export const USAGE = `usage: npm run sample -- --groups N --out DIR [--years Y | --years 2566,2567] [--layout books|batch|mixed]
                      [--seed S] [--province CODE] [--force]
       npm run sample -- --preset bundled --out data --force
  --groups N      number of groups (default 1000), spread over real provinces and districts
  --years Y       number of fiscal years ending ${LAST_FISCAL_YEAR} (default 2), or a comma list of BE years
  --layout        books: one audit book per group; batch: one workbook per district and year; mixed (default books)
  --province CODE only this province (e.g. 60 = นครสวรรค์)
  --out DIR       where to write (default ${DEFAULT_OUT}); data/ only when given explicitly as --out data
  --force         empty a non-empty output folder first`;

function parseYears(v: string): number[] {
  if (/^\d{1,2}$/.test(v)) {
    const n = Number(v);
    if (n < 1 || n > 20) throw new UsageError(`--years ${v}: expected 1–20 or a list of BE years`);
    return Array.from({ length: n }, (_, i) => LAST_FISCAL_YEAR - n + 1 + i);
  }
  const ys = v.split(',').map((s) => Number(s.trim()));
  if (ys.some((y) => !Number.isInteger(y) || y < 2540 || y > 2600)) throw new UsageError(`--years ${v}: expected BE years such as 2566,2567`);
  return [...new Set(ys)].sort((a, b) => a - b);
}

const OPTIONS = {
  groups: { type: 'string' },
  years: { type: 'string' },
  out: { type: 'string' },
  layout: { type: 'string' },
  seed: { type: 'string' },
  province: { type: 'string' },
  preset: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The sample's options: a flag it does not know, or a value it cannot use, is a UsageError naming what is wrong. */
export function parseSampleArgs(argv: readonly string[]): SampleCliOptions {
  const a = readArgs(argv, OPTIONS);
  if (a.help) throw new UsageError(USAGE);
  const o: SampleCliOptions = {
    groups: 1000,
    fiscalYears: parseYears(a.years ?? '2'),
    out: a.out ?? DEFAULT_OUT,
    outGiven: a.out !== undefined,
    layout: 'books',
    seed: a.seed ?? 'omsap',
    force: a.force === true,
    coverage: 0.85,
    faults: ALL_FAULTS,
  };
  if (a.groups !== undefined) {
    const n = Number(a.groups);
    if (!Number.isInteger(n) || n < 1) throw new UsageError('--groups: expected a whole number ≥ 1');
    o.groups = n;
  }
  if (a.layout !== undefined) {
    if (a.layout !== 'books' && a.layout !== 'batch' && a.layout !== 'mixed') throw new UsageError(`--layout ${a.layout}: expected books, batch or mixed`);
    o.layout = a.layout;
  }
  if (a.province !== undefined) {
    if (!/^\d{2}$/.test(a.province)) throw new UsageError(`--province ${a.province}: expected a 2-digit province code such as 60`);
    o.province = a.province;
  }
  if (a.preset === undefined) return o;
  if (a.preset !== 'bundled') throw new UsageError(`--preset ${a.preset}: the only preset is bundled`);
  const conflicting = (['groups', 'years', 'layout', 'seed', 'province'] as const).filter((f) => a[f] !== undefined).map((f) => `--${f}`);
  if (conflicting.length > 0) throw new UsageError(`--preset bundled fixes ${conflicting.join(', ')}; leave them out`);
  return { ...o, ...BUNDLED };
}

/**
 * Why the output folder may not be written, or null when it may. `dataDir` is the project's data/ folder;
 * `isEmpty` says whether the output folder is missing or empty.
 */
export function outputRefusal(o: Pick<SampleCliOptions, 'out' | 'outGiven' | 'force'>, cwd: string, dataDir: string, isEmpty: boolean): string | null {
  const out = path.resolve(cwd, o.out);
  const data = path.resolve(dataDir);
  const rel = path.relative(data, out);
  const insideData = rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  if (insideData) {
    if (!o.outGiven || rel !== '') {
      return `refusing to write into ${data}: data/ holds officer input. Give --out data explicitly to replace the bundled sample, or choose another folder.`;
    }
  }
  if (!isEmpty && !o.force) return `refusing to overwrite ${out}: it is not empty. Add --force to empty it first, or choose another folder.`;
  return null;
}
