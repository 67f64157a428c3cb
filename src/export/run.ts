import type { ArticleSummary, EventQuery, QuoteQuery, Store, StoredEvent } from '../store/port.js';
import { csvLine, EVENT_CSV_COLUMNS, eventCsvFields, QUOTE_CSV_COLUMNS, quoteCsvFields } from './csv.js';
import { gdeltRow } from './gdelt.js';

export const EXPORT_FORMATS = ['gdelt', 'csv', 'jsonl', 'quotes-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Records are read and written a page at a time, so an export of any size runs in bounded memory. */
const BATCH = 2000;

export interface ExportRequest {
  readonly format: ExportFormat;
  /** Event filters (gdelt, csv, jsonl). */
  readonly events?: Omit<EventQuery, 'limit' | 'offset'>;
  /** Quote filters (quotes-csv). */
  readonly quotes?: Omit<QuoteQuery, 'limit' | 'offset'>;
}

/** Writes the export through `write` (awaited, so a file stream's back-pressure holds) and says how many records. */
export async function runExport(
  store: Store,
  request: ExportRequest,
  write: (chunk: string) => void | Promise<void>,
): Promise<number> {
  if (request.format === 'quotes-csv') {
    await write(csvLine(QUOTE_CSV_COLUMNS));
    return eachPage(
      (page) => store.quotes({ ...request.quotes, ...page }),
      async (quotes) => write(quotes.map((q) => csvLine(quoteCsvFields(q))).join('')),
    );
  }
  if (request.format === 'csv') await write(csvLine(EVENT_CSV_COLUMNS));
  return eachPage(
    (page) => store.events({ ...request.events, ...page }),
    async (events) => write(await formatEvents(store, request.format, events)),
  );
}

async function eachPage<T>(
  fetch: (page: { limit: number; offset: number }) => Promise<T[]>,
  emit: (records: T[]) => Promise<void>,
): Promise<number> {
  let total = 0;
  for (;;) {
    const records = await fetch({ limit: BATCH, offset: total });
    if (records.length > 0) await emit(records);
    total += records.length;
    if (records.length < BATCH) return total;
  }
}

async function formatEvents(store: Store, format: ExportFormat, events: StoredEvent[]): Promise<string> {
  if (format === 'jsonl') return events.map((e) => `${JSON.stringify(e)}\n`).join('');
  if (format === 'csv') return events.map((e) => csvLine(eventCsvFields(e))).join('');
  const ids = [...new Set(events.map((e) => e.articleId))];
  const articles = new Map<string, ArticleSummary>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for (const a of await store.articles({ ids: chunk, limit: chunk.length })) articles.set(a.id, a);
  }
  return events.map((e) => `${gdeltRow(e, articles.get(e.articleId)).join('\t')}\n`).join('');
}
