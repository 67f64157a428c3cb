import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { z } from 'zod';
import { InputError } from '../core/errors.js';

/**
 * Reads a gold set in JSON Lines, validating each record with its schema. A bad line is an error naming the
 * file, the line and the field, because a silently skipped gold record would change the score.
 */
export async function readGold<T>(path: string, schema: z.ZodType<T>): Promise<T[]> {
  const records: T[] = [];
  let line = 0;
  let input: ReturnType<typeof createInterface>;
  try {
    input = createInterface({
      input: createReadStream(path, { encoding: 'utf8' }),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    for await (const text of input) {
      line++;
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new InputError(path, `malformed JSON (${(error as Error).message})`, line);
      }
      const parsed = schema.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new InputError(path, `field '${issue.path.join('.') || '(record)'}': ${issue.message}`, line);
      }
      records.push(parsed.data);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(path, `cannot read gold file: ${(error as Error).message}`);
  }
  if (records.length === 0) throw new InputError(path, 'gold file has no records');
  return records;
}
