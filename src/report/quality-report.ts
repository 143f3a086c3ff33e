import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withNumbersHidden } from '../lib/privacy/recognise';
import { changesJson } from './changes-section';
import { type QualityReportInput, type QualityView, qualityView } from './quality-view';
import { renderPageInChild, renderQualityPage } from './render';

export { SHOWN_PER_FILE, type QualityReportInput } from './quality-view';

/**
 * Writes reports/data-quality.json (DESIGN §11) and reports/data-quality.html: the officer's page, drawn by Astro
 * components (src/components/report/, which escape every text) in a process of its own. Returns the paths written.
 */
export async function writeQualityReport(outDir: string, unsafe: QualityReportInput): Promise<{ json: string; html: string }> {
  const written = await writeQualityJson(outDir, unsafe);
  await renderPageInChild(written.view, written.html);
  return { json: written.json, html: written.html };
}

/** The report's JSON written, and its page still to draw: where it goes and what it shows. */
export interface QualityJsonWritten {
  json: string;
  html: string;
  view: QualityView;
}

/**
 * Writes reports/data-quality.json, complete whatever happens to the page, and returns the page's content (the build
 * draws it once its ingest process has exited: src/publish/run.ts). File names are hidden first (withNamesHidden);
 * issues never hold private values (ingest refers to those by cell address).
 */
export async function writeQualityJson(outDir: string, unsafe: QualityReportInput): Promise<QualityJsonWritten> {
  const input = withNamesHidden(unsafe);
  await mkdir(outDir, { recursive: true });
  const json = join(outDir, 'data-quality.json');
  await writeFile(json, qualityJson(input));
  return { json, html: join(outDir, 'data-quality.html'), view: qualityView(input) };
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

/** The officer's page, drawn in this process (names must already be hidden: writeQualityReport does it). */
export function qualityHtml(input: QualityReportInput): Promise<string> {
  return renderQualityPage(qualityView(input));
}
