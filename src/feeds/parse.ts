/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds, read into the same short list of items. Namespaces are dropped
 * (`dc:date` is read as `date`, `atom:link` as `link`), so the common extensions need no special cases.
 * fast-xml-parser expands entities within its default limits, which defuse entity-expansion bombs, and
 * never fetches external entities.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseDate } from '../ingest/dates.js';

export interface Feed {
  readonly title?: string;
  readonly items: readonly FeedItem[];
}

export interface FeedItem {
  /** The article page, absolute. */
  readonly link: string;
  readonly title?: string;
  /** YYYY-MM-DD when the feed dates the item in a form we read. */
  readonly published?: string;
}

/** Input that is not a feed we can read; the reason names what is wrong. */
export class FeedFormatError extends Error {
  override readonly name = 'FeedFormatError';
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/** The text of an element that may carry attributes (`<title type="html">…</title>`). */
function text(node: unknown): string | undefined {
  if (typeof node === 'string') return node.trim() || undefined;
  if (node && typeof node === 'object' && '#text' in node) return text((node as Node)['#text']);
  return undefined;
}

function absolute(link: string | undefined, base: string): string | undefined {
  if (link === undefined) return undefined;
  try {
    const url = new URL(link, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

function firstDate(...values: unknown[]): string | undefined {
  for (const value of values) {
    const s = text(value);
    const date = s === undefined ? undefined : parseDate(s);
    if (date !== undefined) return date;
  }
  return undefined;
}

/** An RSS item's page: its link, else a guid that is a URL (RSS says a guid is a permalink by default). */
function rssLink(item: Node): string | undefined {
  for (const link of (item.link as unknown[] | undefined) ?? []) {
    const href = text(link) ?? text((link as Node | undefined)?.['@_href']);
    if (href !== undefined) return href;
  }
  const guid = item.guid as Node | string | undefined;
  const permalink = typeof guid === 'object' ? guid['@_isPermaLink'] !== 'false' : true;
  return permalink ? text(guid) : undefined;
}

/** An Atom entry's page: the `alternate` link (the default relation), preferring an HTML one. */
function atomLink(entry: Node): string | undefined {
  const links = ((entry.link as Node[] | undefined) ?? []).filter(
    (l) => typeof l === 'object' && (l['@_rel'] ?? 'alternate') === 'alternate',
  );
  const html = links.find((l) => l['@_type'] === undefined || String(l['@_type']).includes('html'));
  return text((html ?? links[0])?.['@_href']);
}

export function parseFeed(xml: string, baseUrl: string): Feed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new FeedFormatError(`malformed XML at line ${valid.err.line}: ${valid.err.msg}`);
  const doc = parser.parse(xml) as Node;
  const build = (title: unknown, entries: Node[], link: (e: Node) => string | undefined): Feed => {
    const items: FeedItem[] = [];
    for (const entry of entries) {
      const href = absolute(link(entry), baseUrl);
      if (href === undefined) continue;
      const itemTitle = text(entry.title);
      const published = firstDate(entry.pubDate, entry.date, entry.published, entry.issued, entry.updated);
      items.push({
        link: href,
        ...(itemTitle !== undefined && { title: itemTitle }),
        ...(published !== undefined && { published }),
      });
    }
    const feedTitle = text(title);
    return { ...(feedTitle !== undefined && { title: feedTitle }), items };
  };
  const rss = doc.rss as Node | undefined;
  if (rss) {
    const channel = (rss.channel ?? {}) as Node;
    return build(channel.title, (channel.item as Node[] | undefined) ?? [], rssLink);
  }
  const rdf = doc.RDF as Node | undefined;
  if (rdf) {
    const channel = (rdf.channel ?? {}) as Node;
    return build(channel.title, (rdf.item as Node[] | undefined) ?? [], rssLink);
  }
  const atom = doc.feed as Node | undefined;
  if (atom) return build(atom.title, (atom.entry as Node[] | undefined) ?? [], atomLink);
  const root = Object.keys(doc).find((k) => !k.startsWith('?'));
  throw new FeedFormatError(`not an RSS or Atom feed (root element <${root ?? 'none'}>)`);
}
