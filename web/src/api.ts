import type {
  ActorDetail,
  ActorSummary,
  ArticleSummary,
  Commitment,
  Counts,
  Dyad,
  Event,
  EventPlace,
  Page,
  Quote,
  SearchHit,
  SeriesPoint,
  StoredArticle,
} from './types.js';

/** A failed API call, with the server's own explanation. */
export class ApiFailure extends Error {
  override readonly name = 'ApiFailure';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type Params = Readonly<Record<string, string | number | boolean | undefined>>;

/** Query string from the parameters that are set. */
export function query(params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

async function get<T>(path: string, params: Params = {}): Promise<T> {
  const response = await fetch(`${path}${query(params)}`, { headers: { accept: 'application/json' } });
  const body = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new ApiFailure(response.status, body.error ?? response.statusText);
  return body;
}

const seg = encodeURIComponent;

export const api = {
  counts: () => get<Counts>('/api/counts'),
  articles: (params: Params) => get<Page<ArticleSummary>>('/api/articles', params),
  article: (id: string) => get<StoredArticle>(`/api/articles/${seg(id)}`),
  search: (params: Params) => get<Page<SearchHit>>('/api/search', params),
  events: (params: Params) => get<Page<Event>>('/api/events', params),
  eventSeries: (params: Params) => get<{ points: SeriesPoint[] }>('/api/events/series', params),
  eventPlaces: (params: Params) => get<Page<EventPlace>>('/api/events/places', params),
  quotes: (params: Params) => get<Page<Quote>>('/api/quotes', params),
  commitments: (params: Params) => get<Page<Commitment>>('/api/commitments', params),
  actors: (params: Params) => get<Page<ActorSummary>>('/api/actors', params),
  actor: (id: string) => get<ActorDetail>(`/api/actors/${seg(id)}`),
  dyads: (params: Params) => get<Page<Dyad>>('/api/dyads', params),
  dyadSeries: (a: string, b: string, params: Params) =>
    get<{ dyad: [string, string]; points: SeriesPoint[] }>(`/api/dyads/${seg(a)}/${seg(b)}/series`, params),
  worldAtlas: () => get<unknown>('/vendor/countries-110m.json'),
};
