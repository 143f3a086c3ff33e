/**
 * What pages say of plan follow-through (issue 13; the figures are src/lib/followthrough's, in the dataset): a group's
 * line and rows ("แผนปีที่แล้ว 3 ประเด็น แก้ได้ 2"), and the planned-against-unplanned table of an area, the whole data
 * or one indicator. Shares are the dataset's: null below SHARE_MIN_GROUPS groups, and then only counts are shown.
 */
import type { Lang } from '../lib/i18n/lang';
import { words } from '../lib/i18n/words';
import { DASH, formatter } from '../lib/i18n/format';
import { indicatorName } from '../lib/health/criteria-words';
import { planOutcome } from '../lib/followthrough/outcome';
import { auditFor } from '../lib/aggregate/audit-year';
import { SHARE_MIN_GROUPS } from '../lib/followthrough/rollup';
import type { Criteria } from '../lib/schema/criteria';
import type { DatasetFollowThrough, FollowThroughCell, FollowThroughStatus, Group } from '../lib/schema/dataset';
import { site } from './data';
import { routes } from './links';

/** A text symbol for each outcome, so an outcome never depends on colour alone. */
export const OUTCOME_ICON: Record<FollowThroughStatus, string> = { fixed: '✔', better: '▲', same: '=', worse: '▼', unknown: '?' };

export interface GroupFollowThroughView {
  /** "ผลของแผนพัฒนาปีงบประมาณ 2566" */
  heading: string;
  /** "แผนปีที่แล้ว 3 ประเด็น แก้ได้ 2", or why there is nothing to count. */
  line: string;
  caption: string;
  firstYear: string;
  secondYear: string;
  rows: {
    code: string;
    name: string;
    route: string;
    /** "0/10" */
    first: string;
    /** "10/10", or a dash when unknown. */
    second: string;
    status: { css: FollowThroughStatus; icon: string; word: string };
    planned: string;
  }[];
}

/** The latest audit's follow-through of the year before, or undefined when the group was not audited that year. */
export function groupFollowThrough(group: Group, criteria: Criteria, lang: Lang): GroupFollowThroughView | undefined {
  const latest = group.audits[group.audits.length - 1];
  const ft = latest?.followThrough;
  if (!latest || !ft) return undefined;
  const w = words(lang);
  const v = w.followThroughView;
  const f = formatter(lang);
  const byCode = new Map(criteria.indicators.map((i) => [i.code, i]));
  const previous = auditFor(group, ft.fromFiscalYear);
  const outcome = planOutcome(ft);
  const line =
    ft.rows.length === 0 ? v.nothingLost
    : (previous?.plan.length ?? 0) === 0 ? v.noPlan
    : outcome.planned === 0 ? v.namedNone
    : v.planLine(f.int(outcome.planned), f.int(outcome.fixed), outcome.planned !== 1);
  const points = (p: number | null, max: number) => (p === null ? DASH : `${f.int(p)}/${f.int(max)}`);
  return {
    heading: v.heading(f.fy(ft.fromFiscalYear)),
    line,
    caption: v.groupCaption(f.fy(ft.fromFiscalYear), f.fy(latest.fiscalYear)),
    firstYear: f.fy(ft.fromFiscalYear, 'short'),
    secondYear: f.fy(latest.fiscalYear, 'short'),
    rows: ft.rows.map((r) => {
      const ind = byCode.get(r.code);
      return {
        code: r.code,
        name: ind ? indicatorName(ind, lang) : '',
        route: routes.indicator(r.code),
        first: points(r.firstPoints, r.max),
        second: points(r.secondPoints, latest.indicators.find((x) => x.code === r.code)?.max ?? r.max),
        status: { css: r.status, icon: OUTCOME_ICON[r.status], word: w.followThrough[r.status] },
        planned: r.planned ? v.planned : v.unplanned,
      };
    }),
  };
}

export interface FollowThroughCellView {
  label: string;
  groups: string;
  issues: string;
  fixed: string;
  better: string;
  same: string;
  worse: string;
  unknown: string;
  /** The fixed share, or a dash when there are too few groups (or no issue). */
  share: string;
}

export interface FollowThroughTableView {
  heading: string;
  /** "ประเด็นที่แผนระบุ 160 ประเด็น ได้คะแนนเต็ม 96 (60.0%) · ประเด็นที่แผนไม่ได้ระบุ …" */
  summary: string;
  caption: string;
  rows: [FollowThroughCellView, FollowThroughCellView];
  /** Some cell has issues but too few groups for a share: the page says why its share is a dash. */
  fewGroups: string | null;
  shareBase: string;
}

/** The planned-against-unplanned table of some follow-through cells, from `fromFiscalYear`'s plans into `fiscalYear`. */
export function followThroughTable(
  cells: { fromFiscalYear: number; planned: FollowThroughCell; unplanned: FollowThroughCell },
  fiscalYear: number,
  lang: Lang,
): FollowThroughTableView {
  const v = words(lang).followThroughView;
  const f = formatter(lang);
  const share = (c: FollowThroughCell) => (c.fixedShare === null ? null : f.percent(c.fixedShare));
  const row = (label: string, c: FollowThroughCell): FollowThroughCellView => ({
    label,
    groups: f.int(c.groups),
    issues: f.int(c.issues),
    fixed: f.int(c.fixed),
    better: f.int(c.better),
    same: f.int(c.same),
    worse: f.int(c.worse),
    unknown: f.int(c.unknown),
    share: share(c) ?? DASH,
  });
  const clause = (c: FollowThroughCell) => v.clause(f.int(c.issues), f.int(c.fixed), share(c));
  const few = [cells.planned, cells.unplanned].some((c) => c.issues > 0 && c.fixedShare === null);
  return {
    heading: v.heading(f.fy(cells.fromFiscalYear)),
    summary: v.summary(clause(cells.planned), clause(cells.unplanned)),
    caption: v.areaCaption(f.fy(cells.fromFiscalYear), f.fy(fiscalYear)),
    rows: [row(v.plannedIssues, cells.planned), row(v.unplannedIssues, cells.unplanned)],
    fewGroups: few ? v.fewGroups(f.int(SHARE_MIN_GROUPS)) : null,
    shareBase: v.shareBase,
  };
}

/** The whole data's follow-through into the latest fiscal year (the home page's), if any group was audited the year before. */
export function latestFollowThrough(): DatasetFollowThrough | undefined {
  const s = site();
  return s.dataset.followThrough.find((x) => x.fiscalYear === s.latestFY);
}
