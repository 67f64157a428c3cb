import type { Mention } from '../../core/records.js';

export interface ActorTally {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly mentions: number;
  /** The different ways the text named this actor, most frequent first. */
  readonly names: readonly string[];
}

/** Actors named in a set of mentions, most mentioned first. */
export function tallyActors(mentions: readonly Mention[]): ActorTally[] {
  const byId = new Map<
    string,
    { id: string; code: string; name: string; mentions: number; names: Map<string, number> }
  >();
  for (const m of mentions) {
    if (!m.actor) continue;
    let entry = byId.get(m.actor.id);
    if (!entry) {
      entry = { id: m.actor.id, code: m.actor.code, name: m.actor.name, mentions: 0, names: new Map() };
      byId.set(m.actor.id, entry);
    }
    entry.mentions++;
    entry.names.set(m.text, (entry.names.get(m.text) ?? 0) + 1);
  }
  return [...byId.values()]
    .map((e) => ({
      id: e.id,
      code: e.code,
      name: e.name,
      mentions: e.mentions,
      names: [...e.names.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n),
    }))
    .sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id));
}
