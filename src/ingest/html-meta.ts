/** Article metadata from an HTML page's head: title, publication date, canonical URL and site name. */
import { parseDate } from './dates.js';

export interface HtmlMeta {
  readonly title?: string;
  readonly url?: string;
  readonly source?: string;
  /** YYYY-MM-DD from the first date source that parses. */
  readonly published?: string;
  /** The first date source that was present but did not parse, to name in the rejection. */
  readonly unparsedDate?: { readonly where: string; readonly value: string };
}

/** Where publishers put the publication date, most specific first. Names are matched case-insensitively. */
const DATE_METAS = [
  'article:published_time',
  'og:published_time',
  'date',
  'pubdate',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'datepublished',
];

export function readMeta(doc: Document): HtmlMeta {
  const metas = metaMap(doc);
  const candidates: Array<{ where: string; value: string }> = [];
  for (const name of DATE_METAS) {
    const value = metas.get(name);
    if (value !== undefined) candidates.push({ where: `meta ${name}`, value });
  }
  for (const value of jsonLdDates(doc)) candidates.push({ where: 'JSON-LD datePublished', value });
  const time = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  const datetime = time?.getAttribute('datetime');
  if (datetime) candidates.push({ where: '<time datetime>', value: datetime });

  let published: string | undefined;
  let unparsedDate: HtmlMeta['unparsedDate'];
  for (const candidate of candidates) {
    published = parseDate(candidate.value);
    if (published !== undefined) break;
    unparsedDate ??= candidate;
  }

  const title = clean(metas.get('og:title')) ?? clean(doc.querySelector('title')?.textContent);
  const url =
    clean(metas.get('og:url')) ?? clean(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'));
  const source = clean(metas.get('og:site_name'));
  return {
    ...(title === undefined ? {} : { title }),
    ...(url === undefined ? {} : { url }),
    ...(source === undefined ? {} : { source }),
    ...(published === undefined ? {} : { published }),
    ...(published !== undefined || unparsedDate === undefined ? {} : { unparsedDate }),
  };
}

/** `<meta property|name|itemprop=… content=…>` by lower-cased key; the first occurrence wins. */
function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop');
    const content = meta.getAttribute('content');
    if (key && content && !map.has(key.toLowerCase())) map.set(key.toLowerCase(), content);
  }
  return map;
}

/** `datePublished` from schema.org JSON-LD blocks, which many news sites use instead of meta tags. */
function jsonLdDates(doc: Document): string[] {
  const dates: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (typeof record.datePublished === 'string') dates.push(record.datePublished);
      visit(record['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is the page's problem; other date sources may still serve.
    }
  }
  return dates;
}

function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}
