import type { OrganisationRecord } from '../actors/schema.js';
import { nameKey, organisationId, organisationName, withoutBrackets } from './phoenix-names.js';

/**
 * The organisations of a layer being imported: unique ids, names spelt as news spells them, and the
 * organisation a code names (for people's tenures in organisations).
 */
export class LayerOrganisations {
  readonly records: OrganisationRecord[] = [];
  private readonly ids = new Set<string>();
  private readonly byCode = new Map<string, string>();
  private readonly builtInByCode = new Map<string, string>();

  /** `builtIn`: the built-in organisations, whose ids a code names first. */
  constructor(builtIn: readonly OrganisationRecord[]) {
    for (const o of builtIn) if (!this.builtInByCode.has(o.code)) this.builtInByCode.set(o.code, o.id);
  }

  /**
   * An entry's phrases as organisation names, each once, with the bracketed abbreviation also left off
   * ("Islamic Army of Aden (IAA)" → also "Islamic Army of Aden"); `keep` decides which names stay.
   */
  names(phrases: readonly (readonly string[])[], keep: (name: string) => boolean): string[] {
    const seen = new Set<string>();
    const kept: string[] = [];
    for (const words of phrases)
      for (const form of [words, withoutBrackets(words)]) {
        if (!form) continue;
        const name = organisationName(form);
        const key = nameKey(name);
        if (key === '' || seen.has(key)) continue;
        seen.add(key);
        if (keep(name)) kept.push(name);
      }
    return kept;
  }

  add(names: readonly string[], code: string, kind: OrganisationRecord['kind']): string {
    const stem = organisationId(names[0]!.split(' '));
    let id = stem;
    for (let n = 2; this.ids.has(id); n++) id = `${stem}-${n}`;
    this.ids.add(id);
    this.records.push({ id, code, names: [...names], kind, parent: null, seats: [] });
    if (!this.byCode.has(code)) this.byCode.set(code, id);
    return id;
  }

  /**
   * The organisation a code names: the built-in one with that code (Ban Ki-moon's `IGOUNO` → `UN`), else
   * the layer's first, else a new one named by its code.
   */
  forCode(code: string, kind: OrganisationRecord['kind']): string {
    return this.builtInByCode.get(code) ?? this.byCode.get(code) ?? this.add([code], code, kind);
  }
}
