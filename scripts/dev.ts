/**
 * npm run dev [-- --port N] [--host] [--base /omsap/] [--fresh] [build's --data --dataset --content --out --state --reports]
 * Astro's dev server with working search: pages read the last build's dataset and KM articles (.omsap/) and search
 * uses its index (dist/pagefind/, served by src/publish/dev-search.ts). When there is no dataset or index yet,
 * or the input changed since that build (or --fresh), it runs `npm run build` first, with the build's options.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { BASE_ENV, normalizeBase } from '../src/publish/address';
import { DEV_SITE_ENV } from '../src/publish/dev-search';
import { DATASET_ENV } from '../src/site/data';
import { KM_ENV, KM_FILE } from '../src/site/km';
import { consoleText } from '../src/lib/i18n/words';
import { commandArgs } from '../src/util/args';

const values = commandArgs({
  port: { type: 'string' },
  host: { type: 'boolean', default: false },
  base: { type: 'string' },
  fresh: { type: 'boolean', default: false },
  // Passed on to the build; out and state also tell where the dataset and the index are.
  data: { type: 'string', default: 'data' },
  dataset: { type: 'string' },
  content: { type: 'string', default: 'content' },
  out: { type: 'string', default: 'dist' },
  state: { type: 'string', default: '.omsap' },
  reports: { type: 'string', default: 'reports' },
});

const root = resolve(import.meta.dirname, '..');
const out = resolve(values.out!);
const state = resolve(values.state!);
const dataset = join(state, 'dataset.json');
const index = join(out, 'pagefind', 'pagefind-entry.json');

/** Newest modification time of any file under dir (0 when there is none). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) t = Math.max(t, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return t;
}

function whyBuild(): string | null {
  if (values.fresh) return '--fresh';
  if (!existsSync(dataset)) return `${consoleText((w) => w.console.dev.noDataset)} (${dataset})`;
  if (!existsSync(index)) return `${consoleText((w) => w.console.dev.noIndex)} (${index})`;
  const built = statSync(dataset).mtimeMs;
  if (statSync(index).mtimeMs < built) return consoleText((w) => w.console.dev.indexOlder);
  const input = values.dataset ? statSync(resolve(values.dataset)).mtimeMs : newest(resolve(values.data!));
  if (input > built) return consoleText((w) => w.console.dev.inputChanged);
  // KM articles are read (checked, masked) by the build too: pages show what it wrote beside the dataset.
  if (newest(join(resolve(values.content!), 'km')) > built) return consoleText((w) => w.console.dev.kmChanged);
  return null;
}

const why = whyBuild();
if (why) {
  console.log(`${consoleText((w) => w.console.dev.buildingFirst)}: ${why}`);
  const passed = (['data', 'dataset', 'content', 'out', 'state', 'reports'] as const).flatMap((k) => (values[k] ? [`--${k}`, resolve(values[k])] : []));
  const args = ['--import', 'tsx', join(root, 'scripts', 'build.ts'), ...passed];
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    if (!existsSync(dataset) || !existsSync(index)) process.exit(r.status ?? 2);
    console.warn(consoleText((w) => w.console.dev.buildFailed));
  }
}

// Telemetry and Astro's update check stay off (astro.config.mjs sets them too, for `npx astro …`).
process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';
if (values.base !== undefined) process.env[BASE_ENV] = normalizeBase(values.base);
process.env[DATASET_ENV] = dataset;
process.env[KM_ENV] = join(state, KM_FILE);
process.env[DEV_SITE_ENV] = out;
const { dev } = await import('astro');
await dev({
  root,
  server: { ...(values.port ? { port: Number(values.port) } : {}), ...(values.host ? { host: true } : {}) },
});
