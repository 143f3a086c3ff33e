/**
 * The end of an ingest run (DESIGN §4, §6): the rules across files, the consistency of the audits kept, the privacy
 * of what will be published, then each file's issues, counts and status, decided here, once.
 */
import type { Criteria } from '../lib/schema/criteria';
import type { Issue } from '../lib/schema/issue';
import { applyCrossFileRules, byFilePreference } from '../lib/validate/cross-file';
import { checkConsistency } from '../lib/health/consistency';
import { withFoldedAudits } from '../lib/issues/fold';
import { byRootCause, fileStatus } from './file-status';
import { type PublishPrivacy, applyPublishPrivacy } from './publish-privacy';
import type { FileOutcome, FileReport, IngestResult, ParseStats } from './types';

/**
 * The rules across files, the consistency of the audits kept, then each file's issues, counts and status (decided
 * here, once), root causes first.
 */
export function settle(
  all: FileOutcome[],
  criteria: Criteria,
  allPrivate: string[],
  origins: Map<string, string>,
  stats: ParseStats,
  privacy: Pick<PublishPrivacy, 'roles' | 'isPlace'>,
): IngestResult {
  // The root cause of a rejected registry id: its row's first error, from the file a copy would be taken from.
  const roots = new Map<string, { issue: Issue; path: string }>();
  for (const o of all) {
    for (const r of o.rejectedRows) {
      const had = roots.get(r.id);
      if (!had || byFilePreference(o.report.path, had.path) < 0) roots.set(r.id, { issue: o.issues[r.issue]!, path: o.report.path });
    }
  }
  const cross = applyCrossFileRules({
    registry: all.flatMap((o) => o.registry),
    audits: all.flatMap((o) => o.audits),
    rejectedRoots: new Map([...roots].map(([id, r]) => [id, r.issue])),
  });
  const later = new Map<string, Issue[]>();
  const add = (i: Issue) => {
    const list = later.get(i.file);
    if (list) list.push(i);
    else later.set(i.file, [i]);
  };
  for (const i of cross.issues) add(i);
  for (const a of cross.audits) for (const i of checkConsistency(a)) add(i);
  // Privacy of what will be published (owners by allowlist, private values masked everywhere): src/ingest/publish-privacy.ts.
  const privateValues = applyPublishPrivacy({ registry: cross.registry, audits: cross.audits, privateValues: allPrivate, origins, ...privacy, add });
  const folded = new Map([...cross.folded].map(([root, audits]) => [root, withFoldedAudits(root, audits)]));
  const byPath = new Map(all.map((o) => [o.report.path, o]));

  const files: FileReport[] = [];
  const issuesOf = new Map<string, Issue[]>();
  for (const o of all) {
    const path = o.report.path;
    const across = cross.files.get(path);
    const produced = o.registry.length + o.audits.length;
    const isCopy = across !== undefined && produced > 0 && across.copies === produced;
    let own = o.issues.map((i) => folded.get(i) ?? i);
    // A copy's own problems that its original has too are said once, on the original.
    if (isCopy && across.copyOf.length === 1) own = withoutRepeats(own, byPath.get(across.copyOf[0]!)?.issues ?? []);
    const list = [...own, ...(later.get(path) ?? [])];
    const errors = list.reduce((n, i) => n + (i.severity === 'error' ? 1 : 0), 0);
    const report: FileReport = {
      ...o.report,
      status: fileStatus({ kind: o.report.kind, read: o.read, produced, dropped: across?.dropped ?? 0, copy: isCopy, lost: o.lost, errors }),
      errors,
      warnings: list.length - errors,
    };
    if (isCopy) report.copyOf = across.copyOf;
    if (across?.blockedBy !== undefined) report.blockedBy = across.blockedBy;
    files.push(report);
    issuesOf.set(path, list);
  }
  files.sort(byRootCause);
  const issues: Issue[] = [];
  for (const f of files) for (const i of issuesOf.get(f.path)!) issues.push(i); // never push(...list): a file may hold 200,000
  return { registry: cross.registry, audits: cross.audits, criteria, files, issues, privateValues, origins, stats };
}

/** Issues minus those the other list has too (same code, cell, field and value found). */
function withoutRepeats(own: readonly Issue[], other: readonly Issue[]): Issue[] {
  const key = (i: Issue) => `${i.code}\u0000${i.cell ?? ''}\u0000${i.field ?? ''}\u0000${i.found ?? ''}`;
  const seen = new Set(other.map(key));
  return own.filter((i) => !seen.has(key(i)));
}