/**
 * "Changes since the last published build" (issue 10, item 4): the data-quality report's section (its JSON here, its
 * page in src/components/report/ChangesSection.astro) and the console lines of the build and the check. Groups added
 * and removed, level changes, audits added and removed, problems fixed and new; and, when the data would shrink the
 * site, how many vanished and which files and problems explain it.
 */
import { type Changes, type FileChange, SHRINK_MIN, SHRINK_SHARE, isShrinking } from '../lib/changes/compare';
import { issueKey } from '../lib/changes/summary';
import type { Issue } from '../lib/schema/issue';
import { type Bilingual, bilingual, verbatim, words } from '../lib/i18n/words';
import type { Lang } from '../lib/i18n/lang';
import { compareCodes } from '../lib/thai/collate';

export interface ChangesInput {
  /** The last published build's summary: none yet (nothing to compare), unreadable, or compared (`changes`). */
  previous: 'none' | 'unreadable' | 'ok';
  /** Why the summary could not be read. */
  reason?: string;
  changes: Changes | null;
  /** `build` stops on a shrink; `check` says a build would. */
  mode: 'build' | 'check';
  allowShrink: boolean;
}

/** Whether these changes stop the build (or would, for the check). */
export function stopsBuild(c: ChangesInput): boolean {
  return c.changes !== null && isShrinking(c.changes) && !c.allowShrink;
}

/** Lists longer than this are cut on the page (the JSON keeps everything). */
export const PAGE_LIST_MAX = 200;

/** An entry of the page's folded lists: plain text (an id, a problem's key), or a lead (a group id) with a Thai and English text. */
export type ListEntry = string | { lead?: string; th: string; en: string };
const CONSOLE_FILES_MAX = 6;

/** The section's words (src/lib/i18n, the `changes` part); the console prints the Thai line, " / ", the English. */
const T = words('th').changes;
const E = words('en').changes;
const bothLine = (th: string, en: string) => `${th} / ${en}`;
const n = (x: number) => String(x);

export const statusWord = (s: string | null, gone: boolean): Bilingual =>
  s === null
    ? gone ? { th: T.fileGone, en: E.fileGone } : { th: T.newFile, en: E.newFile }
    : s === 'used' || s === 'partial' || s === 'rejected' || s === 'skipped' ? bilingual((w) => w.report.fileStatus[s]) : verbatim(s);

export const levelWord = (l: 1 | 2 | 3 | 'incomplete', lang: Lang) => (l === 'incomplete' ? words(lang).level.incomplete : String(l));

/** Codes with their counts, most frequent first. */
function byCode(issues: readonly Issue[]): [string, number][] {
  const n = new Map<string, number>();
  for (const i of issues) n.set(i.code, (n.get(i.code) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || compareCodes(a[0], b[0]));
}

/** "E_DUPLICATE_ID ×164, E_PLACE_UNKNOWN ×2" */
export const codeCounts = (issues: readonly Issue[]): string => byCode(issues).map(([c, k]) => `${c} ×${k}`).join(', ');

/** The first issue of each code, most frequent code first: what explains most of a file's new errors. */
export function topIssues(issues: readonly Issue[], max: number): Issue[] {
  return byCode(issues).slice(0, max).map(([code]) => issues.find((i) => i.code === code)!);
}

/**
 * Cause files for the console and the page: many gone files of one folder fold into one line ("audits/2567/: 131
 * files gone"), and the files that only lost rows because of the registry fold into one line at the end.
 */
export type CauseLine = { kind: 'file'; change: FileChange } | { kind: 'gone'; dir: string; files: number } | { kind: 'follows'; files: number; errors: number };

const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '');

export function causeLines(files: readonly FileChange[]): CauseLine[] {
  const goneOnly = (f: FileChange) => f.now === null && f.newErrors.length === 0;
  const goneByDir = new Map<string, number>();
  for (const f of files) if (goneOnly(f)) goneByDir.set(folderOf(f.file), (goneByDir.get(folderOf(f.file)) ?? 0) + 1);
  const out: CauseLine[] = [];
  const folded = new Set<string>();
  let follows = 0;
  let followErrors = 0;
  for (const f of files) {
    const dir = folderOf(f.file);
    if (f.follows) {
      follows++;
      followErrors += f.newErrors.length + (f.folded ?? 0);
    } else if (goneOnly(f) && dir !== '' && goneByDir.get(dir)! > 3) {
      if (!folded.has(dir)) out.push({ kind: 'gone', dir, files: goneByDir.get(dir)! });
      folded.add(dir);
    } else out.push({ kind: 'file', change: f });
  }
  if (follows > 0) out.push({ kind: 'follows', files: follows, errors: followErrors });
  return out;
}

export const FOLLOWS_TH = (l: { files: number; errors: number }) => T.follows(n(l.files), n(l.errors));
export const FOLLOWS_EN = (l: { files: number; errors: number }) => E.follows(n(l.files), n(l.errors));

function fewIds(ids: readonly string[], max = 10): string {
  return ids.slice(0, max).join(', ') + (ids.length > max ? `, … (+${ids.length - max})` : '');
}

