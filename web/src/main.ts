import { h, replace } from './dom.js';
import { currentRoute, go, type Route } from './route.js';
import { actorView } from './views/actor.js';
import { articleView } from './views/article.js';
import { dyadView } from './views/dyad.js';
import { mapView } from './views/map.js';
import { networkView } from './views/network.js';
import { overviewView } from './views/overview.js';
import { quotesView } from './views/quotes.js';
import { searchView } from './views/search.js';
import { timelineView } from './views/timeline.js';

type View = (route: Route) => HTMLElement[];
const VIEWS: Readonly<Record<string, View>> = {
  '': overviewView,
  timeline: timelineView,
  dyad: dyadView,
  network: networkView,
  map: mapView,
  quotes: quotesView,
  article: articleView,
  actor: actorView,
  search: searchView,
};
const TITLES: Readonly<Record<string, string>> = {
  '': 'Overview',
  timeline: 'Timeline',
  dyad: 'Dyad',
  network: 'Network',
  map: 'Map',
  quotes: 'Quotes',
  article: 'Article',
  actor: 'Actor',
  search: 'Search',
};

const main = document.getElementById('view') as HTMLElement;

function render(): void {
  const route = currentRoute();
  const name = route.path[0] ?? '';
  const view = VIEWS[name];
  document.title = `${TITLES[name] ?? 'Not found'} · sitrep`;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav.main a')) {
    const section = (link.getAttribute('href') ?? '').replace(/^#\/?/, '').split(/[/?]/)[0];
    if (section === name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  main.dataset.view = name || 'overview';
  if (!view) {
    replace(main, h('h1', {}, 'Not found'), h('p', {}, h('a', { href: '#/' }, 'Back to the overview')));
    return;
  }
  replace(main, ...view(route));
  main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

const search = document.getElementById('search') as HTMLFormElement;
search.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = String(new FormData(search).get('q') ?? '').trim();
  if (q) go(['search'], { q });
});

// "/" jumps to the search box from anywhere but a text field.
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (event.key === '/' && !/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) {
    event.preventDefault();
    (search.elements.namedItem('q') as HTMLInputElement).focus();
  }
});

window.addEventListener('hashchange', render);
render();
