/**
 * What the group page (and its printed health card) shows, in a language: everything the page would otherwise
 * compute — the place line, the summary, dimension percents, the trend, red flags in words, indicator rows with their
 * rules and the area medians, priorities and the plan. The page lays these out and looks words up; it decides nothing.
 */
import type { Lang } from '../lib/i18n/lang';
import { type Words, upperFirst, words } from '../lib/i18n/words';
import { type Format, formatter } from '../lib/i18n/format';
import { trend, type TrendDirection } from '../lib/aggregate/trend';
import { membersIn, savingsIn } from '../lib/aggregate/audit-year';
import { dimensionName, indicatorName, redFlagReason, ruleText } from '../lib/health/criteria-words';
import type { Criteria, Indicator } from '../lib/schema/criteria';
import type { Group, IndicatorStatus, Level, ScoredAudit } from '../lib/schema/dataset';
import { indicatorValueText, levelView, medianText, statusView, type LevelView } from './format';
import { groupPlace } from './names';
import type { GroupProps } from './data';

export interface GroupView {
  place: string;
  /** "ผลตรวจปีงบประมาณ 2567: ระดับ ดี คะแนน 97.0"; with no audit, why: "no audits yet", "dissolved group: no audits". */
  summary: string;
  /** The key figures that have a value: status, founding, members, savings, loans, reserve (registry figures say so). */
  figures: { label: string; value: string; unit: string | null; small: boolean }[];
  /** What the page says of a group that is not active (dissolved, inactive): null for an active one. */
  statusNotice: string | null;
  /** With no audit: the notice shown instead of results, saying why. */
  noAuditNotice: string;
  level: LevelView;
  latest: ScoredAudit | undefined;
  dimensions: { name: string; points: number; max: number; percent: number | null }[];
  /** change: "↓"-less words ("ลด 7.0"), or why a year is not compared when it could have been ("not compared: incomplete"). */
  trend: { fiscalYear: number; level: Level | null; score: number | null; arrow: string | null; change: string | null }[];
  redFlags: { code: string; title: string; why: string }[];
  indicators: {
    code: string;
    name: string;
    value: string;
    rule: string;
    points: string;
    status: { css: IndicatorStatus; icon: string; word: string };
    failed: boolean;
    districtMedian: string;
    provinceMedian: string;
  }[];
  /** redFlag: this indicator raised the red flag in the latest audit (not merely a red-flag indicator). */
  priorities: { code: string; name: string; lost: string | null; redFlag: boolean }[];
  plan: { order: string; topic: string; cause: string; approach: string; activity: string; owner: string; due: string }[];
}

