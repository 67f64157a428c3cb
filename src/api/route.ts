import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../store/port.js';

/** An answer other than 200, with a message a person can act on. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: 400 | 404,
    message: string,
    readonly issues?: readonly Issue[],
  ) {
    super(message);
  }
}

export interface Issue {
  readonly parameter: string;
  readonly message: string;
}

type Shape = Record<string, z.ZodType>;

/**
 * One endpoint: its path (OpenAPI style, `/api/actors/{id}`), what it answers, its parameters as zod shapes,
 * and the handler. The same record registers the Hono route and writes the OpenAPI entry, so the two
 * cannot drift apart.
 */
export interface Route<Q extends Shape = Shape, P extends Shape = Shape> {
  readonly path: string;
  readonly tag: string;
  readonly summary: string;
  readonly description?: string;
  readonly query: Q;
  readonly params: P;
  /** What the 200 answer holds, in words, for the OpenAPI document. */
  readonly returns: string;
  readonly handle: (
    input: { readonly query: z.output<z.ZodObject<Q>>; readonly params: z.output<z.ZodObject<P>> },
    store: Store,
  ) => Promise<unknown>;
}

/** Keeps a route's parameter types tied to its handler. */
export function route<Q extends Shape, P extends Shape = Record<never, never>>(
  spec: Omit<Route<Q, P>, 'params'> & { readonly params?: P },
): Route {
  return { ...spec, params: spec.params ?? ({} as P) } as unknown as Route;
}

function issuesOf(error: z.ZodError, place: 'query' | 'path'): Issue[] {
  const issues = error.issues.map((issue): Issue => {
    if (issue.code === 'unrecognized_keys')
      return {
        parameter: issue.keys.join(', '),
        message: `unknown ${place} parameter${issue.keys.length > 1 ? 's' : ''}`,
      };
    return { parameter: issue.path.join('.') || '(all)', message: issue.message };
  });
  // A value can fail two checks with the same message (pattern, then calendar); say it once.
  return issues.filter(
    (issue, i) =>
      issues.findIndex((o) => o.parameter === issue.parameter && o.message === issue.message) === i,
  );
}

/** Parses path and query parameters together, so one answer names every problem. */
function parseAll<P extends Shape, Q extends Shape>(
  route: Route<Q, P>,
  params: Record<string, string>,
  query: Record<string, string>,
) {
  const path = z.strictObject(route.params).safeParse(params);
  const search = z.strictObject(route.query).safeParse(query);
  if (path.success && search.success) return { params: path.data, query: search.data };
  const issues = [
    ...(path.success ? [] : issuesOf(path.error, 'path')),
    ...(search.success ? [] : issuesOf(search.error, 'query')),
  ];
  throw new ApiError(
    400,
    `invalid parameters: ${issues.map((i) => `${i.parameter} ${i.message}`).join('; ')}`,
    issues,
  );
}

/** The query string as one value per name; a name given twice is an error rather than a silent pick. */
function singleValues(c: Context): Record<string, string> {
  const all = c.req.queries();
  const out: Record<string, string> = {};
  for (const [name, values] of Object.entries(all)) {
    if (values.length > 1)
      throw new ApiError(400, `invalid parameters: ${name} given ${values.length} times`, [
        { parameter: name, message: `given ${values.length} times` },
      ]);
    out[name] = values[0] ?? '';
  }
  return out;
}

export function register(app: Hono, routes: readonly Route[], store: Store): void {
  for (const r of routes) {
    const honoPath = r.path.replace(/\{(\w+)\}/g, ':$1');
    app.get(honoPath, async (c) => {
      const input = parseAll(r, c.req.param() as Record<string, string>, singleValues(c));
      return c.json(await r.handle(input, store));
    });
  }
}

/** A page of a list: the store is asked for one item more than the page, to know whether a next page exists. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly limit: number;
  readonly offset: number;
  /** The offset of the next page, or null on the last one. */
  readonly next: number | null;
}

export const DEFAULT_PAGE = 50;

export async function paged<T>(
  query: { readonly limit?: number | undefined; readonly offset?: number | undefined },
  fetch: (page: { limit: number; offset: number }) => Promise<T[]>,
): Promise<Page<T>> {
  const limit = query.limit ?? DEFAULT_PAGE;
  const offset = query.offset ?? 0;
  const rows = await fetch({ limit: limit + 1, offset });
  return { items: rows.slice(0, limit), limit, offset, next: rows.length > limit ? offset + limit : null };
}
