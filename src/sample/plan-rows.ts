/**
 * The plan a committee writes after an audit at level 2 or 3 (its priorities, in the words of src/sample/plan-text.ts),
 * and the progress it reports at follow-ups between audits. Pure.
 */
import type { Criteria } from '../lib/schema/criteria';
import { endOfMonthAfter } from './dates';
import { PLAN_TEXT } from './plan-text';
import type { Rng } from './prng';
import { addDays } from '../lib/thai/date';
import type { SampleAudit, SamplePlanRow } from './types';

/**
 * How a committee writes a plan row's topic: mostly code and name, sometimes only one of them, or a sentence
 * with the code in it (the follow-through reads each of these as naming the indicator).
 */
function topicText(rng: Rng, code: string, name: string, approach: string): string {
  return rng.weighted([
    [`${code} ${name}`.trim(), 55],
    [code, 15],
    [name || code, 15],
    [`${approach} (${code})`, 15],
  ] as const);
}

export function planRows(rng: Rng, priorities: string[], date: string, criteria: Criteria): SamplePlanRow[] {
  const n = Math.min(priorities.length, rng.int(2, 3));
  const names = new Map(criteria.indicators.map((i) => [i.code, i.th]));
  // A forked stream for the wording, so the rows' other draws (and every later draw) stay where they were.
  const style = rng.fork('topic');
  return priorities.slice(0, n).flatMap((code, i) => {
    const t = PLAN_TEXT[code];
    if (!t) return [];
    return [
      {
        order: i + 1,
        code,
        topic: topicText(style, code, names.get(code) ?? '', t.approach),
        cause: rng.pick(t.cause),
        approach: t.approach,
        activity: t.activity,
        owner: rng.pick(t.owner),
        due: endOfMonthAfter(date, rng.int(3, 9)),
      },
    ];
  });
}

const PROGRESS_NOTES: Record<'not-started' | 'in-progress' | 'done', readonly string[]> = {
  'not-started': ['รอมติที่ประชุมใหญ่', 'รอช่วงหลังฤดูเก็บเกี่ยว'],
  'in-progress': ['ดำเนินการไปแล้วบางส่วน', 'ประชุมชี้แจงสมาชิกแล้ว รอติดตามผล', 'เริ่มบันทึกบัญชีรายวันแล้ว'],
  done: ['ดำเนินการครบตามแผน', 'ที่ประชุมกรรมการรับรองผลแล้ว'],
};

/**
 * Progress reported at follow-ups between audits, on most plan rows (its own stream per row, so nothing else of the
 * sample moves): a follow-up date after the audit and never after the province's latest audit date, which stands in
 * for the data's as-of date.
 */
export function addProgress(rng: Rng, audits: readonly SampleAudit[]): void {
  const last = audits.reduce((m, a) => (a.date > m ? a.date : m), '');
  for (const a of audits) {
    for (const p of a.plan) {
      const r = rng.fork(`${a.groupId}:${a.fiscalYear}:${p.order}`);
      if (r.chance(0.3)) continue;
      const status = r.weighted([['not-started', 25], ['in-progress', 40], ['done', 35]] as const);
      const later = addDays(a.date, r.int(30, 200));
      const date = later < last ? later : last;
      p.progress = { status, date, ...(r.chance(0.5) ? { note: r.pick(PROGRESS_NOTES[status]) } : {}) };
    }
  }
}
