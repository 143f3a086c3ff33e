/**
 * What the search page writes, decided from what was found: the count line, the "more" button, a result's kind line,
 * the page's address with the query in it and the other language's link. The words are the catalogue's
 * (Words['search']['script']), handed to the page by src/site/search-view.ts; "{n}" and the like are filled here.
 */
import type { Chosen, Result } from './pagefind.js';
import { PAGE } from './find.js';

/** The search page's script words (src/lib/i18n: search.script). */
export interface ScriptWords {
  none: string;
  found: string;
  foundOne: string;
  shown: string;
  more: string;
  level: string;
}

/** What a result's kind line needs of the site. */
export interface KindWords {
  /** The kind of a group result, which gets its level and district. */
  groupKind: string;
  /** Levels said as "ระดับ ดี"; other level words (not audited, incomplete) stand alone. */
  rankedLevels: readonly string[];
  /** "อำเภอ{name}" */
  districtLabel: string;
  words: Pick<ScriptWords, 'level'>;
}

/** A template with "{key}" filled; a number is written with thousands separators (1,234). */
export const fill = (template: string, key: string, value: string | number): string =>
  template.replace(`{${key}}`, typeof value === 'number' ? value.toLocaleString('en-US') : value);

/** The count line: "พบ 25 รายการ แสดงรายการที่ 1–20" while some are not shown yet. */
export function statusText(total: number, shown: number, w: ScriptWords): string {
  if (total === 0) return w.none;
  return (total === 1 ? w.foundOne : fill(w.found, 'n', total)) + (total > shown ? fill(w.shown, 'n', shown) : '');
}

/** The "more" button's words, or null when every result is shown (the button hidden). */
export function moreText(total: number, shown: number, w: ScriptWords): string | null {
  return shown >= total ? null : fill(w.more, 'n', Math.min(PAGE, total - shown));
}

/** A result's kind, and for a group its level and district: "savings group · level good · Takhli District". */
export function kindLine(r: Result, k: KindWords): string {
  if (r.kind !== k.groupKind) return r.kind;
  const level = r.level && (k.rankedLevels.includes(r.level) ? fill(k.words.level, 'level', r.level) : r.level);
  const district = r.district && fill(k.districtLabel, 'name', r.district);
  return [r.kind, level, district].filter(Boolean).join(' · ');
}

/** The chosen filters, empty ones left out. */
export const chosenOnly = (chosen: Chosen): Chosen => Object.fromEntries(Object.entries(chosen).filter(([, v]) => v));

/** The page's query string for a search ("q=ตาคลี&level=ดี"), empty values left out: the address keeps the search. */
export const searchQuery = (q: string, chosen: Chosen): string => new URLSearchParams(Object.entries({ q, ...chosen }).filter(([, v]) => v)).toString();

/** A search read back from the page's query string: what the form's fields start with. */
export function readSearch(query: string): { q: string } & Required<Chosen> {
  const p = new URLSearchParams(query);
  return { q: p.get('q') ?? '', province: p.get('province') ?? '', district: p.get('district') ?? '', level: p.get('level') ?? '' };
}

/**
 * The other language's search page, searching the same words: its link with this query (filters are words of this
 * language: left behind).
 */
export const otherLanguageHref = (href: string, q: string): string => href.split('?')[0] + (q ? `?${new URLSearchParams({ q })}` : '');

/** Whether a district option is offered: every one with no province chosen, else that province's. */
export const districtOffered = (optionValue: string, optionProvince: string | undefined, province: string): boolean =>
  !optionValue || !province || optionProvince === province;
