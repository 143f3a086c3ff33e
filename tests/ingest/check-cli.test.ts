import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, fx } from './helpers';

/** Every file under dir → sha256, to prove the input folder is untouched. */
function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

function check(data: string) {
  const reports = mkdtempSync(join(tmpdir(), 'omsap-reports-'));
  const state = mkdtempSync(join(tmpdir(), 'omsap-state-')); // never the checkout's own .omsap/ (its published summary)
  const before = hashTree(data);
  // No KM articles here: these cases are about data files (the project's content/ would be read by default).
  const content = mkdtempSync(join(tmpdir(), 'omsap-content-'));
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--data', data, '--content', content, '--reports', reports, '--state', state], { encoding: 'utf8', timeout: 300_000 });
  expect(hashTree(data)).toEqual(before);
  return { ...r, reports };
}

describe('npm run check', () => {
  it('a misspelt flag is an error naming the valid flags (exit 2), not ignored', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--dat', 'elsewhere', '--allow-shrnk'], { encoding: 'utf8', timeout: 300_000 });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      "ตรวจข้อมูลไม่สำเร็จ / the check could not run: อ่านคำสั่งไม่ได้ (Unknown option '--dat') — ตัวเลือกที่ใช้ได้: --data, --content, --reports, --state, --no-cache, --allow-shrink / cannot read the command line (Unknown option '--dat') — the options are: --data, --content, --reports, --state, --no-cache, --allow-shrink",
    );
    expect(r.stdout).toBe('');
  });

  it('exits 0 on good data, writes both reports, leaves data/ byte-identical', () => {
    const data = dataDir({
      'registry/registry.xlsx': fx('registry.xlsx'),
      'audits/2567/a.xlsx': fx('audit-book-group-A.xlsx'),
      'audits/2567/b.xls': fx('audit-book-group-B.xls'),
    });
    const r = check(data);
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('กลุ่ม 3 · ผลการตรวจ 2 · ข้อผิดพลาด 0');
    expect(r.stdout).toContain('groups 3 · audits 2 · errors 0');
    const json = JSON.parse(readFileSync(join(r.reports, 'data-quality.json'), 'utf8'));
    // Root causes first: the registry before the audits.
    expect(json.files.map((f: { path: string; status: string }) => [f.path, f.status])).toEqual([
      ['registry/registry.xlsx', 'used'],
      ['audits/2567/a.xlsx', 'used'],
      ['audits/2567/b.xls', 'used'],
    ]);
    expect(json.notAudited).toEqual([{ fiscalYear: 2567, groups: [] }]); // 6003003 is inactive: not expected to be audited
    const html = readFileSync(join(r.reports, 'data-quality.html'), 'utf8');
    expect(html).toContain('<html lang="th">');
    for (const p of ['089-000-1111', 'นางตัวอย่าง', 'นายทดสอบ']) {
      expect(html).not.toContain(p);
      expect(JSON.stringify(json)).not.toContain(p);
    }
  });

  it('exits 1 when any file has an error; the other files still arrive; HTML is escaped', () => {
    const data = dataDir({
      'registry/registry.xlsx': fx('registry.xlsx'),
      'registry/broken.xlsx': 'not a workbook',
      'registry/<b>.csv': 'รหัสกลุ่ม,ชื่อกลุ่ม,ตำบล,อำเภอ,จังหวัด\n7001001,<script>alert(1)</script>,หนองปลิง,เมืองนครสวรรค์,นครสวรรค์\n7001002,ดี,ไม่มีตำบลนี้,เมืองนครสวรรค์,นครสวรรค์\n',
      'audits/2567/a.xlsx': fx('audit-book-group-A.xlsx'),
    });
    const r = check(data);
    expect(r.status).toBe(1);
    const json = JSON.parse(readFileSync(join(r.reports, 'data-quality.json'), 'utf8'));
    const status = Object.fromEntries(json.files.map((f: { path: string; status: string }) => [f.path, f.status]));
    expect(status).toEqual({ 'audits/2567/a.xlsx': 'used', 'registry/<b>.csv': 'partial', 'registry/broken.xlsx': 'rejected', 'registry/registry.xlsx': 'used' });
    expect(json.issues.map((i: { code: string; file: string; cell?: string }) => [i.file, i.code, i.cell ?? null])).toEqual([
      ['registry/<b>.csv', 'E_PLACE_UNKNOWN', 'C3'],
      ['registry/broken.xlsx', 'E_FILE_NOT_WORKBOOK', null],
      ['registry/registry.xlsx', 'W_UNKNOWN_COLUMN', 'N2'],
    ]);
    expect(json.notAudited).toEqual([{ fiscalYear: 2567, groups: ['6001002', '7001001'] }]);
    const html = readFileSync(join(r.reports, 'data-quality.html'), 'utf8');
    expect(html).not.toContain('<b>.csv');
    expect(html).toContain('&lt;b&gt;.csv');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
