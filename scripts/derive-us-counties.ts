// Derives data/places/us-counties.tsv (name, state, centroid) from the US Census cartographic boundaries as
// redistributed in the us-atlas package (counties-10m.json, unprojected). Run once by hand when the data is
// refreshed: `npm pack us-atlas && tar xzf us-atlas-*.tgz && npx tsx scripts/derive-us-counties.ts
// package/counties-10m.json > data/places/us-counties.tsv`. The project does not depend on us-atlas.
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

const STATES: Record<string, string> = {
  '01': 'AL',
  '02': 'AK',
  '04': 'AZ',
  '05': 'AR',
  '06': 'CA',
  '08': 'CO',
  '09': 'CT',
  '10': 'DE',
  '11': 'DC',
  '12': 'FL',
  '13': 'GA',
  '15': 'HI',
  '16': 'ID',
  '17': 'IL',
  '18': 'IN',
  '19': 'IA',
  '20': 'KS',
  '21': 'KY',
  '22': 'LA',
  '23': 'ME',
  '24': 'MD',
  '25': 'MA',
  '26': 'MI',
  '27': 'MN',
  '28': 'MS',
  '29': 'MO',
  '30': 'MT',
  '31': 'NE',
  '32': 'NV',
  '33': 'NH',
  '34': 'NJ',
  '35': 'NM',
  '36': 'NY',
  '37': 'NC',
  '38': 'ND',
  '39': 'OH',
  '40': 'OK',
  '41': 'OR',
  '42': 'PA',
  '44': 'RI',
  '45': 'SC',
  '46': 'SD',
  '47': 'TN',
  '48': 'TX',
  '49': 'UT',
  '50': 'VT',
  '51': 'VA',
  '53': 'WA',
  '54': 'WV',
  '55': 'WI',
  '56': 'WY',
  '72': 'PR',
};

type Ring = readonly (readonly [number, number])[];

/** Area-weighted centroid of a polygon's outer ring (planar in degrees: fine at county size). */
function ringCentroid(ring: Ring): { x: number; y: number; area: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  area /= 2;
  return area === 0
    ? { x: ring[0]![0], y: ring[0]![1], area: 0 }
    : { x: x / (6 * area), y: y / (6 * area), area: Math.abs(area) };
}

/** The suffix a county equivalent goes by in its state. */
function suffix(state: string, fips: string): string {
  if (state === 'LA') return 'Parish';
  if (state === 'AK') return fips.endsWith('0') ? 'Borough' : 'Census Area';
  if (state !== 'AK' && state !== 'PR' && Number(fips.slice(2)) >= 510) return 'city'; // independent cities
  if (state === 'PR') return 'Municipio';
  return 'County';
}

const topology = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Topology;
const counties = feature(topology, topology.objects.counties!) as unknown as {
  features: { id: string; properties: { name: string }; geometry: { type: string; coordinates: unknown } }[];
};
const lines = [
  '# state\tfips\tlat\tlon\tname (centroid of the largest polygon; US Census 2017 cartographic boundaries)',
];
for (const f of counties.features.sort((a, b) => a.id.localeCompare(b.id))) {
  const state = STATES[f.id.slice(0, 2)];
  if (!state || !f.geometry) continue;
  const polygons = (
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
  ) as Ring[][];
  let best = { x: 0, y: 0, area: -1 };
  for (const polygon of polygons) {
    const c = ringCentroid(polygon[0]!);
    if (c.area > best.area) best = c;
  }
  const name = f.properties.name;
  const full = suffix(state, f.id) === 'city' ? `${name} city` : `${name} ${suffix(state, f.id)}`;
  lines.push(`${state}\t${f.id}\t${best.y.toFixed(4)}\t${best.x.toFixed(4)}\t${full}`);
}
process.stdout.write(`${lines.join('\n')}\n`);
