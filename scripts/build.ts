/**
 * npm run build [-- --strict] [--allow-shrink] [--no-cache] [--data DIR] [--out DIR] [--content DIR] [--dataset FILE] [--private FILE]
 *               [--base /omsap/] [--site https://example.go.th]   (or OMSAP_BASE, OMSAP_SITE in the environment)
 * Builds the site into a temp folder and swaps it into dist/ only when every phase succeeded.
 * Exit 0: a site was built (even with data errors, unless --strict). Exit 1: data errors with --strict, or the
 * data would shrink the site against the last published build (nothing published; --allow-shrink publishes).
 * Exit 2: no site could be built; the previous dist/ is untouched.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import type { SiteAddress } from '../src/publish/address';
import { join, relative, resolve } from 'node:path';

// Memory (DESIGN §12): src/publish/run.ts runs ingest + dataset and then Astro each in a child process of its
// own, so their memory never adds up. The build runs itself again with a heap limit unless one was given
// (NODE_OPTIONS or node flags).
const HEAP_MB = 2048;
// The relaunched build exits if this process is killed (src/publish/parent-watch.ts).
const WATCH_ENV = 'OMSAP_WATCH_PARENT';
if (!/max-old-space-size/.test(`${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`)) {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', process.argv[1]!, ...process.argv.slice(2)], {
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
const { BuildError, ShrinkError, folderBytes, publishSite } = await import('../src/publish/run');
const { siteAddress } = await import('../src/publish/address');

const { values } = parseArgs({
  options: {
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
  },
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
    ingest: values['no-cache'] ? {} : { cacheDir: join(resolve(values.state!), 'cache') },
    address,
    allowShrink: values['allow-shrink'] === true,
  });
  const mb = ((await folderBytes(resolve(values.out!))) / 1024 / 1024).toFixed(1);
  const f = r.files;
  console.log('');
  console.log('สรุป / summary');
  if (f) console.log(`  ไฟล์ข้อมูล / files: ${f.total} (ใช้ได้ used ${f.used}, บางส่วน partly used ${f.partial}, ปฏิเสธ rejected ${f.rejected}, ข้าม skipped ${f.skipped})`);
  console.log(`  กลุ่ม / groups: ${r.groups} · การตรวจ / audits: ${r.audits}`);
  console.log(`  ข้อผิดพลาด / errors: ${r.errors} · คำเตือน / warnings: ${r.warnings}`);
  console.log(`  หน้าเว็บ / pages written: ${r.pages} (${mb} MB) → ${relative(process.cwd(), resolve(values.out!)) || '.'}/`);
  console.log(`  ที่อยู่ / published at: ${address.site ?? ''}${address.base}${address.site ? '' : ' (ไม่มี sitemap: ไม่ได้ระบุ --site / no sitemap without --site)'}`);
  console.log(`  เวลา / build time: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (r.reportPath) console.log(`  รายงานคุณภาพข้อมูล / quality report: ${relative(process.cwd(), r.reportPath)}`);
  if (values.strict && r.errors > 0) {
    console.error(`\n--strict: พบข้อผิดพลาดในข้อมูล ${r.errors} รายการ / ${r.errors} data error(s); exit 1 (the site was built)`);
    process.exit(1);
  }
  process.exit(0);
} catch (e) {
  if (e instanceof ShrinkError) {
    console.error('');
    for (const line of e.lines) console.error(line);
    if (e.reportPath) console.error(`รายงานคุณภาพข้อมูล / quality report: ${relative(process.cwd(), e.reportPath)}`);
    process.exit(1);
  }
  const phase = e instanceof BuildError ? e.phase : 'unknown';
  console.error(`\nสร้างเว็บไซต์ไม่สำเร็จ (ขั้นตอน ${phase}) — dist/ เดิมไม่ถูกแตะต้อง`);
  console.error(`build failed at phase "${phase}"; the previous dist/ is unchanged.`);
  console.error((e as Error).message);
  process.exit(2);
}
