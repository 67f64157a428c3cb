import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { Analysis } from '../core/analysis.js';
import { StoreError } from '../core/errors.js';
import * as actorAggregate from './actor-aggregates.js';
import * as aggregate from './aggregates.js';
import { readArticleRows } from './article-rows.js';
import type { Dialect } from './dialect.js';
import { filterEvents } from './event-filter.js';
import { readFeedState, readSeenItems, writeFeedState, writeSeenItem } from './feed-log.js';
import { recordsMigration } from './migrations/001-records.js';
import { eventAggregatesMigration } from './migrations/003-event-aggregates.js';
import { quoteEvidenceMigration } from './migrations/004-quote-evidence.js';
import { feedsMigration } from './migrations/005-feeds.js';
import {
  type ActorQuery,
  type ActorSummary,
  type ArticleQuery,
  type ArticleRows,
  type ArticleSummary,
  type CommitmentQuery,
  type Counts,
  DEFAULT_LIMIT,
  type DyadQuery,
  type DyadSummary,
  type EventPlace,
  type EventQuery,
  type FeedState,
  MAX_LIMIT,
  type Page,
  type Partner,
  type PartnerQuery,
  type QuoteQuery,
  type SaveOptions,
  type SaveStatus,
  type SearchHit,
  type SeenItem,
  type SeriesPoint,
  type SeriesQuery,
  type Store,
  type StoredArticle,
  type StoredCommitment,
  type StoredEvent,
  type StoredQuote,
} from './port.js';
import { filterQuotes } from './quote-filter.js';
import {
  articleFromRow,
  commitmentFromRow,
  eventFromRow,
  mentionFromRow,
  placeFromRow,
  quoteFromRow,
  toRows,
} from './rows.js';
import type { Database } from './schema.js';
import { onEitherSide, startsWith } from './sql.js';

const SHARED_MIGRATIONS: Record<string, Migration> = {
  '001-records': recordsMigration,
  '003-event-aggregates': eventAggregatesMigration,
  '004-quote-evidence': quoteEvidenceMigration,
  '005-feeds': feedsMigration,
};
const CHILD_TABLES = ['mentions', 'events', 'quotes', 'places', 'commitments', 'analyses'] as const;

const LEAD_CHARS = 120;

