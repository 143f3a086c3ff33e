import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileReport } from '../ingest/types';
import type { Issue } from '../lib/schema/issue';
import { rootCauseRank } from '../ingest/file-status';
import { withNumbersHidden } from '../lib/privacy/recognise';
import type { NotAuditedYear } from './not-audited';
import { type ChangesInput, changesHtml, changesJson } from './changes-section';
import { words } from '../lib/i18n/words';
import { formatFiscalYear } from '../lib/i18n/format';
import { compareCodes } from '../lib/thai/collate';
import { fieldLabel } from '../lib/issues/messages';
import { both, esc } from './html';

/** The report's words: Thai first, English below (src/lib/i18n, the `report` part). */
const T = words('th').report;
const E = words('en').report;

/** Issues shown per file on the HTML page (it stays readable and small); the JSON keeps every one. */
export const SHOWN_PER_FILE = 200;

export interface QualityReportInput {
  files: FileReport[];
  issues: Issue[];
  notAudited: NotAuditedYear[];
  /** Groups published and audits scored, for the summary line. */
  counts?: { groups: number; audits: number };
  /** Changes since the last published build (src/report/changes-section.ts). */
  changes?: ChangesInput;
}

/**
 * Writes reports/data-quality.json (DESIGN §11) and reports/data-quality.html: the officer's page.
 * Issues never hold private values (ingest refers to those by cell address), and every text is escaped.
 * Returns the paths written.
 */
export async function writeQualityReport(outDir: string, unsafe: QualityReportInput): Promise<{ json: string; html: string }> {
  const input = withNamesHidden(unsafe);
  await mkdir(outDir, { recursive: true });
  const json = join(outDir, 'data-quality.json');
  const html = join(outDir, 'data-quality.html');
  await writeFile(json, qualityJson(input));
  await writeFile(html, qualityHtml(input));
  return { json, html };
}

/**
 * The report's input with every file path showing a number's middle digits hidden (a file named 0891234567.xlsx):
 * the report is shared around the office and never quotes a private number (DESIGN §8). Issue sentences, sheets and
 * found values are already hidden by makeIssue.
 */
export function withNamesHidden(input: QualityReportInput): QualityReportInput {
  const memo = new Map<string, string>();
  const hide = (p: string) => {
    let h = memo.get(p);
    if (h === undefined) memo.set(p, (h = withNumbersHidden(p)));
    return h;
  };
  return {
    ...input,
    files: input.files.map((f) => ({
      ...f,
      path: hide(f.path),
      ...(f.copyOf ? { copyOf: f.copyOf.map(hide) } : {}),
      ...(f.blockedBy ? { blockedBy: hide(f.blockedBy) } : {}),
    })),
    issues: input.issues.map((i) => ({ ...i, file: hide(i.file) })),
  };
}

