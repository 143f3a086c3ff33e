import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { projectTopology, simplifyLine } from '../../../src/lib/map/project';

/** A topology of polygons given as absolute lon/lat rings (one arc per ring), ids as given. */
function topology(polygons: { id: string; rings: [number, number][][] }[]): Topology {
  const arcs: [number, number][][] = [];
  const geometries = polygons.map(({ id, rings }) => ({
    type: 'Polygon' as const,
    id,
    arcs: rings.map((ring) => {
      arcs.push(ring);
      return [arcs.length - 1];
    }),
  }));
  return { type: 'Topology', arcs, objects: { areas: { type: 'GeometryCollection', geometries } } } as Topology;
}

describe('projectTopology: Mercator fitted to a box, whole-unit relative paths', () => {
  it('a 1° square at the equator fills a 100 × 100 box (d3 winding: clockwise)', () => {
    // Mercator at the equator: 1° north is 1.00005 × 1° east, so the square fits the box to the unit.
    const map = projectTopology(topology([{ id: 'sq', rings: [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]] }]), 'areas', 100, 100);
    expect(map).toEqual({ width: 100, height: 100, areas: [{ code: 'sq', d: 'M0,100l0,-100,100,0,0,100z' }] });
  });

  it('a box wider than the shape: the height follows the shape, drawn from the top-left corner', () => {
    // 2° × 1°: 200 × 100 in a 200 × 200 box; the box is trimmed to 200 × 100.
    const map = projectTopology(topology([{ id: 'r', rings: [[[0, 0], [0, 1], [2, 1], [2, 0], [0, 0]]] }]), 'areas', 200, 200);
    expect(map.width).toBe(200);
    expect(map.height).toBe(100);
    expect(map.areas[0]!.d).toBe('M0,100l0,-100,200,0,0,100z');
  });

  it('a second ring moves from the first ring’s start (where z leaves the pen), and two areas keep their ids', () => {
    // Two 1° squares side by side, 200 × 100: area b has a second, detached square 1° east of it (x 200–300).
    const map = projectTopology(
      topology([
        { id: 'a', rings: [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]] },
        { id: 'b', rings: [[[1, 0], [1, 1], [2, 1], [2, 0], [1, 0]]] },
      ]),
      'areas',
      200,
      200,
    );
    expect(map.areas.map((a) => a.code)).toEqual(['a', 'b']);
    expect(map.areas[1]!.d).toBe('M100,100l0,-100,100,0,0,100z');
  });

  it('points that round onto the previous one are dropped, and points within half a unit of a line are thinned', () => {
    // A 1° square with extra points along its west side, 0.001° (0.1 unit) off the line: all thinned away.
    const map = projectTopology(
      topology([{ id: 'sq', rings: [[[0, 0], [0.001, 0.25], [0, 0.5], [-0.001, 0.75], [0, 1], [1, 1], [1, 0], [0, 0]]] }]),
      'areas',
      100,
      100,
    );
    expect(map.areas[0]!.d).toBe('M0,100l0,-100,100,0,0,100z');
  });

  it('an unknown object is an error', () => {
    expect(() => projectTopology(topology([]), 'districts', 100, 100)).toThrow('topology has no object "districts"');
  });
});

describe('simplifyLine (Douglas–Peucker)', () => {
  it('keeps a point farther than the tolerance and drops nearer ones', () => {
    // From (0,0) to (10,0): (5,3) is 3 away, kept; then (2,0.5) is 0.5 from the (0,0)–(5,3) line? Its distance is
    // |5·0.5 − 3·2| / √34 = 3.5 / 5.83 = 0.60 > 0.5, kept; (8,1.4): distance from (5,3)–(10,0) is
    // |(10−5)(3−1.4) − (5−8)(0−3)| / √34 = |8 − 9| / 5.83 = 0.17, dropped.
    expect(simplifyLine([[0, 0], [2, 0.5], [5, 3], [8, 1.4], [10, 0]], 0.5)).toEqual([[0, 0], [2, 0.5], [5, 3], [10, 0]]);
  });

  it('keeps both ends, and a line of two points as it is', () => {
    expect(simplifyLine([[0, 0], [1, 0.1], [2, 0]], 0.5)).toEqual([[0, 0], [2, 0]]);
    expect(simplifyLine([[0, 0], [2, 0]], 0.5)).toEqual([[0, 0], [2, 0]]);
  });
});
