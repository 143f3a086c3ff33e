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

/**
 * The shapes pages draw (src/site/markup.ts icon(), drawn by site.css): the same on every phone and in print, whatever
 * its fonts hold (a font's ◐ can be a sliver), and each shape distinct without colour. Named after the text symbols.
 */
export const ICON_SHAPES = ['check', 'triangle', 'cross', 'question', 'circle', 'half', 'dash'] as const;
export type IconShape = (typeof ICON_SHAPES)[number];
const LEVEL_SHAPE: Record<LevelKey, IconShape> = { good: 'check', fair: 'triangle', poor: 'cross', incomplete: 'question', notAudited: 'circle' };

export interface LevelView {
  key: LevelKey;
  css: string;
  icon: string;
  shape: IconShape;
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
  return { key, css: LEVEL_CSS[key], icon: LEVEL_ICON[key], shape: LEVEL_SHAPE[key], word, label: numbered ? w.numbered(String(level), word) : word };
}

const STATUS_ICON: Record<IndicatorStatus, string> = { pass: '✔', partial: '◐', fail: '✖', missing: '?', 'n/a': '–' };
const STATUS_SHAPE: Record<IndicatorStatus, IconShape> = { pass: 'check', partial: 'half', fail: 'cross', missing: 'question', 'n/a': 'dash' };

export function statusView(status: IndicatorStatus, lang: Lang): { icon: string; shape: IconShape; word: string } {
  return { icon: STATUS_ICON[status], shape: STATUS_SHAPE[status], word: words(lang).indicatorStatus[status] };
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

/** Thai phrases longer than this many letters (vowel and tone marks not counted) may still break between words. */
export const WHOLE_PHRASE_LETTERS = 20;
const THAI_MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;
const THAI = /[\u0E01-\u0E5B]/;

/**
 * Text cut at its spaces into the phrases a line should never break inside. Thai writes no space between words, and
 * Chromium's dictionary breaks compounds ("คณะกรรมการเงิน|กู้", "นอก|นั้น"); Thai puts a space between phrases, so a
 * short Thai phrase of more than one syllable or so is kept whole (whole: true) and a long one, a sentence, may break
 * between its words. Other words only ever break at spaces.
 */
export function phrases(text: string): { text: string; whole: boolean }[] {
  return text
    .split(/\s+/)
    .filter((p) => p !== '')
    .map((p) => {
      const letters = p.replace(THAI_MARK, '').length;
      return { text: p, whole: THAI.test(p) && letters > 3 && letters <= WHOLE_PHRASE_LETTERS };
    });
}
