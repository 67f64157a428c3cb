import { api } from '../api.js';
import { h, muted, replace, section } from '../dom.js';
import { go, href, type Route } from '../route.js';
import { quoteCard } from './parts.js';

/** Quotes by speaker, searchable by their words. */
export function quotesView(route: Route): HTMLElement[] {
  const speaker = route.params.get('speaker') ?? '';
  const q = route.params.get('q') ?? '';
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Search quotes' },
    h(
      'label',
      { class: 'field grow' },
      h('span', {}, 'Words'),
      h('input', { name: 'q', value: q, type: 'search', autocomplete: 'off' }),
    ),
    h('button', { type: 'submit' }, 'Search'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(['quotes'], { speaker, q: String(new FormData(form).get('q') ?? '').trim() });
  });
  const speakers = section('Speakers', async () => {
    const { items } = await api.actors({ has: 'quotes', limit: 200 });
    if (items.length === 0) return muted('No quotes yet.');
    return h(
      'ul',
      { class: 'speakers' },
      h(
        'li',
        {},
        h(
          'a',
          { href: href(['quotes'], { q }), 'aria-current': speaker === '' ? 'true' : undefined },
          'Everyone',
        ),
      ),
      ...items.map((a) =>
        h(
          'li',
          {},
          h(
            'a',
            {
              href: href(['quotes'], { speaker: a.id, q }),
              'aria-current': a.id === speaker ? 'true' : undefined,
              'data-speaker': a.id,
            },
            a.name,
            h('span', { class: 'count' }, a.quotes),
          ),
        ),
      ),
    );
  });
  const results = section('Quotes', async () => {
    const holder = h('div', { class: 'quotes' });
    const heading = h('p', { class: 'muted' });
    const more = h('button', { type: 'button', class: 'secondary' }, 'More quotes');
    const load = async (offset: number) => {
      const page = await api.quotes({ speaker, q, offset, limit: 40 });
      const named = page.items.find((quote) => quote.speaker?.id === speaker)?.speaker;
      if (offset === 0 && speaker)
        heading.textContent = `Said by ${named ? `${named.name} (${named.code})` : speaker}${q ? `, containing “${q}”` : ''}`;
      if (offset === 0 && page.items.length === 0) replace(holder, muted('No quotes match.'));
      else holder.append(...page.items.map(quoteCard));
      if (page.next === null) more.remove();
      else more.onclick = () => void load(page.next ?? 0);
    };
    await load(0);
    return [...(speaker ? [heading] : []), holder, ...(more.onclick ? [more] : [])];
  });
  return [h('h1', {}, 'Quotes'), form, h('div', { class: 'quotes-layout' }, speakers, results)];
}
