import type { Criteria } from '../schema/criteria';
import type { Issue } from '../schema/issue';
import { FINANCIAL_LABELS } from '../schema/layouts';
import { COUNT_FIELDS, FINANCIAL_FIELDS, type AuditRecord, type FinancialField } from '../schema/records';
import { formatNumber, issueAt } from './issue-message';

/**
 * Financial consistency rules (DESIGN §5.1), each an error naming file, sheet and cell.
 * An inconsistent audit is still scored (a negative or absent ratio field makes that indicator
 * "missing"); the error stands in the data-quality report, and `npm run check` / `--strict` fail on it.
 */

/** Fields that may be negative: a loss is a real result. */
export const SIGNED_FIELDS: readonly FinancialField[] = ['net_profit'];

const label = (field: string) => {
  const h = FINANCIAL_LABELS.find((l) => l.field === field)?.headers;
  return { th: h?.[0] ?? field, en: h?.[h.length - 1] ?? field };
};

/**
 * Where a field was read. A book keeps financials and indicators on different sheets: the field's sheet
 * is source.sheets[field] when given, else source.sheet; a cell address may also carry its sheet
 * (`งบการเงิน!B9` or `'งบการเงิน'!B9`), which then wins.
 */
export function placeOf(audit: AuditRecord, key: string): { file: string; sheet?: string; cell?: string; row?: number } {
  const s = audit.source;
  const out: { file: string; sheet?: string; cell?: string; row?: number } = { file: s.file };
  // `sheets` (field → sheet) is an optional Source field for books whose fields sit on several sheets.
  const sheetOf = (s as { sheets?: Record<string, string> }).sheets?.[key] ?? s.sheet;
  if (sheetOf !== undefined) out.sheet = sheetOf;
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
    const l = label(k);
    const isCount = COUNT_FIELDS.includes(k);
    if (v < 0 && !SIGNED_FIELDS.includes(k)) {
      issues.push(
        issueAt({
          severity: 'error',
          code: isCount ? 'E_NEGATIVE_COUNT' : 'E_NEGATIVE_AMOUNT',
          ...placeOf(audit, k),
          field: k,
          found: formatNumber(v),
          expected: isCount ? '≥ 0' : '≥ 0 บาท',
          problem: { th: `${l.th} ${formatNumber(v)} ติดลบ`, en: `${l.en} ${formatNumber(v)} is negative` },
          should: isCount
            ? { th: 'ต้องเป็นจำนวนคนตั้งแต่ 0 ขึ้นไป', en: 'expected a number of people of 0 or more' }
            : { th: 'ต้องเป็นจำนวนเงินตั้งแต่ 0 บาทขึ้นไป', en: 'expected an amount of 0 baht or more' },
        }),
      );
    }
    if (isCount && !Number.isInteger(v)) {
      issues.push(
        issueAt({
          severity: 'error',
          code: 'E_COUNT_NOT_WHOLE',
          ...placeOf(audit, k),
          field: k,
          found: formatNumber(v),
          expected: 'จำนวนเต็ม / a whole number',
          problem: { th: `${l.th} ${formatNumber(v)} ไม่เป็นจำนวนเต็ม`, en: `${l.en} ${formatNumber(v)} is not a whole number` },
          should: { th: 'ต้องเป็นจำนวนคนเต็มหน่วย เช่น 55', en: 'expected a whole number of people, such as 55' },
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
    const lp = label(part);
    const lw = label(whole);
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
    const name = { th: `ผลตัวชี้วัด ${ind.code} (${ind.th})`, en: `indicator ${ind.code} (${ind.en})` };
    if (ind.measure.input === 'percent' && (v < 0 || v > 1)) {
      issues.push(
        issueAt({
          severity: 'error',
          code: 'E_PERCENT_OUT_OF_RANGE',
          ...placeOf(audit, ind.code),
          field: ind.code,
          found: percentText(v),
          expected: '0–100%',
          problem: { th: `${name.th} ${percentText(v)} อยู่นอกช่วง`, en: `${name.en} ${percentText(v)} is out of range` },
          should: { th: 'ต้องเป็นร้อยละ 0 ถึง 100', en: 'expected a percentage from 0 to 100' },
        }),
      );
    }
    if (ind.measure.input === 'count' && (v < 0 || !Number.isInteger(v))) {
      issues.push(
        issueAt({
          severity: 'error',
          code: 'E_COUNT_NOT_WHOLE',
          ...placeOf(audit, ind.code),
          field: ind.code,
          found: formatNumber(v),
          expected: 'จำนวนเต็มตั้งแต่ 0 / a whole number of 0 or more',
          problem: {
            th: `${name.th} ${formatNumber(v)} ไม่เป็นจำนวนเต็มที่ไม่ติดลบ`,
            en: `${name.en} ${formatNumber(v)} is not a whole number of 0 or more`,
          },
          should: { th: 'ต้องเป็นจำนวนครั้งเต็มหน่วย เช่น 12', en: 'expected a whole count, such as 12' },
        }),
      );
    }
  }
  return issues;
}
