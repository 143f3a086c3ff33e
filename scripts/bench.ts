/**
 * npm run bench [-- --groups N] [--years Y] [--layouts books,batch] [--keep] [--skip-build]
 * The benchmark of DESIGN §12. Default: the national case, 30,000 groups × 2 fiscal years, in both layouts.
 * For each layout: generates data into a temp folder with the sample generator (not part of any figure),
 * then runs each phase in its own process and reports its time, the CPU time of its process tree (user + system)
 * beside its wall time, and its peak memory (process tree RSS, sampled):
 * raw SheetJS read, ingest single-thread cold, ingest parallel cold, ingest warm (cache), dataset build,
 * Astro render, Pagefind, and the whole build (npm run build, cold cache). Prints files/s, pages/s and the
 * ratios; writes reports/bench.json. The load average is printed at the start, after each phase and at the end: on a
 * busy machine wall time grows with the load while CPU time stays, so the two tell a slow machine from a slow build.
 * Inside a phase, files read and pages rendered n/N with the time left: one line rewritten in place on a terminal, a
 * plain line at each quarter otherwise; the whole build's own milestone lines are shown as it prints them.
 * Timing is never asserted anywhere: this only measures.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { measure, type Measured, type MeasureOptions } from '../src/bench/measure';
import { ASTRO_HEAP_MB } from '../src/publish/run';
import { commandArgs } from '../src/util/args';
import { isProgressMessage, progressRouter, stdoutProgress } from '../src/util/progress';

const values = commandArgs({
  groups: { type: 'string', default: '30000' },
  years: { type: 'string', default: '2' },
  layouts: { type: 'string', default: 'books,batch' },
  keep: { type: 'boolean', default: false },
  'skip-build': { type: 'boolean', default: false },
  out: { type: 'string', default: 'reports/bench.json' },
});

const root = resolve(import.meta.dirname, '..');
const node = process.execPath;
const groups = Number(values.groups);
const layouts = values.layouts!.split(',').map((s) => s.trim()).filter(Boolean);
const work = mkdtempSync(join(tmpdir(), 'omsap-bench-'));
const workers = availableParallelism();
// The real KM articles (content/): the generator never invents a name that occurs in them (src/sample/people.ts).
const content = join(root, 'content');

interface PhaseFigure {
  ms: number;
  wallMs: number;
  /** User + system CPU time of the phase's process tree (its own start-up included, as wallMs). */
  cpuMs: number;
  /** 1-minute load average as the phase ended. */
  load1: number;
  peakMb: number;
  peakProcessMb: number;
  [k: string]: unknown;
}

/** Astro keeps build state in <root>/.astro/; another build of the same checkout running at the same time can
 *  delete it under us ("Cannot find module …/.astro/…"). Such a run is repeated once, and the report says so. */
const COLLISION = /\.astro\//;
const retried: string[] = [];

/** How a phase's progress lines are indented under the phase lines. */
const INDENT = '    ';

async function run(name: string, args: string[], opts: Omit<MeasureOptions, 'cwd'> = {}): Promise<Measured> {
  let m = await measure(node, args, { cwd: root, ...opts });
  if (m.code !== 0 && COLLISION.test(m.stdout + m.stderr)) {
    retried.push(name);
    console.log(`  (${name}: another Astro build in this checkout collided with ours; running it again)`);
    m = await measure(node, args, { cwd: root, ...opts });
  }
  return m;
}

/** The phase's progress messages (files read, pages rendered), drawn as they come; a fresh clock for each phase. */
function progressShown(): Pick<MeasureOptions, 'onMessage'> {
  const show = progressRouter(stdoutProgress(INDENT));
  return { onMessage: (m) => isProgressMessage(m) && show(m) };
}

/** The heap limit the build's Astro process runs with (src/publish/run.ts), so that it is measured as the build runs it. */
const BUILD_HEAP = [`--max-old-space-size=${ASTRO_HEAP_MB}`];

async function phase(name: string, args: Record<string, unknown>): Promise<PhaseFigure> {
  const flags = name === 'astro' ? BUILD_HEAP : [];
  return figure(name, await run(name, [...flags, '--import', 'tsx', join(root, 'src/bench/phase.ts'), name, JSON.stringify(args)], progressShown()));
}

