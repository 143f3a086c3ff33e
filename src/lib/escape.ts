/** Text as it may stand in HTML or XML, inside an element or a quoted attribute: & < > " ' as entities. */
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/g;

export function escapeHtml(s: string | number): string {
  return String(s).replace(SPECIAL, (c) => ENTITY[c]!);
}
