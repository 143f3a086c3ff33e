/** The dates of a generated audit: its visit, its statement, a plan row's due date. Pure. */
import { toCE } from '../lib/thai/buddhist-era';
import { daysInMonth } from '../lib/thai/date';
import type { Rng } from './prng';
import { iso, parseIso } from './thai-text';

/** Audit date inside fiscal year `fy` (BE): mostly January–August of the CE year the FY ends in. */
export function auditDate(rng: Rng, fy: number): string {
  const y = toCE(fy);
  const m = rng.weighted([[1, 1], [2, 2], [3, 3], [4, 2], [5, 3], [6, 4], [7, 4], [8, 2]] as const);
  return iso(y, m, rng.int(1, daysInMonth(y, m)));
}

/** Books are closed at the end of a month at least one month before the visit. */
export function statementDate(date: string): string {
  const { y, m } = parseIso(date);
  const pm = m === 1 ? 12 : m - 1;
  const py = m === 1 ? y - 1 : y;
  return iso(py, pm, daysInMonth(py, pm));
}

/** The last day of the month `months` after the month of `date`. */
export function endOfMonthAfter(date: string, months: number): string {
  const { y, m } = parseIso(date);
  const t = m - 1 + months;
  const ny = y + Math.floor(t / 12);
  const nm = (t % 12) + 1;
  return iso(ny, nm, daysInMonth(ny, nm));
}

