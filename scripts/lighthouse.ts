/**
 * npm run lighthouse [-- --out dist] [--base /omsap/] [--plain] [--runs N]
 * Lighthouse 13 with its mobile defaults (a mid-range phone on slow 4G, simulated) over the six page types of the
 * built site (run `npm run build` first): home, a province, a district, a group, rankings and a search. The site is
 * served on 127.0.0.1 with gzip, as a web server would; --plain measures it again without compression. Debian's
 * Chromium (/usr/bin/chromium, or CHROME_PATH), never a downloaded browser.
 *
 * Lighthouse 13 needs Node ≥ 22.19. It is not a dev dependency (it would warn on every `npm install` under Node 20,
 * and weighs ~170 MB): the first run installs it, and on an older Node also Node 24 from npm (the `node` package),
 * into .omsap/tools/lighthouse-<version>/. Prints the four scores per page; writes reports/lighthouse.json and each
 * page's HTML report into reports/lighthouse/. Run by hand, on a quiet machine: the figures move with the load of the
 * machine. Never part of npm test.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { BASE_ENV, normalizeBase } from '../src/publish/address';
import { serveSite } from '../src/publish/static-server';
import { consoleText } from '../src/lib/i18n/words';
import { commandArgs } from '../src/util/args';

const LIGHTHOUSE = '13.5.0';
const NODE = '24.21.0';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Issue 11's targets: performance ≥ 0.95, the other three 1.0. */
const TARGET: Record<(typeof CATEGORIES)[number], number> = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 };
// As the browser tests start Chromium: no background connections (this machine's network refuses them).
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const values = commandArgs({
  out: { type: 'string', default: 'dist' },
  base: { type: 'string' },
  plain: { type: 'boolean', default: false },
  runs: { type: 'string', default: '1' },
});

const root = resolve(import.meta.dirname, '..');
const site = resolve(values.out!);
const base = normalizeBase(values.base ?? process.env[BASE_ENV]);
const runs = Math.max(1, Number(values.runs) || 1);
const reports = join(root, 'reports');

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** Node that can run Lighthouse 13 and the Lighthouse CLI, installed on first use. */
function tools(): { node: string; cli: string } {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  const ownNodeWorks = major > 22 || (major === 22 && minor >= 19);
  const dir = join(root, '.omsap', 'tools', `lighthouse-${LIGHTHOUSE}`);
  const cli = join(dir, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const node = ownNodeWorks ? process.execPath : join(dir, 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(cli) || !existsSync(node)) {
    const packages = [`lighthouse@${LIGHTHOUSE}`, ...(ownNodeWorks ? [] : [`node@${NODE}`])];
    console.log(consoleText((w) => w.console.installing(packages.join(' '), relative(process.cwd(), dir))));
    mkdirSync(dir, { recursive: true });
    const r = spawnSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', '--loglevel=error', '--engine-strict=false', ...packages], {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    if (r.status !== 0 || !existsSync(cli) || !existsSync(node)) fail(`npm install of ${packages.join(' ')} failed`);
  }
  return { node, cli };
}

function chromium(): string {
  const found = process.env.CHROME_PATH || spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).stdout.trim();
  if (!found) fail('Chromium not found: apt-get install -y chromium fonts-thai-tlwg (or set CHROME_PATH)');
  return found;
}

/** The first folder (in name order) under dist/<kind>/: the pages measured are the same on every run of one site. */
function first(kind: string): string {
  const dir = join(site, kind);
  const names = existsSync(dir) ? readdirSync(dir).filter((n) => existsSync(join(dir, n, 'index.html'))).sort() : [];
  if (names.length === 0) fail(`${relative(process.cwd(), dir)}/ has no pages: build the site first (npm run build)`);
  return `/${kind}/${names[0]}/`;
}

interface Lhr {
  lighthouseVersion: string;
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
  runWarnings: string[];
}

interface Measured {
  page: string;
  path: string;
  scores: Record<string, number | null>;
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; speedIndexMs: number; transferKb: number };
  /** Performance of every run, when there were several (the median run is reported). */
  performanceRuns?: number[];
  warnings: string[];
  report: string;
}

function run(node: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    // Asynchronous: the site is served by this very process.
    const child = spawn(node, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-5000)));
    child.on('close', (code) => done({ code, stderr }));
  });
}

