import { readFileSync } from 'node:fs';
import { InputError } from '../../core/errors.js';

/** One data row of a TSV table, by column name, with the line it came from for error messages. */
export interface TsvRow {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

/**
 * Reads a tab-separated table with one header row (the format of `data/cameo/`). A missing column, or a row
 * with the wrong number of cells, is an error naming the file and line.
 */
export function readTsv(path: string, columns: readonly string[]): TsvRow[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(path, `cannot read: ${(error as Error).message}`);
  }
  const lines = text.split('\n');
  const header = (lines[0] ?? '').split('\t');
  for (const column of columns) {
    if (!header.includes(column)) throw new InputError(path, `missing column '${column}'`, 1);
  }
  const rows: TsvRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw === '') continue;
    const values = raw.split('\t');
    if (values.length !== header.length) {
      throw new InputError(path, `expected ${header.length} cells, found ${values.length}`, i + 1);
    }
    const cells: Record<string, string> = {};
    header.forEach((name, k) => {
      cells[name] = values[k]!;
    });
    rows.push({ line: i + 1, cells });
  }
  return rows;
}
