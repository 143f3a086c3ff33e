import { placeWithinDetail } from '../lib/issues/messages';
import { BOUNDS } from '../lib/schema/bounds';
import { REGISTRY_COLUMNS } from '../lib/schema/layouts';
import type { Place, RegistryRecord } from '../lib/schema/records';
import { type Division, type Parsed, thaiToAsciiDigits, resolveDistrict, resolveProvince, resolveSubdistrict } from '../lib/thai/index';
import { addr } from './cells';
import type { FileContext } from './context';
import { FieldReader, digest } from './field-reader';
import { compileColumns } from './headers';
import type { Sheet } from './read-workbook';
import { isBlankRow, openTable } from './table';

export const REGISTRY_LAYOUT = compileColumns(REGISTRY_COLUMNS);

export interface TableResult<T> {
  records: T[];
  /** Data rows read (blank rows not counted). */
  rows: number;
  /** Rows left out because of an error. */
  rejected: number;
  /** Rows rejected for their own errors that had a valid id (registry only): the id, and the index in the file's
   *  issues of the row's first error (the root cause its audits are folded under). */
  rejectedRows?: { id: string; issue: number }[];
}

type PlaceFail = { level: 'province' | 'district' | 'subdistrict'; p: Parsed<Division>; within?: Division };
type Places = { ok: true; province: Place; district: Place; subdistrict: Place } | { ok: false; fail: PlaceFail };

const place = (d: Division): Place => ({ code: d.code, name: d.name, nameEn: d.nameEn });

/** Resolves province → district → sub-district; `อ.เมือง` resolves through the row's province. */
function resolvePlaces(ctx: FileContext, province: string, district: string, subdistrict: string): Places {
  const p = resolveProvince(ctx.divisions, province);
  if (!p.ok) return { ok: false, fail: { level: 'province', p } };
  const d = resolveDistrict(ctx.divisions, p.value.code, district);
  if (!d.ok) return { ok: false, fail: { level: 'district', p: d, within: p.value } };
  const s = resolveSubdistrict(ctx.divisions, d.value.code, subdistrict);
  if (!s.ok) return { ok: false, fail: { level: 'subdistrict', p: s, within: d.value } };
  return { ok: true, province: place(p.value), district: place(d.value), subdistrict: place(s.value) };
}

/** A registry row's values, read in the order of its columns' checks (each bad value is reported as it is read). */
function readRow(fr: FieldReader, r: number, c: (f: string) => number | undefined) {
  const id = fr.groupId(r, c('id'), 'id');
  const name = fr.text(r, c('name'), 'name', true);
  const village = fr.text(r, c('village'), 'village');
  const mooText = fr.text(r, c('moo'), 'moo');
  const moo = mooText === undefined ? undefined : thaiToAsciiDigits(mooText);
  const province = fr.text(r, c('province'), 'province', true);
  const district = fr.text(r, c('district'), 'district', true);
  const subdistrict = fr.text(r, c('subdistrict'), 'subdistrict', true);
  const founded = fr.date(r, c('founded'), 'founded');
  const members = fr.number(r, c('members'), 'members', BOUNDS.people);
  const savings = fr.number(r, c('savings'), 'savings', BOUNDS.money);
  const status = fr.status(r, c('status'), 'status');
  const lat = fr.number(r, c('lat'), 'lat', BOUNDS.lat);
  const lon = fr.number(r, c('lon'), 'lon', BOUNDS.lon);
  return { id, name, village, moo, province, district, subdistrict, founded, members, savings, status, lat, lon };
}
type RowValues = ReturnType<typeof readRow>;

