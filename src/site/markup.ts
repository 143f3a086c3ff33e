/**
 * Small pieces of pure markup as plain functions returning HTML: a level's or a result's icon, an indicator's result
 * (StatusMark), a level badge, text whose short Thai phrases never break. A group page holds about 70 of them; as
 * Astro components each is an instance to render, here each is a few concatenations (the page phase at national
 * scale is mostly Astro's component tree). Pages put them in with <Fragment set:html={…} />. Text is escaped as
 * Astro escapes it, so the pages are byte for byte what the components wrote.
 */
import type { Lang } from '../lib/i18n/lang';
import { upperFirst } from '../lib/i18n/words';
import type { IndicatorStatus } from '../lib/schema/dataset';
import { levelView, phrases, statusView, type IconShape } from './format';
import { splitCodes } from './code-links';
import { site } from './data';
import { href, routes } from './links';

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
const ESCAPABLE = /[&<>'"]/;
/** Text as Astro escapes it; most text has nothing to escape and is returned as it is (a national build escapes millions). */
export const escapeHtml = (s: string): string => (ESCAPABLE.test(s) ? s.replace(/[&<>'"]/g, (c) => ENTITY[c]!) : s);
/** An attribute's value as Astro writes it: only "&" and the double quote escaped. */
export const escapeAttribute = (s: string): string => (s.includes('&') || s.includes('"') ? s.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : s);

/**
 * A level's or a result's shape, text-sized and in the text's colour, hidden from screen readers (the word beside it
 * says the same): icon(levelView(3, lang).shape) draws a cross. The shapes are drawn by site.css (.icon--cross …) so a
 * page carries only this empty element: inline SVG was an eighth of a group page's bytes.
 */
export function icon(shape: IconShape | 'flag'): string {
  return `<span class="icon icon--${shape}" aria-hidden="true"></span>`;
}

/** An indicator's result as shape and word: statusMark('partial', 'en') → a half-filled circle and "partial". */
export function statusMark(status: IndicatorStatus, lang: Lang): string {
  const v = statusView(status, lang);
  return `<span class="status status--${escapeHtml(status)}">${icon(v.shape)} ${escapeHtml(v.word)}</span>`;
}

/** A level as shape and word ("Level 3: needs improvement"; withNumber false: "Needs improvement"). */
export function levelBadge(level: 1 | 2 | 3 | null | undefined, lang: Lang, opts: { audited?: boolean; withNumber?: boolean } = {}): string {
  const v = levelView(level, lang, opts.audited ?? true);
  return `<span class="level level--${escapeHtml(v.css)}">${icon(v.shape)} ${escapeHtml(upperFirst(opts.withNumber ?? true ? v.label : v.word))}</span>`;
}

/**
 * Text whose short phrases never break across lines (phrases() in src/site/format.ts): for table cells where a narrow
 * column would otherwise cut a Thai compound word in two.
 */
export function phrasesHtml(text: string): string {
  return phrases(text)
    .map((p) => (p.whole ? `<span class="nobr">${escapeHtml(p.text)}</span>` : escapeHtml(p.text)))
    .join(' ');
}

/**
 * A text with every indicator code in it linked to that indicator's page (src/site/code-links.ts), the rest escaped,
 * or with `inPhrases` kept in whole phrases as phrasesHtml does (a space kept at either end):
 * codeLinksHtml('Accounts audited (B2)', 'en') links B2. A group page holds a dozen (its plan's topics, red flags).
 */
export function codeLinksHtml(text: string, lang: Lang, inPhrases = false): string {
  let html = '';
  for (const p of splitCodes(text, site().indicators.keys())) {
    if (p.code) html += `<a href="${escapeAttribute(href(lang, routes.indicator(p.code)))}">${escapeHtml(p.code)}</a>`;
    else if (!inPhrases) html += escapeHtml(p.text);
    else html += `${/^\s/.test(p.text) ? ' ' : ''}${phrasesHtml(p.text)}${/\S\s+$/.test(p.text) ? ' ' : ''}`;
  }
  return html;
}
