import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvText, criteriaCsv, groupsCsv, groupCsvFields } from '../../src/site/csv';
import { tagSlug } from '../../src/site/km';
import { ICON_SHAPES, indicatorValueText, levelView, medianText } from '../../src/site/format';
import { escapeHtml, icon, levelBadge, phrasesHtml, statusMark } from '../../src/site/markup';
import { DEFAULT_CRITERIA as C } from '../../src/lib/health/default-criteria';
import { readDatasetFile } from '../../src/site/data';
import { columnLabelsCss } from '../../src/site/column-labels';

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
    const lines = groupsCsv(d, C, 'th').trimEnd().split('\r\n');
    const expected = d.groups.reduce((s, g) => s + Math.max(1, g.audits.length), 0);
    expect(lines.length).toBe(1 + expected);
    expect(lines[0]!.replace(BOM, '').split(',')).toEqual(groupCsvFields(C, 'th').map((f) => f.name));
    // The hostile group name with HTML stays plain text in the CSV.
    expect(lines.some((l) => l.includes('<b>ทดสอบ</b>'))).toBe(true);
  });
  it('groups.csv ends with the follow-through columns (schemaVersion 2), after every version-1 column', () => {
    const d = readDatasetFile('tests/fixtures/site/dataset.json');
    const lines = groupsCsv(d, C, 'th').trimEnd().split('\r\n');
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
  it('criteria.csv lists every indicator, with its rule in words of the download\'s language', () => {
    const th = criteriaCsv(C, 'th').trimEnd().split('\r\n');
    const en = criteriaCsv(C, 'en').trimEnd().split('\r\n');
    expect(th).toHaveLength(1 + C.indicators.length);
    expect(th[0]).toBe(`${BOM}criteria,code,dimension,dimension_th,indicator_th,indicator_en,max_points,rule_th,red_flag_th`);
    expect(en[0]).toBe(`${BOM}criteria,code,dimension,dimension_en,indicator_th,indicator_en,max_points,rule_en,red_flag_en`);
    // F1 in DESIGN §5.1: ≤ 5 % → 10; ≤ 10 % → 5; else 0 · red flag above 20 %
    expect(en.find((l) => l.startsWith('omsap-2567,F1,'))).toBe('omsap-2567,F1,F,Finance,หนี้ค้างชำระต่อเงินให้กู้คงเหลือ,Overdue loans to loans outstanding,10,≤ 5% → 10; ≤ 10% → 5; else 0,above 20% → level 3 at once');
    expect(th.find((l) => l.startsWith('omsap-2567,B1,'))).toContain(',ใช่ ได้ 8; ไม่ใช่ 0,ตอบว่าไม่ใช่ → ระดับ 3 ทันที');
  });
  it('the English groups.csv has the same columns, with English place names and level labels', () => {
    const d = readDatasetFile('tests/fixtures/site/dataset.json');
    const th = groupsCsv(d, C, 'th').trimEnd().split('\r\n');
    const en = groupsCsv(d, C, 'en').trimEnd().split('\r\n');
    expect(en[0]).toBe(th[0]);
    // Group A of DESIGN §5.4 is 6010-0001 in the fixture: Phayuha sub-district, level 1 in FY 2567.
    const row = en.find((l) => l.startsWith('6010-0001,') && l.includes(',2567,'))!;
    expect(row).toContain(',601001,Phayuha,6010,Phayuha Khiri,60,Nakhon Sawan,active,');
    expect(row).toContain(',97,1,good,false,');
    expect(th.find((l) => l.startsWith('6010-0001,') && l.includes(',2567,'))).toContain(',97,1,ดี,false,');
  });
});

describe('KM tags', () => {
  it('tag slugs are stable ASCII', () => {
    expect(tagSlug('แผนพัฒนา')).toMatch(/^t-[0-9a-f]{8}$/);
    expect(tagSlug('แผนพัฒนา')).toBe(tagSlug('แผนพัฒนา'));
  });
});

