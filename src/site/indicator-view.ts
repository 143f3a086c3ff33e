/**
 * What the indicator pages (/indicators/, /indicators/{code}/, issue 13) and an article's indicators show: what an
 * indicator measures and why (the catalogue's words for the default criteria; a province's own table has its names
 * only), its thresholds and points (the words the methodology page uses), how many audited groups fail it per area
 * this year and last, the lessons that address it and what became of plans for it.
 */
import type { Lang } from '../lib/i18n/lang';
import { otherLang } from '../lib/i18n/lang';
import { words } from '../lib/i18n/words';
import { DASH, formatter, formatThreshold } from '../lib/i18n/format';
import { DEFAULT_CRITERIA } from '../lib/health/default-criteria';
import { dimensionName, indicatorName, measureText, redFlagRuleText, ruleText } from '../lib/health/criteria-words';
import { failingOf, yearTallies, type FailingTally, type YearTallies } from '../lib/aggregate/failing';
import type { Criteria, Indicator } from '../lib/schema/criteria';
import type { Area } from '../lib/schema/dataset';
import { site } from './data';
import { followThroughTable, latestFollowThrough, type FollowThroughTableView } from './followthrough-view';
import { lessonEntriesFor, lessonsFor } from './lessons-view';
import { shownIn, type Shown } from './km-languages';
import { routes } from './links';
import { byName, placeName, provinceLabel, districtLabel } from './names';

const talliesCache = new Map<number, YearTallies>();
/** A fiscal year's failing tallies over every group: once per build (each indicator page in each language asks). */
export function talliesOf(fiscalYear: number): YearTallies {
  let t = talliesCache.get(fiscalYear);
  if (!t) talliesCache.set(fiscalYear, (t = yearTallies(site().dataset.groups, fiscalYear)));
  return t;
}

/** "This year and last": the latest fiscal year and the one before, those the data holds, oldest first. */
export function comparedYears(fiscalYears: readonly number[], latest: number | null): number[] {
  return latest === null ? [] : [latest - 1, latest].filter((y) => fiscalYears.includes(y));
}

export interface FailingCell {
  /** "3 จาก 12" / "3 of 12", or a dash with nobody audited. */
  count: string;
  share: string;
}

export interface FailingRow {
  kind: 'all' | 'province' | 'district';
  name: string;
  route: string | undefined;
  cells: FailingCell[];
}

function failingCell(tally: FailingTally | undefined, code: string, lang: Lang): FailingCell {
  if (!tally || tally.audited === 0) return { count: DASH, share: DASH };
  const f = formatter(lang);
  const x = failingOf(tally, code);
  return { count: words(lang).lessons.count(f.int(x.failing), f.int(x.audited)), share: f.percent(x.share) };
}

/**
 * An indicator's failing groups per area, for the given years: the whole data first when it holds more than one
 * province, then each province followed by its districts, in the reader's order.
 */
export function failingRows(code: string, years: readonly number[], lang: Lang, tallies: (fy: number) => YearTallies = talliesOf): FailingRow[] {
  const s = site();
  const provinces = byName(s.dataset.provinces, lang);
  const cells = (pick: (t: YearTallies) => FailingTally | undefined) => years.map((fy) => failingCell(pick(tallies(fy)), code, lang));
  const rows: FailingRow[] = [];
  if (provinces.length > 1) rows.push({ kind: 'all', name: words(lang).indicator.allData, route: undefined, cells: cells((t) => t.all) });
  for (const p of provinces) {
    rows.push({ kind: 'province', name: provinceLabel(p, lang), route: routes.province(p.code), cells: cells((t) => t.province.get(p.code)) });
    for (const d of byName(s.districtsOfProvince.get(p.code) ?? [], lang)) {
      rows.push({ kind: 'district', name: districtLabel(d, lang), route: routes.district(d.code), cells: cells((t) => t.district.get(d.code)) });
    }
  }
  return rows;
}

/** The catalogue's "what it measures and why" of a default-criteria indicator; null for a province's own table. */
export function aboutText(code: string, criteria: Pick<Criteria, 'id'>, lang: Lang): { measures: string; why: string } | null {
  if (criteria.id !== DEFAULT_CRITERIA.id) return null;
  const about = words(lang).indicatorAbout as Record<string, { measures: string; why: string } | undefined>;
  return about[code] ?? null;
}

