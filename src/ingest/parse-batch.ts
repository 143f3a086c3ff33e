import type { Criteria } from '../lib/schema/criteria';
import { verbatim } from '../lib/i18n/words';
import { BATCH_COLUMNS, FINANCIAL_LABELS, type FieldHeader } from '../lib/schema/layouts';
import type { Answer, AuditRecord, Financials, FinancialField } from '../lib/schema/records';
import { ANSWER_EXPECTED, FINANCIAL_BOUND, indicatorPlan, readAnswer, resolveFiscalYear } from './audit-values';
import { addr } from './cells';
import { codeText, normalizeIndicatorCode } from '../lib/thai/codes';
import type { FileContext } from './context';
import { FieldReader } from './field-reader';
import { type CompiledColumns, columnHeader, compileColumns } from './headers';
import type { TableResult } from './parse-registry';
import type { Sheet } from './read-workbook';
import { isBlankRow, openTable } from './table';

/** "g1", "G1 คณะกรรมการครบ", "g1." → g1: an indicator column may carry its name after the code. */
const CODE_HEADER = /^([a-z][0-9]{1,2})(?:[\s.:)\-–]|$)/i;

const layouts = new WeakMap<Criteria, CompiledColumns>();

/** Batch columns for a criteria set: the fixed columns, every financial field, one column per book indicator. */
export function batchLayout(criteria: Criteria): CompiledColumns {
  let l = layouts.get(criteria);
  if (!l) {
    const indicators: FieldHeader[] = [...indicatorPlan(criteria).book.keys()].map((code) => ({ field: code, headers: [code] }));
    l = compileColumns([...BATCH_COLUMNS, ...FINANCIAL_LABELS, ...indicators]);
    layouts.set(criteria, l);
  }
  return l;
}

/** Batch sheet rows (DESIGN §4.5) → one AuditRecord each. A row with any error is left out. */
export function parseBatch(ctx: FileContext, sheet: Sheet): TableResult<AuditRecord> {
  const out: TableResult<AuditRecord> = { records: [], rows: 0, rejected: 0 };
  const plan = indicatorPlan(ctx.criteria);
  const layout = batchLayout(ctx.criteria);
  const extraKey = (key: string): string | undefined => {
    const m = CODE_HEADER.exec(key);
    const code = m?.[1] === undefined ? undefined : normalizeIndicatorCode(m[1]);
    return code !== undefined && plan.book.has(code) ? code : undefined;
  };
  const onUnknown = (text: string, cell: string): boolean => {
    const m = CODE_HEADER.exec(codeText(text)); // Thai digits too ("F๑ หนี้ค้างชำระ"), as the header keys read them
    if (!m) return false;
    const code = normalizeIndicatorCode(m[1]!);
    if (plan.computed.has(code)) ctx.report('W_INDICATOR_COMPUTED', { sheet: sheet.name, cell, found: code, expected: plan.bookCodes });
    else ctx.report('W_INDICATOR_UNKNOWN', { sheet: sheet.name, cell, found: code, expected: plan.bookCodes, detail: { criteria: plan.criteriaId } });
    return true;
  };
  const table = openTable(ctx, sheet, layout, extraKey, onUnknown);
  if (!table) return out;
  const col = table.match.columns;
  const cId = col.get('groupId'), cName = col.get('groupName'), cDate = col.get('date');
  const cFy = col.get('fiscalYear'), cStmt = col.get('statementDate');
  const fin = FINANCIAL_LABELS.map((l) => ({ field: l.field as FinancialField, c: col.get(l.field), bound: FINANCIAL_BOUND.get(l.field)! }));
  const inds = [...plan.book.values()].map((ind) => ({ ind, c: col.get(ind.code) }));
  // Columns missing from the header: said once for the file, not once per row.
  for (const f of fin) if (f.c === undefined) ctx.report('W_COLUMN_MISSING', { sheet: sheet.name, field: f.field, expected: columnHeader(FINANCIAL_LABELS.find((l) => l.field === f.field)!) });
  for (const i of inds) if (i.c === undefined) ctx.report('W_COLUMN_MISSING', { sheet: sheet.name, field: i.ind.code, expected: verbatim(i.ind.code) });

  const fr = new FieldReader(ctx, sheet.name, sheet.rows);
  const scan = [...table.cols, ...table.personal.map((p) => p.col)];
  for (let r = table.match.row + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (isBlankRow(row, scan)) continue;
    out.rows++;
    fr.startRecord();
    fr.personal(r, table.personal);
    const groupId = fr.groupId(r, cId, 'groupId');
    const groupName = fr.text(r, cName, 'groupName');
    const date = fr.date(r, cDate, 'date', true);
    const stated = fr.fiscalYear(r, cFy, 'fiscalYear');
    const statementDate = fr.date(r, cStmt, 'statementDate');
    const financials: Financials = {};
    for (const f of fin) {
      if (f.c === undefined) continue;
      const v = fr.number(r, f.c, f.field, f.bound);
      if (v !== undefined) financials[f.field] = v;
    }
    const answers: Record<string, Answer> = {};
    for (const { ind, c } of inds) {
      if (c === undefined) {
        answers[ind.code] = null;
        continue;
      }
      const a = readAnswer(fr, r, c, ind);
      if (a === undefined) continue;
      answers[ind.code] = a;
      if (a === null) fr.issue('W_ANSWER_MISSING', r, c, ind.code, undefined, ANSWER_EXPECTED[ind.input]);
    }
    const fiscalYear = !fr.bad && date !== undefined ? resolveFiscalYear(ctx, fr, stated, date, { r, c: cFy }) : undefined;
    if (fr.bad || groupId === undefined || date === undefined || fiscalYear === undefined) {
      out.rejected++;
      continue;
    }
    const cells: Record<string, string> = {};
    for (const [f, cc] of col) cells[f] = addr(r, cc);
    const audit: AuditRecord = { groupId, date, fiscalYear, financials, answers, plan: [], source: { file: ctx.file, ...(sheet.name !== '' ? { sheet: sheet.name } : {}), row: r + 1, cells } };
    if (groupName !== undefined) audit.groupName = groupName;
    if (statementDate !== undefined) audit.statementDate = statementDate;
    out.records.push(audit);
  }
  if (out.rows === 0) ctx.report('W_NO_ROWS', { sheet: sheet.name });
  return out;
}