/** Everything the group page shows, in the page's order. */
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
    : w.group.noAudit[group.status];
  const statusNotice = group.status === 'active' ? null : latest ? w.group.statusWithAudits[group.status] : null;

  const dimensions = (latest?.dimensions ?? []).map((d) => ({
    name: dimensionName(criteria, d.code, lang),
    points: d.points,
    max: d.max,
    percent: d.max > 0 ? d.points / d.max : null,
  }));
  const medians = { district: latest ? (districtMedians[latest.fiscalYear] ?? {}) : {}, province: latest ? (provinceMedians[latest.fiscalYear] ?? {}) : {} };
  const priorities = (latest?.priorities ?? []).map((code) => {
    const r = latest?.indicators.find((x) => x.code === code);
    return { code, name: nameOf(code), lost: r ? w.group.lost(f.int(r.max - r.points)) : null, redFlag: (latest?.redFlags ?? []).some((f) => f.code === code) };
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

  return {
    place: groupPlace(group, lang),
    summary,
    figures: figuresOf(group, latest, w, f),
    statusNotice,
    noAuditNotice: w.group.noAuditNotice[group.status],
    level,
    latest,
    dimensions,
    trend: trendOf(group, w, f),
    redFlags: redFlagsOf(latest, byCode, w, lang),
    indicators: indicatorsOf(latest, byCode, medians, nameOf, w, f, lang),
    priorities,
    plan,
  };
}

/** The latest audit's financial position; the registry's figure (said so) where the group has no audit. */
function figuresOf(group: Group, latest: ScoredAudit | undefined, w: Words, f: Format): GroupView['figures'] {
  const fin = latest?.financials;
  const registry = (label: string) => upperFirst(w.group.fromRegistry(label));
  const members = membersIn(group, latest);
  const savings = savingsIn(group, latest);
  return [
    { label: upperFirst(w.field.status), value: upperFirst(w.groupStatus[group.status]), unit: null, small: false },
    ...(group.founded ? [{ label: upperFirst(w.field.founded), value: f.date(group.founded), unit: null, small: true }] : []),
    ...(members !== undefined
      ? [{ label: fin?.members_end !== undefined ? upperFirst(w.field.members) : registry(w.field.members), value: f.int(members), unit: w.common.people, small: false }]
      : []),
    ...(savings !== undefined
      ? [{ label: fin?.savings !== undefined ? upperFirst(w.field.savings) : registry(w.field.savings), value: f.money(savings), unit: w.common.baht, small: false }]
      : []),
    ...(fin?.loans_outstanding !== undefined ? [{ label: upperFirst(w.field.loans_outstanding), value: f.money(fin.loans_outstanding), unit: w.common.baht, small: false }] : []),
    ...(fin?.reserve !== undefined ? [{ label: upperFirst(w.field.reserve), value: f.money(fin.reserve), unit: w.common.baht, small: false }] : []),
  ];
}

function trendOf(group: Group, w: Words, f: Format): GroupView['trend'] {
  const changeText = (dir: TrendDirection, shown: number) =>
    dir === 'up' ? w.group.up(f.score(shown)) : dir === 'down' ? w.group.down(f.score(-shown)) : w.group.same;
  return trend(group.audits).map((p) => ({
    fiscalYear: p.fiscalYear,
    level: p.item.level,
    score: p.score,
    arrow: p.change?.arrow ?? null,
    change: p.change ? changeText(p.change.direction, p.change.shown) : p.noChange === 'incomplete' ? w.group.notComparedIncomplete : null,
  }));
}

function redFlagsOf(latest: ScoredAudit | undefined, byCode: ReadonlyMap<string, Indicator>, w: Words, lang: Lang): GroupView['redFlags'] {
  return (latest?.redFlags ?? []).map((flag) => {
    const ind = byCode.get(flag.code);
    const value = latest?.indicators.find((r) => r.code === flag.code)?.value ?? null;
    const reason = ind ? redFlagReason(ind, value, lang) : null;
    // The dataset's own sentence when this criteria table cannot say why (a flag it does not define).
    const why = reason === null ? (lang === 'en' ? flag.en : flag.th) : w.redFlag.explain(reason, w.redFlag.forced);
    return { code: flag.code, title: w.redFlag.title(flag.code), why };
  });
}

/** The latest audit's indicator rows, each with its rule, points, status and the district's and province's medians. */
/** An indicator's rule in words, made once per language: every group's page shows the same rules. */
const rules = new WeakMap<Indicator, Partial<Record<Lang, string>>>();
function ruleOf(ind: Indicator, lang: Lang): string {
  let byLang = rules.get(ind);
  if (!byLang) rules.set(ind, (byLang = {}));
  return (byLang[lang] ??= ruleText(ind, lang));
}

function indicatorsOf(
  latest: ScoredAudit | undefined,
  byCode: ReadonlyMap<string, Indicator>,
  medians: { district: Readonly<Record<string, number | null>>; province: Readonly<Record<string, number | null>> },
  nameOf: (code: string) => string,
  w: Words,
  f: Format,
  lang: Lang,
): GroupView['indicators'] {
  return (latest?.indicators ?? []).map((r) => {
    const ind = byCode.get(r.code);
    const status = statusView(r.status, lang);
    return {
      code: r.code,
      name: nameOf(r.code),
      value: indicatorValueText(ind, r.value, lang),
      rule: ind ? ruleOf(ind, lang) : '',
      points: r.status === 'n/a' ? '–' : `${f.int(r.points)}/${f.int(r.max)}`,
      status: { css: r.status, icon: status.icon, word: status.word },
      failed: r.status === 'fail',
      districtMedian: medianText(ind, medians.district[r.code], lang),
      provinceMedian: medianText(ind, medians.province[r.code], lang),
    };
  });
}