/** The console's account of a shrink: counts, causes, and how to publish anyway. */
export function shrinkConsoleLines(c: ChangesInput): string[] {
  const ch = c.changes;
  if (!ch || !isShrinking(ch)) return [];
  const out: string[] = [];
  const [tc, ec] = [T.console, E.console];
  const share = n(SHRINK_SHARE * 100);
  const [rule, ruleEn] = [tc.rule(share, n(SHRINK_MIN)), ec.rule(share, n(SHRINK_MIN))];
  if (c.allowShrink) out.push(tc.shrankPublished(rule), `  ${ec.shrankPublished(ruleEn)}`);
  else if (c.mode === 'build') out.push(tc.shrankStopped(rule), `  ${ec.shrankStopped(ruleEn)}`);
  else out.push(tc.shrankWouldStop(rule), `  ${ec.shrankWouldStop(ruleEn)}`);
  const g = [n(ch.groups.before), n(ch.groups.now), n(ch.groups.removed.length), n(ch.groups.added.length)] as const;
  const a = [n(ch.audits.before), n(ch.audits.now), n(ch.audits.removed.length), n(ch.audits.added.length)] as const;
  out.push(`  ${bothLine(tc.groups(...g), ec.groups(...g))}`, `  ${bothLine(tc.audits(...a), ec.audits(...a))}`);
  if (ch.groups.removed.length > 0) out.push(`  ${bothLine(tc.vanishedGroups, ec.vanishedGroups)}: ${fewIds(ch.groups.removed)}`);
  if (ch.files === null) {
    out.push(`  ${bothLine(tc.prebuilt, ec.prebuilt)}`);
  } else if (ch.files.length === 0) {
    out.push(`  ${bothLine(tc.noFileChanged, ec.noFileChanged)}`);
  } else {
    out.push(`${bothLine(tc.causes, ec.causes)}:`);
    const lines = causeLines(ch.files);
    const shown = lines.length > CONSOLE_FILES_MAX ? [...lines.slice(0, CONSOLE_FILES_MAX - 1), lines[lines.length - 1]!] : lines;
    for (const l of shown) {
      if (l.kind === 'gone') {
        out.push(`  ${l.dir} — ${bothLine(T.filesGone(n(l.files)), E.filesGone(n(l.files)))}`);
        continue;
      }
      if (l.kind === 'follows') {
        out.push(`  ${FOLLOWS_TH(l)}`, `    ${FOLLOWS_EN(l)}`);
        continue;
      }
      const f = l.change;
      const b = statusWord(f.before, false);
      const now = statusWord(f.now, true);
      const k = n(f.newErrors.length);
      const errs = f.newErrors.length > 0 ? `; ${bothLine(T.newErrors(k), E.newErrors(k))}: ${codeCounts(f.newErrors)}` : '';
      out.push(`  ${f.file} — ${b.th} → ${now.th} / ${b.en} → ${now.en}${errs}`);
      const [top] = topIssues(f.newErrors, 1);
      if (top) out.push(`      ${top.th}`, `      ${top.en}`);
    }
    const more = n(lines.length - shown.length);
    if (lines.length > shown.length) out.push(`  ${bothLine(tc.moreInReport(more), ec.moreInReport(more))}`);
  }
  if (!c.allowShrink) out.push(bothLine(tc.allowShrink, ec.allowShrink));
  return out;
}

/** One line for a build or check that does not shrink: what changed, in counts. */
export function changesConsoleLine(c: ChangesInput): string {
  const [tc, ec] = [T.console, E.console];
  if (c.previous === 'none') return bothLine(tc.noneYet, ec.noneYet);
  if (c.previous === 'unreadable' || !c.changes) return bothLine(tc.unreadable(c.reason ?? ''), ec.unreadable(c.reason ?? ''));
  const ch = c.changes;
  const p = ch.problems;
  const plusMinus = (x: { added: unknown[]; removed: unknown[] }) => `+${x.added.length} −${x.removed.length}`;
  const counts = [plusMinus(ch.groups), plusMinus(ch.audits), n(ch.levels.length)] as const;
  const problems = p ? [n(p.fixed.length), n(p.new.length)] as const : undefined;
  return bothLine(tc.counts(...counts) + (problems ? tc.problems(...problems) : ''), ec.counts(...counts) + (problems ? ec.problems(...problems) : ''));
}

/** The section of reports/data-quality.json. */
export function changesJson(c: ChangesInput): Record<string, unknown> {
  if (c.previous !== 'ok' || !c.changes) return { previous: null, ...(c.previous === 'unreadable' ? { unreadable: c.reason ?? '' } : {}) };
  const ch = c.changes;
  return {
    previous: ch.previous,
    groups: ch.groups,
    audits: ch.audits,
    levels: ch.levels,
    problems: ch.problems ? { new: ch.problems.new.map(issueKey), fixed: ch.problems.fixed } : null,
    files: ch.files ? ch.files.map((f) => ({ file: f.file, before: f.before, now: f.now, newErrors: f.newErrors.length })) : null,
    shrink: { groups: ch.shrink.groups, audits: ch.shrink.audits, stopsBuild: stopsBuild(c) },
  };
}
