/**
 * npm run sample -- --groups N --years Y --out DIR [--layout books|batch|mixed] [--seed S] [--province CODE] [--force]
 * npm run sample:bundled   (= --preset bundled --out data --force: the sample committed in data/)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSampleArgs, UsageError } from '../src/sample/options';
import { runSample } from '../src/sample/write';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<number> {
  let opts;
  try {
    opts = parseSampleArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
  const where = opts.province ? `province ${opts.province}` : 'all provinces but Bangkok';
  console.log(`omsap sample: ${opts.groups} groups, ${where}, fiscal years ${opts.fiscalYears.join(', ')}, layout ${opts.layout}, seed "${opts.seed}" → ${opts.out}`);
  let s;
  try {
    s = await runSample(opts, { cwd: process.cwd(), dataDir: path.join(root, 'data'), log: (l) => console.log(l) });
  } catch (e) {
    console.error(`omsap sample: ${(e as Error).message}`);
    return 1;
  }
  const mb = (s.bytes / 1e6).toFixed(1);
  const wb = s.workbooks.books + s.workbooks.batches + s.workbooks.registry;
  console.log(`wrote ${s.files} files (${mb} MB) to ${s.out}`);
  console.log(`  workbooks: ${s.workbooks.registry} registry, ${s.workbooks.books} audit books, ${s.workbooks.batches} batches; other: ${s.workbooks.other}`);
  console.log(`  groups: ${s.groups} (${Object.entries(s.statuses).sort().map(([k, v]) => `${k} ${v}`).join(', ')})`);
  console.log(`  audits: ${s.audits} (${Object.entries(s.auditsByYear).map(([y, n]) => `${y}: ${n}`).join(', ')})`);
  for (const [y, l] of Object.entries(s.levelsByYear)) {
    const n = l['1'] + l['2'] + l['3'] + l.incomplete || 1;
    const pct = (k: number) => `${Math.round((100 * k) / n)}%`;
    console.log(`  levels ${y}: 1 ${l['1']} (${pct(l['1'])}), 2 ${l['2']} (${pct(l['2'])}), 3 ${l['3']} (${pct(l['3'])}), incomplete ${l.incomplete}`);
  }
  console.log(`  red flags B1 ${s.redFlags.B1}, F1 ${s.redFlags.F1}; no loans ${s.noLoans}; plans ${s.plans}`);
  console.log(`  planted faults: ${s.faults.map((f) => `${f.kind} (${f.file})`).join('; ') || 'none'} — listed in PLANTED.md`);
  console.log(`  ${s.seconds.toFixed(1)} s; ${(wb / s.writeSeconds).toFixed(0)} workbooks/s in XLSX.write + writeFile (${((1000 * s.writeSeconds) / wb).toFixed(2)} ms each)`);
  return 0;
}

process.exitCode = await main();
