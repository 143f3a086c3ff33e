/**
 * "Changes since the last published build" (issue 10, item 4): the data-quality report's section (HTML and JSON)
 * and the console lines of the build and the check. Groups added and removed, level changes, audits added and
 * removed, problems fixed and new; and, when the data would shrink the site, how many vanished and which files
 * and problems explain it.
 */
import { type Changes, type FileChange, SHRINK_MIN, SHRINK_SHARE, isShrinking } from '../lib/changes/compare';
import { issueKey } from '../lib/changes/summary';
import type { Issue } from '../lib/schema/issue';
import { both, esc } from './html';
import { type Bilingual, type Words, bilingual, verbatim, words } from '../lib/i18n/words';
import { formatDate, formatFiscalYear } from '../lib/i18n/format';
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

/** Lists longer than this are cut in the HTML (the JSON keeps everything). */
const HTML_LIST_MAX = 200;
const CONSOLE_FILES_MAX = 6;

/** The section's words (src/lib/i18n, the `changes` part); the console prints the Thai line, " / ", the English. */
const T = words('th').changes;
const E = words('en').changes;
const bothLine = (th: string, en: string) => `${th} / ${en}`;
const n = (x: number) => String(x);

const statusWord = (s: string | null, gone: boolean): Bilingual =>
  s === null
    ? gone ? { th: T.fileGone, en: E.fileGone } : { th: T.newFile, en: E.newFile }
    : s === 'used' || s === 'partial' || s === 'rejected' || s === 'skipped' ? bilingual((w) => w.report.fileStatus[s]) : verbatim(s);

const levelWord = (l: 1 | 2 | 3 | 'incomplete', lang: Lang) => (l === 'incomplete' ? words(lang).level.incomplete : String(l));

/** Codes with their counts, most frequent first. */
function byCode(issues: readonly Issue[]): [string, number][] {
  const n = new Map<string, number>();
  for (const i of issues) n.set(i.code, (n.get(i.code) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || compareCodes(a[0], b[0]));
}

/** "E_DUPLICATE_ID ×164, E_PLACE_UNKNOWN ×2" */
const codeCounts = (issues: readonly Issue[]): string => byCode(issues).map(([c, k]) => `${c} ×${k}`).join(', ');

/** The first issue of each code, most frequent code first: what explains most of a file's new errors. */
function topIssues(issues: readonly Issue[], max: number): Issue[] {
  return byCode(issues).slice(0, max).map(([code]) => issues.find((i) => i.code === code)!);
}

/**
 * Cause files for the console and the page: many gone files of one folder fold into one line ("audits/2567/: 131
 * files gone"), and the files that only lost rows because of the registry fold into one line at the end.
 */
type CauseLine = { kind: 'file'; change: FileChange } | { kind: 'gone'; dir: string; files: number } | { kind: 'follows'; files: number; errors: number };

const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '');

