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
import { INSTRUCTIONS_SHEET, bookTemplate, handRows, planSheet } from '../templates/templates';
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
  const cover = handRows(sheet([[W.template.item, W.template.value], ...COVER_LABELS.map((l) => [first(l), coverValue[l.field] ?? null])], [18, 48]), 1 + COVER_LABELS.length);

  const financials = handRows(
    sheet([[W.template.item, W.template.amount, previous], ...FINANCIAL_LABELS.map((l) => [first(l), null, last?.financials[l.field as (typeof FINANCIAL_FIELDS)[number]] ?? null])], [30, 16, 22]),
    1 + FINANCIAL_LABELS.length,
  );

  const results = new Map((last?.indicators ?? []).map((r) => [r.code, r]));
  const lastResult = (code: string): Cell => {
    const r = results.get(code);
    return r ? `${W.indicatorStatus[r.status]} ${f.int(r.points)}/${f.int(r.max)}` : null;
  };
  const books = bookIndicators(criteria);
  const indicators = handRows(
    sheet([[...INDICATOR_COLUMNS.map(first), last ? first(INDICATOR_COLUMNS_READ.at(-1)!) : null], ...books.map((b) => [b.code, b.th, null, null, lastResult(b.code)])], [7, 50, 10, 32, 22]),
    1 + books.length,
  );

  const plan = planSheet();

  return workbook([
    [BOOK_SHEETS.cover[0]!, cover],
    [BOOK_SHEETS.financials[0]!, financials],
    [BOOK_SHEETS.indicators[0]!, indicators],
    [BOOK_SHEETS.plan[0]!, plan],
    [REFERENCE_SHEET, sheet(referenceRows(group, last), [24, 100])],
    [INSTRUCTIONS_SHEET, bookTemplate(criteria).Sheets[INSTRUCTIONS_SHEET]!],
  ]);
}

type LastAudit = Group['audits'][number];
const labelRow = (label: string, value: Cell): Cell[] => [label, value];

/** The reference sheet: how to use the book, the group's public registry fields, and its last audit and plan. */
function referenceRows(group: Group, last: LastAudit | undefined): Cell[][] {
  const lastFy = last ? String(last.fiscalYear) : '';
  const ref: Cell[][] = [
    [B.refTitle(group.name, group.id)],
    ...B.steps(BOOK_SHEETS.plan[0]!, REFERENCE_SHEET).map((s, i) => [`${i + 1}. ${s}`]),
    [],
    [B.registry],
    labelRow(W.field.id, group.id),
    labelRow(W.field.name, group.name),
    labelRow(W.field.village, group.village ?? null),
    labelRow(W.field.moo, group.moo ?? null),
    labelRow(W.field.subdistrict, group.subdistrict.name),
    labelRow(W.field.district, group.district.name),
    labelRow(W.field.province, group.province.name),
    labelRow(W.field.founded, group.founded ? f.date(group.founded) : null),
    labelRow(W.field.members, group.members === undefined ? null : f.int(group.members)),
    labelRow(W.field.savings, group.savings === undefined ? null : f.int(group.savings)),
    labelRow(W.field.status, W.groupStatus[group.status]),
    [],
  ];
  if (!last) {
    ref.push([B.never]);
    return ref;
  }
  ref.push(
    [B.lastAudit(lastFy)],
    labelRow(B.auditDate, f.date(last.date)),
    labelRow(B.level, levelView(last.level, 'th').label),
    labelRow(B.score, last.score === null ? null : f.score(last.score)),
    labelRow(B.priorities, last.priorities.join(', ')),
    [],
    [B.lastPlan(lastFy)],
  );
  if (last.plan.length === 0) ref.push([B.noPlan]);
  else for (const row of lastPlanRows(last)) ref.push(row);
  return ref;
}

/**
 * Each plan row as label | value rows (its empty fields left out; its number before the topic's label), so a long
 * cause or activity prints whole beside its label instead of being cut by the next column.
 */
function lastPlanRows(last: LastAudit): Cell[][] {
  const out: Cell[][] = [];
  const [, topic, ...rest] = PLAN_COLUMNS;
  last.plan.forEach((p, i) => {
    const values: Record<string, Cell> = {
      cause: p.cause ?? null, approach: p.approach ?? null, activity: p.activity ?? null,
      owner: p.owner ?? null, due: p.due ? f.date(p.due, 'short') : null,
      progress: p.progress ? W.planProgress.status[p.progress.status] : null,
      progressDate: p.progress?.date ? f.date(p.progress.date, 'short') : null, progressNote: p.progress?.note ?? null,
    };
    if (i > 0) out.push([]);
    out.push(labelRow(`${f.int(p.order ?? i + 1)}. ${first(topic!)}`, p.topic));
    for (const c of rest) {
      const v = values[c.field] ?? null;
      if (v !== null) out.push(labelRow(first(c), v));
    }
  });
  return out;
}