export interface IndicatorView {
  code: string;
  /** "F1 หนี้ค้างชำระต่อเงินให้กู้คงเหลือ" */
  title: string;
  /** The name in the other language (a province's table may hold only Thai: then empty). */
  otherName: string;
  lead: string;
  about: { measures: string; why: string } | null;
  /** For a province's own criteria: a sentence that only the table's words follow. */
  ownCriteria: string | null;
  /** One line for search results and the description: what it measures, else how it is measured. */
  summary: string;
  measure: string;
  rule: string;
  max: string;
  redFlag: string | null;
  years: string[];
  failing: FailingRow[];
  lessons: Shown[];
  followThrough: FollowThroughTableView | null;
}

export function indicatorView(ind: Indicator, criteria: Criteria, lang: Lang): IndicatorView {
  const s = site();
  const w = words(lang);
  const f = formatter(lang);
  const other = otherLang(lang);
  const name = indicatorName(ind, lang);
  const otherName = indicatorName(ind, other);
  const about = aboutText(ind.code, criteria, lang);
  const years = comparedYears(s.dataset.fiscalYears, s.latestFY);
  const entry = latestFollowThrough();
  const cells = entry?.indicators.find((x) => x.code === ind.code);
  return {
    code: ind.code,
    title: w.indicator.title(ind.code, name),
    otherName: otherName === name ? '' : otherName,
    lead: w.indicator.lead(dimensionName(criteria, ind.dimension, lang), formatThreshold(ind.max, false)),
    about,
    ownCriteria: about ? null : w.indicator.ownCriteria(criteria.id),
    summary: about?.measures ?? measureText(ind, lang),
    measure: measureText(ind, lang),
    rule: ruleText(ind, lang),
    max: formatThreshold(ind.max, false),
    redFlag: redFlagRuleText(ind, lang),
    years: years.map((y) => f.fy(y)),
    failing: failingRows(ind.code, years, lang),
    lessons: lessonEntriesFor(ind.code).map((e) => shownIn(e, lang)),
    followThrough: entry && cells ? followThroughTable({ fromFiscalYear: entry.fromFiscalYear, ...cells }, entry.fiscalYear, lang) : null,
  };
}

export interface IndicatorIndexRow {
  code: string;
  name: string;
  route: string;
  dimension: string;
  max: string;
  /** This year's failing groups in the whole data. */
  failing: FailingCell;
  lessons: string;
}

export function indicatorIndex(criteria: Criteria, lang: Lang): IndicatorIndexRow[] {
  const s = site();
  const f = formatter(lang);
  const all = s.latestFY === null ? undefined : talliesOf(s.latestFY).all;
  return criteria.indicators.map((ind) => ({
    code: ind.code,
    name: indicatorName(ind, lang),
    route: routes.indicator(ind.code),
    dimension: dimensionName(criteria, ind.dimension, lang),
    max: formatThreshold(ind.max, false),
    failing: failingCell(all, ind.code, lang),
    lessons: f.int(lessonsFor(ind.code, lang).length),
  }));
}

export interface ArticleIndicatorsView {
  indicators: { code: string; name: string; route: string; failingNow: string | null }[];
  /** Per province (when the data holds more than one): failing of audited, one cell per indicator. */
  provinces: { name: string; route: string; cells: string[] }[];
  fy: string;
}

/** The indicators an article addresses, each with its failing groups now (latest fiscal year) in the whole data and each province. */
export function articleIndicators(codes: readonly string[], lang: Lang): ArticleIndicatorsView | null {
  const s = site();
  const list = codes.flatMap((c) => (s.indicators.has(c) ? [s.indicators.get(c)!] : []));
  if (list.length === 0) return null;
  const f = formatter(lang);
  const w = words(lang);
  const fy = s.latestFY;
  const t = fy === null ? undefined : talliesOf(fy);
  const provinces = byName(s.dataset.provinces, lang);
  return {
    fy: fy === null ? '' : f.fy(fy),
    indicators: list.map((ind) => {
      const x = t && t.all.audited > 0 ? failingOf(t.all, ind.code) : null;
      return {
        code: ind.code,
        name: indicatorName(ind, lang),
        route: routes.indicator(ind.code),
        failingNow: x && fy !== null ? w.lessons.failingNow(f.int(x.failing), f.int(x.audited), f.percent(x.share), f.fy(fy)) : null,
      };
    }),
    provinces:
      provinces.length > 1 && t
        ? provinces.map((p: Area) => ({
            name: placeName(p, lang),
            route: routes.province(p.code),
            cells: list.map((ind) => failingCell(t.province.get(p.code), ind.code, lang).count),
          }))
        : [],
  };
}

/** Props of /indicators/{code}/ (both languages). */
export function indicatorPaths() {
  return site().criteria.indicators.map((indicator) => ({ params: { code: indicator.code }, props: { indicator } }));
}
export type IndicatorProps = ReturnType<typeof indicatorPaths>[number]['props'];
