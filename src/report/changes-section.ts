/**
 * "Changes since the last published build" (issue 10, item 4): the data-quality report's section (HTML and JSON)
 * and the console lines of the build and the check. Groups added and removed, level changes, audits added and
 * removed, problems fixed and new; and, when the data would shrink the site, how many vanished and which files
 * and problems explain it.
 */
import { type Changes, type FileChange, SHRINK_MIN, SHRINK_SHARE, isShrinking } from '../lib/changes/compare';
import { issueKey } from '../lib/changes/summary';
import type { Issue } from '../lib/schema/issue';
import { esc } from './quality-report';

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

const STATUS_WORDS: Readonly<Record<string, { th: string; en: string }>> = {
  used: { th: 'ใช้ทั้งหมด', en: 'used' },
  partial: { th: 'ใช้บางส่วน', en: 'partly used' },
  rejected: { th: 'ไม่ได้ใช้', en: 'rejected' },
  skipped: { th: 'ข้ามไป', en: 'skipped' },
};
const statusWord = (s: string | null, gone: boolean) =>
  s === null ? (gone ? { th: 'ไม่มีไฟล์แล้ว', en: 'gone' } : { th: 'ไฟล์ใหม่', en: 'new file' }) : (Object.hasOwn(STATUS_WORDS, s) ? STATUS_WORDS[s]! : { th: s, en: s });

const levelWord = (l: 1 | 2 | 3 | 'incomplete') => (l === 'incomplete' ? 'ข้อมูลไม่ครบ / incomplete' : String(l));

