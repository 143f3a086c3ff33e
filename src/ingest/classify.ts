import { type Bilingual, expectedSheets } from '../lib/issues/messages';
import type { Criteria } from '../lib/schema/criteria';
import { BATCH_SHEETS, BOOK_SHEETS, CRITERIA_SHEETS, HELP_SHEETS, REGISTRY_SHEETS } from '../lib/schema/layouts';
import { normalizeHeader } from '../lib/thai/index';
import { cellText } from './cells';
import { findHeaderRow } from './headers';
import { batchLayout } from './parse-batch';
import type { BookSheets } from './parse-book';
import { REGISTRY_LAYOUT } from './parse-registry';
import type { Book, Sheet } from './read-workbook';
import { bilingual } from '../lib/i18n/words';

/**
 * What a workbook is, by its sheet names (DESIGN §4.1): a registry, an audit book (four sheets), a batch,
 * or a criteria workbook. A CSV has no sheet names and is recognised by its header row; so is a workbook
 * whose only table sheet kept a default name such as "Sheet1" (read, with a warning to rename it).
 */
export type Role = 'registry' | 'cover' | 'financials' | 'indicators' | 'plan' | 'batch' | 'criteria';

const ROLE_BY_NAME: ReadonlyMap<string, Role> = new Map<string, Role>([
  ...REGISTRY_SHEETS.map((n) => [normalizeHeader(n), 'registry'] as const),
  ...BOOK_SHEETS.cover.map((n) => [normalizeHeader(n), 'cover'] as const),
  ...BOOK_SHEETS.financials.map((n) => [normalizeHeader(n), 'financials'] as const),
  ...BOOK_SHEETS.indicators.map((n) => [normalizeHeader(n), 'indicators'] as const),
  ...BOOK_SHEETS.plan.map((n) => [normalizeHeader(n), 'plan'] as const),
  ...BATCH_SHEETS.map((n) => [normalizeHeader(n), 'batch'] as const),
  ...CRITERIA_SHEETS.map((n) => [normalizeHeader(n), 'criteria'] as const),
]);

/** Sheets of explanations that templates and officers add: never data, never warned about. */
const HELP = new Set(HELP_SHEETS.map(normalizeHeader));

/** The kinds of workbook in words: the catalogue's (the data-quality report names them the same way). */
export const KIND_WORDS: Record<'registry' | 'audit' | 'batch' | 'criteria', Bilingual> = {
  registry: bilingual((w) => w.report.fileKind.registry),
  audit: bilingual((w) => w.report.fileKind.audit),
  batch: bilingual((w) => w.report.fileKind.batch),
  criteria: bilingual((w) => w.report.fileKind.criteria),
};

export const EXPECTED_SHEETS: Bilingual = expectedSheets(
  REGISTRY_SHEETS[0]!,
  [BOOK_SHEETS.cover[0]!, BOOK_SHEETS.financials[0]!, BOOK_SHEETS.indicators[0]!, BOOK_SHEETS.plan[0]!],
  BATCH_SHEETS[0]!,
);

export type Classified =
  | {
      kind: 'registry' | 'batch' | 'criteria';
      sheet: Sheet;
      /** Read by its headers although its name is not the template's. */
      renamed: boolean;
      ignored: Sheet[];
      used: string[];
    }
  | { kind: 'audit'; book: Partial<BookSheets>; ignored: Sheet[]; used: string[] }
  | { kind: 'unknown'; found: string[] };

function isEmptySheet(s: Sheet): boolean {
  for (const row of s.rows) if (row) for (const c of row) if (cellText(c) !== '') return false;
  return true;
}

export function classifyWorkbook(book: Book, criteria: Criteria): Classified {
  const byRole = new Map<Role, Sheet>();
  const other: Sheet[] = [];
  for (const s of book.sheets) {
    const role = ROLE_BY_NAME.get(normalizeHeader(s.name));
    if (role && !byRole.has(role)) byRole.set(role, s);
    else if (!HELP.has(normalizeHeader(s.name)) && !isEmptySheet(s)) other.push(s);
  }
  const rest = (keep: Sheet[]) => [...book.sheets.filter((s) => !keep.includes(s) && other.includes(s)), ...[...byRole.values()].filter((s) => !keep.includes(s))];
  const single = (kind: 'registry' | 'batch' | 'criteria', role: Role): Classified | undefined => {
    const sheet = byRole.get(role);
    return sheet ? { kind, sheet, renamed: false, ignored: rest([sheet]), used: [sheet.name] } : undefined;
  };
  const registry = single('registry', 'registry');
  if (registry) return registry;
  const bookRoles = (['cover', 'financials', 'indicators', 'plan'] as const).filter((r) => byRole.has(r));
  if (byRole.has('cover') || bookRoles.length >= 2) {
    const b: Partial<BookSheets> = {};
    for (const r of bookRoles) b[r] = byRole.get(r)!;
    const keep = bookRoles.map((r) => byRole.get(r)!);
    return { kind: 'audit', book: b, ignored: rest(keep), used: keep.map((s) => s.name) };
  }
  const batch = single('batch', 'batch') ?? single('criteria', 'criteria');
  if (batch) return batch;
  // Default-named sheets: recognise a table by its header row.
  for (const s of other) {
    if (findHeaderRow(s.rows, REGISTRY_LAYOUT).ok) return { kind: 'registry', sheet: s, renamed: true, ignored: other.filter((x) => x !== s), used: [s.name] };
    if (findHeaderRow(s.rows, batchLayout(criteria)).ok) return { kind: 'batch', sheet: s, renamed: true, ignored: other.filter((x) => x !== s), used: [s.name] };
  }
  return { kind: 'unknown', found: book.sheets.map((s) => s.name) };
}

/** The first non-empty row of a sheet, as "a, b, c" (for the unrecognised-CSV message). */
export function firstRowText(s: Sheet, max = 8): string {
  for (const row of s.rows) {
    if (!row) continue;
    const cells = row.map((c) => cellText(c)).filter((t) => t !== '');
    if (cells.length) return cells.slice(0, max).join(', ') + (cells.length > max ? ', …' : '');
  }
  return '';
}
