import { join } from 'node:path';
import { InputError } from '../../core/errors.js';
import type { CameoCode } from './codebook.js';
import { type EventPattern, type OtherSense, pieces, type SenseContext } from './patterns.js';
import { readTsv } from './tsv.js';

const CONTEXTS: ReadonlySet<string> = new Set<SenseContext>(['object', 'as', 'to', 'of', 'before', 'after']);

/**
 * Reads `other-senses.tsv` and returns the patterns with their other senses attached: "meet the criteria"
 * is no meeting, "sabotaged the talks" is a refusal (120), not wrecked property. A sense with a code gets a
 * row of its own, a copy of the pattern with that code, whose id names the pattern and the words.
 */
export function withOtherSenses(
  dir: string,
  patterns: readonly EventPattern[],
  codes: ReadonlyMap<string, CameoCode>,
): EventPattern[] {
  const path = join(dir, 'other-senses.tsv');
  const byId = new Map(patterns.map((p) => [p.id, p]));
  const senses = new Map<string, OtherSense[]>();
  for (const { line, cells } of readTsv(path, ['pattern', 'context', 'words', 'code', 'note'])) {
    const base = byId.get(cells.pattern!);
    if (!base) throw new InputError(path, `field 'pattern': unknown pattern '${cells.pattern}'`, line);
    const context = cells.context!;
    if (!CONTEXTS.has(context)) throw new InputError(path, `field 'context': '${context}'`, line);
    if ((context === 'before' || context === 'after') && base.kind !== 'noun')
      throw new InputError(path, `field 'context': '${context}' applies only to noun rows`, line);
    if ((context === 'to' || context === 'of') && base.kind !== 'verb')
      throw new InputError(path, `field 'context': '${context}' applies only to verb rows`, line);
    const words = pieces(cells.words!);
    if (words.length === 0) throw new InputError(path, "field 'words': empty", line);
    const code = cells.code!;
    if (code !== '' && !codes.has(code))
      throw new InputError(path, `field 'code': unknown code '${code}'`, line);
    const list = senses.get(base.id) ?? [];
    if (list.some((s) => s.context === context && s.words.join(' ') === words.join(' ')))
      throw new InputError(path, `'${cells.pattern} ${context} ${cells.words}' appears twice`, line);
    const pattern: EventPattern | undefined =
      code === '' ? undefined : { ...base, id: `${base.id}~${words.join('-')}`, code, senseOf: base.id };
    list.push({ context: context as SenseContext, words, ...(pattern && { pattern }) });
    senses.set(base.id, list);
  }
  return patterns.map((p) => {
    const own = senses.get(p.id);
    return own ? { ...p, otherSenses: own } : p;
  });
}