async function measure(mode: 'gzip' | 'plain', pages: Record<string, string>, t: { node: string; cli: string }, browser: string): Promise<Measured[]> {
  const served = await serveSite(site, { base, gzip: mode === 'gzip' });
  const out: Measured[] = [];
  try {
    for (const [page, path] of Object.entries(pages)) {
      const url = served.origin + base + path.slice(1);
      const tries: { lhr: Lhr; report: string }[] = [];
      for (let k = 0; k < runs; k++) {
        const name = join(reports, 'lighthouse', `${mode}-${page}${runs > 1 ? `-${k + 1}` : ''}`);
        const args = [t.cli, url, '--output=json', '--output=html', `--output-path=${name}`, `--only-categories=${CATEGORIES.join(',')}`, '--quiet', `--chrome-flags=${CHROME_FLAGS.join(' ')}`];
        const r = await run(t.node, args, { ...process.env, CHROME_PATH: browser });
        if (r.code !== 0 || !existsSync(`${name}.report.json`)) fail(`Lighthouse failed on ${url}:\n${r.stderr}`);
        tries.push({ lhr: JSON.parse(readFileSync(`${name}.report.json`, 'utf8')) as Lhr, report: `${name}.report.html` });
      }
      // The median run by performance, as Lighthouse's documentation advises for variable machines.
      const sorted = [...tries].sort((a, b) => (a.lhr.categories.performance?.score ?? 0) - (b.lhr.categories.performance?.score ?? 0));
      const { lhr, report } = sorted[Math.floor((sorted.length - 1) / 2)]!;
      const n = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      out.push({
        page,
        path,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null])),
        metrics: {
          fcpMs: Math.round(n('first-contentful-paint')),
          lcpMs: Math.round(n('largest-contentful-paint')),
          tbtMs: Math.round(n('total-blocking-time')),
          cls: +n('cumulative-layout-shift').toFixed(3),
          speedIndexMs: Math.round(n('speed-index')),
          transferKb: Math.round(n('total-byte-weight') / 1024),
        },
        ...(runs > 1 ? { performanceRuns: tries.map((x) => x.lhr.categories.performance?.score ?? 0) } : {}),
        warnings: lhr.runWarnings,
        report: relative(root, report),
      });
      console.log(line(out.at(-1)!));
    }
  } finally {
    await served.close();
  }
  return out;
}

const pad = (s: string, n: number) => s.padEnd(n);
const score = (c: (typeof CATEGORIES)[number], v: number | null) => (v === null ? '  –  ' : `${v.toFixed(2)}${v >= TARGET[c] ? ' ' : '✗'}`);
function line(m: Measured): string {
  const s = CATEGORIES.map((c) => pad(score(c, m.scores[c] ?? null), 6)).join(' ');
  const x = m.metrics;
  return `  ${pad(m.page, 9)} ${s}  FCP ${(x.fcpMs / 1000).toFixed(1)} s · LCP ${(x.lcpMs / 1000).toFixed(1)} s · TBT ${x.tbtMs} ms · CLS ${x.cls} · ${x.transferKb} KB  ${decodeURIComponent(m.path)}`;
}

if (!existsSync(join(site, 'index.html'))) fail(`${relative(process.cwd(), site) || '.'}/index.html not found: build the site first (npm run build)`);
const pages = {
  home: '/',
  province: first('provinces'),
  district: first('districts'),
  group: first('groups'),
  rankings: '/rankings/',
  search: `/search/?q=${encodeURIComponent('ออมทรัพย์')}`,
};
const t = tools();
const browser = chromium();
const chromiumVersion = spawnSync(browser, ['--version'], { encoding: 'utf8' }).stdout.trim();
mkdirSync(join(reports, 'lighthouse'), { recursive: true });

console.log(`Lighthouse ${LIGHTHOUSE} · mobile defaults · ${chromiumVersion} · Node ${spawnSync(t.node, ['--version'], { encoding: 'utf8' }).stdout.trim()}`);
console.log(`  ${pad('', 9)} ${['perf', 'a11y', 'best', 'seo'].map((c) => pad(c, 6)).join(' ')}  (✗ = below target: performance 0.95, the others 1.00)`);
const results: Record<string, Measured[]> = {};
for (const mode of values.plain ? (['gzip', 'plain'] as const) : (['gzip'] as const)) {
  console.log(mode === 'gzip' ? 'served with gzip:' : 'served without compression:');
  results[mode] = await measure(mode, pages, t, browser);
}
const summary = {
  measuredAt: new Date().toISOString(),
  lighthouse: LIGHTHOUSE,
  chromium: chromiumVersion,
  settings: 'Lighthouse defaults: mobile form factor, simulated throttling (slow 4G, 4× CPU slowdown)',
  base,
  runsPerPage: runs,
  note: 'Indicative unless measured on a quiet machine: scores move with the machine’s load.',
  results,
};
writeFileSync(join(reports, 'lighthouse.json'), JSON.stringify(summary, null, 2) + '\n');
console.log(`→ ${relative(process.cwd(), join(reports, 'lighthouse.json'))} and reports/lighthouse/*.report.html`);
