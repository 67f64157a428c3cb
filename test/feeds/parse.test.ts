import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeedFormatError, parseFeed } from '../../src/feeds/parse.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

const fixture = (name: string): string =>
  readFileSync(join(PACKAGE_ROOT, 'test', 'fixtures', 'feeds', name), 'utf8').replaceAll(
    '{{BASE}}',
    'https://desk.example',
  );

describe('parseFeed', () => {
  it('reads RSS 2.0 items with absolute links, titles and dates (pubDate or dc:date)', () => {
    const feed = parseFeed(fixture('rss.xml'), 'https://desk.example/rss.xml');
    expect(feed.title).toBe('Border Desk');
    expect(feed.items).toEqual([
      {
        link: 'https://desk.example/pages/talks.html',
        title: 'Blinken and Lavrov talk for ninety minutes in Geneva',
        published: '2022-01-21',
      },
      { link: 'https://desk.example/pages/gone.html', title: 'Withdrawn story', published: '2022-01-22' },
      {
        link: 'https://desk.example/flaky.html',
        title: 'Advisers of the Normandy format meet in Paris',
        published: '2022-01-26',
      },
    ]);
  });

  it('reads Atom entries through their alternate link, with entities decoded', () => {
    const feed = parseFeed(fixture('atom.xml'), 'https://desk.example/atom.xml');
    expect(feed.title).toBe('Alliance Watch');
    expect(feed.items).toEqual([
      {
        link: 'https://desk.example/moved',
        title: 'Washington delivers its written reply & Moscow studies it',
        published: '2022-01-26',
      },
      {
        link: 'https://desk.example/pages/alert.html',
        title: 'NATO puts forces on standby',
        published: '2022-01-24',
      },
    ]);
  });

  it('reads RSS 1.0 (RDF)', () => {
    const feed = parseFeed(fixture('rdf.xml'), 'https://wire.example/rdf');
    expect(feed).toEqual({
      title: 'Wire',
      items: [
        { link: 'https://wire.example/osce', title: 'OSCE council meets in Vienna', published: '2022-01-13' },
      ],
    });
  });

  it('takes a permalink guid when an item has no link, and skips items with no page', () => {
    const xml = `<rss version="2.0"><channel><title>T</title>
      <item><guid>https://a.example/1</guid></item>
      <item><guid isPermaLink="false">tag:a.example,2022:2</guid></item>
      <item><link>javascript:alert(1)</link></item>
    </channel></rss>`;
    expect(parseFeed(xml, 'https://a.example/feed').items).toEqual([{ link: 'https://a.example/1' }]);
  });

  it('names what is wrong with input that is not a feed', () => {
    expect(() => parseFeed(fixture('broken.xml'), 'https://x.example/')).toThrow(FeedFormatError);
    expect(() => parseFeed(fixture('broken.xml'), 'https://x.example/')).toThrow(/malformed XML at line 2/);
    expect(() => parseFeed('<html><body>hi</body></html>', 'https://x.example/')).toThrow(
      /not an RSS or Atom feed \(root element <html>\)/,
    );
  });
});
