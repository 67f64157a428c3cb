import { type RawBuilder, sql } from 'kysely';

// Small SQL fragments written once so that they mean the same in every dialect.

/** `column` starts with `prefix`, written with substr so it means the same in every dialect. */
export function startsWith(column: string, prefix: string): RawBuilder<boolean> {
  return sql<boolean>`substr(${sql.ref(column)}, 1, ${prefix.length}) = ${prefix}`;
}

/** Case-insensitive substring match with LIKE wildcards escaped, the same in every dialect. */
export function contains(column: string, text: string): RawBuilder<boolean> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}

/** 1 when `column` equals `value`, else 0: summed, it counts the rows that match. */
export function countWhen(column: string, value: number): RawBuilder<number> {
  return sql<number>`sum(case when ${sql.ref(column)} = ${sql.lit(value)} then 1 else 0 end)`;
}
