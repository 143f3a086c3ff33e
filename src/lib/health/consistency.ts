import { makeIssue } from '../issues/make-issue';
import type { Criteria } from '../schema/criteria';
import type { Issue } from '../schema/issue';
import { COUNT_FIELDS, FINANCIAL_FIELDS, type AuditRecord, type FinancialField } from '../schema/records';
import { fieldLabel } from '../issues/messages';
import { formatNumber, issueAt } from './issue-message';

/**
 * Financial consistency rules (DESIGN §5.1), each an error naming file, sheet and cell.
 * An inconsistent audit is still scored (a negative or absent ratio field makes that indicator
 * "missing"); the error stands in the data-quality report, and `npm run check` / `--strict` fail on it.
 *
 * One-field problems use the shared catalogue (makeIssue: E_NUMBER_RANGE, E_NUMBER_INVALID — the codes
 * ingest gives the same problems in the registry); the two rules across fields have their own codes.
 */

/** Fields that may be negative: a loss is a real result. */
export const SIGNED_FIELDS: readonly FinancialField[] = ['net_profit'];

export interface Place {
  file: string;
  sheet?: string;
  cell?: string;
  row?: number;
}

/**
 * Where a field was read. A book keeps financials and indicators on different sheets: the field's sheet
 * is source.sheets[field] when given, else source.sheet; a cell address may also carry its sheet
 * (`งบการเงิน!B9` or `'งบการเงิน'!B9`), which then wins.
 */
export function placeOf(audit: AuditRecord, key: string): Place {
  const s = audit.source;
  const out: Place = { file: s.file };
  const sheet = s.sheets?.[key] ?? s.sheet;
  if (sheet !== undefined) out.sheet = sheet;
  const addr = s.cells?.[key];
  if (addr !== undefined) {
    const bang = addr.lastIndexOf('!');
    if (bang >= 0) {
      out.sheet = addr.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
      out.cell = addr.slice(bang + 1);
    } else out.cell = addr;
  } else if (s.row !== undefined) out.row = s.row;
  return out;
}

const percentText = (fraction: number) => `${formatNumber(Number((fraction * 100).toFixed(6)))}%`;

export function checkConsistency(audit: AuditRecord, criteria: Criteria): Issue[] {
  const issues: Issue[] = [];
  const f = audit.financials;
  const num = (k: FinancialField) => (typeof f[k] === 'number' && Number.isFinite(f[k]) ? (f[k] as number) : undefined);

  for (const k of FINANCIAL_FIELDS) {
    const v = num(k);
    if (v === undefined) continue;
    const isCount = COUNT_FIELDS.includes(k);
    if (v < 0 && !SIGNED_FIELDS.includes(k)) {
      issues.push(
        makeIssue('E_NUMBER_RANGE', {
          ...placeOf(audit, k),
          field: k,
          found: formatNumber(v),
          expected: isCount
            ? { th: 'จำนวนคนตั้งแต่ 0 ขึ้นไป', en: 'a number of people of 0 or more' }
            : { th: 'จำนวนเงินตั้งแต่ 0 บาทขึ้นไป', en: 'an amount of 0 baht or more' },
        }),
      );
    }
    if (isCount && !Number.isInteger(v)) {
      issues.push(
        makeIssue('E_NUMBER_INVALID', {
          ...placeOf(audit, k),
          field: k,
          found: formatNumber(v),
          expected: { th: 'จำนวนคนเต็มหน่วย เช่น 55', en: 'a whole number of people, such as 55' },
        }),
      );
    }
  }

  const pairs: { part: FinancialField; whole: FinancialField; code: string }[] = [
    { part: 'overdue', whole: 'loans_outstanding', code: 'E_OVERDUE_ABOVE_LOANS' },
    { part: 'regular_savers', whole: 'members_end', code: 'E_SAVERS_ABOVE_MEMBERS' },
  ];
  for (const { part, whole, code } of pairs) {
    const p = num(part);
    const w = num(whole);
    if (p === undefined || w === undefined || !(p > w)) continue;
    const lp = fieldLabel(part);
    const lw = fieldLabel(whole);
    issues.push(
      issueAt({
        severity: 'error',
        code,
        ...placeOf(audit, part),
        field: part,
        found: formatNumber(p),
        expected: `≤ ${formatNumber(w)}`,
        problem: {
          th: `${lp.th} ${formatNumber(p)} มากกว่า${lw.th} ${formatNumber(w)}`,
          en: `${lp.en} ${formatNumber(p)} is more than ${lw.en} ${formatNumber(w)}`,
        },
        should: { th: `${lp.th}ต้องไม่เกิน${lw.th}`, en: `${lp.en} cannot exceed ${lw.en}` },
      }),
    );
  }

  for (const ind of criteria.indicators) {
    if (ind.measure.kind !== 'answer' || ind.measure.input === 'yesno') continue;
    const v = audit.answers[ind.code];
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    if (ind.measure.input === 'percent' && (v < 0 || v > 1)) {
      issues.push(
        makeIssue('E_NUMBER_RANGE', {
          ...placeOf(audit, ind.code),
          field: ind.code,
          found: percentText(v),
          expected: { th: 'ร้อยละ 0 ถึง 100', en: 'a percentage from 0 to 100' },
        }),
      );
    }
    if (ind.measure.input === 'count' && (v < 0 || !Number.isInteger(v))) {
      issues.push(
        makeIssue(v < 0 ? 'E_NUMBER_RANGE' : 'E_NUMBER_INVALID', {
          ...placeOf(audit, ind.code),
          field: ind.code,
          found: formatNumber(v),
          expected: { th: 'จำนวนครั้งเต็มหน่วยตั้งแต่ 0 เช่น 12', en: 'a whole count of 0 or more, such as 12' },
        }),
      );
    }
  }
  return issues;
}
