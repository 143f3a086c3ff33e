/**
 * What the group page (and its printed health card) shows, in a language: everything the page would otherwise
 * compute — the place line, the summary, dimension percents, the trend, red flags in words, indicator rows with their
 * rules and the area medians, priorities and the plan. The page lays these out and looks words up; it decides nothing.
 */
import type { Lang } from '../lib/i18n/lang';
import { words } from '../lib/i18n/words';
import { formatter } from '../lib/i18n/format';
import { trend, type TrendDirection } from '../lib/aggregate/trend';
import { dimensionName, indicatorName, redFlagReason, ruleText } from '../lib/health/criteria-words';
import type { Criteria, Indicator } from '../lib/schema/criteria';
import type { Level, ScoredAudit } from '../lib/schema/dataset';
import { indicatorValueText, levelView, medianText, statusView, type LevelView } from './format';
import { groupPlace } from './names';
import type { GroupProps } from './data';

export interface GroupView {
  place: string;
  /** "ผลตรวจปีงบประมาณ 2567: ระดับ ดี คะแนน 97.0" (or "no audit yet"). */
  summary: string;
  level: LevelView;
  latest: ScoredAudit | undefined;
  dimensions: { name: string; points: number; max: number; percent: number | null }[];
  trend: { fiscalYear: number; level: Level | null; score: number | null; arrow: string | null; change: string | null }[];
  redFlags: { code: string; title: string; why: string }[];
  indicators: {
    code: string;
    name: string;
    value: string;
    rule: string;
    points: string;
    status: { css: string; icon: string; word: string };
    failed: boolean;
    districtMedian: string;
    provinceMedian: string;
  }[];
  priorities: { code: string; name: string; lost: string | null; redFlag: boolean }[];
  plan: { order: string; topic: string; cause: string; approach: string; activity: string; owner: string; due: string }[];
}

export function groupView(props: GroupProps, criteria: Criteria, lang: Lang): GroupView {
  const { group, districtMedians, provinceMedians } = props;
  const w = words(lang);
  const f = formatter(lang);
  const byCode = new Map<string, Indicator>(criteria.indicators.map((i) => [i.code, i]));
  const nameOf = (code: string) => {
    const ind = byCode.get(code);
    return ind ? indicatorName(ind, lang) : '';
  };
  const latest = group.audits[group.audits.length - 1];
  const level = latest ? levelView(latest.level, lang) : levelView(null, lang, false);
  const summary = latest
    ? w.group.summary(f.fy(latest.fiscalYear), level.word, latest.score === null ? null : f.score(latest.score))
    : w.site.noAuditsYet;

  const dimensions = (latest?.dimensions ?? []).map((d) => ({
    name: dimensionName(criteria, d.code, lang),
    points: d.points,
    max: d.max,
    percent: d.max > 0 ? d.points / d.max : null,
  }));

  const changeText = (dir: TrendDirection, shown: number) =>
    dir === 'up' ? w.group.up(f.score(shown)) : dir === 'down' ? w.group.down(f.score(-shown)) : w.group.same;
  const trendRows = trend(group.audits).map((p) => ({
    fiscalYear: p.fiscalYear,
    level: p.item.level,
    score: p.score,
    arrow: p.change?.arrow ?? null,
    change: p.change ? changeText(p.change.direction, p.change.shown) : null,
  }));

  const redFlags = (latest?.redFlags ?? []).map((flag) => {
    const ind = byCode.get(flag.code);
    const value = latest?.indicators.find((r) => r.code === flag.code)?.value ?? null;
    const reason = ind ? redFlagReason(ind, value, lang) : null;
    // The dataset's own sentence when this criteria table cannot say why (a flag it does not define).
    const why = reason === null ? (lang === 'en' ? flag.en : flag.th) : w.redFlag.explain(reason, w.redFlag.forced);
    return { code: flag.code, title: w.redFlag.title(flag.code), why };
  });

  const dMed = latest ? (districtMedians[latest.fiscalYear] ?? {}) : {};
  const pMed = latest ? (provinceMedians[latest.fiscalYear] ?? {}) : {};
  const indicators = (latest?.indicators ?? []).map((r) => {
    const ind = byCode.get(r.code);
    const status = statusView(r.status, lang);
    return {
      code: r.code,
      name: nameOf(r.code),
      value: indicatorValueText(ind, r.value, lang),
      rule: ind ? ruleText(ind, lang) : '',
      points: r.status === 'n/a' ? '–' : `${f.int(r.points)}/${f.int(r.max)}`,
      status: { css: r.status, icon: status.icon, word: status.word },
      failed: r.status === 'fail',
      districtMedian: medianText(ind, dMed[r.code], lang),
      provinceMedian: medianText(ind, pMed[r.code], lang),
    };
  });

  const priorities = (latest?.priorities ?? []).map((code) => {
    const r = latest?.indicators.find((x) => x.code === code);
    return { code, name: nameOf(code), lost: r ? w.group.lost(f.int(r.max - r.points)) : null, redFlag: !!byCode.get(code)?.redFlag };
  });

  const plan = (latest?.plan ?? []).map((p, i) => ({
    order: f.int(p.order ?? i + 1),
    topic: byCode.has(p.topic) ? `${p.topic} ${nameOf(p.topic)}` : p.topic,
    cause: p.cause ?? '–',
    approach: p.approach ?? '–',
    activity: p.activity ?? '–',
    owner: p.owner ?? '–',
    due: f.date(p.due, 'short'),
  }));

  return { place: groupPlace(group, lang), summary, level, latest, dimensions, trend: trendRows, redFlags, indicators, priorities, plan };
}
