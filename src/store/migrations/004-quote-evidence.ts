import type { Kysely, Migration } from 'kysely';

/**
 * Where a quote's cue and speaker words are, and the pieces of a quotation in several parts, so a stored quote
 * keeps the evidence the quotes stage found. All nullable: quotes stored before this carry none.
 */
export const quoteEvidenceMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    // One column per statement: SQLite adds columns one at a time.
    for (const [name, type] of [
      ['cue_start', 'integer'],
      ['cue_end', 'integer'],
      ['speaker_text', 'text'],
      ['speaker_start', 'integer'],
      ['speaker_end', 'integer'],
      ['parts', 'text'],
    ] as const) {
      await db.schema.alterTable('quotes').addColumn(name, type).execute();
    }
  },
};