/** Codes with their counts, most frequent first. */
function byCode(issues: readonly Issue[]): [string, number][] {
  const n = new Map<string, number>();
  for (const i of issues) n.set(i.code, (n.get(i.code) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
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

const FOLLOWS_TH = (l: { files: number; errors: number }) => `ไฟล์ผลการตรวจ ${l.files} ไฟล์ ไม่ได้ใช้ ${l.errors} รายการ เพราะแถวทะเบียนของกลุ่มถูกปฏิเสธหรือไม่มีในทะเบียน (แก้ทะเบียนก่อน)`;
const FOLLOWS_EN = (l: { files: number; errors: number }) => `${l.files} audit files lost ${l.errors} audits because their groups' registry rows were rejected or are missing (fix the registry first)`;

function fewIds(ids: readonly string[], max = 10): string {
  return ids.slice(0, max).join(', ') + (ids.length > max ? `, … (+${ids.length - max})` : '');
}

/** The console's account of a shrink: counts, causes, and how to publish anyway. */
export function shrinkConsoleLines(c: ChangesInput): string[] {
  const ch = c.changes;
  if (!ch || !isShrinking(ch)) return [];
  const out: string[] = [];
  const rule = `ลดลงเกินร้อยละ ${SHRINK_SHARE * 100} และเกิน ${SHRINK_MIN} รายการ`;
  const ruleEn = `fell by more than ${SHRINK_SHARE * 100} % and by more than ${SHRINK_MIN}`;
  if (c.allowShrink) {
    out.push(`ข้อมูลลดลงจากการเผยแพร่ครั้งก่อน (${rule}) แต่สั่ง --allow-shrink จึงเผยแพร่`, `  the data ${ruleEn} against the last published build; published anyway (--allow-shrink)`);
  } else if (c.mode === 'build') {
    out.push(`ไม่ได้เผยแพร่: ข้อมูล${rule} เมื่อเทียบกับการเผยแพร่ครั้งก่อน — dist/ เดิมไม่ถูกแตะต้อง`, `  not published: the data ${ruleEn} against the last published build; the previous dist/ is unchanged`);
  } else {
    out.push(`ถ้าสร้างเว็บไซต์ตอนนี้ จะไม่เผยแพร่: ข้อมูล${rule} เมื่อเทียบกับการเผยแพร่ครั้งก่อน`, `  npm run build would not publish: the data ${ruleEn} against the last published build`);
  }
  out.push(`  กลุ่ม ${ch.groups.before} → ${ch.groups.now} (หายไป ${ch.groups.removed.length}, ใหม่ ${ch.groups.added.length}) / groups ${ch.groups.before} → ${ch.groups.now} (${ch.groups.removed.length} vanished, ${ch.groups.added.length} new)`);
  out.push(`  ผลการตรวจ ${ch.audits.before} → ${ch.audits.now} (หายไป ${ch.audits.removed.length}, ใหม่ ${ch.audits.added.length}) / audits ${ch.audits.before} → ${ch.audits.now} (${ch.audits.removed.length} vanished, ${ch.audits.added.length} new)`);
  if (ch.groups.removed.length > 0) out.push(`  กลุ่มที่หายไป / vanished groups: ${fewIds(ch.groups.removed)}`);
  if (ch.files === null) {
    out.push('  สาเหตุ: สร้างจากชุดข้อมูลสำเร็จรูป จึงไม่มีรายชื่อไฟล์ให้ระบุ / cause: a prebuilt dataset has no files to name');
  } else if (ch.files.length === 0) {
    out.push('  ไม่พบไฟล์ที่เปลี่ยนไป / no data file changed status or gained errors');
  } else {
    out.push('สาเหตุที่พบ (ไฟล์ที่ข้อมูลหายไป) / likely causes (files whose rows left the site):');
    const lines = causeLines(ch.files);
    const shown = lines.length > CONSOLE_FILES_MAX ? [...lines.slice(0, CONSOLE_FILES_MAX - 1), lines[lines.length - 1]!] : lines;
    for (const l of shown) {
      if (l.kind === 'gone') {
        out.push(`  ${l.dir} — ไม่มี ${l.files} ไฟล์แล้ว / ${l.files} files gone`);
        continue;
      }
      if (l.kind === 'follows') {
        out.push(`  ${FOLLOWS_TH(l)}`, `    ${FOLLOWS_EN(l)}`);
        continue;
      }
      const f = l.change;
      const b = statusWord(f.before, false);
      const n = statusWord(f.now, true);
      const errs = f.newErrors.length > 0 ? `; ข้อผิดพลาดใหม่ ${f.newErrors.length} / ${f.newErrors.length} new errors: ${codeCounts(f.newErrors)}` : '';
      out.push(`  ${f.file} — ${b.th} → ${n.th} / ${b.en} → ${n.en}${errs}`);
      const [top] = topIssues(f.newErrors, 1);
      if (top) out.push(`      ${top.th}`, `      ${top.en}`);
    }
    if (lines.length > shown.length) out.push(`  … และอีก ${lines.length - shown.length} รายการในรายงาน / and ${lines.length - shown.length} more in the report`);
  }
  if (!c.allowShrink) out.push('ถ้าตั้งใจให้ข้อมูลลดลง สั่ง npm run build -- --allow-shrink / if the data is meant to shrink: npm run build -- --allow-shrink');
  return out;
}

/** One line for a build or check that does not shrink: what changed, in counts. */
export function changesConsoleLine(c: ChangesInput): string {
  if (c.previous === 'none') return 'เทียบกับการเผยแพร่ครั้งก่อน: ยังไม่เคยเผยแพร่ / since the last published build: none yet';
  if (c.previous === 'unreadable' || !c.changes) return `เทียบกับการเผยแพร่ครั้งก่อน: อ่านสรุปไม่ได้ / since the last published build: its summary could not be read (${c.reason ?? ''})`;
  const ch = c.changes;
  const p = ch.problems;
  return (
    `เทียบกับการเผยแพร่ครั้งก่อน / since the last published build: กลุ่ม groups +${ch.groups.added.length} −${ch.groups.removed.length} · ` +
    `ผลการตรวจ audits +${ch.audits.added.length} −${ch.audits.removed.length} · ระดับเปลี่ยน level changes ${ch.levels.length}` +
    (p ? ` · ปัญหาแก้แล้ว fixed ${p.fixed.length} · ปัญหาใหม่ new ${p.new.length}` : '')
  );
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

function list<T>(items: readonly T[], li: (x: T) => string): string {
  const shown = items.slice(0, HTML_LIST_MAX).map((x) => `<li>${li(x)}</li>`).join('');
  const more = items.length > HTML_LIST_MAX ? `<li>… และอีก ${esc(items.length - HTML_LIST_MAX)} รายการ (ครบใน data-quality.json)<span class="en">and ${esc(items.length - HTML_LIST_MAX)} more (all in data-quality.json)</span></li>` : '';
  return `<ul>${shown}${more}</ul>`;
}

function folded(titleTh: string, titleEn: string, n: number, body: () => string): string {
  if (n === 0) return '';
  return `<details><summary>${titleTh} ${esc(n)}<span class="en">${titleEn}: ${esc(n)}</span></summary>${body()}</details>`;
}

/** How many vanished and the files and problems that explain it. */
function shrinkCausesHtml(ch: Changes): string {
  const out: string[] = ['<ul>'];
  out.push(`<li>กลุ่ม ${esc(ch.groups.before)} → ${esc(ch.groups.now)} (หายไป ${esc(ch.groups.removed.length)})<span class="en">groups ${esc(ch.groups.before)} → ${esc(ch.groups.now)} (${esc(ch.groups.removed.length)} vanished)</span></li>`);
  out.push(`<li>ผลการตรวจ ${esc(ch.audits.before)} → ${esc(ch.audits.now)} (หายไป ${esc(ch.audits.removed.length)})<span class="en">audits ${esc(ch.audits.before)} → ${esc(ch.audits.now)} (${esc(ch.audits.removed.length)} vanished)</span></li>`);
  out.push('</ul>');
  if (ch.files === null) {
    out.push('<p>สร้างจากชุดข้อมูลสำเร็จรูป จึงไม่มีรายชื่อไฟล์ให้ระบุสาเหตุ<span class="en">Built from a prebuilt dataset: there are no files to name.</span></p>');
    return out.join('\n');
  }
  out.push('<h3>สาเหตุที่พบ: ไฟล์ที่ข้อมูลหายไป<span class="en">Likely causes: files whose rows left the site</span></h3>');
  out.push(
    list(causeLines(ch.files), (l) => {
      if (l.kind === 'gone') return `${esc(l.dir)} — ไม่มี ${esc(l.files)} ไฟล์แล้ว<span class="en">${esc(l.files)} files gone</span>`;
      if (l.kind === 'follows') return `${esc(FOLLOWS_TH(l))}<span class="en">${esc(FOLLOWS_EN(l))}</span>`;
      const f = l.change;
      const b = statusWord(f.before, false);
      const n = statusWord(f.now, true);
      const errs = f.newErrors.length > 0 ? ` · ข้อผิดพลาดใหม่ ${esc(f.newErrors.length)} (${esc(codeCounts(f.newErrors))})` : '';
      const top = topIssues(f.newErrors, 3).map((i) => `<div class="error">${esc(i.th)}<span class="en">${esc(i.en)}</span></div>`).join('');
      return `<span class="file">${esc(f.file)}</span> — ${esc(b.th)} → ${esc(n.th)}${errs}<span class="en">${esc(b.en)} → ${esc(n.en)}${f.newErrors.length > 0 ? ` · ${esc(f.newErrors.length)} new errors` : ''}</span>${top}`;
    }),
  );
  return out.join('\n');
}

/** The section of reports/data-quality.html. */
export function changesHtml(c: ChangesInput): string {
  const out: string[] = ['<h2 id="changes">การเปลี่ยนแปลงจากการเผยแพร่ครั้งก่อน<span class="en">Changes since the last published build</span></h2>'];
  if (c.previous === 'none') {
    out.push('<p>ยังไม่เคยเผยแพร่เว็บไซต์จากโฟลเดอร์นี้ จึงไม่มีสิ่งที่จะเทียบ<span class="en">No site has been published from this folder yet: nothing to compare.</span></p>');
    return out.join('\n');
  }
  if (c.previous === 'unreadable' || !c.changes) {
    out.push(`<p class="warning">อ่านสรุปของการเผยแพร่ครั้งก่อนไม่ได้ (${esc(c.reason ?? '')}) จึงไม่ได้เทียบ สรุปจะถูกเขียนใหม่เมื่อเผยแพร่ครั้งถัดไป<span class="en">The summary of the last published build could not be read (${esc(c.reason ?? '')}), so nothing was compared; it is written again at the next publication.</span></p>`);
    return out.join('\n');
  }
  const ch = c.changes;
  if (isShrinking(ch)) {
    const head = c.allowShrink
      ? `<p class="warning"><span class="tag">ข้อมูลลดลงมาก แต่เผยแพร่ตามคำสั่ง --allow-shrink</span><span class="en">The data shrank a lot; published anyway (--allow-shrink).</span></p>`
      : c.mode === 'build'
        ? `<p class="error"><span class="tag">✗ ไม่ได้เผยแพร่: กลุ่มหรือผลการตรวจลดลงเกินร้อยละ ${SHRINK_SHARE * 100} และเกิน ${SHRINK_MIN} รายการ เว็บไซต์เดิมยังอยู่</span><span class="en">Not published: groups or audits fell by more than ${SHRINK_SHARE * 100} % and by more than ${SHRINK_MIN}; the previous site is unchanged. If this is intended, run npm run build -- --allow-shrink.</span></p>`
        : `<p class="error"><span class="tag">✗ ถ้าสร้างเว็บไซต์ตอนนี้ จะไม่เผยแพร่: กลุ่มหรือผลการตรวจลดลงเกินร้อยละ ${SHRINK_SHARE * 100} และเกิน ${SHRINK_MIN} รายการ</span><span class="en">npm run build would not publish: groups or audits fell by more than ${SHRINK_SHARE * 100} % and by more than ${SHRINK_MIN}.</span></p>`;
    out.push(head, shrinkCausesHtml(ch));
  }
  const row = (th: string, en: string, x: { before: number; now: number; added: unknown[]; removed: unknown[] }) =>
    `<tr><th scope="row">${th}<span class="en">${en}</span></th><td class="n">${esc(x.before)}</td><td class="n">${esc(x.now)}</td><td class="n">${esc(x.added.length)}</td><td class="n">${esc(x.removed.length)}</td></tr>`;
  out.push(
    `<table><caption>เทียบกับการเผยแพร่ครั้งก่อน${ch.previous.dataAsOf ? ` (ข้อมูล ณ ${esc(ch.previous.dataAsOf)})` : ''}<span class="en">Against the last published build</span></caption>`,
    '<thead><tr><th scope="col"></th><th scope="col" class="n">ครั้งก่อน<span class="en">before</span></th><th scope="col" class="n">ตอนนี้<span class="en">now</span></th><th scope="col" class="n">เพิ่ม<span class="en">added</span></th><th scope="col" class="n">หายไป<span class="en">removed</span></th></tr></thead><tbody>',
    row('กลุ่ม', 'groups', ch.groups),
    row('ผลการตรวจ', 'audits', ch.audits),
    '</tbody></table>',
  );
  const p = ch.problems;
  out.push(
    `<p>ระดับเปลี่ยน ${esc(ch.levels.length)} · ปัญหาที่แก้แล้ว ${p ? esc(p.fixed.length) : '–'} · ปัญหาใหม่ ${p ? esc(p.new.length) : '–'}<span class="en">Level changes ${esc(ch.levels.length)} · problems fixed ${p ? esc(p.fixed.length) : '–'} · new problems ${p ? esc(p.new.length) : '–'}</span></p>`,
  );
  out.push(folded('กลุ่มที่เพิ่มขึ้น', 'Groups added', ch.groups.added.length, () => list(ch.groups.added, esc)));
  out.push(folded('กลุ่มที่หายไป', 'Groups removed', ch.groups.removed.length, () => list(ch.groups.removed, esc)));
  out.push(folded('ผลการตรวจที่เพิ่มขึ้น', 'Audits added', ch.audits.added.length, () => list(ch.audits.added, (a) => `${esc(a.group)} ปีงบประมาณ ${esc(a.fiscalYear)}<span class="en">fiscal year ${esc(a.fiscalYear)}</span>`)));
  out.push(folded('ผลการตรวจที่หายไป', 'Audits removed', ch.audits.removed.length, () => list(ch.audits.removed, (a) => `${esc(a.group)} ปีงบประมาณ ${esc(a.fiscalYear)}<span class="en">fiscal year ${esc(a.fiscalYear)}</span>`)));
  out.push(folded('ระดับที่เปลี่ยน', 'Level changes', ch.levels.length, () => list(ch.levels, (l) => `${esc(l.group)} ปีงบประมาณ ${esc(l.fiscalYear)}: ระดับ ${esc(levelWord(l.before))} → ${esc(levelWord(l.now))}<span class="en">fiscal year ${esc(l.fiscalYear)}: level ${esc(levelWord(l.before))} → ${esc(levelWord(l.now))}</span>`)));
  if (p) {
    out.push(folded('ปัญหาใหม่', 'New problems', p.new.length, () => list(p.new, (i) => `${esc(i.th)}<span class="en">${esc(i.en)}</span>`)));
    out.push(folded('ปัญหาที่แก้แล้ว', 'Problems fixed', p.fixed.length, () => list(p.fixed, (k) => esc([k.code, k.file, k.sheet, k.cell].filter((x) => x !== undefined && x !== '').join(' · ')))));
  }
  return out.join('\n');
}
