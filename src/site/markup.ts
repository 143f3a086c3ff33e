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

/** Each shape's parts on a 16 × 16 grid: a path drawn as a line (stroke width) or filled. */
const PARTS: Record<IconShape | 'flag', { d: string; stroke?: number }[]> = {
  check: [{ d: 'M2.5 8.5l3.5 3.5 7.5-8', stroke: 2.6 }],
  cross: [{ d: 'M3.5 3.5l9 9M12.5 3.5l-9 9', stroke: 2.6 }],
  triangle: [{ d: 'M8 1.5l7 12.5H1z' }],
  half: [{ d: 'M8 1.9a6.1 6.1 0 1 1 0 12.2a6.1 6.1 0 1 1 0-12.2', stroke: 1.8 }, { d: 'M8 1.9a6.1 6.1 0 0 0 0 12.2z' }],
  circle: [{ d: 'M8 1.9a6.1 6.1 0 1 1 0 12.2a6.1 6.1 0 1 1 0-12.2', stroke: 1.8 }],
  question: [{ d: 'M5 5.6a3 3 0 1 1 4.2 2.7c-.8.4-1.2 1-1.2 1.9v.6', stroke: 2.2 }, { d: 'M8 12.6a1.4 1.4 0 1 1 0 2.8a1.4 1.4 0 1 1 0-2.8' }],
  dash: [{ d: 'M3 8h10', stroke: 2.6 }],
  flag: [{ d: 'M3 15V1.5h10l-2.5 3.5 2.5 3.5H4.8V15z' }],
};

/** Made once per shape: the icons never change. */
const ICONS = new Map<IconShape | 'flag', string>();

/**
 * A level's or a result's shape as inline SVG in the text's colour, 1em high, hidden from screen readers (the word
 * beside it says the same): icon(levelView(3, lang).shape) draws a cross.
 */
export function icon(shape: IconShape | 'flag'): string {
  let svg = ICONS.get(shape);
  if (svg === undefined) {
    const paths = PARTS[shape].map((p) =>
      p.stroke
        ? `<path d="${p.d}" fill="none" stroke="currentColor" stroke-width="${p.stroke}" stroke-linecap="round" stroke-linejoin="round"></path>`
        : `<path d="${p.d}" fill="currentColor"></path>`,
    );
    svg = `<svg class="icon icon--${shape}" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${paths.join('')}</svg>`;
    ICONS.set(shape, svg);
  }
  return svg;
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
