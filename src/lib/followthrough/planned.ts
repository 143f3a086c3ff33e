import type { Criteria, Indicator } from '../schema/criteria';
import type { PlanItem } from '../schema/records';
import { normalizeHeader } from '../thai/normalize';
import { nameKey } from '../thai/name-key';
import { codeText } from '../thai/codes';

/**
 * Whether a development-plan row names an indicator (issue 13). Only the row's topic column
 * (ตัวชี้วัด/ประเด็น) is read: it is the column that says which problem the row is about, while causes and
 * activities may mention other indicators in passing.
 *
 * - By code: case-insensitive, Thai digits allowed ("f๑"), as a whole token: no ASCII letter or digit
 *   directly before or after it, so "F10" does not name F1, nor does "AF1" or "ทF1x". Thai script next to
 *   the code is a word boundary (Thai is written without spaces), so "ตัวชี้วัดF1" names F1.
 * - By name: the indicator's Thai or English name as the criteria write it (also without a trailing
 *   bracketed part: "การใช้เงินทุน"), found anywhere in the topic, ignoring case, every space and
 *   zero-width character, and "ํา" typed for "ำ" (a tone mark may stand between).
 */

/** Text for name matching (nameKey); `dropBracket` also drops a trailing "(…)", as header keys do. */
function planNameKey(s: string, dropBracket = false): string {
  return nameKey(dropBracket ? normalizeHeader(s) : s);
}

const codePattern = (code: string) => new RegExp(`(?<![A-Z0-9])${code.toUpperCase()}(?![A-Z0-9])`);

/** The name forms an indicator is recognised by: Thai and English, each also without a trailing bracket. */
function nameForms(indicator: Indicator): string[] {
  const forms = [indicator.th, indicator.en].flatMap((n) => [planNameKey(n), planNameKey(n, true)]);
  return [...new Set(forms)].filter((f) => f.length > 0);
}

/** A matcher for the indicators of one criteria table: text → codes it names, in criteria order. */
export function indicatorNamer(criteria: Criteria): (text: string) => string[] {
  const made = namers.get(criteria);
  if (made) return made;
  const tests = criteria.indicators.map((ind) => ({ code: ind.code, pattern: codePattern(ind.code), names: nameForms(ind) }));
  const namer = (text: string) => {
    const codes = codeText(text);
    const names = planNameKey(text);
    return tests.filter((t) => t.pattern.test(codes) || t.names.some((n) => names.includes(n))).map((t) => t.code);
  };
  namers.set(criteria, namer);
  return namer;
}
/** A namer per criteria table: every group page and follow-through asks for one (its name forms cost 0.1 ms). */
const namers = new WeakMap<Criteria, (text: string) => string[]>();

/** The indicator codes a development plan names, over all its rows. */
export function plannedCodes(plan: readonly PlanItem[], criteria: Criteria): Set<string> {
  const names = indicatorNamer(criteria);
  return new Set(plan.flatMap((row) => names(row.topic)));
}
