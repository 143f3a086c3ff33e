/**
 * The last published build's summary in the state folder (`<state>/published.json`, see src/lib/changes): written
 * after each swap into dist/, read by the next build and by `npm run check`.
 */
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../util/atomic-write';
import { compareSummaries } from '../lib/changes/compare';
import { type PublishedSummary, PublishedSummarySchema } from '../lib/changes/summary';
import type { Issue } from '../lib/schema/issue';
import type { ChangesInput } from '../report/changes-section';

export const SUMMARY_FILE = 'published.json';

export type StoredSummary = { state: 'none' } | { state: 'unreadable'; reason: string } | { state: 'ok'; summary: PublishedSummary };

export function readPublishedSummary(stateDir: string): StoredSummary {
  let text: string;
  try {
    text = readFileSync(join(stateDir, SUMMARY_FILE), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'none' };
    return { state: 'unreadable', reason: (e as Error).message };
  }
  try {
    const parsed = PublishedSummarySchema.safeParse(JSON.parse(text));
    if (parsed.success) return { state: 'ok', summary: parsed.data };
    return { state: 'unreadable', reason: parsed.error.issues[0]?.message ?? 'wrong shape' };
  } catch (e) {
    return { state: 'unreadable', reason: (e as Error).message };
  }
}

/** Atomic: a killed build leaves the previous summary or the new one, never half of one. */
export function writePublishedSummary(stateDir: string, summary: PublishedSummary): void {
  mkdirSync(stateDir, { recursive: true });
  const file = join(stateDir, SUMMARY_FILE);
  writeFileAtomic(file, `${JSON.stringify(summary)}\n`);
}

/** This data (its summary and issues) against the last published build in `stateDir`: for the build and the check. */
export function compareWithPublished(stateDir: string, summary: PublishedSummary, issues: readonly Issue[], mode: ChangesInput['mode'], allowShrink: boolean): ChangesInput {
  const stored = readPublishedSummary(stateDir);
  return {
    previous: stored.state,
    ...(stored.state === 'unreadable' ? { reason: stored.reason } : {}),
    changes: stored.state === 'ok' ? compareSummaries(stored.summary, summary, issues) : null,
    mode,
    allowShrink,
  };
}
