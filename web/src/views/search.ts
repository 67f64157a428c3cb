import { api } from '../api.js';
import { formatDate, h, muted, section } from '../dom.js';
import { href, type Route } from '../route.js';

/** Snippets mark the matched words between « and »; show them as highlighted text, never as markup. */
function snippet(text: string): HTMLElement {
  const p = h('p', { class: 'snippet' });
  for (const [i, part] of text.split(/[«»]/).entries()) p.append(i % 2 === 1 ? h('mark', {}, part) : part);
  return p;
}

export function searchView(route: Route): HTMLElement[] {
  const q = route.params.get('q') ?? '';
  if (!q) return [h('h1', {}, 'Search'), muted('Type words in the search box above.')];
  const hits = section(`Articles with “${q}”`, async () => {
    const { items } = await api.search({ q, limit: 50 });
    if (items.length === 0) return muted('No article matches.');
    return h(
      'ol',
      { class: 'hits' },
      ...items.map((hit) =>
        h(
          'li',
          {},
          h('a', { href: href(['article', hit.id]) }, hit.title ?? hit.id.slice(0, 12)),
          ' ',
          h('span', { class: 'muted' }, formatDate(hit.published)),
          snippet(hit.snippet),
        ),
      ),
    );
  });
  return [h('h1', {}, 'Search'), hits];
}
