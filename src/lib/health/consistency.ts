import type { Issue } from '../schema/issue';
import type { AuditRecord, FinancialField } from '../schema/records';
import { makeIssue } from '../issues/make-issue';
import { formatNumber } from '../i18n/format';
import { verbatim } from '../i18n/words';

/**
 * Financial consistency rules across fields (DESIGN §5.1), each an error naming file, sheet and cell.
 * An inconsistent audit is still scored; the error stands in the data-quality report, and `npm run check` /
 * `--strict` fail on it. One-field rules (money ≥ 0, whole counts, percentages 0–100) are the plausible bounds
 * ingest applies to every cell it reads (src/lib/schema/bounds.ts). The two rules have their codes in the message
 * catalogue (E_OVERDUE_ABOVE_LOANS, E_SAVERS_ABOVE_MEMBERS).
 */

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

export function checkConsistency(audit: AuditRecord): Issue[] {
  const issues: Issue[] = [];
  const f = audit.financials;
  const num = (k: FinancialField) => (typeof f[k] === 'number' && Number.isFinite(f[k]) ? (f[k] as number) : undefined);

  const pairs: { part: FinancialField; whole: FinancialField; code: 'E_OVERDUE_ABOVE_LOANS' | 'E_SAVERS_ABOVE_MEMBERS' }[] = [
    { part: 'overdue', whole: 'loans_outstanding', code: 'E_OVERDUE_ABOVE_LOANS' },
    { part: 'regular_savers', whole: 'members_end', code: 'E_SAVERS_ABOVE_MEMBERS' },
  ];
  for (const { part, whole, code } of pairs) {
    const p = num(part);
    const w = num(whole);
    if (p === undefined || w === undefined || !(p > w)) continue;
    issues.push(
      makeIssue(code, {
        ...placeOf(audit, part),
        field: part,
        found: formatNumber(p),
        expected: verbatim(`≤ ${formatNumber(w)}`),
        detail: { whole, wholeValue: formatNumber(w) },
      }),
    );
  }

  return issues;
}
