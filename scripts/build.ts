/**
 * npm run build [-- --strict] [--allow-shrink] [--no-cache] [--data DIR] [--out DIR] [--content DIR] [--dataset FILE] [--private FILE]
 *               [--base /omsap/] [--site https://example.go.th]   (or OMSAP_BASE, OMSAP_SITE in the environment)
 * Builds the site into a temp folder and swaps it into dist/ only when every phase succeeded.
 * Exit 0: a site was built (even with data errors, unless --strict). Exit 1: data errors with --strict, or the
 * data would shrink the site against the last published build (nothing published; --allow-shrink publishes).
 * Exit 2: no site could be built; the previous dist/ is untouched.
 */
import { spawnSync } from 'node:child_process';
import type { SiteAddress } from '../src/publish/address';
import { join, relative, resolve } from 'node:path';
import { consoleText, twoLines } from '../src/lib/i18n/words';
import { commandArgs } from '../src/util/args';

// Memory (DESIGN §12): src/publish/run.ts runs ingest + dataset and then Astro each in a child process of its
// own, so their memory never adds up. `npm run build` gives the heap limit itself (package.json: one process, no tsx
// CLI wrapper), and --expose-gc (src/publish/run.ts collects before the phases it waits through); started another way
// without a heap limit (NODE_OPTIONS or node flags), the build runs itself again with both.
const HEAP_MB = 2048;
// The relaunched build exits if this process is killed (src/publish/parent-watch.ts).
const WATCH_ENV = 'OMSAP_WATCH_PARENT';
if (!/max-old-space-size/.test(`${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`)) {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--expose-gc', '--import', 'tsx', process.argv[1]!, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [WATCH_ENV]: String(process.pid) },
  });
  process.exit(r.status ?? 2);
}
if (process.env[WATCH_ENV] === String(process.ppid)) {
  delete process.env[WATCH_ENV];
  (await import('../src/publish/parent-watch')).exitWithParent();
}

// Imported only in the process that builds: the relaunching one stays small (it is part of the build's memory).
const { BuildError, ShrinkError, STEP_INDENT, publishSite } = await import('../src/publish/run');
const { folderBytes } = await import('../src/util/files-under');
const { stdoutProgress } = await import('../src/util/progress');
const { siteAddress } = await import('../src/publish/address');

const values = commandArgs({
  strict: { type: 'boolean', default: false },
  data: { type: 'string', default: 'data' },
  out: { type: 'string', default: 'dist' },
  content: { type: 'string', default: 'content' },
  dataset: { type: 'string' },
  private: { type: 'string' },
  state: { type: 'string', default: '.omsap' },
  reports: { type: 'string', default: 'reports' },
  // Parse every workbook again instead of reusing .omsap/cache (DESIGN §12).
  'no-cache': { type: 'boolean', default: false },
  // Where the site will be published: the path under the host, and the host's address (sitemap, canonical links).
  base: { type: 'string' },
  site: { type: 'string' },
  // Publish even when groups or audits fell by more than 10 % and 5 against the last published build.
  'allow-shrink': { type: 'boolean', default: false },
});

let address: SiteAddress;
try {
  address = siteAddress({ base: values.base, site: values.site }, process.env);
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}

const root = resolve(import.meta.dirname, '..');
const t0 = Date.now();
try {
  const r = await publishSite({
    root,
    dataDir: resolve(values.data!),
    contentDir: resolve(values.content!),
    outDir: resolve(values.out!),
    stateDir: resolve(values.state!),
    reportsDir: resolve(values.reports!),
    ...(values.dataset ? { datasetFile: resolve(values.dataset) } : {}),
    ...(values.private ? { privateFile: resolve(values.private) } : {}),
    log: (l) => console.log(l),
    // Files read and pages rendered n/N: one line rewritten on a terminal, a plain line at each quarter otherwise.
    progress: stdoutProgress(STEP_INDENT),
    ingest: values['no-cache'] ? {} : { cacheDir: join(resolve(values.state!), 'cache') },
    address,
    allowShrink: values['allow-shrink'] === true,
  });
  const mb = (folderBytes(resolve(values.out!)) / 1024 / 1024).toFixed(1);
  const f = r.files;
  console.log('');
  const say = (pick: Parameters<typeof consoleText>[0]) => console.log(`  ${consoleText(pick)}`);
  console.log(consoleText((w) => w.console.summary));
  if (f) say((w) => w.console.files(...([f.total, f.used, f.partial, f.rejected, f.skipped].map(String) as [string, string, string, string, string])));
  say((w) => w.console.counts(String(r.groups), String(r.audits), String(r.errors), String(r.warnings)));
  say((w) => w.console.pagesWritten(String(r.pages), mb, `${relative(process.cwd(), resolve(values.out!)) || '.'}/`));
  const at = `${address.site ?? ''}${address.base}`;
  say((w) => w.console.publishedAt(address.site ? at : `${at} (${w.console.noSitemap})`));
  say((w) => w.console.buildTime(((Date.now() - t0) / 1000).toFixed(1)));
  if (r.reportPath) say((w) => w.console.report(relative(process.cwd(), r.reportPath!)));
  if (values.strict && r.errors > 0) {
    console.error(`\n${consoleText((w) => w.console.strict(String(r.errors)))}`);
    process.exit(1);
  }
  process.exit(0);
} catch (e) {
  if (e instanceof ShrinkError) {
    console.error('');
    for (const line of e.lines) console.error(line);
    if (e.reportPath) console.error(consoleText((w) => w.console.report(relative(process.cwd(), e.reportPath!))));
    process.exit(1);
  }
  const phase = e instanceof BuildError ? e.phase : 'unknown';
  console.error('');
  for (const line of twoLines((w) => w.console.buildFailed(phase))) console.error(line);
  console.error((e as Error).message);
  process.exit(2);
}
