import { type Kysely, type Migration, sql } from 'kysely';

/** Full-text search over title and text with FTS5, kept in sync with `articles` by triggers. */
const fullText: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`create virtual table articles_fts using fts5(title, text, content='articles', content_rowid='rowid', tokenize='porter unicode61')`.execute(
      db,
    );
    await sql`create trigger articles_fts_insert after insert on articles begin
      insert into articles_fts(rowid, title, text) values (new.rowid, coalesce(new.title, ''), new.text);
    end`.execute(db);
    await sql`create trigger articles_fts_delete after delete on articles begin
      insert into articles_fts(articles_fts, rowid, title, text) values ('delete', old.rowid, coalesce(old.title, ''), old.text);
    end`.execute(db);
  },
};

export const sqliteMigrations: Readonly<Record<string, Migration>> = { '002-sqlite-fts': fullText };
