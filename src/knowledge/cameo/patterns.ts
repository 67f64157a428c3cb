import { join } from 'node:path';
import { InputError } from '../../core/errors.js';
import type { CameoCode } from './codebook.js';
import { readTsv } from './tsv.js';

/**
 * One row of `patterns.tsv`, compiled for matching. Multiword parts are split into pieces at spaces and
 * hyphens, because the tokenizer splits some hyphenated words ("build-up" → build, -, up) and not others
 * ("de-escalation"); the matcher compares pieces, so both spellings meet.
 */
export interface EventPattern {
  readonly id: string;
  readonly code: string;
  readonly kind: 'verb' | 'noun';
  readonly lemma: string;
  readonly words: readonly string[];
  /** Index in `words` of the head noun: the first word of an "X of Y" compound, else the last. */
  readonly head: number;
  readonly particle: readonly string[];
  /** The preposition that introduces the target ('' when the target is the object or comes from the clause). */
  readonly prep: string;
  readonly object: readonly string[];
  /** Other objects the row accepts as well as `object`: the armed-force nouns, for a row noted "any armed force". */
  readonly objects?: readonly (readonly string[])[];
  readonly note: string;
  /** A reporting verb coded (010) only when its sentence holds no other event. */
  readonly fallback: boolean;
  /** The row applies only when the verb's direct object is an actor ("urge X", "call X"). */
  readonly needsActorObject: boolean;
  /** The row applies only when the verb has a direct object, or a subject in the passive ("return X", not "they return"). */
  readonly needsObject: boolean;
  /** The row does not apply when a second noun phrase completes the object ("call it an evacuation"). */
  readonly refusesComplement?: boolean;
  /** A "that" clause binds the speaker only to what a party will do ("assured that we will help"). */
  readonly promisesOnlyActs?: boolean;
  /** The row applies only with an armed source ("hit", "target"). */
  readonly needsArmedSource: boolean;
  /** Prepositional particles that name the requested thing, not the target ("call for", "ask for"). */
  readonly particleIsTopic: boolean;
  /** A noun row applies only with an "of" phrase after it ("the concentration of forces", not "Kyiv's concentration"). */
  readonly needsOf?: boolean;
  /** The row's target phrase must name a border, a front, a place or a party ("massed near the border", not "at the compound"). */
  readonly needsFrontier?: boolean;
  /** The row applies only when every source is an armed force ("troops massed near the border", not "protesters"). */
  readonly needsForceSource?: boolean;
  /** The row applies only to two or more subjects acting together ("Putin and Macron discussed …"). */
  readonly needsSeveralSources?: boolean;
  /** Both sides do the act to each other ("clashed with the police"): it is coded in both directions. */
  readonly mutual?: boolean;
  /**
   * What the target does back in the same act, coded in the reverse direction: a host receiving a visitor is
   * also the visitor's visit (042) to the host. The note names it: "the guest visits the host (042)".
   */
  readonly converse?: string | undefined;
  /** The party the target preposition names is the one acting ("received arms from X": X supplies). */
  readonly targetActs?: boolean;
  /** With no "of" phrase after the noun, its possessor is the one it happens to ("Navalny's arrest", "his release"). */
  readonly possessorUndergoes?: boolean;
  /** A lone nationality or party before the noun is the one it happens to ("the Armenian genocide"). */
  readonly modifierUndergoes?: boolean;
  /** In the passive with no agent, the subject is the one acting ("guerrillas were demobilized"). */
  readonly passiveSubjectActs?: boolean;
  /** The object is an event held somewhere: the country it is held in is the target ("attended the Beijing Olympics"). */
  readonly heldAbroad?: boolean;
  /** The row applies only to a verb with no direct object ("protesters demonstrated", not "demonstrated its resolve"). */
  readonly needsNoObject?: boolean;
  /** The row applies only before "to VERB" ("undertook to withdraw", not "undertook research"). */
  readonly needsInfinitive?: boolean;
  /** The row applies only with a direct object or before "to VERB" ("declined the offer", not "prices declined"). */
  readonly needsComplement?: boolean;
  /** The row applies only when its object names an armed party or a military thing ("engaged enemy forces"). */
  readonly needsArmedObject?: boolean;
  /** The row does not apply to a place that is not a whole country ("to defend Donbass", "to protect Kharkiv"). */
  readonly notOfPlace?: boolean;
  /** The row does not apply to the source's own country or people ("Israel protects its citizens"). */
  readonly notOfOwn?: boolean;
  /** The row does not apply when every source is civilians or refugees ("immigrants who arrived" pay no visit). */
  readonly notCivilianSource?: boolean;
  /** The row needs a target that names a place or an actor ("went to Moscow", not "people who go to work"). */
  readonly needsPlaceTarget?: boolean;
  /**
   * The row needs its target preposition right after the verb, past adverbs only, naming a place or a country
   * ("came to Kyiv", "came here, to Moscow"; not "came across a threat to its security", "came close to us").
   */
  readonly needsNearPlace?: boolean;
  /** The row does not apply when every source is an armed force ("soldiers defend the city" is no verbal defence). */
  readonly notArmedSource?: boolean;
  /**
   * A particle right after the verb that gives it another sense, in which the row does not apply ("blasted
   * out the clippings" sent them round; "blasted the decision" criticised it).
   */
  readonly notBeforeParticle?: string | undefined;
  /** The row applies only when its target preposition follows ("the defence of X", not "air defence"; "stood up for X"). */
  readonly needsPrep?: boolean;
  /** The words around the row's verb or noun that make it another sense (`other-senses.tsv`). */
  readonly otherSenses?: readonly OtherSense[];
  /** For a row made from an other sense, the id of the row whose other sense it is. */
  readonly senseOf?: string;
}

