/**
 * HTTP GET for feeds and article pages, with the limits a poller of other people's servers needs: one
 * deadline for the whole exchange (redirects and body included), a cap on the bytes read (decompressed),
 * a cap on redirects, http(s) only. Conditional GET: the caller's validators go out as If-None-Match and
 * If-Modified-Since, and a 304 comes back as 'not-modified'.
 */
import { formatBytes } from '../ingest/decode.js';

export interface FetchLimits {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
}

export interface Validators {
  readonly etag?: string;
  readonly lastModified?: string;
}

export type Fetched =
  | { readonly status: 'not-modified' }
  | {
      readonly status: 'ok';
      /** Where the content was found, after redirects. */
      readonly url: string;
      readonly body: string;
      readonly etag?: string;
      readonly lastModified?: string;
    };

/**
 * A fetch that failed, with the URL asked for and why. `permanent` failures (404, too large, not http) will
 * not get better by asking again; the others (timeouts, refused connections, 5xx, 429) may.
 */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    readonly url: string,
    readonly reason: string,
    readonly permanent: boolean,
    options?: { cause?: unknown },
  ) {
    super(`${url}: ${reason}`, options);
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'sitrep/0.1 (news feed reader)';

/** The charset a response names in its Content-Type, else one declared in the first bytes, else UTF-8. */
function charsetOf(contentType: string | null, head: Uint8Array): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (fromHeader) return fromHeader;
  const start = new TextDecoder('latin1').decode(head.subarray(0, 1024));
  const declared =
    /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(start)?.[1] ??
    /<meta[^>]*charset\s*=\s*["']?([\w.:-]+)/i.exec(start)?.[1];
  return declared ?? 'utf-8';
}

function decode(bytes: Uint8Array, contentType: string | null): string {
  try {
    return new TextDecoder(charsetOf(contentType, bytes)).decode(bytes);
  } catch {
    // An unknown charset label: UTF-8 is the best guess on today's web.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

async function readLimited(
  url: string,
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Uint8Array> {
  if (body === null) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new FetchError(url, `response is over the ${formatBytes(maxBytes)} limit`, true);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

export async function fetchLimited(
  url: string,
  limits: FetchLimits,
  accept: string,
  validators: Validators = {},
): Promise<Fetched> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const headers: Record<string, string> = { accept, 'user-agent': USER_AGENT };
  if (validators.etag !== undefined) headers['if-none-match'] = validators.etag;
  if (validators.lastModified !== undefined) headers['if-modified-since'] = validators.lastModified;
  const timedOut = (): FetchError =>
    new FetchError(url, `no complete answer within ${limits.timeoutMs / 1000} s`, false);

  let current = url;
  for (let redirects = 0; ; redirects++) {
    let target: URL;
    try {
      target = new URL(current);
    } catch {
      throw new FetchError(url, `'${current}' is not a URL`, true);
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:')
      throw new FetchError(url, `${target.protocol} URLs are not fetched, only http and https`, true);

    let response: Response;
    try {
      response = await fetch(target, { redirect: 'manual', signal, headers });
    } catch (error) {
      if (signal.aborted) throw timedOut();
      throw new FetchError(url, `cannot fetch: ${describeNetworkError(error)}`, false, { cause: error });
    }
    if (REDIRECTS.has(response.status)) {
      await response.body?.cancel().catch(() => {});
      const location = response.headers.get('location');
      if (location === null) throw new FetchError(url, `HTTP ${response.status} without a Location`, true);
      if (redirects >= limits.maxRedirects)
        throw new FetchError(url, `more than ${limits.maxRedirects} redirects`, true);
      current = new URL(location, target).toString();
      continue;
    }
    if (response.status === 304) {
      await response.body?.cancel().catch(() => {});
      return { status: 'not-modified' };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
      throw new FetchError(url, `HTTP ${response.status}`, !retryable);
    }
    const length = Number(response.headers.get('content-length') ?? Number.NaN);
    if (length > limits.maxBytes) {
      await response.body?.cancel().catch(() => {});
      throw new FetchError(
        url,
        `response is ${formatBytes(length)}, over the ${formatBytes(limits.maxBytes)} limit`,
        true,
      );
    }
    let bytes: Uint8Array;
    try {
      bytes = await readLimited(url, response.body, limits.maxBytes);
    } catch (error) {
      if (error instanceof FetchError) throw error;
      if (signal.aborted) throw timedOut();
      throw new FetchError(url, `reading the response failed: ${describeNetworkError(error)}`, false, {
        cause: error,
      });
    }
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    return {
      status: 'ok',
      url: current,
      body: decode(bytes, response.headers.get('content-type')),
      ...(etag !== null && { etag }),
      ...(lastModified !== null && { lastModified }),
    };
  }
}
