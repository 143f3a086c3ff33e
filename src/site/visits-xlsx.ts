/**
 * The visit pack as a workbook (issue 21): the same groups in the same order as /districts/{code}/visits/, one row per
 * plan row (a group without a plan has one row), group columns on its first row only, so it sorts and filters in
 * Excel or LibreOffice without losing the order column.
 */
import type { Lang } from '../lib/i18n/lang';
import { upperFirst, words } from '../lib/i18n/words';
import { sheet, workbook, xlsxBytes, type Cell } from '../sample/workbooks';
import { VISIT_PRIORITIES, type VisitPack } from './visits-view';

export function visitPackXlsx(pack: VisitPack, lang: Lang): Buffer {
  const w = words(lang);
  const v = w.visits;
  const up = upperFirst;
  const n = (i: number) => String(i + 1);
  const ordinal = Array.from({ length: VISIT_PRIORITIES }, (_, i) => i);
  const header: Cell[] = [
    up(v.part), up(v.rank), up(w.field.id), up(w.field.name), up(w.field.village), up(w.field.subdistrict), up(v.auditDate), up(v.level), up(v.score),
    ...ordinal.flatMap((i) => [up(v.priority(n(i))), up(v.lessonOf(n(i)))]),
    up(w.field.topic), up(w.field.activity), up(w.field.owner), up(w.field.due), up(w.field.progress), up(w.field.progressDate),
  ];
  const partWord = { ranked: v.ranked(pack.fy), incomplete: v.incomplete(pack.fy), notAudited: v.notAudited(pack.fy) };
  const rows: Cell[][] = [[v.sheetTitle(pack.label, pack.fy, pack.asOf)], header];
  for (const e of pack.entries) {
    const group: Cell[] = [
      partWord[e.part], e.rank, e.id, e.name, e.village, e.subdistrict, e.audit?.date ?? v.neverAudited, e.audit?.levelLabel ?? null, e.audit?.score ?? null,
      ...ordinal.flatMap((i) => {
        const p = e.priorities[i];
        return p ? [`${p.code} ${p.name}`, p.lesson] : [null, null];
      }),
    ];
    const blank = group.map(() => null);
    const plan = e.plan.length ? e.plan : [null];
    plan.forEach((p, i) => {
      rows.push([...(i === 0 ? group : blank), ...(p ? [p.topic, p.activity, p.owner, p.due, p.progress, p.progressDate] : [e.audit ? v.noPlan : null])]);
    });
  }
  const widths = [22, 6, 9, 36, 20, 16, 12, 16, 7, ...ordinal.flatMap(() => [30, 30]), 30, 40, 22, 12, 16, 12];
  return xlsxBytes(workbook([[v.sheet, sheet(rows, widths, [{ s: { r: 0, c: 0 }, e: { r: 0, c: 8 } }])]]));
}
