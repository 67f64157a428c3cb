import type { SelectQueryBuilder } from 'kysely';
import type { QuoteQuery } from './port.js';
import type { Database } from './schema.js';
import { contains, startsWith } from './sql.js';

export type QuoteFilter = Omit<QuoteQuery, 'limit' | 'offset'>;

type QuotesQuery<O> = SelectQueryBuilder<Database, 'quotes', O>;

/**
 * Applies a quote query's filters, written once for every dialect. A speaker or an actor the quote is about is
 * given as an actor id, a code prefix (`USA`, `RUSGOV`) or words of the name (`lavrov`); a speaker may also be
 * matched on the words that name it when no actor was resolved ("a source"). "About" means an actor mentioned
 * inside the quote's span, other than the speaker's own words (a split quote's span holds "he said").
 */
export function filterQuotes<O>(q: QuotesQuery<O>, query: QuoteFilter): QuotesQuery<O> {
  let out = q;
  if (query.speaker) {
    const speaker = query.speaker;
    out = out.where((eb) =>
      eb.or([
        eb('quotes.speaker_id', '=', speaker),
        startsWith('quotes.speaker_code', speaker),
        contains('quotes.speaker_name', speaker),
        contains('quotes.speaker_text', speaker),
      ]),
    );
  }
  if (query.about) {
    const about = query.about;
    out = out.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('mentions')
          .select('mentions.idx')
          .whereRef('mentions.article_id', '=', 'quotes.article_id')
          .whereRef('mentions.start', '>=', 'quotes.start')
          .whereRef('mentions.end', '<=', 'quotes.end')
          .where((eb) =>
            eb.or([
              eb('quotes.speaker_start', 'is', null),
              eb('mentions.end', '<=', eb.ref('quotes.speaker_start')),
              eb('mentions.start', '>=', eb.ref('quotes.speaker_end')),
            ]),
          )
          .where((eb) =>
            eb.or([
              eb('mentions.actor_id', '=', about),
              startsWith('mentions.actor_code', about),
              contains('mentions.actor_name', about),
            ]),
          ),
      ),
    );
  }
  if (query.kind) out = out.where('quotes.kind', '=', query.kind);
  if (query.articleId) out = out.where('quotes.article_id', '=', query.articleId);
  if (query.since) out = out.where('quotes.date', '>=', query.since);
  if (query.until) out = out.where('quotes.date', '<=', query.until);
  if (query.text) out = out.where(contains('quotes.text', query.text));
  return out;
}
