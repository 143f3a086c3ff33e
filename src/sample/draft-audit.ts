/**
 * One draft of an audit for a target profile: financial figures and book answers drawn so that each indicator
 * passes with the profile's chance (src/sample/audits.ts scores drafts until one lands on the target level). The
 * draws are taken in one fixed order, so a seed always gives the same sample. Pure.
 */
import type { Answer, AuditRecord, FinancialField } from '../lib/schema/records';
import type { Outcome, Steer } from './follow-through';
import type { Rng } from './prng';
import { roundTo } from './round';
import type { Financials } from './types';

export type Profile = 'good' | 'fair' | 'poor';
export type Special = 'redB1' | 'redF1' | 'incomplete' | null;

export const TARGET_LEVEL: Record<Profile, 1 | 2 | 3> = { good: 1, fair: 2, poor: 3 };
const PASS_P: Record<Profile, number> = { good: 0.88, fair: 0.62, poor: 0.3 };

export function profileOf(quality: number): Profile {
  return quality >= 0.63 ? 'good' : quality >= 0.23 ? 'fair' : 'poor';
}

function outcome(rng: Rng, profile: Profile): Outcome {
  if (rng.chance(PASS_P[profile])) return 'pass';
  return rng.chance(0.5) ? 'partial' : 'fail';
}

const pickIn = (rng: Rng, [a, b]: readonly [number, number]) => rng.real(a, b);

export interface PrevYear {
  members_end: number;
  savings: number;
  reserve: number;
}

export interface Draft {
  financials: Financials;
  answers: Record<string, Answer>;
}

/** An indicator's outcome for this draft: drawn, or steered. */
type Draw = (code: string) => Outcome;
type Figures = Record<FinancialField, number>;

export function draftAudit(rng: Rng, profile: Profile, special: Special, noLoans: boolean, base: { members: number; savings: number }, prev?: PrevYear, steer: Steer = {}): Draft {
  // One draw per indicator, always taken (so steering never shifts the stream); a steered outcome replaces it.
  const o: Draw = (code: string): Outcome => {
    const drawn = outcome(rng, profile);
    return steer[code] ?? drawn;
  };
  const f: Figures = {} as Figures;
  drawMembers(rng, o, f, prev?.members_end ?? base.members);
  const funds = drawFunds(rng, o, f, base, prev);
  drawLoans(rng, o, f, special, noLoans, funds.savings + funds.reserve);
  drawCashAndBank(rng, o, f, profile, steer, noLoans, funds);
  const { profit, f5 } = drawProfit(rng, o, f, noLoans, funds.total);
  return { financials: f, answers: drawAnswers(rng, o, special, profit, f5) };
}

function drawMembers(rng: Rng, o: Draw, f: Figures, ms: number): void {
  const m2 = o('M2');
  const growth = m2 === 'pass' ? rng.real(0, 0.1) : m2 === 'partial' ? rng.real(-0.05, -0.005) : rng.real(-0.25, -0.06);
  const me = Math.max(8, Math.round(ms * (1 + growth)));
  const m1 = o('M1');
  const savers = m1 === 'pass' ? rng.real(0.9, 1) : m1 === 'partial' ? rng.real(0.75, 0.895) : rng.real(0.4, 0.745);
  f.members_start = ms;
  f.members_end = me;
  f.regular_savers = Math.min(me, Math.round(me * savers));
}

function drawFunds(rng: Rng, o: Draw, f: Figures, base: { savings: number }, prev?: PrevYear): { savings: number; reserve: number; total: number } {
  const savings = prev ? roundTo(prev.savings * rng.real(1.02, 1.12), 10) : base.savings;
  const other = rng.chance(0.4) ? 0 : roundTo(savings * rng.real(0.01, 0.15), 10);
  const f4 = o('F4');
  const rr = f4 === 'pass' ? rng.real(0.1, 0.18) : f4 === 'partial' ? rng.real(0.05, 0.095) : rng.real(0.005, 0.048);
  const reserve = Math.round((rr / (1 - rr)) * (savings + other));
  const total = savings + reserve + other;
  f.savings = savings;
  f.reserve = reserve;
  f.other_funds = other;
  return { savings, reserve, total };
}