describe('formatting', () => {
  it('levels have a word and an icon, never colour alone; numbered in both languages', () => {
    expect(levelView(1, 'th')).toMatchObject({ word: 'ดี', icon: '✔', label: 'ระดับ 1 ดี', css: 'good' });
    expect(levelView(3, 'en')).toMatchObject({ word: 'needs improvement', icon: '✖', label: 'Level 3: needs improvement' });
    expect(levelView(null, 'th')).toMatchObject({ word: 'ข้อมูลไม่ครบ', label: 'ข้อมูลไม่ครบ' });
    expect(levelView(null, 'en', false)).toMatchObject({ word: 'not audited', css: 'none', icon: '○' });
    // The shapes pages draw (src/site/markup.ts icon(), site.css), one per level, none alike.
    expect([1, 2, 3].map((l) => levelView(l as 1 | 2 | 3, 'th').shape)).toEqual(['check', 'triangle', 'cross']);
    expect([levelView(null, 'th').shape, levelView(null, 'th', false).shape]).toEqual(['question', 'circle']);
  });
  it('small markup as plain HTML: an icon, a result, a level, phrases, escaped as Astro escapes', () => {
    expect(icon('dash')).toBe('<span class="icon icon--dash" aria-hidden="true"></span>');
    expect(statusMark('n/a', 'en')).toBe(`<span class="status status--n/a">${icon('dash')} not applicable</span>`);
    expect(levelBadge(3, 'en')).toBe(`<span class="level level--poor">${icon('cross')} Level 3: needs improvement</span>`);
    expect(levelBadge(3, 'en', { withNumber: false })).toBe(`<span class="level level--poor">${icon('cross')} Needs improvement</span>`);
    expect(levelBadge(null, 'th', { audited: false })).toBe(`<span class="level level--none">${icon('circle')} ยังไม่ได้ตรวจ</span>`);
    expect(phrasesHtml('  เยี่ยมบ้านลูกหนี้ค้างชำระ a<b> ')).toBe('<span class="nobr">เยี่ยมบ้านลูกหนี้ค้างชำระ</span> a&lt;b&gt;');
    expect(escapeHtml(`Tom & "Jerry's" <b>`)).toBe('Tom &amp; &quot;Jerry&#39;s&quot; &lt;b&gt;');
  });

  it('site.css draws every shape a page names, each from an SVG of its own', () => {
    const styles = new URL('../../src/styles/', import.meta.url);
    const css = readFileSync(fileURLToPath(new URL('site.css', styles)), 'utf8');
    const shapes = [...ICON_SHAPES, 'flag'].map((shape) => {
      expect(css, shape).toContain(`.icon--${shape} { --shape: url("./icons/${shape}.svg"); }`);
      return readFileSync(fileURLToPath(new URL(`icons/${shape}.svg`, styles)), 'utf8');
    });
    for (const svg of shapes) expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 16 16">(<path d="[^"]+"[^>]*\/>)+<\/svg>\n$/);
    expect(new Set(shapes).size).toBe(shapes.length);
    // The mask paints with the background, which print leaves out unless told.
    expect(css).toMatch(/\.icon \{[^}]*mask: var\(--shape\)[^}]*print-color-adjust: exact;/);
  });

  it('the indicators table’s column labels: a stylesheet rule per column and language, only where tables stack', () => {
    const css = columnLabelsCss();
    expect(css.startsWith('@media screen and (max-width: 40rem) {\n')).toBe(true);
    expect(css).toContain('  :lang(th) table.indicator-table td:nth-of-type(1)::before { content: "ค่าที่วัดได้"; }\n');
    expect(css).toContain('  :lang(th) table.indicator-table td:nth-of-type(6)::before { content: "มัธยฐานจังหวัด"; }\n');
    expect(css).toContain('  :lang(en) table.indicator-table td:nth-of-type(4)::before { content: "Result"; }\n');
    expect(css.match(/::before/g)).toHaveLength(12);
    // The breakpoint is site.css's own.
    const site = readFileSync(fileURLToPath(new URL('../../src/styles/site.css', import.meta.url)), 'utf8');
    expect(site).toContain('@media screen and (max-width: 40rem) {\n  table.stack thead');
  });

  it('indicator values read as people say them', () => {
    expect(indicatorValueText(ind('B1'), true, 'th')).toBe('ใช่');
    expect(indicatorValueText(ind('B1'), false, 'en')).toBe('no');
    expect(indicatorValueText(ind('F1'), 0.04, 'en')).toBe('4.0%');
    expect(indicatorValueText(ind('G2'), 12, 'th')).toBe('12');
    expect(indicatorValueText(ind('F1'), null, 'th')).toBe('–');
  });
  it('medians: a yes/no median is the majority answer; counts without a trailing .0', () => {
    expect(medianText(ind('G1'), 0.5, 'en')).toBe('yes');
    expect(medianText(ind('G1'), 0.4, 'th')).toBe('ไม่ใช่');
    expect(medianText(ind('G2'), 10, 'th')).toBe('10');
    expect(medianText(ind('G2'), 10.5, 'th')).toBe('10.5');
    expect(medianText(ind('F1'), 0.041, 'en')).toBe('4.1%');
  });
});
