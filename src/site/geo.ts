/**
 * The boundaries the maps draw (src/data/geo, keyed by the department's codes), read and projected once per build:
 * the edge of src/lib/map/project.ts. The site is built with the project root as the working folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { projectTopology, type ProjectedMap } from '../lib/map/project';

export const GEO_DIR = resolve('src/data/geo');

export interface Boundaries {
  map: ProjectedMap;
  /** Code → the boundary file's names, for areas the data has no page for. */
  names: Map<string, { name: string; nameEn: string }>;
}

interface Props {
  name_th: string;
  name_en: string;
}

const cache = new Map<string, Boundaries | undefined>();

function load(file: string, object: string, width: number, maxHeight: number): Boundaries | undefined {
  if (cache.has(file)) return cache.get(file);
  const path = resolve(GEO_DIR, file);
  let b: Boundaries | undefined;
  if (existsSync(path)) {
    const topo = JSON.parse(readFileSync(path, 'utf8')) as Topology;
    const collection = topo.objects[object];
    const geometries = collection?.type === 'GeometryCollection' ? (collection.geometries as { id?: string | number; properties?: Props }[]) : [];
    b = {
      map: projectTopology(topo, object, width, maxHeight),
      names: new Map(geometries.map((g) => [String(g.id), { name: g.properties?.name_th ?? '', nameEn: g.properties?.name_en ?? '' }])),
    };
  }
  cache.set(file, b);
  return b;
}

/** The 77 provinces, tall as the country is: 400 units wide. */
export function provinceBoundaries(): Boundaries | undefined {
  return load('th-provinces.topo.json', 'provinces', 400, 800);
}

/** A province's districts (none for a code the boundaries do not have). */
export function districtBoundaries(provinceCode: string): Boundaries | undefined {
  return /^\d{2}$/.test(provinceCode) ? load(`th-districts-${provinceCode}.topo.json`, 'districts', 600, 600) : undefined;
}

/** Where the boundaries come from and their licence (its attribution is required on every page with a map). */
export const GEO_SOURCE = {
  dataset: 'https://data.humdata.org/dataset/cod-ab-tha',
  licence: 'https://creativecommons.org/licenses/by/3.0/igo/',
} as const;
