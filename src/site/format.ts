/** How pages show levels, indicator results and values, in either language (words from the catalogue). */
import type { Lang } from '../lib/i18n/lang';
import { words } from '../lib/i18n/words';
import { DASH, formatFixed, formatPercent } from '../lib/i18n/format';
import { isFraction, isYesNo, type Indicator } from '../lib/schema/criteria';
import type { IndicatorResult, IndicatorStatus, Level } from '../lib/schema/dataset';
import { levelKey, type LevelKey } from '../lib/health/level';

/** CSS modifier of each level (site.css: .level--good …). */
const LEVEL_CSS: Record<LevelKey, string> = { good: 'good', fair: 'fair', poor: 'poor', incomplete: 'incomplete', notAudited: 'none' };
/** A text symbol for each level, so a level never depends on colour alone. */
const LEVEL_ICON: Record<LevelKey, string> = { good: '✔', fair: '▲', poor: '✖', incomplete: '?', notAudited: '○' };

export interface LevelView {
  key: LevelKey;
  css: string;
  icon: string;
  /** The level's word: "ดี", "needs improvement". */
  word: string;
  /** With its number when it has one: "ระดับ 1 ดี", "Level 3: needs improvement". */
  label: string;
}

export function levelView(level: Level | null | undefined, lang: Lang, audited = true): LevelView {
  const key = levelKey(level, audited);
  const w = words(lang).level;
  const word = w[key];
  const numbered = audited && (level === 1 || level === 2 || level === 3);
  return { key, css: LEVEL_CSS[key], icon: LEVEL_ICON[key], word, label: numbered ? w.numbered(String(level), word) : word };
}

const STATUS_ICON: Record<IndicatorStatus, string> = { pass: '✔', partial: '◐', fail: '✖', missing: '?', 'n/a': '–' };

export function statusView(status: IndicatorStatus, lang: Lang): { icon: string; word: string } {
  return { icon: STATUS_ICON[status], word: words(lang).indicatorStatus[status] };
}

/** An indicator's value as read by people: yes/no, a count, or a percent. */
export function indicatorValueText(ind: Indicator | undefined, value: IndicatorResult['value'], lang: Lang): string {
  if (value === null || value === undefined) return DASH;
  const w = words(lang).common;
  if (typeof value === 'boolean') return value ? w.yes : w.no;
  if (ind && isYesNo(ind)) return value > 0 ? w.yes : w.no;
  if (ind && isFraction(ind)) return formatPercent(value);
  return formatFixed(value, 0);
}

/** A median of an indicator for an area: for yes/no indicators it is the share answering yes, shown as the majority answer. */
export function medianText(ind: Indicator | undefined, value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return DASH;
  const w = words(lang).common;
  if (ind && isYesNo(ind)) return value >= 0.5 ? w.yes : w.no;
  if (ind && isFraction(ind)) return formatPercent(value);
  return formatFixed(value, 1).replace(/\.0$/, '');
}
