import { api } from '../api.js';
import { type CountryFeature, mapChart } from '../charts/map.js';
import { formatDate, formatSigned, h, muted, QUAD_NAMES, QUADS, replace, section } from '../dom.js';
import { go, type Route } from '../route.js';
import type { EventPlace } from '../types.js';
import { filterForm, filterParams } from './filters.js';

declare const topojson: typeof import('topojson-client');

let countries: Promise<CountryFeature[]> | undefined;
/** The world's outlines, read once per page from the server's copy of world-atlas. */
function loadCountries(): Promise<CountryFeature[]> {
  countries ??= api.worldAtlas().then((topology) => {
    const t = topology as Parameters<typeof topojson.feature>[0];
    const collection = topojson.feature(t, t.objects.countries as never) as unknown as {
      features: CountryFeature[];
    };
    return collection.features;
  });
  return countries;
}

function placeDetails(p: EventPlace): HTMLElement {
  return h(
    'div',
    { class: 'place-details' },
    h('h3', {}, `${p.name} (${p.country})`),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'events'),
      h('dd', {}, p.events),
      ...QUADS.flatMap((q) => [h('dt', {}, QUAD_NAMES[q]), h('dd', {}, p.quadClass[q])]),
      h('dt', {}, 'mean Goldstein'),
      h('dd', {}, formatSigned(p.goldsteinMean)),
      h('dt', {}, 'dates'),
      h('dd', {}, `${formatDate(p.first)} – ${formatDate(p.last)}`),
      h('dt', {}, 'coordinates'),
      h('dd', {}, `${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}`),
    ),
  );
}

/** Where events happened, on a map that needs nothing but this server. */
export function mapView(route: Route): HTMLElement[] {
  const filters = filterParams(route.params);
  const world = route.params.get('world') === '1';
  const form = filterForm(route.params, (values) => go(['map'], { ...values, ...(world && { world: '1' }) }));
  const details = h(
    'aside',
    { class: 'card place-panel', 'aria-live': 'polite' },
    muted('Select a place for its numbers.'),
  );
  const chart = section('Event places', async () => {
    const [outlines, places] = await Promise.all([
      loadCountries(),
      api.eventPlaces({ ...filters, limit: 1000 }),
    ]);
    const toggle = h(
      'a',
      {
        href: `#/map?${new URLSearchParams({ ...(filters as Record<string, string>), ...(world ? {} : { world: '1' }) })}`,
        class: 'button secondary',
      },
      world ? 'Zoom to the events' : 'Whole world',
    );
    const svg = mapChart(outlines, places.items, {
      world,
      onSelect: (p) => replace(details, placeDetails(p)),
    });
    return [
      h(
        'p',
        { class: 'muted' },
        places.items.length === 0
          ? 'No events with a place match.'
          : `${places.items.length} places; dot size is the number of events, colour the mean Goldstein score. `,
        toggle,
      ),
      svg,
    ];
  });
  return [h('h1', {}, 'Map'), form, h('div', { class: 'map-layout' }, chart, details)];
}
