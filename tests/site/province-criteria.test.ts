/**
 * A province's own criteria workbook (data/criteria/*.xlsx, sheet เกณฑ์) replaces the default: the scores,
 * the dataset's criteria id and the methodology page all follow it (DESIGN §5).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA } from '../../src/lib/health/default-criteria';
import { criteriaToRows } from '../../src/lib/health/criteria-rows';
import { runBuild, type Run } from './helpers';

const base = mkdtempSync(join(tmpdir(), 'omsap-criteria-'));
const data = join(base, 'data');
let run: Run;

beforeAll(async () => {
  mkdirSync(join(data, 'registry'), { recursive: true });
  mkdirSync(join(data, 'audits', '2567'), { recursive: true });
  mkdirSync(join(data, 'criteria'), { recursive: true });
  cpSync('tests/fixtures/office/registry.xlsx', join(data, 'registry', 'registry.xlsx'));
  cpSync('tests/fixtures/office/audit-book-group-A.xlsx', join(data, 'audits', '2567', 'a.xlsx'));
  // The province's table: the default with its own id, and B1 no longer a red flag (F1 stays one).
  const own = {
    ...DEFAULT_CRITERIA, id: 'nsw-2568', th: 'เกณฑ์จังหวัดนครสวรรค์ 2568', en: 'Nakhon Sawan criteria 2568',
    indicators: DEFAULT_CRITERIA.indicators.map(({ redFlag, ...i }) => (i.code === 'B1' ? i : { ...i, ...(redFlag ? { redFlag } : {}) })),
  };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(criteriaToRows(own)), 'เกณฑ์');
  writeFileSync(join(data, 'criteria', 'เกณฑ์จังหวัด.xlsx'), XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
  run = await runBuild(['--data', data, '--out', join(base, 'dist'), '--state', join(base, 'state'), '--reports', join(base, 'reports')]);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('a province criteria workbook', () => {
  it('scores the audits and names itself in the dataset', () => {
    expect(run.code, run.stderr + run.stdout).toBe(0);
    const dataset = JSON.parse(readFileSync(join(base, 'state', 'dataset.json'), 'utf8'));
    expect(dataset.criteria).toBe('nsw-2568');
    const a = dataset.groups.find((g: { id: string }) => g.id === '6001001');
    expect(a.audits[0].criteria).toBe('nsw-2568');
    expect(a.audits[0].score).toBeCloseTo(97, 9);
  });

  it('is the table the methodology page shows', () => {
    const html = readFileSync(join(base, 'dist', 'methodology', 'index.html'), 'utf8');
    expect(html).toContain('nsw-2568');
    expect(html).toContain('เกณฑ์จังหวัดนครสวรรค์ 2568');
    expect(html).not.toContain('omsap-2567');
  });

  it('explains its own red-flag indicators in the ranking rules, in both languages (never a hard-coded "B1, F1")', () => {
    const th = readFileSync(join(base, 'dist', 'methodology', 'index.html'), 'utf8');
    const en = readFileSync(join(base, 'dist', 'en', 'methodology', 'index.html'), 'utf8');
    // Each code links to its indicator page (issue 20: no dead ends).
    expect(th).toContain('คะแนนที่เสียไปในตัวชี้วัดธงแดง (<a href="/indicators/F1/">F1</a>) มากก่อน');
    expect(en).toContain('more points lost on red-flag indicators (<a href="/en/indicators/F1/">F1</a>) first');
    expect(th + en).not.toContain('B1, F1');
    expect(th).toContain('เกณฑ์ชุดนี้เป็นเกณฑ์ของจังหวัดที่ใช้แทนเกณฑ์ชุดเริ่มต้นของ Omsap');
  });
});