/** The opening of a text cut at a word boundary, whitespace flattened. */
function leadOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= LEAD_CHARS) return flat;
  const cut = flat.slice(0, LEAD_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : LEAD_CHARS)}…`;
}

function page(p: Page): Required<Page> {
  const limit = Math.min(Math.max(1, Math.trunc(p.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
  return { limit, offset: Math.max(0, Math.trunc(p.offset ?? 0)) };
}

/** The store over any Kysely dialect. Dialect folders supply only what differs (see `Dialect`). */
export class KyselyStore implements Store {
  readonly location: string;
  private readonly db: Kysely<Database>;

  private constructor(private readonly dialect: Dialect) {
    this.location = dialect.location;
    this.db = dialect.db;
  }

  static async open(dialect: Dialect): Promise<KyselyStore> {
    const store = new KyselyStore(dialect);
    try {
      await store.migrate();
    } catch (error) {
      // A store that cannot be migrated is never handed out, so its connections are closed here.
      await dialect.close().catch(() => {});
      throw error;
    }
    return store;
  }

  private async migrate(): Promise<void> {
    const all = { ...SHARED_MIGRATIONS, ...this.dialect.migrations };
    const provider: MigrationProvider = { getMigrations: async () => all };
    const { error } = await new Migrator({ db: this.db, provider }).migrateToLatest();
    if (error) throw new StoreError(this.location, 'migration failed', { cause: error });
  }

  async hasArticle(id: string): Promise<boolean> {
    const row = await this.db.selectFrom('articles').select('id').where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  }

  saveAnalysis(analysis: Analysis, options: SaveOptions = {}): Promise<SaveStatus> {
    return this.saveRows(toRows(analysis), options);
  }

  importArticle(rows: ArticleRows): Promise<SaveStatus> {
    return this.saveRows(rows, {});
  }

  private async saveRows(rows: ArticleRows, options: SaveOptions): Promise<SaveStatus> {
    const chunk = this.dialect.maxInsertRows;
    return this.db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('articles')
        .select('id')
        .where('id', '=', rows.article.id)
        .executeTakeFirst();
      if (existing && !options.force) return 'unchanged';
      if (existing) {
        for (const table of CHILD_TABLES)
          await trx.deleteFrom(table).where('article_id', '=', rows.article.id).execute();
        await trx.deleteFrom('articles').where('id', '=', rows.article.id).execute();
      }
      await trx.insertInto('articles').values(rows.article).execute();
      await trx.insertInto('analyses').values(rows.analysis).execute();
      const insertAll = async <T extends keyof Database>(table: T, values: Database[T][]): Promise<void> => {
        for (let i = 0; i < values.length; i += chunk) {
          // Kysely cannot relate a generic table name to its row type; the signature above keeps them paired.
          await trx
            .insertInto(table)
            .values(values.slice(i, i + chunk) as never)
            .execute();
        }
      };
      await insertAll('mentions', rows.mentions);
      await insertAll('events', rows.events);
      await insertAll('quotes', rows.quotes);
      await insertAll('places', rows.places);
      await insertAll('commitments', rows.commitments);
      return existing ? 'replaced' : 'stored';
    });
  }

  private async resolveId(id: string): Promise<string | undefined> {
    if (id.length === 64) return id;
    if (id.length < 6) return undefined;
    const rows = await this.db
      .selectFrom('articles')
      .select('id')
      .where(startsWith('id', id))
      .limit(2)
      .execute();
    return rows.length === 1 ? rows[0]!.id : undefined;
  }

  async article(idOrPrefix: string): Promise<StoredArticle | undefined> {
    const id = await this.resolveId(idOrPrefix);
    const rows = id === undefined ? undefined : await readArticleRows(this.db, id);
    if (!rows) return undefined;
    const { analysis } = rows;
    const record = JSON.parse(analysis.record) as { sentences?: [number, number][] };
    // in reading order (a stable sort keeps the written order among records that start together)
    const byStart = <T extends { start: number }>(list: readonly T[]): T[] =>
      [...list].sort((x, y) => x.start - y.start);
    return {
      article: articleFromRow(rows.article),
      knowledgeVersion: analysis.knowledge_version,
      stages: analysis.stages.split(',').filter(Boolean),
      sentences: (record.sentences ?? []).map(([start, end]) => ({ start, end })),
      mentions: rows.mentions.map(mentionFromRow),
      events: byStart(rows.events).map(eventFromRow),
      quotes: byStart(rows.quotes).map(quoteFromRow),
      places: rows.places.map(placeFromRow),
      commitments: byStart(rows.commitments).map(commitmentFromRow),
    };
  }

  async articles(query: ArticleQuery = {}): Promise<ArticleSummary[]> {
    const { limit, offset } = page(query);
    let q = this.db
      .selectFrom('articles')
      .leftJoin('analyses', 'analyses.article_id', 'articles.id')
      .select([
        'articles.id',
        'articles.published',
        'articles.title',
        'articles.source',
        'articles.url',
        'articles.words',
        'analyses.knowledge_version',
        sql<string>`substr(${sql.ref('articles.text')}, 1, ${LEAD_CHARS + 40})`.as('lead'),
      ]);
    if (query.since) q = q.where('articles.published', '>=', query.since);
    if (query.until) q = q.where('articles.published', '<=', query.until);
    if (query.source) q = q.where('articles.source', '=', query.source);
    if (query.ids)
      q = query.ids.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where('articles.id', 'in', query.ids);
    const rows = await q
      .orderBy('articles.published', 'desc')
      .orderBy('articles.id')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      published: r.published,
      words: Number(r.words),
      ...(r.title !== null && { title: r.title }),
      ...(r.source !== null && { source: r.source }),
      ...(r.url !== null && { url: r.url }),
      ...(r.knowledge_version !== null && { knowledgeVersion: r.knowledge_version }),
      lead: leadOf(r.lead),
    }));
  }

  search(text: string, options: Page = {}): Promise<SearchHit[]> {
    return this.dialect.search(this.db, text, page(options));
  }

  async events(query: EventQuery = {}): Promise<StoredEvent[]> {
    const { limit, offset } = page(query);
    const { limit: _limit, offset: _offset, newestFirst, ...filter } = query;
    const rows = await filterEvents(this.db.selectFrom('events').selectAll(), filter)
      .orderBy('date', newestFirst ? 'desc' : 'asc')
      .orderBy('article_id')
      .orderBy('start')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map(eventFromRow);
  }

  async quotes(query: QuoteQuery = {}): Promise<StoredQuote[]> {
    const { limit, offset } = page(query);
    const { limit: _limit, offset: _offset, ...filter } = query;
    const rows = await filterQuotes(this.db.selectFrom('quotes').selectAll(), filter)
      .orderBy('date')
      .orderBy('article_id')
      .orderBy('start')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map(quoteFromRow);
  }

  async counts(): Promise<Counts> {
    const count = async (table: keyof Database): Promise<number> => {
      const row = await this.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };
    return {
      articles: await count('articles'),
      mentions: await count('mentions'),
      events: await count('events'),
      quotes: await count('quotes'),
      places: await count('places'),
      commitments: await count('commitments'),
    };
  }

  series(query: SeriesQuery): Promise<SeriesPoint[]> {
    return aggregate.series(this.db, query);
  }

  dyads(query: DyadQuery = {}): Promise<DyadSummary[]> {
    return aggregate.dyads(this.db, query, page(query));
  }

  actors(query: ActorQuery = {}): Promise<ActorSummary[]> {
    return actorAggregate.actors(this.db, query, page(query));
  }

  partners(actorId: string, query: PartnerQuery = {}): Promise<Partner[]> {
    return actorAggregate.partners(this.db, actorId, query, page(query));
  }

  eventPlaces(query: EventQuery = {}): Promise<EventPlace[]> {
    return aggregate.eventPlaces(this.db, query, page(query));
  }

  async commitments(query: CommitmentQuery = {}): Promise<StoredCommitment[]> {
    const { limit, offset } = page(query);
    let q = this.db.selectFrom('commitments').selectAll();
    if (query.actor) q = q.where(onEitherSide(query.actor));
    if (query.articleId) q = q.where('article_id', '=', query.articleId);
    if (query.dueFrom) q = q.where('due_to', '>=', query.dueFrom);
    if (query.dueUntil) q = q.where('due_from', '<=', query.dueUntil);
    const rows = await q
      .orderBy('due_from')
      .orderBy('due_to')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map((row) => ({ ...commitmentFromRow(row), articleId: row.article_id }));
  }

  async articleIds(after: string | undefined, limit: number): Promise<string[]> {
    let q = this.db.selectFrom('articles').select('id');
    if (after !== undefined) q = q.where('id', '>', after);
    const rows = await q.orderBy('id').limit(limit).execute();
    return rows.map((r) => r.id);
  }

  exportArticle(id: string): Promise<ArticleRows | undefined> {
    return this.db.transaction().execute((trx) => readArticleRows(trx, id));
  }

  feedState(url: string): Promise<FeedState | undefined> {
    return readFeedState(this.db, url);
  }

  saveFeedState(state: FeedState): Promise<void> {
    return writeFeedState(this.db, state);
  }

  seenItems(feedUrl: string, links: readonly string[]): Promise<Set<string>> {
    return readSeenItems(this.db, feedUrl, links, this.dialect.maxInsertRows);
  }

  markItemSeen(item: SeenItem): Promise<void> {
    return writeSeenItem(this.db, item);
  }

  close(): Promise<void> {
    return this.dialect.close();
  }
}
