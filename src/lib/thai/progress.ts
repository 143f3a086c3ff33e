import { normalizeText } from './normalize.js';
import { type Parsed, fail, ok } from './result.js';
import { EXPECTED } from '../issues/messages';

/** A plan row's progress as the group reports it between audits (issue 21): it never changes a score. */
export const PLAN_PROGRESS = ['not-started', 'in-progress', 'done'] as const;
export type PlanProgressStatus = (typeof PLAN_PROGRESS)[number];

/** The words read as each status (normalised, lower case; the first is the one the templates and books offer). */
export const PROGRESS_ANSWERS: Record<PlanProgressStatus, readonly string[]> = {
  'not-started': ['ยังไม่เริ่ม', 'ยังไม่ได้เริ่ม', 'ยังไม่ดำเนินการ', 'ยังไม่ได้ดำเนินการ', 'not started', 'not-started'],
  'in-progress': ['กำลังดำเนินการ', 'อยู่ระหว่างดำเนินการ', 'ระหว่างดำเนินการ', 'กำลังทำ', 'in progress', 'in-progress'],
  done: ['เสร็จแล้ว', 'เสร็จ', 'แล้วเสร็จ', 'ดำเนินการแล้ว', 'ดำเนินการแล้วเสร็จ', 'done', 'completed'],
};

const ANSWERS: ReadonlyMap<string, PlanProgressStatus> = new Map(
  PLAN_PROGRESS.flatMap((s) => PROGRESS_ANSWERS[s].map((w) => [w, s] as const)),
);

/** Raw cell → a progress status, ok(null) when empty. */
export function parseProgress(value: unknown): Parsed<PlanProgressStatus | null> {
  if (value === null || value === undefined) return ok(null);
  const text = normalizeText(String(value));
  if (text === '') return ok(null);
  const status = ANSWERS.get(text.toLowerCase().replace(/\s+/g, ' '));
  return status === undefined ? fail(text, EXPECTED.progress) : ok(status);
}
