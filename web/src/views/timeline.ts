import { api, type Params } from '../api.js';
import { seriesChart } from '../charts/series-chart.js';
import { formatNumber, h, muted, replace, section } from '../dom.js';
import { go, href, type Route } from '../route.js';
import { filterForm, filterParams, intervalField } from './filters.js';
import { eventsTable } from './parts.js';

/** Events over time for any filter, and the events themselves, a page at a time. */
export function timelineView(route: Route): HTMLElement[] {
  const filters = filterParams(route.params);
  const interval = route.params.get('interval') ?? 'week';
  const intervalSelect = intervalField(interval);
  const form = filterForm(route.params, (values) => go(['timeline'], values), [intervalSelect]);
  const chart = section('Events over time', async () => {
    const { points } = await api.eventSeries({ ...filters, interval });
    if (points.length === 0) return muted('No events match.');
    const total = points.reduce((n, p) => n + p.events, 0);
    return [
      h(
        'p',
        { class: 'muted' },
        `${formatNumber(total)} events in ${points.length} ${interval}s with events.`,
      ),
      seriesChart(points, {
        interval,
        diverging: false,
        label: `Events per ${interval}`,
        link: (since, until) =>
          href(['timeline'], { ...(filters as Record<string, string>), interval, since, until }),
      }),
    ];
  });
  const list = section('Events', async () => {
    const holder = h('div', {});
    const more = h('button', { type: 'button', class: 'secondary' }, 'More events');
    const load = async (offset: number, params: Params) => {
      const page = await api.events({ ...params, offset, limit: 50 });
      if (offset === 0 && page.items.length === 0) {
        replace(holder, muted('No events match.'));
        more.remove();
        return;
      }
      holder.append(eventsTable(page.items));
      if (page.next === null) more.remove();
      else more.onclick = () => void load(page.next ?? 0, params);
    };
    await load(0, filters);
    return more.onclick ? [holder, more] : [holder];
  });
  return [h('h1', {}, 'Timeline'), form, chart, list];
}
