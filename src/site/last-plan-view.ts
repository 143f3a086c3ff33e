/**
 * Last year's development plan on a group page (issue 20): each row of the previous audit's plan as it was written
 * (topic, activity, owner, due date: until now only in omsap.json) with what became of the indicators its topic
 * names this year, from the audit's follow-through. A row whose topic names no indicator, or one that lost no
 * points last year, has no outcome to show (a dash). Nothing when the group was not audited the year before or had
 * no plan then.
 */
import type { Lang } from '../lib/i18n/lang';
import { words } from '../lib/i18n/words';
import { DASH, formatter } from '../lib/i18n/format';
import { indicatorNamer } from '../lib/followthrough/planned';
import { indicatorName } from '../lib/health/criteria-words';
import type { Criteria } from '../lib/schema/criteria';
import type { FollowThroughStatus, Group } from '../lib/schema/dataset';
import { OUTCOME_ICON } from './followthrough-view';
import { routes } from './links';

export interface LastPlanOutcome {
  code: string;
  route: string;
  status: { css: FollowThroughStatus; icon: string; word: string };
}

export interface LastPlanView {
  /** "แผนพัฒนาปีงบประมาณ 2566 และผลในปีนี้" */
  heading: string;
  caption: string;
  rows: { topic: string; activity: string; owner: string; due: string; outcomes: LastPlanOutcome[] }[];
}

export function lastPlanView(group: Group, criteria: Criteria, lang: Lang): LastPlanView | undefined {
  const latest = group.audits[group.audits.length - 1];
  const ft = latest?.followThrough;
  const previous = ft && group.audits.find((a) => a.fiscalYear === ft.fromFiscalYear);
  if (!latest || !ft || !previous || previous.plan.length === 0) return undefined;
  const w = words(lang);
  const f = formatter(lang);
  const names = indicatorNamer(criteria);
  const byCode = new Map(criteria.indicators.map((i) => [i.code, i]));
  const outcomeOf = new Map(ft.rows.map((r) => [r.code, r.status]));
  const fy = f.fy(ft.fromFiscalYear);
  return {
    heading: w.lastPlan.heading(fy),
    caption: w.lastPlan.caption(fy, f.fy(latest.fiscalYear)),
    rows: previous.plan.map((p) => {
      const ind = byCode.get(p.topic);
      return {
        topic: ind ? `${p.topic} ${indicatorName(ind, lang)}` : p.topic,
        activity: p.activity ?? DASH,
        owner: p.owner ?? DASH,
        due: p.due ? f.date(p.due, 'short') : DASH,
        outcomes: names(p.topic).flatMap((code) => {
          const status = outcomeOf.get(code);
          return status ? [{ code, route: routes.indicator(code), status: { css: status, icon: OUTCOME_ICON[status], word: w.followThrough[status] } }] : [];
        }),
      };
    }),
  };
}
