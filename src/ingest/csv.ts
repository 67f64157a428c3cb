/**
 * CSV (and TSV) with a header row naming the columns: text|body|content, date|published, title, url,
 * source, id, in any case. Each row is an article or a rejection naming the line the row starts on.
 */
import { Buffer } from 'node:buffer';
import type { CsvError } from 'csv-parse/sync';
import { parse } from 'csv-parse/sync';
import { countLineBreaks, LineIndex } from './line-index.js';
import { recordToArticle } from './record.js';
import type { ReaderContext, ReadResult } from './result.js';
import { lineRejection } from './result.js';

const TEXT_COLUMNS = ['text', 'body', 'content'];

export function readCsv(text: string, ctx: ReaderContext, delimiter: ',' | '\t'): ReadResult[] {
  // Parsed as bytes because the parser reports byte offsets, which LineIndex turns into lines.
  const bytes = Buffer.from(text, 'utf8');
  const lines = new LineIndex(bytes);
  const out: ReadResult[] = [];
  let header: readonly string[] | undefined;
  let headerLine = 1;
  let lastEnd = 0;
  let stopped = false;

  const onRecord = (fields: string[], end: number): void => {
    // Line breaks only occur inside quoted fields, so the row starts that many lines above where it ends.
    const line = lines.lineOf(Math.max(0, end - 1)) - fields.reduce((n, f) => n + countLineBreaks(f), 0);
    lastEnd = end;
    if (header === undefined) {
      header = fields.map((name) => name.trim().toLowerCase());
      headerLine = line;
      if (!header.some((name) => TEXT_COLUMNS.includes(name))) {
        const found = fields.map((f) => `'${f.trim()}'`).join(', ');
        out.push(
          lineRejection(
            ctx.file,
            line,
            `no text column: the header needs one of text, body, content (found ${found})`,
          ),
        );
        stopped = true;
      }
      return;
    }
    if (fields.every((f) => !/\S/.test(f))) return;
    if (fields.length > header.length) {
      const hint = delimiter === ',' ? 'quote fields that contain commas' : 'a field contains a tab';
      out.push(
        lineRejection(
          ctx.file,
          line,
          `row has ${fields.length} fields but the header has ${header.length} (${hint})`,
        ),
      );
      return;
    }
    // Reversed so that of two columns with the same name the first wins.
    const record = Object.fromEntries(header.map((name, i) => [name, fields[i] ?? '']).reverse());
    out.push(recordToArticle(record, { file: ctx.file, line }, ctx, `line ${line}`));
  };

  // A broken row starts where the last good one ended; errors carry no reliable start of their own.
  const onError = (error: CsvError | Error | undefined): void => {
    const line = lines.nextContentLine(lastEnd);
    out.push(lineRejection(ctx.file, line, `malformed CSV (${describeError(error)})`));
  };

  try {
    parse(bytes, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      // Hand-made CSVs often have quotes inside unquoted fields and short rows; neither loses data.
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      // Errors go to on_skip and parsing continues, so rows before a broken one are kept.
      skip_records_with_error: true,
      on_skip: (error) => {
        if (!stopped) onError(error);
      },
      on_record: (fields, info) => {
        if (!stopped) onRecord(fields, info.bytes);
        return null;
      },
    });
  } catch (error) {
    if (!stopped) onError(error instanceof Error ? error : undefined);
    stopped = true;
  }
  if (header !== undefined && !stopped && out.length === 0) {
    out.push(lineRejection(ctx.file, headerLine, 'no rows after the header'));
  }
  return out;
}

function describeError(error: CsvError | Error | undefined): string {
  if (error === undefined) return 'unreadable row';
  if ('code' in error && error.code === 'CSV_QUOTE_NOT_CLOSED') return 'a quoted field is never closed';
  return error.message;
}