/** Loans outstanding, a share of savings and reserve (`lendable`), and their overdue part (a red flag for redF1). */
function drawLoans(rng: Rng, o: Draw, f: Figures, special: Special, noLoans: boolean, lendable: number): void {
  let loans = 0;
  let overdue = 0;
  if (!noLoans) {
    const f2 = o('F2');
    const use =
      f2 === 'pass'
        ? rng.real(0.7, 0.9)
        : f2 === 'partial'
          ? pickIn(rng, rng.chance(0.6) ? [0.5, 0.69] : [0.91, 1])
          : pickIn(rng, rng.chance(0.6) ? [0.2, 0.48] : [1.02, 1.15]);
    loans = roundTo(lendable * use, 100);
    const f1 = special === 'redF1' ? 'flag' : o('F1');
    const od =
      f1 === 'flag'
        ? rng.real(0.22, 0.45)
        : f1 === 'pass'
          ? rng.chance(0.25) ? 0 : rng.real(0.002, 0.049)
          : f1 === 'partial'
            ? rng.real(0.052, 0.098)
            : rng.real(0.105, 0.195);
    overdue = Math.round(loans * od);
  }
  f.loans_outstanding = loans;
  f.overdue = overdue;
}

function drawCashAndBank(rng: Rng, o: Draw, f: Figures, profile: Profile, steer: Steer, noLoans: boolean, funds: { savings: number; total: number }): void {
  const { savings, total } = funds;
  const b3Drawn = rng.chance(PASS_P[profile] + 0.05) ? 'pass' : 'fail';
  const b3 = steer.B3 === undefined ? b3Drawn : steer.B3 === 'pass' ? 'pass' : 'fail';
  const cash = Math.round(total * (b3 === 'pass' ? rng.real(0.003, 0.048) : rng.real(0.055, 0.12)));
  const f3 = o('F3');
  const liq = f3 === 'pass' ? rng.real(0.15, 0.4) : f3 === 'partial' ? rng.real(0.102, 0.145) : rng.real(0.01, 0.095);
  f.cash = cash;
  f.bank = noLoans ? Math.max(0, total - cash) : Math.max(0, Math.round(liq * savings - cash));
}

function drawProfit(rng: Rng, o: Draw, f: Figures, noLoans: boolean, total: number): { profit: number; f5: Outcome } {
  const f5 = o('F5');
  const profit = noLoans
    ? Math.round(f.bank * rng.real(0.003, 0.01))
    : f5 === 'fail' && rng.chance(0.5)
      ? -Math.round(total * rng.real(0.002, 0.02))
      : Math.round(f.loans_outstanding * rng.real(0.03, 0.08));
  f.net_profit = profit;
  f.welfare_paid = o('S1') === 'pass' && profit > 0 ? roundTo(profit * rng.real(0.05, 0.2), 10) : 0;
  return { profit, f5 };
}

function drawAnswers(rng: Rng, o: Draw, special: Special, profit: number, f5: Outcome): Record<string, Answer> {
  const yes = (code: string) => o(code) === 'pass';
  const g2 = o('G2');
  const answers: Record<string, Answer> = {
    G1: yes('G1'),
    G2: g2 === 'pass' ? rng.int(12, 14) : g2 === 'partial' ? rng.int(6, 11) : rng.int(0, 5),
    G3: yes('G3'),
    G4: yes('G4'),
    M3: o('M3') === 'pass' ? rng.int(60, 95) / 100 : rng.int(25, 59) / 100,
    B1: special !== 'redB1',
    B2: yes('B2'),
    F5: profit > 0 && f5 !== 'fail',
    S2: profit > 0 ? yes('S2') : false,
  };
  if (special === 'incomplete') {
    // The committee could not answer: meetings, AGM and attendance left blank (8 + 7 + 4 = 19 points).
    answers.G2 = null;
    answers.G3 = null;
    answers.M3 = null;
  }
  return answers;
}

export function toRecord(d: Pick<Draft, 'financials' | 'answers'>, groupId: string, fy: number, date: string): AuditRecord {
  return { groupId, date, fiscalYear: fy, financials: d.financials, answers: d.answers, plan: [], source: { file: '', cells: {} } };
}
