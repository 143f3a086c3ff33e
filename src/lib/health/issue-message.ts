import { placeText, shortFound } from '../issues/make-issue';
import type { Issue } from '../schema/issue';

/**
 * Issues whose code is not in the shared catalogue (src/lib/issues/messages.ts, built by makeIssue):
 * the cross-field consistency rules and the criteria-sheet checks. Same sentence shape as makeIssue
 * (DESIGN §6): «ไฟล์ a.xlsx แผ่นงาน งบการเงิน ช่อง B9: <problem> — <expected>» /
 * "a.xlsx, sheet งบการเงิน, cell B9: <problem> — <expected>". Everything that fits a catalogue code
 * goes through makeIssue instead; moving these codes into the catalogue would retire this helper.
 */
export interface IssueParts {
  severity: Issue['severity'];
  code: string;
  file: string;
  sheet?: string;
  cell?: string;
  /** 1-based row, named when there is no cell address. */
  row?: number;
  field?: string;
  found?: string;
  expected?: string;
  problem: { th: string; en: string };
  /** What a correct value looks like; appended after a dash. */
  should?: { th: string; en: string };
}

export function issueAt(p: IssueParts): Issue {
  const where = placeText(p);
  const th = `${where.th}: ${p.problem.th}${p.should ? ` — ${p.should.th}` : ''}`;
  const en = `${where.en}: ${p.problem.en}${p.should ? ` — ${p.should.en}` : ''}`;
  const issue: Issue = { severity: p.severity, code: p.code, file: p.file, th, en };
  if (p.sheet !== undefined) issue.sheet = p.sheet;
  if (p.cell !== undefined) issue.cell = p.cell;
  if (p.field !== undefined) issue.field = p.field;
  if (p.found !== undefined && shortFound(p.found) !== '') issue.found = shortFound(p.found);
  if (p.expected !== undefined) issue.expected = p.expected;
  return issue;
}

/** 1234567.5 → "1,234,567.5": locale-independent, so reports are byte-identical everywhere. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const neg = n < 0;
  const [int, frac] = String(Math.abs(n)).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}
