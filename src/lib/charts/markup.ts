/** Text and attribute values escaped for markup built as a string (the SVG pictures drawn at build time). */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A number for an SVG attribute: at most one decimal, no float noise (12.25 → "12.3", 40 → "40"). */
export function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}
