/** Where the page is: `#/dyad/RUS/UKR?interval=week` → path ['dyad', 'RUS', 'UKR'] and its parameters. */
export interface Route {
  readonly path: readonly string[];
  readonly params: URLSearchParams;
}

export function currentRoute(): Route {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path = '', search = ''] = hash.split('?');
  return {
    path: path
      .split('/')
      .filter((p) => p !== '')
      .map(decodeURIComponent),
    params: new URLSearchParams(search),
  };
}

/** A link target inside the dashboard. */
export function href(
  path: readonly string[],
  params: Readonly<Record<string, string | undefined>> = {},
): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') search.set(k, v);
  const q = search.toString();
  return `#/${path.map(encodeURIComponent).join('/')}${q ? `?${q}` : ''}`;
}

export function go(path: readonly string[], params: Readonly<Record<string, string | undefined>> = {}): void {
  location.hash = href(path, params);
}
