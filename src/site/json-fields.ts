/**
 * The data page's dictionary of the JSON download's fields added in schemaVersion 2 (plan follow-through, article
 * links) and 3 (plan progress), in a language: each field's path in omsap.json and its meaning. tests/site/json-fields.test.ts checks
 * every path against a built dataset and the allow-list.
 */
import type { Lang } from '../lib/i18n/lang';
import { words } from '../lib/i18n/words';
import { formatter } from '../lib/i18n/format';
import { SHARE_MIN_GROUPS } from '../lib/followthrough/rollup';
import { FOLLOW_THROUGH_STATUSES } from '../lib/schema/dataset';
import type { FieldDoc } from './csv';
import { PLAN_PROGRESS } from '../lib/thai/progress';

export function jsonFieldDocs(lang: Lang): FieldDoc[] {
  const w = words(lang);
  const j = w.jsonFields;
  const statuses = FOLLOW_THROUGH_STATUSES.map((s) => w.csv.codeWord(s, w.followThrough[s])).join(', ');
  const row = 'groups[].audits[].followThrough.rows[]';
  const cell = 'districts[].years[].followThrough.planned';
  return [
    { name: 'groups[].audits[].followThrough', meaning: j.auditFollowThrough },
    { name: 'groups[].audits[].followThrough.fromFiscalYear', meaning: j.fromFiscalYear },
    { name: row, meaning: j.rows },
    { name: `${row}.code`, meaning: j.rowCode },
    { name: `${row}.firstPoints`, meaning: j.firstPoints },
    { name: `${row}.secondPoints`, meaning: j.secondPoints },
    { name: `${row}.max`, meaning: j.max },
    { name: `${row}.status`, meaning: j.status(statuses) },
    { name: `${row}.planned`, meaning: j.planned },
    { name: 'districts[].years[].followThrough', meaning: j.areaFollowThrough },
    { name: cell, meaning: j.cell },
    { name: `${cell}.fixedShare`, meaning: j.fixedShare(formatter(lang).int(SHARE_MIN_GROUPS)) },
    { name: 'followThrough[]', meaning: j.datasetFollowThrough },
    { name: 'followThrough[].indicators[]', meaning: j.indicators },
    { name: 'lessons[]', meaning: j.lessons },
    { name: 'lessons[].indicator', meaning: j.lessonIndicator },
    { name: 'lessons[].slugs', meaning: j.lessonSlugs('/km/{slug}/') },
    { name: 'groups[].audits[].plan[].progress', meaning: j.progress },
    { name: 'groups[].audits[].plan[].progress.status', meaning: j.progressStatus(PLAN_PROGRESS.map((s) => w.csv.codeWord(s, w.planProgress.status[s])).join(', ')) },
    { name: 'groups[].audits[].plan[].progress.date', meaning: j.progressDate },
    { name: 'groups[].audits[].plan[].progress.note', meaning: j.progressNote },
  ];
}
