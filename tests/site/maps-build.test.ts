/**
 * The maps and pictures on the built pages of the bundled sample (Nakhon Sawan, province 60, its 15 districts): the
 * province page's map links every district, with the boundaries' attribution; the home page (one province) shows the
 * same map; the data page carries the attribution; an indicator page has its chart.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type Run } from './helpers';

const base = mkdtempSync(join(tmpdir(), 'omsap-maps-'));
const dist = join(base, 'dist');
let run: Run;

beforeAll(async () => {
  run = await runBuild(['--out', dist, '--state', join(base, 'state'), '--reports', join(base, 'reports')]);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const mapOf = (html: string) => /<svg class="map-svg"[^]*?<\/svg>/.exec(html)?.[0] ?? '';
const districtLinks = (svg: string, prefix: string) => [...svg.matchAll(new RegExp(`<a href="${prefix}/districts/(60\\d\\d)/" aria-label="[^"]+">`, 'g'))].map((m) => m[1]);
const FIFTEEN = Array.from({ length: 15 }, (_, i) => `60${String(i + 1).padStart(2, '0')}`);
const ATTRIBUTION_TH = 'ขอบเขตจังหวัดและอำเภอ: กรมแผนที่ทหาร เผยแพร่โดย UN OCHA ผ่าน Humanitarian Data Exchange (<a href="https://data.humdata.org/dataset/cod-ab-tha">COD-AB ประเทศไทย</a>, 2565), สัญญาอนุญาต <a href="https://creativecommons.org/licenses/by/3.0/igo/">CC BY 3.0 IGO</a>; ปรับลดรายละเอียดเส้นขอบเพื่อแสดงบนเว็บ';
const ATTRIBUTION_EN = 'Province and district boundaries: Royal Thai Survey Department, published by UN OCHA on the Humanitarian Data Exchange (<a href="https://data.humdata.org/dataset/cod-ab-tha">COD-AB Thailand</a>, 2022), licensed <a href="https://creativecommons.org/licenses/by/3.0/igo/">CC BY 3.0 IGO</a>; simplified for web display';

describe('maps on the built sample site', () => {
  it('builds', () => {
    expect(run.code, run.stderr).toBe(0);
  });

  it('the province page has the map with its 15 districts, each linked once, and the attribution', () => {
    const html = page('provinces/60');
    expect(districtLinks(mapOf(html), '').sort()).toEqual(FIFTEEN);
    expect(html).toContain(ATTRIBUTION_TH);
    const en = page('en/provinces/60');
    expect(districtLinks(mapOf(en), '/en').sort()).toEqual(FIFTEEN);
    expect(en).toContain(ATTRIBUTION_EN);
  });

  it('the province page has each district’s levels as stacked bars', () => {
    const html = page('provinces/60');
    expect(html).toContain('aria-label="จำนวนกลุ่มแต่ละระดับรายอำเภอ ปีงบประมาณ 2567"');
  });

  it('the home page of one province shows its districts’ map; the data page carries the attribution', () => {
    expect(districtLinks(mapOf(page('')), '').sort()).toEqual(FIFTEEN);
    expect(page('')).toContain(ATTRIBUTION_TH);
    expect(page('data')).toContain(ATTRIBUTION_TH);
    expect(page('en/data')).toContain(ATTRIBUTION_EN);
  });

  it('an indicator page has its failing share by district as a chart', () => {
    expect(page('indicators/S2')).toContain('aria-label="ร้อยละของกลุ่มที่ตรวจแล้วซึ่งไม่ผ่าน S2 รายอำเภอ ปีงบประมาณ 2567 เรียงจากมากไปน้อย"');
  });
});
