import { formatDate, formatSigned, goldsteinColor, s, title } from '../dom.js';
import type { EventPlace } from '../types.js';

// A world map drawn from the world-atlas TopoJSON (Natural Earth, 1:110m) the server hands out from
// node_modules: plain equirectangular coordinates, no tiles, nothing fetched from anywhere else.

type Position = readonly number[];
interface Geometry {
  readonly type: string;
  readonly coordinates?: unknown;
  readonly geometries?: readonly Geometry[];
}
export interface CountryFeature {
  readonly id?: string | number;
  readonly properties: { readonly name?: string } | null;
  readonly geometry: Geometry | null;
}

const W = 960;
const H = 480;
const px = (lon: number) => ((lon + 180) / 360) * W;
const py = (lat: number) => ((90 - lat) / 180) * H;

/**
 * One polygon ring as path data. A ring that crosses the date line (eastern Russia, Fiji) jumps from +180
 * to −180; its longitudes are unwrapped so the outline stays continuous (the part past the edge is cut off
 * by the frame) instead of drawing a band across the whole map.
 */
function ring(points: readonly Position[]): string {
  let shift = 0;
  let previous: number | undefined;
  let d = '';
  for (const [i, p] of points.entries()) {
    const lon = p[0] ?? 0;
    if (previous !== undefined && Math.abs(lon + shift - previous) > 180)
      shift += previous > lon + shift ? 360 : -360;
    previous = lon + shift;
    d += `${i === 0 ? 'M' : 'L'}${px(lon + shift).toFixed(1)},${py(p[1] ?? 0).toFixed(1)}`;
  }
  return `${d}Z`;
}

function pathOf(geometry: Geometry | null): string {
  if (!geometry) return '';
  if (geometry.type === 'Polygon') return (geometry.coordinates as Position[][]).map(ring).join('');
  if (geometry.type === 'MultiPolygon')
    return (geometry.coordinates as Position[][][]).flatMap((poly) => poly.map(ring)).join('');
  if (geometry.type === 'GeometryCollection') return (geometry.geometries ?? []).map(pathOf).join('');
  return '';
}

/** The part of the world the places lie in, with a margin, at the map's 2:1 aspect. */
function frame(places: readonly EventPlace[], world: boolean): string {
  if (world || places.length === 0) return `0 0 ${W} ${H}`;
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  let [west, east] = [Math.min(...lons) - 8, Math.max(...lons) + 8];
  let [south, north] = [Math.min(...lats) - 6, Math.max(...lats) + 6];
  let width = Math.max(east - west, 40);
  let height = Math.max(north - south, 20);
  if (width / height > 2) height = width / 2;
  else width = height * 2;
  const [cx, cy] = [(west + east) / 2, (south + north) / 2];
  [west, east, south, north] = [cx - width / 2, cx + width / 2, cy - height / 2, cy + height / 2];
  return `${px(west).toFixed(1)} ${py(north).toFixed(1)} ${((width / 360) * W).toFixed(1)} ${((height / 180) * H).toFixed(1)}`;
}

export interface MapOptions {
  readonly world: boolean;
  readonly onSelect: (place: EventPlace) => void;
}

export function mapChart(
  countries: readonly CountryFeature[],
  places: readonly EventPlace[],
  options: MapOptions,
) {
  const svg = s('svg', {
    viewBox: frame(places, options.world),
    class: 'chart map-chart',
    role: 'img',
    'aria-label': `Map of ${places.length} event places`,
    preserveAspectRatio: 'xMidYMid meet',
  });
  svg.append(s('rect', { x: 0, y: 0, width: W, height: H, class: 'sea' }));
  const land = s('g', { class: 'countries' });
  for (const c of countries)
    land.append(s('path', { d: pathOf(c.geometry), class: 'country' }, title(c.properties?.name ?? '')));
  svg.append(land);

  // The frame's width in map units sets the dot size, so dots stay the same size on screen when zoomed.
  const scale = Number(frame(places, options.world).split(' ')[2]) / W;
  const max = Math.max(1, ...places.map((p) => p.events));
  const dots = s('g', { class: 'places' });
  for (const p of [...places].sort((a, b) => b.events - a.events)) {
    const r = (4 + 14 * Math.sqrt(p.events / max)) * scale;
    const dot = s(
      'circle',
      {
        cx: px(p.lon),
        cy: py(p.lat),
        r: r.toFixed(2),
        fill: goldsteinColor(p.goldsteinMean),
        class: 'place',
        tabindex: 0,
        role: 'button',
        'stroke-width': (1.2 * scale).toFixed(2),
        'aria-label': `${p.name}: ${p.events} events`,
        onclick: () => options.onSelect(p),
        onkeydown: (event: Event) => {
          const key = (event as KeyboardEvent).key;
          if (key === 'Enter' || key === ' ') {
            event.preventDefault();
            options.onSelect(p);
          }
        },
      },
      title(
        `${p.name} (${p.country}): ${p.events} events, ${formatDate(p.first)} – ${formatDate(p.last)}, mean Goldstein ${formatSigned(p.goldsteinMean)}`,
      ),
    );
    dots.append(dot);
  }
  svg.append(dots);
  return svg;
}
