/**
 * Indicator codes inside a text, so a page can link each to its indicator page (issue 20: no dead ends): "ตรวจสอบ
 * บัญชี (B2)" → "ตรวจสอบบัญชี (", B2, ")". A code counts as a whole token only (no ASCII letter or digit touching it:
 * "F10" and "AF1" are not F1), as a plan's topic names an indicator (src/lib/followthrough/planned.ts).
 */
export type TextPart = { text: string; code?: undefined } | { text: string; code: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function splitCodes(text: string, codes: Iterable<string>): TextPart[] {
  const list = [...codes].sort((a, b) => b.length - a.length).map(escape);
  if (list.length === 0 || text === '') return text === '' ? [] : [{ text }];
  const re = new RegExp(`(?<![A-Za-z0-9])(${list.join('|')})(?![A-Za-z0-9])`, 'g');
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index) });
    parts.push({ text: m[0], code: m[0] });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
