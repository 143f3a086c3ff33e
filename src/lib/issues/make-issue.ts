import type { Issue } from '../schema/issue';
import { type Bilingual, type IssueCode, MESSAGES, type MessageTemplate, fieldLabel } from './messages';
import { bilingual } from '../i18n/words';
import { withNumbersHidden } from '../privacy/recognise';

/** Where a problem is and what it is about. `found` must never be a private value: leave it out for those. */
export interface IssueAt {
  file: string;
  sheet?: string;
  cell?: string;
  /** 1-based row, named when there is no cell. */
  row?: number;
  /** 1-based line of a text file (a KM article), named instead of sheet and cell. */
  line?: number;
  field?: string;
  found?: string | number | null;
  expected?: Bilingual;
  detail?: Record<string, string | number>;
}

/** How many characters of a found value an issue quotes, unless its message names another limit (foundMax). */
export const MAX_FOUND = 80;
const CONTROL = /[\u0000-\u001F\u007F]+/g;

/**
 * One line, at most `max` characters: a found value is quoted in a sentence, never a whole cell dump. A longer one
 * is cut in the middle and keeps its end, where a path has its file name and a text its last words.
 */
export function shortFound(v: string | number | null | undefined, max = MAX_FOUND): string {
  if (v === null || v === undefined) return '';
  // Never a private number, whatever the caller passed (DESIGN §8): its middle digits hidden.
  const chars = [...withNumbersHidden(String(v).replace(CONTROL, ' ').trim(), typeof v === 'number')]; // code points: a cut never splits a character
  if (chars.length <= max) return chars.join('');
  const head = Math.floor((max - 1) / 2);
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (max - 1 - head)).join('')}`;
}

/** Where a problem is, as the start of an issue sentence: «ไฟล์ a.xlsx แผ่นงาน S ช่อง B9» / "a.xlsx, sheet S, cell B9". */
export function placeText(at: Pick<IssueAt, 'file' | 'sheet' | 'cell' | 'row' | 'line'>): Bilingual {
  return bilingual((w) => {
    // A file or sheet named with a phone number or an id is shown with its middle digits hidden.
    const parts = [w.where.file(withNumbersHidden(at.file))];
    if (at.sheet !== undefined && at.sheet !== '') parts.push(w.where.sheet(withNumbersHidden(at.sheet)));
    if (at.cell !== undefined) parts.push(w.where.cell(at.cell));
    else if (at.row !== undefined) parts.push(w.where.row(String(at.row)));
    else if (at.line !== undefined) parts.push(w.where.line(String(at.line)));
    return w.where.join(parts);
  });
}

/**
 * The one builder of ingest/cross-file issues: code + place → an Issue with full Thai and English
 * sentences in the style of DESIGN §6 «ไฟล์ … แผ่นงาน … ช่อง …: <problem> — <expected>».
 */
export function makeIssue(code: IssueCode, at: IssueAt): Issue {
  const tpl: MessageTemplate = MESSAGES[code];
  const found = shortFound(at.found, tpl.foundMax);
  const expected = at.expected ?? tpl.expected ?? { th: '', en: '' };
  const detail = Object.fromEntries(Object.entries(at.detail ?? {}).map(([k, v]) => [k, typeof v === 'string' ? withNumbersHidden(v) : v]));
  const ctx = { field: fieldLabel(at.field), found, expected, detail };
  const where = placeText(at);
  const issue: Issue = {
    severity: tpl.severity,
    code,
    file: at.file,
    th: `${where.th}: ${tpl.th(ctx)}`,
    en: `${where.en}: ${tpl.en(ctx)}`,
  };
  if (at.sheet !== undefined && at.sheet !== '') issue.sheet = withNumbersHidden(at.sheet);
  if (at.cell !== undefined) issue.cell = at.cell;
  if (at.line !== undefined) issue.line = at.line;
  if (at.field !== undefined) issue.field = at.field;
  if (found !== '') issue.found = found;
  if (expected.th !== '') issue.expected = expected.th;
  return issue;
}
