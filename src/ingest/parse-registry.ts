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

/** Registry sheet rows → RegistryRecords (DESIGN §4.3). Private columns go to ctx.privateValues only. */
export function parseRegistry(ctx: FileContext, sheet: Sheet): TableResult<RegistryRecord> {
  const out: TableResult<RegistryRecord> = { records: [], rows: 0, rejected: 0, rejectedRows: [] };
  const table = openTable(ctx, sheet, REGISTRY_LAYOUT);
  if (!table) return out;
  const col = table.match.columns;
  const c = (f: string) => col.get(f);
  const cId = c('id'), cName = c('name'), cVillage = c('village'), cMoo = c('moo');
  const cSub = c('subdistrict'), cDist = c('district'), cProv = c('province');
  const cFounded = c('founded'), cMembers = c('members'), cSavings = c('savings'), cStatus = c('status');
  const cLat = c('lat'), cLon = c('lon');
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
    fr.recordVillage(r, cVillage);
    for (const [field, pc] of privateCols) {
      const v = fr.private_(r, pc, field);
      if (v !== undefined) privateDigests[field] = digest(v);
    }
    fr.personal(r, table.personal);

    const id = fr.groupId(r, cId, 'id');
    const name = fr.text(r, cName, 'name', true);
    const village = fr.text(r, cVillage, 'village');
    const mooText = fr.text(r, cMoo, 'moo');
    const moo = mooText === undefined ? undefined : thaiToAsciiDigits(mooText);
    const prov = fr.text(r, cProv, 'province', true);
    const dist = fr.text(r, cDist, 'district', true);
    const sub = fr.text(r, cSub, 'subdistrict', true);
    const founded = fr.date(r, cFounded, 'founded');
    const members = fr.number(r, cMembers, 'members', BOUNDS.people);
    const savings = fr.number(r, cSavings, 'savings', BOUNDS.money);
    const status = fr.status(r, cStatus, 'status');
    const lat = fr.number(r, cLat, 'lat', BOUNDS.lat);
    const lon = fr.number(r, cLon, 'lon', BOUNDS.lon);

    let places: Places | undefined;
    if (prov !== undefined && dist !== undefined && sub !== undefined) {
      const key = `${prov}\u0000${dist}\u0000${sub}`;
      places = cache.get(key);
      if (places === undefined) {
        places = resolvePlaces(ctx, prov, dist, sub);
        cache.set(key, places);
      }
      if (!places.ok) {
        const { level, p, within } = places.fail;
        const cc = level === 'province' ? cProv! : level === 'district' ? cDist! : cSub!;
        if (!p.ok) {
          fr.issue('E_PLACE_UNKNOWN', r, cc, level, p.found, p.expected, placeWithinDetail(level, within));
        }
      }
    }
    if (fr.bad || id === undefined || name === undefined || !places?.ok) {
      out.rejected++;
      let issue = firstIssue;
      while (issue < ctx.issues.length && ctx.issues[issue]!.severity !== 'error') issue++;
      if (id !== undefined && issue < ctx.issues.length) out.rejectedRows!.push({ id, issue });
      continue;
    }
    const cells: Record<string, string> = {};
    for (const [f, cc] of col) cells[f] = addr(r, cc);
    const rec: RegistryRecord = {
      id,
      name,
      subdistrict: places.subdistrict,
      district: places.district,
      province: places.province,
      status: status ?? 'active',
      source: { file: ctx.file, ...(sheet.name !== '' ? { sheet: sheet.name } : {}), row: r + 1, cells, ...(Object.keys(privateDigests).length > 0 ? { privateDigests } : {}) },
    };
    if (village !== undefined) rec.village = village;
    if (moo !== undefined) rec.moo = moo;
    if (founded !== undefined) rec.founded = founded;
    if (members !== undefined) rec.members = members;
    if (savings !== undefined) rec.savings = savings;
    if (lat !== undefined) rec.lat = lat;
    if (lon !== undefined) rec.lon = lon;
    out.records.push(rec);
  }
  if (out.rows === 0) ctx.report('W_NO_ROWS', { sheet: sheet.name });
  return out;
}
