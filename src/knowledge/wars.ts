import { isIsoDate, readTable } from './tsv.js';

// Wars between two states, with the days they were fought: "the enemy" in the words of one side's speaker
// is the other side while the war goes on.

/** One war between two states. */
export interface War {
  /** ISO3 of the two sides. */
  readonly sides: readonly [string, string];
  /** First day of the fighting, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day, `YYYY-MM-DD`; absent while it goes on. */
  readonly until?: string;
}

const ISO3 = /^[A-Z]{3}$/;

export function readWars(path: string): War[] {
  return readTable(path, 4, 5).map((row) => {
    const [a, b, from, until] = row.cells;
    if (!ISO3.test(a!)) row.fail(`column 1: '${a}' is not an ISO3 code`);
    if (!ISO3.test(b!)) row.fail(`column 2: '${b}' is not an ISO3 code`);
    const first = row.date(2, from!);
    if (until !== '-' && !isIsoDate(until!))
      row.fail(`column 4: '${until}' is neither a YYYY-MM-DD date nor -`);
    return { sides: [a!, b!] as const, from: first, ...(until !== '-' && { until: until! }) };
  });
}

/** The state `side` is at war with on `date` (`YYYY-MM-DD…`), when it is at war with exactly one. */
export function enemyOf(wars: readonly War[], side: string, date: string): string | undefined {
  const day = date.slice(0, 10);
  let enemy: string | undefined;
  for (const w of wars) {
    if (day < w.from || (w.until !== undefined && day > w.until)) continue;
    const other = w.sides[0] === side ? w.sides[1] : w.sides[1] === side ? w.sides[0] : undefined;
    if (other === undefined) continue;
    if (enemy !== undefined && enemy !== other) return undefined;
    enemy = other;
  }
  return enemy;
}
