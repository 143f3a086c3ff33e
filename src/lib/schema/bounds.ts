import { BOUND_EXPECTED, type Bilingual } from '../issues/messages';
import type { NumberKind } from '../thai/number';

/**
 * Plausible bounds of every number read from a sheet (DESIGN §9: "numbers have plausible bounds"), in terms of what a
 * village savings group can be. A value outside is an error on its cell and is left out, so no sum or ratio built
 * from the data can overflow (30,000 groups × 1,000,000,000 baht = 3 × 10¹³, far inside a double's exact range), and
 * nothing that could fail the dataset schema reaches the dataset build.
 */
export interface Bound {
  /** How the cell is parsed (src/lib/thai/number.ts). */
  kind: NumberKind;
  min: number;
  max: number;
  /** Values are rounded to this step when read: money to the satang (0.01 baht), so a formula's 1e-17 is 0. */
  step?: number;
  /** How the bound reads in an issue: «ต้องเป็น…» / "expected …". */
  expected: Bilingual;
}

const bound = (kind: NumberKind, min: number, max: number, expected: Bilingual, step?: number): Bound => ({
  kind,
  min,
  max,
  expected,
  ...(step !== undefined ? { step } : {}),
});

export const BOUNDS = {
  /** Members of one group (registry, start and end of year, regular savers): the largest groups have a few thousand. */
  people: bound('count', 0, 10_000, BOUND_EXPECTED.people),
  /** Any amount of one group (savings, reserve, loans, cash…): the largest groups hold a few hundred million baht. */
  money: bound('money', 0, 1_000_000_000, BOUND_EXPECTED.money, 0.01),
  /** Net profit may be a loss. */
  signedMoney: bound('money', -1_000_000_000, 1_000_000_000, BOUND_EXPECTED.signedMoney, 0.01),
  /** A percentage answer (AGM attendance), stored as a fraction. */
  percent: bound('percent', 0, 1, BOUND_EXPECTED.percent),
  /** A count answer (committee meetings in the year): at most one a day. */
  times: bound('count', 0, 366, BOUND_EXPECTED.times),
  /** A development plan row's order number. */
  order: bound('count', 0, 1_000, BOUND_EXPECTED.order),
  /** Inside Thailand. */
  lat: bound('number', 5, 21, BOUND_EXPECTED.lat),
  lon: bound('number', 97, 106, BOUND_EXPECTED.lon),
} as const satisfies Record<string, Bound>;

/** The value rounded to the bound's step, or undefined when it lies outside the bound. */
export function withinBound(value: number, b: Bound): number | undefined {
  const v = b.step === undefined ? value : Math.round(value / b.step) * b.step;
  // Math.round(x / 0.01) * 0.01 can give 0.30000000000000004: fix the digits the step allows.
  const fixed = b.step === undefined ? v : Number(v.toFixed(decimals(b.step)));
  if (!(fixed >= b.min && fixed <= b.max)) return undefined;
  return fixed === 0 ? 0 : fixed; // no -0
}

function decimals(step: number): number {
  const s = String(step);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}
