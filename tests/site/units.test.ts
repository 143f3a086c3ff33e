import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvText, criteriaCsv, groupsCsv, groupCsvFields } from '../../src/site/csv';
import { tagSlug } from '../../src/site/km';
import { fmtPercent, fmtScore, fmtInt, levelView, thresholdText, fmtIndicatorValue } from '../../src/site/format';
import { DEFAULT_CRITERIA as C } from '../../src/lib/health/default-criteria';
import { readDatasetFile } from '../../src/site/data';

const ind = (code: string) => C.indicators.find((i) => i.code === code)!;

describe('CSV', () => {
  it('neutralises formula-looking text with a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+66812345678')).toBe("'+66812345678");
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
    expect(csvCell('กลุ่ม, บ้าน "ใหม่"')).toBe('"กลุ่ม, บ้าน ""ใหม่"""');
  });
  it('writes numbers as numbers (a loss stays negative) and empty for missing', () => {
    expect(csvCell(-5000)).toBe('-5000');
    expect(csvCell(0.1 + 0.2)).toBe('0.3');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
  it('starts with a BOM and ends rows with CRLF', () => {
    const t = csvText([['a', 'b'], [1, 2]]);
    expect(t.startsWith(BOM)).toBe(true);
    expect(t).toBe(`${BOM}a,b\r\n1,2\r\n`);
  });
  it('groups.csv has one row per group-audit, and a row for a group never audited', () => {
    const d = readDatasetFile('tests/fixtures/site/dataset.json');
    const lines = groupsCsv(d, C).trimEnd().split('\r\n');
    const expected = d.groups.reduce((s, g) => s + Math.max(1, g.audits.length), 0);
    expect(lines.length).toBe(1 + expected);
    expect(lines[0]!.replace(BOM, '').split(',')).toEqual(groupCsvFields(C).map((f) => f.name));
    // The hostile group name with HTML stays plain text in the CSV.
    expect(lines.some((l) => l.includes('<b>ทดสอบ</b>'))).toBe(true);
  });
  it('groups.csv ends with the follow-through columns (schemaVersion 2), after every version-1 column', () => {
    const d = readDatasetFile('tests/fixtures/site/dataset.json');
    const lines = groupsCsv(d, C).trimEnd().split('\r\n');
    const header = lines[0]!.replace(BOM, '').split(',');
    // version 1: 14 group columns + 9 audit columns + 12 financial fields + 17 indicators × 3 = 86 columns
    expect(header.indexOf('S2_status')).toBe(85);
    expect(header.slice(86, 91)).toEqual(['followthrough_from_fiscal_year', 'followthrough_planned', 'followthrough_planned_fixed', 'G1_followthrough', 'G1_planned']);
    expect(header).toHaveLength(86 + 3 + 17 * 2);
    const cells = (id: string, fy: number) => {
      const row = lines.find((l) => l.startsWith(`${id},`) && l.split(',')[14] === String(fy))!.split(',');
      return Object.fromEntries(header.map((h, i) => [h, row[i]]));
    };
    // 6010-0002: its 2566 plan named F1 (by code) and B2 (by its Thai name); both lost the same points in 2567
    const r = cells('6010-0002', 2567);
    expect([r.followthrough_from_fiscal_year, r.followthrough_planned, r.followthrough_planned_fixed]).toEqual(['2566', '2', '0']);
    expect([r.F1_followthrough, r.F1_planned, r.B2_followthrough, r.B2_planned, r.M1_followthrough, r.M1_planned]).toEqual(['same', 'true', 'same', 'true', 'same', 'false']);
    expect([r.G1_followthrough, r.G1_planned]).toEqual(['', '']); // G1 lost no points in 2566
    const first = cells('6010-0002', 2566);
    expect(header.slice(86).map((h) => first[h])).toEqual(Array(3 + 17 * 2).fill(''));
  });
  it('criteria.csv lists every indicator', () => {
    expect(criteriaCsv(C).trimEnd().split('\r\n')).toHaveLength(1 + C.indicators.length);
  });
});

describe('KM tags', () => {
  it('tag slugs are stable ASCII', () => {
    expect(tagSlug('แผนพัฒนา')).toMatch(/^t-[0-9a-f]{8}$/);
    expect(tagSlug('แผนพัฒนา')).toBe(tagSlug('แผนพัฒนา'));
  });
});

describe('formatting', () => {
  it('Thai number formats, one-decimal scores and percents', () => {
    expect(fmtInt(1234567)).toBe('1,234,567');
    expect(fmtScore(97)).toBe('97.0');
    expect(fmtScore(31.04)).toBe('31.0');
    expect(fmtPercent(0.04)).toBe('4.0%');
    expect(fmtScore(null)).toBe('–');
  });
  it('levels have a word and an icon, never colour alone', () => {
    expect(levelView(1)).toMatchObject({ th: 'ดี', icon: '✔' });
    expect(levelView(3)).toMatchObject({ th: 'ต้องปรับปรุง', icon: '✖' });
    expect(levelView(null)).toMatchObject({ th: 'ข้อมูลไม่ครบ' });
    expect(levelView(null, false)).toMatchObject({ th: 'ยังไม่ได้ตรวจ' });
  });
  it('threshold text comes from the criteria bands', () => {
    expect(thresholdText(ind('G2'))).toBe('≥ 12 ได้ 8 คะแนน; ≥ 6 ได้ 4 คะแนน; อื่น ๆ 0');
    expect(thresholdText(ind('F1'))).toBe('≤ 5% ได้ 10 คะแนน; ≤ 10% ได้ 5 คะแนน; อื่น ๆ 0');
    expect(thresholdText(ind('F2'))).toContain('มากกว่า 90% ถึง 100% ได้ 3 คะแนน');
    expect(thresholdText(ind('B1'))).toBe('ใช่ ได้ 8 คะแนน; ไม่ใช่ 0');
  });
  it('indicator values read as people say them', () => {
    expect(fmtIndicatorValue(ind('B1'), true)).toBe('ใช่');
    expect(fmtIndicatorValue(ind('F1'), 0.04)).toBe('4.0%');
    expect(fmtIndicatorValue(ind('G2'), 12)).toBe('12');
    expect(fmtIndicatorValue(ind('F1'), null)).toBe('–');
  });
});
