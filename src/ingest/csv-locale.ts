/**
 * A CSV by its locale (DESIGN §4.1): the character between fields and the decimal mark of its numbers, read from the
 * file itself. Excel writes a CSV the way its locale writes numbers: in Thailand `,` between fields and 1,234.50; in
 * much of Europe `;` between fields and 1.234,50 — so "110.590" is 110,590 baht there and 110.59 here. A file whose
 * cells cannot tell is refused, never guessed: a wrong guess would publish a figure 1,000 times off.
 */
import { type DecimalMark, decimalEvidence } from '../lib/thai/number';
import { separatorWords } from '../lib/issues/messages';
import { addr } from './cells';
import type { Refusal } from './guard';
import type { Sheet } from './read-workbook';

export type Separator = ',' | ';' | '\t' | '|';
const SEPARATORS: readonly Separator[] = [',', ';', '\t', '|'];
/** Lines looked at to find the separator: titles above the header and enough rows to see it repeat. */
const SNIFF_LINES = 50;

/** Count of each separator on each of the first lines, outside quoted fields. */
function countsPerLine(text: string): Map<Separator, number[]> {
  const counts = new Map<Separator, number[]>(SEPARATORS.map((s) => [s, []]));
  let quoted = false;
  let line = new Map<Separator, number>();
  let lines = 0;
  const endLine = () => {
    for (const s of SEPARATORS) counts.get(s)!.push(line.get(s) ?? 0);
    line = new Map();
    lines++;
  };
  for (let i = 0; i < text.length && lines < SNIFF_LINES; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\n') endLine();
    else if ((SEPARATORS as readonly string[]).includes(ch)) line.set(ch as Separator, (line.get(ch as Separator) ?? 0) + 1);
  }
  if (line.size > 0) endLine();
  return counts;
}

/**
 * The field separator: Excel's own `sep=;` first line when there is one; otherwise the candidate found the same
 * number of times (at least once) on the most lines. A decimal comma varies from row to row, the separator does not;
 * on a tie the order `,` tab `;` `|` decides.
 */
export function fieldSeparator(text: string): Separator {
  const declared = /^sep=(.)\r?\n/.exec(text)?.[1];
  if (declared !== undefined && (SEPARATORS as readonly string[]).includes(declared)) return declared as Separator;
  let best: Separator = ',';
  let bestLines = 0;
  for (const [sep, perLine] of countsPerLine(text)) {
    const tally = new Map<number, number>();
    for (const n of perLine) if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
    const lines = Math.max(0, ...tally.values());
    if (lines > bestLines) {
      best = sep;
      bestLines = lines;
    }
  }
  return best;
}

/** 110.590 read both ways, for the message: "110590" and "110.59". */
function readings(text: string): { thousands: string; decimal: string } {
  const core = /\d+[.,]\d{3}/.exec(text)?.[0] ?? text;
  const [whole, fraction] = core.split(/[.,]/) as [string, string];
  return { thousands: String(Number(`${whole}${fraction}`)), decimal: String(Number(`${whole}.${fraction}`)) };
}

export type NumberConvention = { ok: true; decimal: DecimalMark } | { ok: false; refusal: Refusal & { cell: string } };

/**
 * The decimal mark of a CSV's numbers, from its own cells. A cell that can be read only one way (1,234.50, 2,5,
 * 1.234.567) decides; cells that decide both ways refuse the file. When no cell decides, a comma-separated file uses
 * the dot (a locale that puts commas between fields writes decimals with a dot); a file separated otherwise that holds
 * a number such as 110.590 is refused, naming that cell.
 */
export function numberConvention(sheet: Sheet, separator: Separator): NumberConvention {
  const first: Partial<Record<DecimalMark | 'either', { cell: string; text: string }>> = {};
  sheet.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      // Most cells hold no mark at all: skip them before any normalising.
      if (cell === undefined || typeof cell.v !== 'string' || !/[.,]/.test(cell.v)) return;
      const e = decimalEvidence(cell.v);
      if (e !== undefined && first[e] === undefined) first[e] = { cell: addr(r, c), text: cell.v.trim() };
    });
  });
  const dot = first['.'];
  const comma = first[','];
  if (dot && comma) {
    return {
      ok: false,
      refusal: {
        code: 'E_CSV_DECIMAL_MIXED',
        cell: comma.cell,
        found: comma.text,
        detail: { otherCell: dot.cell, other: dot.text },
      },
    };
  }
  if (dot) return { ok: true, decimal: '.' };
  if (comma) return { ok: true, decimal: ',' };
  const either = first.either;
  if (either === undefined || separator === ',') return { ok: true, decimal: '.' };
  return {
    ok: false,
    refusal: { code: 'E_CSV_DECIMAL_AMBIGUOUS', cell: either.cell, found: either.text, detail: { ...readings(either.text), ...separatorWords(separator) } },
  };
}
