/**
 * npm run check [-- --data DIR --reports DIR --state DIR --no-cache]: ingest and validate only, write the data-quality report,
 * print a short Thai + English summary. Exit 0 with no errors, 1 with any error (2 when it could not run).
 */
import { join, relative, resolve } from 'node:path';
import { runPipeline } from '../src/pipeline';
import { notAuditedFrom } from '../src/report/not-audited';
import { writeQualityReport } from '../src/report/quality-report';

function arg(name: string, fallback: string): string {
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === `--${name}`) return argv[i + 1] ?? fallback;
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
  }
  return fallback;
}

async function main(): Promise<number> {
  const dataDir = resolve(arg('data', 'data'));
  const reportsDir = resolve(arg('reports', 'reports'));
  const started = Date.now();
  const cacheDir = join(resolve(arg('state', '.omsap')), 'cache');
  const { ingest, dataset, issues } = await runPipeline(dataDir, { log: (l) => console.log(l), ...(process.argv.includes('--no-cache') ? {} : { cacheDir }) });
  const audits = dataset.groups.reduce((n, g) => n + g.audits.length, 0);
  const paths = await writeQualityReport(reportsDir, {
    files: ingest.files,
    issues,
    notAudited: notAuditedFrom(dataset),
    counts: { groups: dataset.groups.length, audits },
  });
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const n = (s: string) => ingest.files.filter((f) => f.status === s).length;
  const r0 = relative(process.cwd(), paths.html);
  const rel = r0 === '' || r0.startsWith('..') ? paths.html : r0;
  const lines = [
    `ไฟล์ ${ingest.files.length}: ใช้ทั้งหมด ${n('used')} · ใช้บางส่วน ${n('partial')} · ไม่ได้ใช้ ${n('rejected')} · ข้ามไป ${n('skipped')}`,
    `  files ${ingest.files.length}: used ${n('used')} · partly used ${n('partial')} · rejected ${n('rejected')} · skipped ${n('skipped')}`,
    `กลุ่ม ${dataset.groups.length} · ผลการตรวจ ${audits} · ข้อผิดพลาด ${errors} · คำเตือน ${warnings}`,
    `  groups ${dataset.groups.length} · audits ${audits} · errors ${errors} · warnings ${warnings}`,
    `รายงานคุณภาพข้อมูล: ${rel}`,
    `  data-quality report: ${rel} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  ];
  console.log(lines.join('\n'));
  return errors > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error('ตรวจข้อมูลไม่สำเร็จ / the check could not run:', e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
