/**
 * A pre-filled audit book for next year's visit (issue 21): the template's four sheets with the group's id, name and
 * the fiscal year filled in and every answer blank, the last audit's figures and results in a column beside the
 * blanks (shown, never read), and a reference sheet (ข้อมูลประกอบ, passed over by ingest) with the group's public
 * registry fields and its last plan with the progress the group reported. Private cells (the audit team) stay empty.
 * Built from the same layout table ingest reads, so a filled book reads back. Pure.
 */
import type * as XLSX from 'xlsx';
import { bookIndicators, type Criteria } from '../lib/schema/criteria';
import type { Group } from '../lib/schema/dataset';
import { BOOK_SHEETS, COVER_LABELS, FINANCIAL_LABELS, INDICATOR_COLUMNS, INDICATOR_COLUMNS_READ, PLAN_COLUMNS, REFERENCE_SHEET, type FieldHeader } from '../lib/schema/layouts';
import { FINANCIAL_FIELDS } from '../lib/schema/records';
import { words } from '../lib/i18n/words';
import { formatter } from '../lib/i18n/format';
import { sheet, workbook, type Cell } from '../sample/workbooks';
import { INSTRUCTIONS_SHEET, bookTemplate } from '../templates/templates';
import { levelView } from '../site/format';

const first = (f: FieldHeader) => f.headers[0]!;
const W = words('th');
const B = W.books;
const f = formatter('th');

export function prefilledBook(group: Group, fiscalYear: number, criteria: Criteria): XLSX.WorkBook {
  const last = [...group.audits].reverse().find((a) => a.fiscalYear < fiscalYear);
  const lastFy = last ? String(last.fiscalYear) : '';
  const previous = last ? B.previous(lastFy) : null;

  const coverValue: Record<string, Cell> = { groupId: group.id, groupName: group.name, fiscalYear };
  const cover = sheet([[W.template.item, W.template.value], ...COVER_LABELS.map((l) => [first(l), coverValue[l.field] ?? null])], [18, 48]);

  const financials = sheet(
    [[W.template.item, W.template.amount, previous], ...FINANCIAL_LABELS.map((l) => [first(l), null, last?.financials[l.field as (typeof FINANCIAL_FIELDS)[number]] ?? null])],
    [30, 16, 22],
  );

  const results = new Map((last?.indicators ?? []).map((r) => [r.code, r]));
  const lastResult = (code: string): Cell => {
    const r = results.get(code);
    return r ? `${W.indicatorStatus[r.status]} ${f.int(r.points)}/${f.int(r.max)}` : null;
  };
  const books = bookIndicators(criteria);
  const indicators = sheet(
    [[...INDICATOR_COLUMNS.map(first), last ? first(INDICATOR_COLUMNS_READ.at(-1)!) : null], ...books.map((b) => [b.code, b.th, null, null, lastResult(b.code)])],
    [7, 50, 10, 32, 22],
  );

  const plan = sheet([PLAN_COLUMNS.map(first)], [7, 36, 40, 36, 48, 22, 14, 16, 14, 36]);

  const registryRow = (label: string, value: Cell): Cell[] => [label, value];
  const ref: Cell[][] = [
    [B.refTitle(group.name, group.id)],
    [],
    [B.registry],
    registryRow(W.field.id, group.id),
    registryRow(W.field.name, group.name),
    registryRow(W.field.village, group.village ?? null),
    registryRow(W.field.moo, group.moo ?? null),
    registryRow(W.field.subdistrict, group.subdistrict.name),
    registryRow(W.field.district, group.district.name),
    registryRow(W.field.province, group.province.name),
    registryRow(W.field.founded, group.founded ? f.date(group.founded) : null),
    registryRow(W.field.members, group.members ?? null),
    registryRow(W.field.savings, group.savings ?? null),
    registryRow(W.field.status, W.groupStatus[group.status]),
    [],
  ];
  if (!last) ref.push([B.never]);
  else {
    ref.push(
      [B.lastAudit(lastFy)],
      registryRow(B.auditDate, f.date(last.date)),
      registryRow(B.level, levelView(last.level, 'th').label),
      registryRow(B.score, last.score === null ? null : f.score(last.score)),
      registryRow(B.priorities, last.priorities.join(', ')),
      [],
      [B.lastPlan(lastFy)],
    );
    if (last.plan.length === 0) ref.push([B.noPlan]);
    else {
      ref.push(PLAN_COLUMNS.map(first));
      for (const p of last.plan) {
        ref.push([
          p.order ?? null, p.topic, p.cause ?? null, p.approach ?? null, p.activity ?? null, p.owner ?? null, p.due ? f.date(p.due, 'short') : null,
          p.progress ? W.planProgress.status[p.progress.status] : null, p.progress?.date ? f.date(p.progress.date, 'short') : null, p.progress?.note ?? null,
        ]);
      }
    }
  }
  ref.push([], ...B.steps(BOOK_SHEETS.plan[0]!, REFERENCE_SHEET).map((s, i) => [`${i + 1}. ${s}`]));

  return workbook([
    [BOOK_SHEETS.cover[0]!, cover],
    [BOOK_SHEETS.financials[0]!, financials],
    [BOOK_SHEETS.indicators[0]!, indicators],
    [BOOK_SHEETS.plan[0]!, plan],
    [REFERENCE_SHEET, sheet(ref, [26, 36, 30, 30, 40, 22, 14, 16, 14, 36])],
    [INSTRUCTIONS_SHEET, bookTemplate(criteria).Sheets[INSTRUCTIONS_SHEET]!],
  ]);
}
