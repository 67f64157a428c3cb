import { readTable } from './tsv.js';

// Regions that one state holds and another state administers in fact ("de facto"): an office of such a
// region ("Sevastopol Governor", "Governor of Sevastopol") is the administering state's from the day it
// took over, while the land stays, for places, in the country the gazetteer files it under.

/** One region under another state's administration since a date. */
export interface Administration {
  /** ISO3 of the country the gazetteer files the region's places under. */
  readonly country: string;
  /** The gazetteer's admin codes of the region (the cities gazetteer's and `regions.tsv`'s). */
  readonly admins: ReadonlySet<string>;
  /** ISO3 of the state that administers it. */
  readonly by: string;
  /** First day of that state's administration, `YYYY-MM-DD`. */
  readonly from: string;
}

export function readAdministrations(path: string): Administration[] {
  return readTable(path, 5, 5).map((row) => {
    const [country, admins, by, from] = row.cells;
    return { country: country!, admins: new Set(admins!.split('|')), by: by!, from: row.date(3, from!) };
  });
}

/** The state that administers, on `date`, the region with that admin code, if another state does. */
export function administeredBy(
  administrations: readonly Administration[],
  country: string,
  admin: string,
  date: string,
): string | undefined {
  for (const a of administrations)
    if (a.country === country && a.admins.has(admin) && date >= a.from) return a.by;
  return undefined;
}