export function qualityJson(input: QualityReportInput): string {
  const doc = {
    files: input.files.map((f) => ({
      path: f.path,
      kind: f.kind,
      status: f.status,
      rows: f.rows,
      errors: f.errors,
      warnings: f.warnings,
      ...(f.copyOf ? { copyOf: f.copyOf } : {}),
      ...(f.blockedBy ? { blockedBy: f.blockedBy } : {}),
    })),
    // Every issue, however many: the HTML page shows the first of each file.
    issues: input.issues.map((i) => {
      const o: Record<string, unknown> = { severity: i.severity, code: i.code, file: i.file };
      for (const k of ['sheet', 'cell', 'line', 'field', 'found', 'expected'] as const) if (i[k] !== undefined) o[k] = i[k];
      o.th = i.th;
      o.en = i.en;
      if (i.folded) o.folded = i.folded;
      return o;
    }),
    notAudited: input.notAudited.map((y) => ({ fiscalYear: y.fiscalYear, groups: y.groups })),
    ...(input.changes ? { changes: changesJson(input.changes) } : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}


const MARK: Record<FileReport['status'], string> = { used: '✓', partial: '◐', rejected: '✗', skipped: '–' };

const CSS = `
:root{color-scheme:light}
body{font-family:Sarabun,"TH Sarabun New",Tahoma,"Noto Sans Thai",sans-serif;font-size:18px;line-height:1.6;color:#0b0c0c;margin:0;padding:0 1rem 3rem;max-width:60rem}
h1{font-size:1.6rem;margin:1.2rem 0 .4rem}h2{font-size:1.3rem;margin:2rem 0 .6rem;border-bottom:2px solid #0b0c0c}h3{font-size:1.1rem;margin:1.4rem 0 .4rem;overflow-wrap:anywhere}
.en{display:block;font-size:.85em;color:#505a5f}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem}caption{text-align:left;font-weight:bold;padding:.3rem 0}
th,td{border-bottom:1px solid #b1b4b6;padding:.35rem .4rem;text-align:left;vertical-align:top}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
details{margin:1rem 0}details>summary{cursor:pointer;font-weight:700;padding:.4rem 0}
.summary{display:flex;flex-wrap:wrap;gap:.6rem;padding:0;list-style:none}.summary li{border:1px solid #b1b4b6;padding:.4rem .8rem;min-width:7rem}.summary b{display:block;font-size:1.5rem}
.error{border-left:5px solid #d4351c;padding:.3rem .6rem;margin:.5rem 0;background:#fdf2f0}.warning{border-left:5px solid #f47738;padding:.3rem .6rem;margin:.5rem 0;background:#fef6ef}
.tag{font-weight:bold;font-size:.85em}.where{font-size:.85em;color:#505a5f}.file{overflow-wrap:anywhere}
.used{color:#00703c}.partial{color:#a04b00}.rejected{color:#d4351c}.skipped{color:#505a5f}
@media (max-width:40rem){table.files thead{display:none}table.files tr{display:block;border-bottom:1px solid #b1b4b6;padding:.4rem 0}table.files td{display:inline-block;border:0;padding:.1rem .6rem .1rem 0}table.files td.file{display:block;font-weight:bold}table.files td[data-label]::before{content:attr(data-label) " ";color:#505a5f;font-size:.85em}table.files td.n{text-align:left}}
@media print{body{font-size:12pt}.error,.warning{break-inside:avoid}}
`;

/** The report's page, section by section: summary, problems by file, the files read, groups not audited. */
export function qualityHtml(input: QualityReportInput): string {
  const { issues } = input;
  const errors = issues.filter((i) => i.severity === 'error').length;
  const out: string[] = [];
  out.push('<!doctype html>', '<html lang="th">', '<head>', '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width,initial-scale=1">');
  out.push(`<title>${esc(T.title)} — ${esc(E.title)}</title>`, `<style>${CSS}</style>`, '</head>', '<body>');
  out.push(`<h1>${both(T.title, E.title)}</h1>`);
  out.push(
    errors > 0
      ? `<p class="error"><span class="tag">${esc(T.errorsFound(String(errors)))}</span> ${esc(T.errorsHint)}<span class="en">${esc(E.errorsFound(String(errors)))}: ${esc(E.errorsHint)}</span></p>`
      : `<p><span class="tag used">✓ ${esc(T.noErrors)}</span><span class="en">${esc(E.noErrors)}</span></p>`,
  );
  summarySection(out, input, errors);
  if (input.changes) out.push(changesHtml(input.changes));
  problemsSection(out, input);
  filesSection(out, input.files);
  notAuditedSection(out, input.notAudited);
  out.push('</body>', '</html>', '');
  return out.join('\n');
}

function summarySection(out: string[], input: QualityReportInput, errors: number): void {
  const { files, issues } = input;
  const warnings = issues.length - errors;
  const count = (s: FileReport['status']) => files.filter((f) => f.status === s).length;
  out.push(`<h2>${both(T.summary, E.summary)}</h2><ul class="summary">`);
  const item = (n: number, th: string, en: string) => out.push(`<li><b>${esc(n)}</b>${both(th, en)}</li>`);
  item(files.length, T.files, E.files);
  for (const st of ['used', 'partial', 'rejected', 'skipped'] as const) item(count(st), T.fileStatus[st], E.fileStatus[st]);
  if (input.counts) {
    item(input.counts.groups, T.groups, E.groups);
    item(input.counts.audits, T.audits, E.audits);
  }
  item(errors, T.errors, E.errors);
  item(warnings, T.warnings, E.warnings);
  out.push('</ul>');
}

/** Issues by file: root causes first (the registry, then criteria, then audits), and within those files with errors first. */
function problemsSection(out: string[], input: QualityReportInput): void {
  const { files, issues } = input;
  out.push(`<h2>${both(T.problemsByFile, E.problemsByFile)}</h2>`);
  if (issues.length === 0) out.push(`<p>${both(T.noProblems, E.noProblems)}</p>`);
  const byFile = new Map<string, Issue[]>();
  for (const i of issues) {
    const list = byFile.get(i.file);
    if (list) list.push(i);
    else byFile.set(i.file, [i]);
  }
  // Root causes first (the registry, then criteria, then audits), and within those files with errors first (what
  // blocks publishing), then by path.
  const kinds = new Map(files.map((f) => [f.path, f.kind]));
  const hasError = (list: Issue[]) => (list.some((i) => i.severity === 'error') ? 0 : 1);
  const rank = (path: string) => rootCauseRank({ path, kind: kinds.get(path) ?? 'unknown' });
  const byUrgency = (a: [string, Issue[]], b: [string, Issue[]]) =>
    rank(a[0]) - rank(b[0]) || hasError(a[1]) - hasError(b[1]) || compareCodes(a[0], b[0]);
  for (const [file, list] of [...byFile].sort(byUrgency)) {
    const e = list.filter((i) => i.severity === 'error').length;
    const w = String(list.length - e);
    out.push(`<h3 id="${esc(anchor(file))}">${esc(file)} <span class="where">(${esc(T.fileCounts(String(e), w))} / ${esc(E.fileCounts(String(e), w))})</span></h3>`);
    for (const i of list.slice(0, SHOWN_PER_FILE)) out.push(issueHtml(i));
    if (list.length > SHOWN_PER_FILE) {
      const more = list.length - SHOWN_PER_FILE;
      const n = more.toLocaleString('en-US');
      out.push(`<p class="more">${both(T.more(n), E.more(n))}</p>`);
    }
  }
}

/** One issue: error or warning, its code and place, its Thai and English sentences. */
function issueHtml(i: Issue): string {
  const at = words('th').where;
  const where = [i.sheet ? at.sheet(i.sheet) : '', i.cell ? at.cell(i.cell) : '', i.line ? at.line(String(i.line)) : '', i.field ? at.field(fieldLabel(i.field).th) : ''].filter(Boolean).join(' · ');
  const tag = i.severity === 'error' ? `✗ ${esc(T.error)} / ${esc(E.error)}` : `! ${esc(T.warning)} / ${esc(E.warning)}`;
  return `<div class="${i.severity}"><span class="tag">${tag}</span> <span class="where">${esc(i.code)}${where ? ` · ${esc(where)}` : ''}</span><br>${esc(i.th)}<span class="en">${esc(i.en)}</span></div>`;
}

/** Files: the ones that need attention first; the rest folded away (a district may drop hundreds of books). */
function filesSection(out: string[], files: readonly FileReport[]): void {
  const needsLook = (f: FileReport) => f.status !== 'used' || f.errors + f.warnings > 0;
  const attention = files.filter(needsLook);
  const clean = files.filter((f) => !needsLook(f));
  out.push(`<h2>${both(T.filesRead, E.filesRead)}</h2>`);
  if (attention.length > 0) fileTable(out, attention, both(T.filesToLook(String(attention.length)), E.filesToLook(String(attention.length))));
  if (clean.length > 0) {
    out.push(`<details><summary>${both(T.filesClean(String(clean.length)), E.filesClean(String(clean.length)))}</summary>`);
    fileTable(out, clean, both(T.filesUsedInFull, E.filesUsedInFull));
    out.push('</details>');
  }
}

function fileTable(out: string[], list: readonly FileReport[], caption: string): void {
  out.push(`<table class="files"><caption>${caption}</caption>`);
  out.push(
    `<thead><tr><th scope="col">${both(T.file, E.file)}</th><th scope="col">${both(T.kind, E.kind)}</th><th scope="col">${both(T.status, E.status)}</th><th scope="col" class="n">${both(T.rows, E.rows)}</th><th scope="col" class="n">${both(T.errors, E.errors)}</th><th scope="col" class="n">${both(T.warnings, E.warnings)}</th></tr></thead><tbody>`,
  );
  const label = (th: string, en: string) => esc(`${th} ${en}`);
  for (const f of list) {
    const link = f.errors + f.warnings > 0 ? `<a href="#${esc(anchor(f.path))}">${esc(f.path)}</a>` : esc(f.path);
    // Why a file with no error of its own is not used: a copy, or its group's registry row (the root cause).
    const why = f.copyOf
      ? `<span class="where">${both(T.copyOf(f.copyOf.join(', ')), E.copyOf(f.copyOf.join(', ')))}</span>`
      : f.blockedBy
        ? `<span class="where">${esc(T.blockedBy)} <a href="#${esc(anchor(f.blockedBy))}">${esc(f.blockedBy)}</a><span class="en">${esc(E.blockedBy)} ${esc(f.blockedBy)}</span></span>`
        : '';
    out.push(
      `<tr><td class="file">${link}</td><td>${both(T.fileKind[f.kind], E.fileKind[f.kind])}</td><td class="${f.status}">${MARK[f.status]} ${both(T.fileStatus[f.status], E.fileStatus[f.status])}${why}</td><td class="n" data-label="${label(T.rows, E.rows)}">${esc(f.rows)}</td><td class="n" data-label="${label(T.errors, E.errors)}">${esc(f.errors)}</td><td class="n" data-label="${label(T.warnings, E.warnings)}">${esc(f.warnings)}</td></tr>`,
    );
  }
  out.push('</tbody></table>');
}

/** Not audited in the latest fiscal year, per district. */
function notAuditedSection(out: string[], notAudited: readonly NotAuditedYear[]): void {
  const latest = notAudited.reduce<NotAuditedYear | undefined>((m, y) => (!m || y.fiscalYear > m.fiscalYear ? y : m), undefined);
  out.push(`<h2>${both(T.notAudited, E.notAudited)}</h2>`);
  if (!latest || latest.groups.length === 0) {
    out.push(`<p>${both(T.allAudited, E.allAudited)}</p>`);
    return;
  }
  const n = String(latest.groups.length);
  out.push(`<p>${both(T.notAuditedYear(formatFiscalYear(latest.fiscalYear, 'th'), n), E.notAuditedYear(formatFiscalYear(latest.fiscalYear, 'en'), n))}</p>`);
  const districts = latest.districts ?? [{ code: '', name: '', province: '', groups: latest.groups.map((id) => ({ id, name: '' })) }];
  const place = words('th').place;
  for (const d of districts) {
    const title = d.name ? (d.province ? place.districtOfProvince(d.name, d.province) : place.district(d.name)) : T.allDistricts;
    out.push(`<table><caption>${esc(title)} (${esc(d.groups.length)})</caption><thead><tr><th scope="col">${both(T.groupId, E.groupId)}</th><th scope="col">${both(T.groupName, E.groupName)}</th></tr></thead><tbody>`);
    for (const g of d.groups) out.push(`<tr><td>${esc(g.id)}</td><td>${esc(g.name)}</td></tr>`);
    out.push('</tbody></table>');
  }
}

/** A stable fragment id for a file path. */
function anchor(path: string): string {
  return `f-${Buffer.from(path).toString('hex')}`;
}
