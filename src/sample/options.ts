/**
 * Command-line options of `npm run sample` and the rules that keep it from damaging input: it never writes
 * into data/ unless `--out data` is given explicitly, and never overwrites a non-empty folder without --force.
 */
import path from 'node:path';
import type { FaultKind, GenerateOptions, Layout } from './generate';

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

export class UsageError extends Error {}

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

export function parseSampleArgs(argv: readonly string[]): SampleCliOptions {
  const o: SampleCliOptions = {
    groups: 1000,
    fiscalYears: parseYears('2'),
    out: DEFAULT_OUT,
    outGiven: false,
    layout: 'books',
    seed: 'omsap',
    force: false,
    coverage: 0.85,
    faults: ALL_FAULTS,
  };
  let preset = false;
  const explicit = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    explicit.add(flag);
    switch (flag) {
      case '--groups': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) throw new UsageError('--groups: expected a whole number ≥ 1');
        o.groups = n;
        break;
      }
      case '--years':
        o.fiscalYears = parseYears(value());
        break;
      case '--out':
        o.out = value();
        o.outGiven = true;
        break;
      case '--layout': {
        const v = value();
        if (v !== 'books' && v !== 'batch' && v !== 'mixed') throw new UsageError(`--layout ${v}: expected books, batch or mixed`);
        o.layout = v;
        break;
      }
      case '--seed':
        o.seed = value();
        break;
      case '--province': {
        const v = value();
        if (!/^\d{2}$/.test(v)) throw new UsageError(`--province ${v}: expected a 2-digit province code such as 60`);
        o.province = v;
        break;
      }
      case '--preset': {
        const v = value();
        if (v !== 'bundled') throw new UsageError(`--preset ${v}: the only preset is bundled`);
        preset = true;
        break;
      }
      case '--force':
        o.force = true;
        break;
      case '--help':
      case '-h':
        throw new UsageError(USAGE);
      default:
        throw new UsageError(`unknown option ${a}\n${USAGE}`);
    }
  }
  if (preset) {
    const conflicting = ['--groups', '--years', '--layout', '--seed', '--province'].filter((f) => explicit.has(f));
    if (conflicting.length > 0) throw new UsageError(`--preset bundled fixes ${conflicting.join(', ')}; leave them out`);
    return { ...o, ...BUNDLED };
  }
  return o;
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