function causeLines(files: readonly FileChange[]): CauseLine[] {
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

const FOLLOWS_TH = (l: { files: number; errors: number }) => T.follows(n(l.files), n(l.errors));
const FOLLOWS_EN = (l: { files: number; errors: number }) => E.follows(n(l.files), n(l.errors));

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

function list<X>(items: readonly X[], li: (x: X) => string): string {
  const shown = items.slice(0, HTML_LIST_MAX).map((x) => `<li>${li(x)}</li>`).join('');
  const more = n(items.length - HTML_LIST_MAX);
  return `<ul>${shown}${items.length > HTML_LIST_MAX ? `<li>${both(T.moreInJson(more), E.moreInJson(more))}</li>` : ''}</ul>`;
}

function folded(title: (w: Words['changes']) => string, count: number, body: () => string): string {
  if (count === 0) return '';
  return `<details><summary>${esc(title(T))} ${esc(count)}<span class="en">${esc(title(E))}: ${esc(count)}</span></summary>${body()}</details>`;
}

/** How many vanished and the files and problems that explain it. */
function shrinkCausesHtml(ch: Changes): string {
  const out: string[] = ['<ul>'];
  const g = [n(ch.groups.before), n(ch.groups.now), n(ch.groups.removed.length)] as const;
  const a = [n(ch.audits.before), n(ch.audits.now), n(ch.audits.removed.length)] as const;
  out.push(`<li>${both(T.groupsVanished(...g), E.groupsVanished(...g))}</li>`, `<li>${both(T.auditsVanished(...a), E.auditsVanished(...a))}</li>`);
  out.push('</ul>');
  if (ch.files === null) {
    out.push(`<p>${both(T.prebuilt, E.prebuilt)}</p>`);
    return out.join('\n');
  }
  out.push(`<h3>${both(T.causes, E.causes)}</h3>`);
  out.push(
    list(causeLines(ch.files), (l) => {
      if (l.kind === 'gone') return `${esc(l.dir)} — ${both(T.filesGone(n(l.files)), E.filesGone(n(l.files)))}`;
      if (l.kind === 'follows') return both(FOLLOWS_TH(l), FOLLOWS_EN(l));
      const f = l.change;
      const b = statusWord(f.before, false);
      const now = statusWord(f.now, true);
      const k = n(f.newErrors.length);
      const errs = f.newErrors.length > 0 ? ` · ${esc(T.newErrors(k))} (${esc(codeCounts(f.newErrors))})` : '';
      const top = topIssues(f.newErrors, 3).map((i) => `<div class="error">${both(i.th, i.en)}</div>`).join('');
      return `<span class="file">${esc(f.file)}</span> — ${esc(b.th)} → ${esc(now.th)}${errs}<span class="en">${esc(b.en)} → ${esc(now.en)}${f.newErrors.length > 0 ? ` · ${esc(E.newErrors(k))}` : ''}</span>${top}`;
    }),
  );
  return out.join('\n');
}

/** The section of reports/data-quality.html. */
export function changesHtml(c: ChangesInput): string {
  const out: string[] = [`<h2 id="changes">${both(T.heading, E.heading)}</h2>`];
  if (c.previous === 'none') {
    out.push(`<p>${both(T.noneYet, E.noneYet)}</p>`);
    return out.join('\n');
  }
  if (c.previous === 'unreadable' || !c.changes) {
    out.push(`<p class="warning">${both(T.unreadable(c.reason ?? ''), E.unreadable(c.reason ?? ''))}</p>`);
    return out.join('\n');
  }
  const ch = c.changes;
  if (isShrinking(ch)) {
    const [share, min] = [n(SHRINK_SHARE * 100), n(SHRINK_MIN)];
    const head = c.allowShrink
      ? `<p class="warning"><span class="tag">${esc(T.shrankPublished)}</span><span class="en">${esc(E.shrankPublished)}</span></p>`
      : c.mode === 'build'
        ? `<p class="error"><span class="tag">✗ ${esc(T.shrankStopped(share, min))}</span><span class="en">${esc(E.shrankStopped(share, min))}</span></p>`
        : `<p class="error"><span class="tag">✗ ${esc(T.shrankWouldStop(share, min))}</span><span class="en">${esc(E.shrankWouldStop(share, min))}</span></p>`;
    out.push(head, shrinkCausesHtml(ch));
  }
  const row = (what: 'groups' | 'audits', x: { before: number; now: number; added: unknown[]; removed: unknown[] }) =>
    `<tr><th scope="row">${both(T[what], E[what])}</th><td class="n">${esc(x.before)}</td><td class="n">${esc(x.now)}</td><td class="n">${esc(x.added.length)}</td><td class="n">${esc(x.removed.length)}</td></tr>`;
  const asOf = ch.previous.dataAsOf;
  const caption = (w: Words['changes'], lang: Lang) => `${w.against}${asOf ? ` (${w.dataAsOf(formatDate(asOf, lang))})` : ''}`;
  const col = (k: 'before' | 'now' | 'added' | 'removed') => `<th scope="col" class="n">${both(T[k], E[k])}</th>`;
  out.push(
    `<table><caption>${both(caption(T, 'th'), caption(E, 'en'))}</caption>`,
    `<thead><tr><th scope="col"></th>${col('before')}${col('now')}${col('added')}${col('removed')}</tr></thead><tbody>`,
    row('groups', ch.groups),
    row('audits', ch.audits),
    '</tbody></table>',
  );
  const p = ch.problems;
  const counts = [n(ch.levels.length), p ? n(p.fixed.length) : '–', p ? n(p.new.length) : '–'] as const;
  out.push(`<p>${both(T.counts(...counts), E.counts(...counts))}</p>`);
  const audit = (x: { group: string; fiscalYear: number }) => `${esc(x.group)} ${both(formatFiscalYear(x.fiscalYear, 'th'), formatFiscalYear(x.fiscalYear, 'en'))}`;
  out.push(folded((w) => w.groupsAdded, ch.groups.added.length, () => list(ch.groups.added, esc)));
  out.push(folded((w) => w.groupsRemoved, ch.groups.removed.length, () => list(ch.groups.removed, esc)));
  out.push(folded((w) => w.auditsAdded, ch.audits.added.length, () => list(ch.audits.added, audit)));
  out.push(folded((w) => w.auditsRemoved, ch.audits.removed.length, () => list(ch.audits.removed, audit)));
  const change = (l: (typeof ch.levels)[number], lang: Lang, w: Words['changes']) => w.levelChange(formatFiscalYear(l.fiscalYear, lang), levelWord(l.before, lang), levelWord(l.now, lang));
  out.push(folded((w) => w.levelChanges, ch.levels.length, () => list(ch.levels, (l) => `${esc(l.group)} ${both(change(l, 'th', T), change(l, 'en', E))}`)));
  if (p) {
    out.push(folded((w) => w.newProblems, p.new.length, () => list(p.new, (i) => both(i.th, i.en))));
    out.push(folded((w) => w.problemsFixed, p.fixed.length, () => list(p.fixed, (k) => esc([k.code, k.file, k.sheet, k.cell].filter((x) => x !== undefined && x !== '').join(' · ')))));
  }
  return out.join('\n');
}