/** Where an other sense's words stand: heading the verb's object (or its preposition's noun), or next to a noun. */
export type SenseContext = 'object' | 'as' | 'to' | 'of' | 'before' | 'after';

/** A reading of a row's words that is not the row's event: no event at all, or the event of `pattern`. */
export interface OtherSense {
  readonly context: SenseContext;
  readonly words: readonly string[];
  /** The row the other sense is coded with, or undefined when it is no event. */
  readonly pattern?: EventPattern;
}

export function pieces(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[\s\-–]+/)
    .filter((p) => p !== '');
}

function headOf(words: readonly string[]): number {
  const of = words.indexOf('of');
  return of > 0 ? 0 : words.length - 1;
}

/** Reads and checks `patterns.tsv` against the codebook. */
export function readPatterns(dir: string, codes: ReadonlyMap<string, CameoCode>): EventPattern[] {
  const path = join(dir, 'patterns.tsv');
  const ids = new Set<string>();
  const patterns: EventPattern[] = [];
  const columns = ['id', 'code', 'kind', 'lemma', 'particle', 'prep', 'object', 'note'];
  for (const { line, cells } of readTsv(path, columns)) {
    const id = cells.id!;
    if (ids.has(id)) throw new InputError(path, `field 'id': '${id}' appears twice`, line);
    ids.add(id);
    if (!codes.has(cells.code!))
      throw new InputError(path, `field 'code': unknown code '${cells.code}'`, line);
    const kind = cells.kind;
    if (kind !== 'verb' && kind !== 'noun') throw new InputError(path, `field 'kind': '${kind}'`, line);
    const note = cells.note!;
    const converse = /the guest visits the host \((\d{3,4})\)/.exec(note)?.[1];
    if (converse !== undefined && !codes.has(converse))
      throw new InputError(path, `field 'note': unknown converse code '${converse}'`, line);
    const words = pieces(cells.lemma!);
    if (words.length === 0) throw new InputError(path, "field 'lemma': empty", line);
    patterns.push({
      id,
      code: cells.code!,
      kind,
      lemma: cells.lemma!,
      words,
      head: headOf(words),
      particle: pieces(cells.particle!),
      prep: cells.prep!.trim().toLowerCase(),
      object: pieces(cells.object!),
      note,
      fallback: note.includes('fallback only'),
      needsActorObject: /only with an? (actor|person|person or government) object/.test(note),
      needsObject: note.startsWith('only with an object'),
      needsArmedSource: note.includes('only with a military subject'),
      refusesComplement: note.includes('no other complement'),
      promisesOnlyActs: note.includes('a that-clause promises only'),
      particleIsTopic: /follows "(for|on|upon)"|thing (asked for|demanded|requested)/.test(note),
      targetActs: note.includes('the target acts'),
      possessorUndergoes: note.includes('the possessor undergoes it'),
      passiveSubjectActs: note.includes('in the passive the subject acts'),
      modifierUndergoes: note.includes('a nationality before it names the victims'),
      heldAbroad: note.includes('an event held abroad'),
      needsSeveralSources: note.includes('only with two or more subjects'),
      mutual: note.includes('both sides do it'),
      converse,
      needsForceSource: note.includes('only with armed forces as subject'),
      needsNoObject: note.includes('only without an object'),
      needsInfinitive: note.startsWith('only before "to VERB"'),
      needsComplement: note.startsWith('only with a complement'),
      needsArmedObject: note.startsWith('only with an armed object'),
      notArmedSource: note.includes('not with a military subject'),
      notOfPlace: /(not|nor) of a place/.test(note),
      notOfOwn: note.includes('not of its own'),
      notCivilianSource: note.includes('not with a civilian subject'),
      needsPlaceTarget: note.includes('only with a country or capital'),
      needsNearPlace: note.includes('only to a place right after it'),
      needsPrep: note.includes('only with its preposition'),
      needsFrontier: note.includes('only at a border or a place'),
      needsOf: note.includes('only with an of phrase'),
      notBeforeParticle: /not before the particle "(\w+)"/.exec(note)?.[1],
    });
  }
  return patterns;
}
