/**
 * A KM article's front matter (between two lines "---"), read by the `yaml` package: anything YAML allows for text
 * and lists of text (quotes or none, `# comments`, folded `summary: >` blocks, flow and block lists), with the file's
 * line of every value and list item, so that a problem names its line.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { IssueCode } from '../issues/messages';
import { maskPersonalData } from '../privacy/recognise';

export type Scalar = string | string[];
export interface Entry {
  value: Scalar;
  /** 1-based line of the file. */
  line: number;
  /** The line of each item of a list value (a block list has one line per item). */
  itemLines: number[];
}

export interface FrontMatter {
  data: Map<string, Entry>;
  /** 0-based index of the first body line. */
  bodyStart: number;
}

export class FrontMatterError {
  constructor(
    readonly code: IssueCode,
    readonly line: number,
    readonly found?: string,
  ) {}
}

/** Front matter of the article's lines; throws FrontMatterError (no front matter, never closed, a line YAML cannot read). */
export function parseFrontMatter(lines: readonly string[]): FrontMatter {
  if (lines[0]?.trim() !== '---') throw new FrontMatterError('E_KM_NO_FRONT_MATTER', 1);
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) throw new FrontMatterError('E_KM_FRONT_MATTER_OPEN', 1);
  const counter = new LineCounter();
  const doc = parseDocument(lines.slice(1, end).join('\n'), { lineCounter: counter, uniqueKeys: false });
  // The YAML starts on the file's second line.
  const lineOf = (offset: number): number => counter.linePos(offset).line + 1;
  const unreadable = (line: number) => new FrontMatterError('E_KM_FRONT_MATTER_LINE', line, maskPersonalData(lines[line - 1]?.trim() ?? '').reported);
  const firstError = doc.errors[0];
  if (firstError) {
    // Named at the line of the entry it is in (from its key to the end of its value): an unclosed quote or list is
    // found only where the next entry starts.
    const at = firstError.pos[0];
    const pairs = isMap(doc.contents) ? doc.contents.items : [];
    const inside = pairs.find((p) => {
      const [key, value] = [p.key as Node | null, p.value as Node | null];
      const start = key?.range?.[0] ?? 0;
      return start <= at && at <= (value?.range?.[1] ?? key?.range?.[1] ?? start);
    });
    throw unreadable(lineOf((inside?.key as Node | null | undefined)?.range?.[0] ?? at));
  }
  const data = new Map<string, Entry>();
  if (doc.contents === null) return { data, bodyStart: end + 1 };
  if (!isMap(doc.contents)) throw unreadable(lineOf(doc.contents.range?.[0] ?? 0));
  for (const pair of doc.contents.items) {
    const key = pair.key as Node | null;
    const keyLine = lineOf(key?.range?.[0] ?? 0);
    if (!isScalar(key) || typeof key.value !== 'string' || !/^[A-Za-z_]+$/.test(key.value)) throw unreadable(keyLine);
    data.set(key.value, entry(pair.value as Node | null, keyLine, lineOf, unreadable));
  }
  return { data, bodyStart: end + 1 };
}

/** A value: text (numbers and yes/no as written), a list of texts, or nothing (an empty list, as an empty `key:` starts one). */
function entry(node: Node | null, line: number, lineOf: (offset: number) => number, unreadable: (line: number) => FrontMatterError): Entry {
  if (node === null || (isScalar(node) && node.value === null)) return { value: [], line, itemLines: [] };
  if (isScalar(node)) return { value: text(node), line, itemLines: [line] };
  if (!isSeq(node)) throw unreadable(lineOf(node.range?.[0] ?? 0));
  const value: string[] = [];
  const itemLines: number[] = [];
  for (const item of node.items as (Node | null)[]) {
    if (item !== null && !isScalar(item)) throw unreadable(lineOf(item.range?.[0] ?? 0));
    value.push(item === null ? '' : text(item));
    itemLines.push(item === null ? line : lineOf(item.range?.[0] ?? 0));
  }
  return { value, line, itemLines };
}

/** A scalar as the officer wrote it: `2567` and `yes` stay the text they are (source), not a number or a boolean. */
function text(node: { value: unknown; source?: string }): string {
  return typeof node.value === 'string' ? node.value : (node.source ?? String(node.value ?? ''));
}
