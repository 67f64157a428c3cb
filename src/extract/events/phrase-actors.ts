import { isPossessive, type Phrase } from './phrases.js';
import { type ActorSpan, actorSpanAt, type SentenceView } from './sentence.js';
import { ALLY_NOUNS, COUNTING_HEADS, PARTITIVE_HEADS, POSSESSIVE_PRONOUNS } from './words.js';

// The actors a noun phrase stands for: its head, an owner before "'s", the actors that only modify it, the
// group a count names ("hundreds of UN troops"), and the client part of an ally noun ("Iran's proxy militia").

/** The actors a phrase stands for, and the ones that only modify it. */
export interface PhraseActors {
  /** The phrase is the actor ("Russia", "the Russian Foreign Minister", "hundreds of UN troops"). */
  readonly heads: readonly ActorSpan[];
  /** An owner before "'s" or a possessive pronoun ("Russia's", "his"). */
  readonly possessor?: ActorSpan;
  /** Actors inside the phrase that modify its head ("Russian troop build-up", "Biden-Putin summit"). */
  readonly modifiers: readonly ActorSpan[];
}

export function phraseActors(view: SentenceView, phrases: readonly Phrase[], phrase: Phrase): PhraseActors {
  const heads: ActorSpan[] = [];
  const modifiers: ActorSpan[] = [];
  let possessor: ActorSpan | undefined;
  const headSpan = actorSpanAt(view, phrase.head);
  for (let k = phrase.start; k < phrase.end; k++) {
    const span = actorSpanAt(view, k);
    if (!span || span.start !== k) continue;
    if (span === headSpan) heads.push(span);
    else if (isPossessive(view, span.end) || POSSESSIVE_PRONOUNS.has(view.norm[span.start]!))
      possessor = span;
    else modifiers.push(span);
  }
  // "hundreds of UN troops", "1,800 of 2,200 teachers": a count of the group its of-phrase names
  const number = view.pos[phrase.head] === 'NUM';
  if (
    heads.length === 0 &&
    (PARTITIVE_HEADS.has(view.norm[phrase.head]!) || number) &&
    view.norm[phrase.end] === 'of'
  ) {
    const next = phrases[phrase.index + 1];
    // "scores of Sierra Leonean and Liberian refugees": the count is of every member of the group
    const members = next && next.start === phrase.end + 1 && next.group[0] === next.index ? next.group : [];
    for (const g of members) {
      const inner = phraseActors(view, phrases, clientPart(view, phrases[g]!));
      heads.push(...inner.heads);
      // "thousands of Iraqi Kurds": people no dictionary names, counted, are their country's civilians
      if (inner.heads.length === 0) {
        const counted = number || COUNTING_HEADS.has(view.norm[phrase.head]!);
        heads.push(...(counted ? inner.modifiers.map(asCivilians) : inner.modifiers));
      }
    }
  }
  return { heads, modifiers, ...(possessor && { possessor }) };
}

/**
 * "Israel's militia ally", "Iran's proxy militia": the words after the owner of an ally noun; the patron is
 * not the party its ally or proxy is, and does not give it its country ("its Iranian allies" are Iranian).
 */
export function clientPart(view: SentenceView, member: Phrase): Phrase {
  let after = -1;
  for (let k = member.start; k < member.end; k++) {
    if (isPossessive(view, k) || POSSESSIVE_PRONOUNS.has(view.norm[k]!)) after = k + 1;
    else if (after >= 0 && view.pos[k] === 'NOUN' && ALLY_NOUNS.has(view.norm[k]!))
      return { ...member, start: after };
  }
  return member;
}

/** People of a country the dictionaries do not name by sector ("Iraqi Kurds") are its civilians (`IRQCVL`). */
export function asCivilians(span: ActorSpan): ActorSpan {
  if (span.type !== 'country' || span.actor.code.length !== 3 || span.actor.code.startsWith('-')) return span;
  const code = `${span.actor.code}CVL`;
  return { ...span, actor: { id: code, code, name: `${span.actor.name} civilians` } };
}