/** The row's places, resolved once per distinct (province, district, sub-district) text; an unknown one is reported. */
function rowPlaces(ctx: FileContext, fr: FieldReader, cache: Map<string, Places>, r: number, c: (f: string) => number | undefined, v: RowValues): Places | undefined {
  const { province: prov, district: dist, subdistrict: sub } = v;
  if (prov === undefined || dist === undefined || sub === undefined) return undefined;
  const key = `${prov}\u0000${dist}\u0000${sub}`;
  let places = cache.get(key);
  if (places === undefined) {
    places = resolvePlaces(ctx, prov, dist, sub);
    cache.set(key, places);
  }
  if (!places.ok) {
    const { level, p, within } = places.fail;
    const cc = level === 'province' ? c('province')! : level === 'district' ? c('district')! : c('subdistrict')!;
    if (!p.ok) {
      fr.issue('E_PLACE_UNKNOWN', r, cc, level, p.found, p.expected, placeWithinDetail(level, within));
    }
  }
  return places;
}

/** Registry sheet rows → RegistryRecords (DESIGN §4.3). Private columns go to ctx.privateValues only. */
export function parseRegistry(ctx: FileContext, sheet: Sheet): TableResult<RegistryRecord> {
  const out: TableResult<RegistryRecord> = { records: [], rows: 0, rejected: 0, rejectedRows: [] };
  const table = openTable(ctx, sheet, REGISTRY_LAYOUT);
  if (!table) return out;
  const col = table.match.columns;
  const c = (f: string) => col.get(f);
  const privateCols = REGISTRY_COLUMNS.filter((s) => s.private && col.has(s.field)).map((s) => [s.field, col.get(s.field)!] as const);
  const scan = [...table.cols, ...table.personal.map((p) => p.col)];
  const cache = new Map<string, Places>();
  const fr = new FieldReader(ctx, sheet.name, sheet.rows);

  for (let r = table.match.row + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (isBlankRow(row, scan)) continue;
    out.rows++;
    fr.startRecord();
    const firstIssue = ctx.issues.length;
    const privateDigests: Record<string, string> = {};
    fr.recordVillage(r, c('village'));
    for (const [field, pc] of privateCols) {
      const v = fr.private_(r, pc, field);
      if (v !== undefined) privateDigests[field] = digest(v);
    }
    fr.personal(r, table.personal);

    const v = readRow(fr, r, c);
    const places = rowPlaces(ctx, fr, cache, r, c, v);
    if (fr.bad || v.id === undefined || v.name === undefined || !places?.ok) {
      out.rejected++;
      let issue = firstIssue;
      while (issue < ctx.issues.length && ctx.issues[issue]!.severity !== 'error') issue++;
      if (v.id !== undefined && issue < ctx.issues.length) out.rejectedRows!.push({ id: v.id, issue });
      continue;
    }
    const cells: Record<string, string> = {};
    for (const [f, cc] of col) cells[f] = addr(r, cc);
    const source = { file: ctx.file, ...(sheet.name !== '' ? { sheet: sheet.name } : {}), row: r + 1, cells, ...(Object.keys(privateDigests).length > 0 ? { privateDigests } : {}) };
    out.records.push(registryRecord({ ...v, id: v.id, name: v.name }, places, source));
  }
  if (out.rows === 0) ctx.report('W_NO_ROWS', { sheet: sheet.name });
  return out;
}

/** The record of a row read without error: its optional values only where the row gave them. */
function registryRecord(v: RowValues & { id: string; name: string }, places: Extract<Places, { ok: true }>, source: RegistryRecord['source']): RegistryRecord {
  const rec: RegistryRecord = {
    id: v.id,
    name: v.name,
    subdistrict: places.subdistrict,
    district: places.district,
    province: places.province,
    status: v.status ?? 'active',
    source,
  };
  if (v.village !== undefined) rec.village = v.village;
  if (v.moo !== undefined) rec.moo = v.moo;
  if (v.founded !== undefined) rec.founded = v.founded;
  if (v.members !== undefined) rec.members = v.members;
  if (v.savings !== undefined) rec.savings = v.savings;
  if (v.lat !== undefined) rec.lat = v.lat;
  if (v.lon !== undefined) rec.lon = v.lon;
  return rec;
}
