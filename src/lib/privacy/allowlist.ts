/**
 * The allow-list of published fields (DESIGN §8): the only keys that may reach the public dataset and the
 * pages. Anything else — a chair's name, a phone, an address, coordinates, the audit team — is refused.
 * Coordinates (lat/lon) are read by ingest but deliberately not published: a small group often meets at
 * a member's home.
 */
import { FINANCIAL_FIELDS } from '../schema/records';

type Shape = { keys: readonly string[]; children?: Record<string, Shape | 'record-of-numbers' | 'free'> };

const PLACE: Shape = { keys: ['code', 'name', 'nameEn'] };
// A plan row's progress (schemaVersion 3): a status word, a date and the group's short note (masked like the plan).
const PLAN_ITEM: Shape = {
  keys: ['order', 'topic', 'cause', 'approach', 'activity', 'owner', 'due', 'progress'],
  children: { progress: { keys: ['status', 'date', 'note'] } },
};
const INDICATOR: Shape = { keys: ['code', 'value', 'points', 'max', 'status'] };
const DIMENSION: Shape = { keys: ['code', 'points', 'max'] };
const RED_FLAG: Shape = { keys: ['code', 'th', 'en'] };
const FINANCIALS: Shape = { keys: FINANCIAL_FIELDS };

// Plan follow-through (schemaVersion 2): codes, points, statuses and counts only.
const FOLLOW_THROUGH_ROW: Shape = { keys: ['code', 'firstPoints', 'secondPoints', 'max', 'status', 'planned'] };
const AUDIT_FOLLOW_THROUGH: Shape = { keys: ['fromFiscalYear', 'rows'], children: { rows: FOLLOW_THROUGH_ROW } };
const FOLLOW_THROUGH_CELL: Shape = { keys: ['groups', 'issues', 'fixed', 'better', 'same', 'worse', 'unknown', 'fixedShare'] };
const FOLLOW_THROUGH_SUMMARY: Shape = {
  keys: ['fromFiscalYear', 'groups', 'planned', 'unplanned'],
  children: { planned: FOLLOW_THROUGH_CELL, unplanned: FOLLOW_THROUGH_CELL },
};
const DATASET_FOLLOW_THROUGH: Shape = {
  keys: ['fromFiscalYear', 'fiscalYear', 'groups', 'planned', 'unplanned', 'indicators'],
  children: {
    planned: FOLLOW_THROUGH_CELL,
    unplanned: FOLLOW_THROUGH_CELL,
    indicators: { keys: ['code', 'planned', 'unplanned'], children: { planned: FOLLOW_THROUGH_CELL, unplanned: FOLLOW_THROUGH_CELL } },
  },
};

// KM articles that address an indicator (issue 13): a code and article slugs, nothing of the articles' text.
const LESSON_LINK: Shape = { keys: ['indicator', 'slugs'] };

export const AUDIT_FIELDS: Shape = {
  keys: [
    'fiscalYear', 'date', 'criteria', 'score', 'level', 'levelLabel', 'redFlags', 'incomplete',
    'financials', 'indicators', 'dimensions', 'priorities', 'plan', 'followThrough',
  ],
  children: {
    redFlags: RED_FLAG, financials: FINANCIALS, indicators: INDICATOR, dimensions: DIMENSION, plan: PLAN_ITEM,
    followThrough: AUDIT_FOLLOW_THROUGH,
  },
};

export const GROUP_FIELDS: Shape = {
  keys: [
    'id', 'name', 'village', 'moo', 'subdistrict', 'district', 'province', 'founded', 'status', 'members',
    'savings', 'audits',
  ],
  children: { subdistrict: PLACE, district: PLACE, province: PLACE, audits: AUDIT_FIELDS },
};

const AREA_YEAR: Shape = {
  keys: [
    'fiscalYear', 'active', 'audited', 'coverage', 'levels', 'meanScore', 'medianScore', 'members', 'savings',
    'loans', 'overdueRatio', 'mostFailed', 'indicatorMedians', 'ranking', 'incomplete', 'notAudited', 'followThrough',
  ],
  children: {
    levels: { keys: ['1', '2', '3', 'incomplete'] },
    mostFailed: { keys: ['code', 'share'] },
    indicatorMedians: 'record-of-numbers',
    followThrough: FOLLOW_THROUGH_SUMMARY,
  },
};
const AREA: Shape = { keys: ['code', 'name', 'nameEn', 'province', 'years'], children: { years: AREA_YEAR } };

export const DATASET_FIELDS: Shape = {
  keys: ['schemaVersion', 'criteria', 'dataAsOf', 'fiscalYears', 'groups', 'districts', 'provinces', 'followThrough', 'lessons'],
  children: { groups: GROUP_FIELDS, districts: AREA, provinces: AREA, followThrough: DATASET_FOLLOW_THROUGH, lessons: LESSON_LINK },
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function walk(value: unknown, shape: Shape, path: string, out: string[]): void {
  const items = Array.isArray(value) ? value.map((v, i) => [v, `${path}[${i}]`] as const) : [[value, path] as const];
  for (const [item, at] of items) {
    if (!isObject(item)) continue;
    for (const key of Object.keys(item)) {
      const here = at ? `${at}.${key}` : key;
      if (!shape.keys.includes(key)) {
        out.push(here);
        continue;
      }
      const child = shape.children?.[key];
      if (child === undefined || child === 'free') continue;
      if (child === 'record-of-numbers') {
        const rec = item[key];
        if (isObject(rec)) {
          for (const [k, v] of Object.entries(rec)) if (v !== null && typeof v !== 'number') out.push(`${here}.${k}`);
        }
        continue;
      }
      walk(item[key], child, here, out);
    }
  }
}

/** Paths of every field not on the allow-list (empty = publishable). Run on the raw JSON, before zod strips (src/lib/dataset/validate.ts). */
export function findDisallowedFields(dataset: unknown): string[] {
  const out: string[] = [];
  walk(dataset, DATASET_FIELDS, '', out);
  return out;
}
