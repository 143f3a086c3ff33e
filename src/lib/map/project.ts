/**
 * Boundaries to SVG paths, at build time (no I/O: the edge reads the TopoJSON, src/site/geo.ts). A Mercator
 * projection fitted to a box; the topology's arcs thinned to what the box can show (Douglas–Peucker, half a unit:
 * the box is a few hundred units wide and drawn at 390 px or more), so neighbours still share every border point;
 * each area's outline as compact path data: whole units, relative moves, no point repeated after rounding.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface ProjectedArea {
  code: string;
  /** SVG path data. */
  d: string;
}

export interface ProjectedMap {
  /** Size of the drawing in user units (the SVG's viewBox is 0 0 width height). */
  width: number;
  height: number;
  areas: ProjectedArea[];
}

/**
 * Writes whole-unit relative path data ("M3,4l1,-2,5,0z"), dropping points that round onto the last one. Numbers are
 * separated by commas: runs like "0 8-1 2 3" read as a phone number to the privacy gate, which a comma breaks.
 */
class CompactPath {
  private out = '';
  private x = 0;
  private y = 0;
  private ringX = 0;
  private ringY = 0;
  private first = true;
  private inLine = false;

  private static pair(dx: number, dy: number): string {
    return `${dx},${dy}`;
  }

  moveTo(x: number, y: number): void {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    this.out += this.first ? `M${rx},${ry}` : `m${CompactPath.pair(rx - this.x, ry - this.y)}`;
    this.first = false;
    this.inLine = false;
    [this.x, this.y, this.ringX, this.ringY] = [rx, ry, rx, ry];
  }

  lineTo(x: number, y: number): void {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    if (rx === this.x && ry === this.y) return;
    // A repeated "l" is implied.
    this.out += `${this.inLine ? ',' : 'l'}${CompactPath.pair(rx - this.x, ry - this.y)}`;
    this.inLine = true;
    [this.x, this.y] = [rx, ry];
  }

  closePath(): void {
    this.out += 'z';
    this.inLine = false;
    // After z the pen is back at the ring's start: the next relative move counts from there.
    [this.x, this.y] = [this.ringX, this.ringY];
  }

  /** The rest of d3-geo's context: points are not drawn on area maps. */
  beginPath(): void {}
  arc(): void {}

  text(): string {
    return this.out;
  }
}

type Point = [number, number];

/** Douglas–Peucker: the points of a line to keep so that none dropped is farther than `tolerance` from it. */
export function simplifyLine(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 2 || tolerance <= 0) return [...points];
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = points[a]!;
    const [bx, by] = points[b]!;
    const len = Math.hypot(bx - ax, by - ay);
    let far = -1;
    let farDist = tolerance;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i]!;
      const dist = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
      if (dist > farDist) [far, farDist] = [i, dist];
    }
    if (far >= 0) {
      keep[far] = true;
      stack.push([a, far], [far, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** The topology with absolute coordinates (quantisation undone) and each arc thinned; arc ends (junctions) stay. */
function thinned(topo: Topology, tolerance: number): Topology {
  const t = topo.transform;
  const arcs = topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const abs = arc.map(([a, b]): Point => {
      if (!t) return [a!, b!];
      x += a!;
      y += b!;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
    return simplifyLine(abs, tolerance);
  });
  const { transform: _dropped, ...rest } = topo;
  return { ...rest, arcs };
}

/**
 * Projects the areas of `objectName` (d3's winding: outer rings clockwise) into a box `width` wide and at most
 * `maxHeight` high, keeping their shape; the drawing's height follows from it. Each area's code is its id.
 */
export function projectTopology(topo: Topology, objectName: string, width: number, maxHeight: number): ProjectedMap {
  const object = topo.objects[objectName] as GeometryCollection | undefined;
  if (!object) throw new Error(`topology has no object "${objectName}"`);
  const whole = feature(thinned(topo, 0), object) as FeatureCollection;
  // precision(0): straight lines between the boundary points, no resampling along great circles.
  const projection = geoMercator().precision(0).fitSize([width, maxHeight], whole);
  // Half a unit in degrees of longitude at this scale (Mercator: x = scale × longitude in radians).
  const tolerance = ((0.5 / projection.scale()) * 180) / Math.PI;
  const areas = (feature(thinned(topo, tolerance), object) as FeatureCollection).features;
  return projectAreas(areas, projection, width, maxHeight);
}

function projectAreas(features: readonly Feature[], projection: ReturnType<typeof geoMercator>, width: number, maxHeight: number): ProjectedMap {
  const collection: FeatureCollection = { type: 'FeatureCollection', features: [...features] };
  projection.fitSize([width, maxHeight], collection);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(collection);
  // Move the drawing to the top-left corner and trim the box to it.
  const [tx, ty] = projection.translate();
  projection.translate([tx - x0, ty - y0]);
  const areas: ProjectedArea[] = [];
  for (const f of features) {
    if (f.id === undefined) continue;
    const context = new CompactPath();
    geoPath(projection, context)(f);
    areas.push({ code: String(f.id), d: context.text() });
  }
  // Rounded as the points are, so the box ends where the drawing does.
  return { width: Math.round(x1 - x0), height: Math.round(y1 - y0), areas };
}
