/** Which reader an input goes to: by file extension, or by its first character when the name says nothing. */
import { extname } from 'node:path';

/**
 * `jsonl` is read line by line from the file as it streams; `json` is held in memory so that a whole
 * JSON document (an array of records, or one pretty-printed object) can be told apart from JSON Lines.
 */
export type Format = 'text' | 'jsonl' | 'json' | 'csv' | 'tsv' | 'html';

const BY_EXTENSION: Readonly<Record<string, Format>> = {
  '.txt': 'text',
  '.md': 'text',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

/** The format a file name implies; `text` for no extension (the seed files' form), undefined when unknown. */
export function formatFromName(path: string): Format | undefined {
  const ext = extname(path).toLowerCase();
  return ext === '' ? 'text' : BY_EXTENSION[ext];
}

/** Guesses from the first non-blank character: `{` or `[` is JSON, `<` is HTML, anything else is text. */
export function sniffFormat(start: string): Format {
  const first = /\S/.exec(start.replace(/^\uFEFF/, ''))?.[0];
  if (first === '{' || first === '[') return 'json';
  if (first === '<') return 'html';
  return 'text';
}
