/**
 * The district visit pack (issue 21) in a language: every active group of the district in the visit order
 * (src/lib/visits/order.ts, the district ranking's fix-first order), each with its place, last audit, first three
 * priorities with a lesson title each, and its last plan's rows with their reported progress. The page, the .xlsx
 * and the letters lay this out; they decide nothing.
 */
import type { Lang } from '../lib/i18n/lang';
import { words } from '../lib/i18n/words';
import { formatter } from '../lib/i18n/format';
import { indicatorName } from '../lib/health/criteria-words';
import type { Area, Group, Level } from '../lib/schema/dataset';
import { visitOrder } from '../lib/visits/order';
import { levelView } from './format';
import { lessonsFor } from './lessons-view';
import { site } from './data';
import { districtLabel, subdistrictLabel } from './names';

export const VISIT_PRIORITIES = 3;

export interface VisitPlanRow {
  topic: string;
  activity: string;
  owner: string;
  due: string;
  progress: string;
  progressDate: string;
}

export interface VisitEntry {
  id: string;
  name: string;
  /** "บ้านเขาทอง หมู่ที่ 1". */
  village: string;
  /** The village as written after the group's name: without the village when the name already ends with it ("…บ้านเขาทอง หมู่ที่ 1", not "…บ้านเขาทอง บ้านเขาทอง หมู่ที่ 1"). */
  villageAfterName: string;
  subdistrict: string;
  part: 'ranked' | 'incomplete' | 'notAudited';
  /** 1…n within the ranked part. */
  rank: number | null;
  audit: { date: string; fiscalYear: string; level: Level | null; levelLabel: string; score: string } | null;
  priorities: { code: string; name: string; lesson: string }[];
  /** The fiscal year the plan was agreed in, '' when no audit. */
  planYear: string;
  plan: VisitPlanRow[];
}

export interface VisitPack {
  district: Area;
  label: string;
  fy: string;
  asOf: string;
  entries: VisitEntry[];
}

export function visitPack(code: string, lang: Lang): VisitPack | undefined {
  const s = site();
  const district = s.districtsByCode.get(code);
  if (!district) return undefined;
  const w = words(lang);
  const f = formatter(lang);
  const groups = s.groupsOfDistrict.get(code) ?? [];
  const byId = new Map(groups.map((g) => [g.id, g]));
  const order = s.latestFY === null ? { ranked: [], incomplete: [], notAudited: groups.filter((g) => g.status === 'active').map((g) => g.id) } : visitOrder(groups, s.latestFY, s.criteria);
  const entry = (g: Group, part: VisitEntry['part'], rank: number | null): VisitEntry => {
    const last = g.audits[g.audits.length - 1];
    const level = last ? levelView(last.level, lang) : undefined;
    return {
      id: g.id,
      name: g.name,
      village: [g.village, g.moo ? w.place.moo(g.moo) : undefined].filter(Boolean).join(' '),
      villageAfterName: [g.village && !g.name.endsWith(g.village) ? g.village : undefined, g.moo ? w.place.moo(g.moo) : undefined].filter(Boolean).join(' '),
      subdistrict: subdistrictLabel(g.subdistrict, lang),
      part,
      rank,
      audit: last && level ? { date: f.date(last.date, 'short'), fiscalYear: f.fy(last.fiscalYear, 'short'), level: last.level, levelLabel: level.label, score: last.score === null ? '' : f.score(last.score) } : null,
      priorities: (last?.priorities ?? []).slice(0, VISIT_PRIORITIES).map((c) => {
        const ind = s.indicators.get(c);
        return { code: c, name: ind ? indicatorName(ind, lang) : '', lesson: lessonsFor(c, lang)[0]?.title ?? '' };
      }),
      planYear: last ? f.fy(last.fiscalYear, 'short') : '',
      plan: (last?.plan ?? []).map((p) => ({
        topic: p.topic,
        activity: p.activity ?? '',
        owner: p.owner ?? '',
        due: p.due ? f.date(p.due, 'short') : '',
        progress: p.progress ? w.planProgress.status[p.progress.status] : w.planProgress.notRecorded,
        progressDate: p.progress?.date ? f.date(p.progress.date, 'short') : '',
      })),
    };
  };
  const pick = (ids: readonly string[], part: VisitEntry['part']) => ids.flatMap((id, i) => (byId.has(id) ? [entry(byId.get(id)!, part, part === 'ranked' ? i + 1 : null)] : []));
  return {
    district,
    label: districtLabel(district, lang),
    fy: s.latestFY === null ? '' : f.fy(s.latestFY),
    asOf: f.date(s.dataset.dataAsOf),
    entries: [...pick(order.ranked, 'ranked'), ...pick(order.incomplete, 'incomplete'), ...pick(order.notAudited, 'notAudited')],
  };
}

/** getStaticPaths of the visit pages: fresh objects on every call (one per language route; Astro annotates them). */
export function visitPaths(): { params: { code: string } }[] {
  return site().dataset.districts.map((d) => ({ params: { code: d.code } }));
}