function figure(name: string, m: Measured): PhaseFigure {
  if (m.code !== 0) throw new Error(`bench phase ${name} failed (exit ${m.code}):\n${m.stderr.slice(-3000)}`);
  const line = m.stdout.split('\n').find((l) => l.startsWith('BENCH '));
  const own = line ? (JSON.parse(line.slice(6)) as Record<string, unknown>) : {};
  return { ...own, ms: typeof own.ms === 'number' ? own.ms : m.wallMs, wallMs: m.wallMs, cpuMs: m.cpuMs, load1: load1(), peakMb: m.peakTreeMb, peakProcessMb: m.peakProcessMb };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const load1 = () => +loadavg()[0]!.toFixed(2);
const rate = (n: unknown, ms: number) => (typeof n === 'number' && ms > 0 ? (n / (ms / 1000)).toFixed(0) : '–');

async function benchLayout(layout: string) {
  const dir = join(work, layout);
  const data = join(dir, 'data');
  mkdirSync(dir, { recursive: true });
  console.log(`\n== ${layout}: ${groups} groups × ${values.years} years → ${data}`);
  const gen = await measure(node, ['--import', 'tsx', 'scripts/sample.ts', '--groups', String(groups), '--years', values.years!, '--layout', layout, '--out', data], { cwd: root });
  if (gen.code !== 0) throw new Error(`sample failed:\n${gen.stderr}`);
  console.log(`  sample data generated in ${s(gen.wallMs)} (not part of any figure)`);

  const f: Record<string, PhaseFigure> = {};
  const show = (k: string, label: string, extra = '') => {
    const x = f[k]!;
    console.log(`  ${label.padEnd(28)} ${s(x.ms).padStart(8)} (wall ${s(x.wallMs).padStart(7)}, cpu ${s(x.cpuMs).padStart(7)})  peak ${String(x.peakMb).padStart(5)} MB  load ${x.load1.toFixed(1).padStart(4)}${extra}`);
  };
  f.raw = await phase('raw', { data });
  show('raw', 'raw SheetJS read (1 thread)', `  ${rate(f.raw.files, f.raw.ms)} files/s`);
  f.ingestSingle = await phase('ingest', { data, workers: 1, cacheDir: join(dir, 'cache-single') });
  show('ingestSingle', 'ingest, 1 thread, cold', `  ${rate(f.ingestSingle.files, f.ingestSingle.ms)} files/s`);
  f.ingestParallel = await phase('ingest', { data, workers, cacheDir: join(dir, 'cache') });
  show('ingestParallel', `ingest, ${workers} workers, cold`, `  ${rate(f.ingestParallel.files, f.ingestParallel.ms)} files/s`);
  f.ingestWarm = await phase('ingest', { data, workers, cacheDir: join(dir, 'cache') });
  show('ingestWarm', 'ingest, warm cache', `  ${rate(f.ingestWarm.files, f.ingestWarm.ms)} files/s (${f.ingestWarm.reused} reused, ${f.ingestWarm.parsed} parsed)`);
  const dataset = join(dir, 'dataset.json');
  f.dataset = await phase('dataset', { data, cacheDir: join(dir, 'cache'), dataset });
  show('dataset', 'dataset build', `  ${f.dataset.groups} groups, ${f.dataset.districts} districts`);
  const site = join(dir, 'site');
  f.astro = await phase('astro', { dataset, out: site, root, content });
  show('astro', 'Astro render', `  ${f.astro.pages} pages, ${rate(f.astro.pages, f.astro.ms)} pages/s`);
  f.pagefind = await phase('pagefind', { out: site });
  show('pagefind', 'Pagefind', `  ${f.pagefind.pages} pages, ${rate(f.pagefind.pages, f.pagefind.ms)} pages/s`);
  rmSync(site, { recursive: true, force: true });
  if (!values['skip-build']) {
    const b = join(dir, 'build');
    // Its own milestone lines as it prints them (its stdout is a pipe: a plain line per step and per quarter).
    const m = await run('build', ['--import', 'tsx', 'scripts/build.ts', '--data', data, '--content', content, '--out', join(b, 'dist'), '--state', join(b, 'state'), '--reports', join(b, 'reports')], {
      onLine: (l) => l.trim() && console.log(`${INDENT}${l}`),
    });
    if (m.code !== 0) throw new Error(`build failed (exit ${m.code}):\n${m.stdout.slice(-2000)}\n${m.stderr.slice(-2000)}`);
    f.build = { ms: m.wallMs, wallMs: m.wallMs, cpuMs: m.cpuMs, load1: load1(), peakMb: m.peakTreeMb, peakProcessMb: m.peakProcessMb, log: m.stdout.split('\n').filter((l) => l.trim() && !l.includes('npm warn')) };
    show('build', 'whole build (npm run build)', '  cold cache, fresh state');
    rmSync(b, { recursive: true, force: true });
  }
  const ratios = {
    ingestOverRaw: +(f.ingestSingle.ms / f.raw.ms).toFixed(2),
    parallelSpeedup: +(f.ingestSingle.ms / f.ingestParallel.ms).toFixed(2),
    warmOverCold: +(f.ingestWarm.ms / f.ingestParallel.ms).toFixed(3),
  };
  console.log(`  ratios: ingest ÷ raw SheetJS read ${ratios.ingestOverRaw} (target ≤ 1.3) · parallel speed-up on ${workers} cores ${ratios.parallelSpeedup}× (target ≥ 1.7) · warm ÷ cold ingest ${ratios.warmOverCold} (target ≤ 0.1)`);
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  return { layout, phases: f, ratios, sampleMs: gen.wallMs };
}

const started = new Date();
const load0 = loadavg();
console.log(`omsap bench: ${groups} groups × ${values.years} years, layouts ${layouts.join(', ')}; ${workers} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB; load average ${load0.map((x) => x.toFixed(2)).join(' ')}`);
const results = [];
try {
  for (const l of layouts) results.push(await benchLayout(l));
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
const report = {
  startedAt: started.toISOString(),
  command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
  machine: { cores: workers, cpu: cpus()[0]?.model ?? '?', memGb: +(totalmem() / 2 ** 30).toFixed(1), node: process.version, loadAverageAtStart: load0, loadAverageAtEnd: loadavg() },
  groups,
  years: Number(values.years),
  targets: { ingestOverRaw: 1.3, parallelSpeedup: 1.7, warmOverCold: 0.1, buildMs: 600_000, buildPeakMb: 2048 },
  results,
  retried,
  notes: [
    'KM content: the real content/km articles',
    'peakMb = peak of the summed RSS of the phase process tree (node, worker threads, Pagefind binary), sampled every 200 ms',
    'ms = the phase\'s own time (without process start-up); wallMs and cpuMs (user + system of the process tree) include start-up; load1 = 1-minute load average as the phase ended',
  ],
};
const out = resolve(root, values.out!);
mkdirSync(resolve(out, '..'), { recursive: true });
writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
console.log(`\nload average at end ${loadavg().map((x) => x.toFixed(2)).join(' ')} → ${values.out}`);
