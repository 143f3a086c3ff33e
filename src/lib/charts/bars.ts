/**
 * Bar pictures as inline SVG markup, drawn at build time: a sorted bar chart of shares and stacked bars of counts by
 * level. Each is one image (role="img", named by its title): the same numbers are always in a table beside it, which
 * is where the links and the exact figures are. Words come from the caller (the catalogue). 360 units wide, about
 * a phone's width, so its text stays at its size at 390 px.
 */
import { esc, num } from './markup';

export const CHART_WIDTH = 360;
const ROW = 38;
const BAR_Y = 20;
const BAR_H = 12;

export interface ShareBar {
  label: string;
  /** 0–1. */
  share: number;
  /** The figure as written beside the bar ("40.0% (2 of 5)"). */
  value: string;
}

/** Bar width for a share: the full width is 100%. */
export function barWidth(share: number): number {
  return Math.max(0, Math.min(1, share)) * CHART_WIDTH;
}

function frame(title: string, rows: number, body: string): string {
  const height = rows * ROW;
  return `<svg class="chart-svg" viewBox="0,0,${CHART_WIDTH},${height}" width="${CHART_WIDTH}" height="${height}" role="img" aria-label="${esc(title)}" font-size="13">${body}</svg>`;
}

/** One row per bar in the order given: the label and its figure on a line, the bar under them on a grey 100% track. */
export function shareBarsSvg(bars: readonly ShareBar[], title: string): string {
  const body = bars
    .map((b, i) => {
      const y = i * ROW;
      return (
        `<text x="0" y="${y + 14}">${esc(b.label)}</text><text x="${CHART_WIDTH}" y="${y + 14}" text-anchor="end">${esc(b.value)}</text>` +
        `<rect class="track" x="0" y="${y + BAR_Y}" width="${CHART_WIDTH}" height="${BAR_H}"/>` +
        `<rect class="bar-share" x="0" y="${y + BAR_Y}" width="${num(barWidth(b.share))}" height="${BAR_H}"/>`
      );
    })
    .join('');
  return frame(title, bars.length, body);
}

/** Levels 1, 2, 3 light to dark (ColorBrewer "Oranges": ordered, colour-blind safe), then incomplete, hatched. */
export const LEVEL_FILLS = ['#fdd0a2', '#f16913', '#8c2d04'] as const;
const LEVEL_TEXT = ['#0b0c0c', '#0b0c0c', '#ffffff'] as const;

export interface StackedRow {
  label: string;
  /** Groups at levels 1, 2, 3 and incomplete. */
  counts: readonly [number, number, number, number];
}

/** Segment widths of a row: each count's share of the row's total (the whole width); none for an empty row. */
export function segmentWidths(counts: readonly number[]): number[] {
  const total = counts.reduce((s, n) => s + n, 0);
  return counts.map((n) => (total ? (n / total) * CHART_WIDTH : 0));
}

/** One row per area: its label, then a bar split by level, each segment with its count when there is room. */
export function stackedBarsSvg(rows: readonly StackedRow[], title: string, id: string): string {
  const hatch = `${id}-incomplete`;
  const body = rows
    .map((r, i) => {
      const y = i * ROW;
      let x = 0;
      const segments = segmentWidths(r.counts).map((w, k) => {
        if (w === 0) return '';
        const fill = k < 3 ? LEVEL_FILLS[k]! : `url(#${hatch})`;
        const label = k < 3 && w >= 16 ? `<text x="${num(x + w / 2)}" y="${y + BAR_Y + BAR_H - 2}" text-anchor="middle" font-size="11" fill="${LEVEL_TEXT[k]}">${r.counts[k]}</text>` : '';
        const seg = `<rect x="${num(x)}" y="${y + BAR_Y - 1}" width="${num(w)}" height="${BAR_H + 2}" fill="${fill}"/>${label}`;
        x += w;
        return seg;
      });
      const total = r.counts.reduce((s, n) => s + n, 0);
      const outline = total ? `<rect class="outline" x="0" y="${y + BAR_Y - 1}" width="${CHART_WIDTH}" height="${BAR_H + 2}"/>` : '';
      return `<text x="0" y="${y + 14}">${esc(r.label)}</text>${segments.join('')}${outline}`;
    })
    .join('');
  const defs =
    `<defs><pattern id="${hatch}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#fff"/><rect width="2" height="6" fill="#6f777b"/></pattern></defs>`;
  return frame(title, rows.length, defs + body);
}
