import { describe, expect, it } from 'vitest';
import { choroplethSvg, SHARE_RAMP, shareClass, type MapArea } from '../../../src/lib/map/choropleth';

describe('shareClass: five fixed classes of the share at level 3', () => {
  it('puts each break in the class above it', () => {
    expect([0, 0.099, 0.1, 0.199, 0.2, 0.3, 0.399, 0.4, 1].map(shareClass)).toEqual([0, 0, 1, 1, 2, 3, 3, 4, 4]);
  });
});

describe('choroplethSvg', () => {
  const map = { width: 100, height: 50, areas: [{ code: '6001', d: 'M0,0l10,0,0,10z' }, { code: '6002', d: 'M20,0l10,0,0,10z' }, { code: '6003', d: 'M40,0l10,0,0,10z' }, { code: '9999', d: 'M60,0l1,1z' }] };
  const areas = new Map<string, MapArea>([
    ['6001', { code: '6001', href: '/districts/6001/', share: 0.25, label: 'A: 25.0% at level 3 (1 of 4)' }],
    ['6002', { code: '6002', href: '/districts/6002/', share: null, label: 'B: no audits' }],
    ['6003', { code: '6003', href: undefined, share: null, label: 'C & D: no groups in the data' }],
  ]);
  const svg = choroplethSvg(map, areas, 'Map of "X"', 'map-60');

  it('is a named group the size of the drawing, with a hatch pattern of its own id', () => {
    expect(svg.startsWith('<svg class="map-svg" viewBox="0,0,100,50" role="group" aria-label="Map of &quot;X&quot;">')).toBe(true);
    expect(svg).toContain('<pattern id="map-60-none"');
  });

  it('links each area with a page, named by its label, filled by its class; no audits hatched; no page, no link', () => {
    expect(svg).toContain(`<a href="/districts/6001/" aria-label="A: 25.0% at level 3 (1 of 4)"><path d="M0,0l10,0,0,10z" fill="${SHARE_RAMP[2]}"><title>A: 25.0% at level 3 (1 of 4)</title></path></a>`);
    expect(SHARE_RAMP[2]).toBe('#fd8d3c');
    expect(svg).toContain('<a href="/districts/6002/" aria-label="B: no audits"><path d="M20,0l10,0,0,10z" fill="url(#map-60-none)">');
    expect(svg).toContain('<path d="M40,0l10,0,0,10z" fill="url(#map-60-none)"><title>C &amp; D: no groups in the data</title></path>');
    expect(svg.match(/<a /g)).toHaveLength(2);
  });

  it('leaves out an area it has no entry for', () => {
    expect(svg).not.toContain('M60,0');
  });
});
