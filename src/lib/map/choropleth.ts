/**
 * A choropleth map as inline SVG markup, drawn at build time: each area a link, shaded by the share of its audited
 * groups at level 3 (needs improvement) in five fixed classes of a single-hue ramp (light = few, dark = many; safe for
 * colour-blind readers and in grey print), areas without audits hatched. Fixed classes, not ones fitted to the data,
 * so the same shade means the same share on every map and every year. Words come from the caller (the catalogue).
 */
import { esc } from '../charts/markup';
import type { ProjectedMap } from './project';

/** Upper bounds of the first four classes; the fifth is everything from 40% up. */
export const SHARE_BREAKS = [0.1, 0.2, 0.3, 0.4] as const;

/** ColorBrewer "Oranges", 5 classes (sequential, single hue, colour-blind safe). */
export const SHARE_RAMP = ['#feedde', '#fdbe85', '#fd8d3c', '#e6550d', '#a63603'] as const;

/** The class (0–4) of a share: 0.1 is in class 1 (10–<20%). */
export function shareClass(share: number): number {
  const i = SHARE_BREAKS.findIndex((b) => share < b);
  return i < 0 ? SHARE_BREAKS.length : i;
}

export interface MapArea {
  code: string;
  /** The area's page; none for an area without groups. */
  href: string | undefined;
  /** Share of audited groups at level 3; null without audits. */
  share: number | null;
  /** Name and figure, the link's accessible label and tooltip. */
  label: string;
}

/**
 * The map's SVG: `id` makes its pattern's id unique on the page; `title` names the picture. Areas of the drawing
 * without an entry in `areas` are left out.
 */
export function choroplethSvg(map: ProjectedMap, areas: ReadonlyMap<string, MapArea>, title: string, id: string): string {
  const hatch = `${id}-none`;
  const shapes = map.areas.flatMap(({ code, d }) => {
    const a = areas.get(code);
    if (!a) return [];
    const fill = a.share === null ? `url(#${hatch})` : SHARE_RAMP[shareClass(a.share)]!;
    const shape = `<path d="${d}" fill="${fill}"><title>${esc(a.label)}</title></path>`;
    return [a.href ? `<a href="${esc(a.href)}" aria-label="${esc(a.label)}">${shape}</a>` : shape];
  });
  return (
    `<svg class="map-svg" viewBox="0,0,${map.width},${map.height}" role="group" aria-label="${esc(title)}">` +
    `<defs><pattern id="${hatch}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#fff"/><rect width="2" height="6" fill="#6f777b"/></pattern></defs>` +
    shapes.join('') +
    '</svg>'
  );
}
