import { BARE_CAUSATIVES } from './bare-causatives.js';
import { COMPLEMENT_TAKERS } from './clause-tokens.js';
import type { Phrase } from './phrases.js';
import type { SentenceView } from './sentence.js';

// Coordination of noun phrases: which chunked phrases form one list ("Iran, Libya and Sudan", "Iran as well
// as Sudan"), and which only stand side by side (apposition, a fronted phrase and the subject after it).

/** How a phrase joins the member after it: by "and" (or "or", "nor", "as well as"), by a list comma, or not. */
type Link = 'and' | 'comma' | undefined;

/** "and" with a word that singles out the member after it. */
const EMPHASISED_AND = new Set(
  ['especially', 'particularly', 'in particular', 'above all', 'notably', 'primarily'].flatMap((w) => [
    `and ${w}`,
    `, and ${w}`,
  ]),
);

/** How many words a list's aside may take: "and, with conditions, Cuba". */
const ASIDE_LIMIT = 8;

/**
 * Joins phrases separated by "and", "or", "nor", "as well as", or list commas that end in "and". A list may
 * follow its preposition ("sanctions on Iran, Libya and Sudan"), and its last member may come after an aside.
 */
export function groupCoordinated(view: SentenceView, phrases: Phrase[]): void {
  // links[k]: how phrase k joins the member after it, which is phrases[nextOf[k]]
  const links: Link[] = [];
  const nextOf: number[] = [];
  linkNeighbours(view, phrases, links, nextOf);
  let k = 0;
  while (k < phrases.length) {
    // the chain of members from k, each linked to the next
    const chain = [k];
    const kinds: ('and' | 'comma')[] = [];
    let m = k;
    while (m < links.length && links[m] !== undefined) {
      kinds.push(links[m]!);
      m = nextOf[m]!;
      chain.push(m);
    }
    // a run of comma links with no "and" is apposition, not a list, unless an "and" after it adds others
    // no phrase names ("the United States, Canada and all those who …")
    if (chain.length > 1 && (kinds.includes('and') || endsWithOthers(view, phrases[m]!))) {
      const group = listOfChain(view, phrases, chain, kinds);
      for (const g of group) phrases[g]!.group = group;
    }
    k = m + 1;
  }
}

/** Words after "and" that add others to a list without naming them: "and all those who", "and others". */
const OTHERS = new Set(['all', 'others', 'other', 'those', 'many', 'everyone', 'everybody']);

function endsWithOthers(view: SentenceView, last: Phrase): boolean {
  const { norm } = view;
  const at = norm[last.end] === ',' ? last.end + 1 : last.end;
  return norm[at] === 'and' && OTHERS.has(norm[at + 1] ?? '');
}

/**
 * Fills `links` and `nextOf` for each phrase but the last: how it joins the next member of a list, which is
 * the phrase after it or, past an aside, the one after that aside.
 */
function linkNeighbours(
  view: SentenceView,
  phrases: readonly Phrase[],
  links: Link[],
  nextOf: number[],
): void {
  const { norm } = view;
  // "on January 12, and the OSCE …": a date does not coordinate with an actor
  const isTime = (ph: Phrase) => view.times.some((t) => t.start <= ph.head && ph.head < t.end);
  const fronted = frontedEnd(view);
  for (let k = 0; k + 1 < phrases.length; k++) {
    const a = phrases[k]!;
    const aside = afterAside(view, phrases, k);
    const b = phrases[aside ?? k + 1]!;
    nextOf.push(aside ?? k + 1);
    // "with Iran and with Syria": a repeated preposition goes with the member after it
    const repeated = b.prep !== undefined && b.prep === a.prep ? 1 : 0;
    const between = norm.slice(a.end, b.start - repeated).join(' ');
    const compatible = (b.prep === undefined || b.prep === a.prep) && isTime(a) === isTime(b);
    if (!compatible) links.push(undefined);
    else if (
      aside !== undefined ||
      between === 'and' ||
      between === 'or' ||
      between === 'nor' ||
      between === ', and' ||
      between === 'as well as' ||
      between === ', as well as' ||
      // "its partners and especially Russia": the member singled out is a member all the same
      EMPHASISED_AND.has(between)
    )
      links.push('and');
    // a list after its preposition ("on Iran, Libya and Sudan"), but not a fronted phrase and the subject
    // after its comma ("In Iraq, the US and Britain …", "After talks in Geneva, Russia and China …")
    else if (
      between === ',' &&
      (b.prep === undefined || repeated) &&
      (a.prep === undefined || a.start >= fronted)
    )
      links.push('comma');
    else links.push(undefined);
  }
}

/**
 * The members of a chain of linked phrases that form the list: not the comma-linked ones after its last
 * "and", nor a first member after a preposition when the rest are the subject of a verb after them.
 */
function listOfChain(
  view: SentenceView,
  phrases: readonly Phrase[],
  chain: readonly number[],
  kinds: readonly ('and' | 'comma')[],
): number[] {
  // trailing comma links after the last "and" are not part of the list
  let last = chain.length - 1;
  while (last > 0 && kinds[last - 1] === 'comma' && kinds.slice(0, last - 1).includes('and')) last--;
  const group = chain.slice(0, last + 1);
  // "… said in Geneva, Russia and China agreed …": members before a verb are its subject, and a phrase
  // after a preposition that goes with a verb is none of them ("officials from Iran, Iraq and Syria
  // met" is one list)
  const first = phrases[chain[0]!]!;
  const after = view.pos[phrases[group[group.length - 1]!]!.end];
  const beforePrep = view.pos[first.start - 2];
  if (
    first.prep !== undefined &&
    kinds[0] === 'comma' &&
    (after === 'VERB' || after === 'AUX') &&
    beforePrep !== 'NOUN' &&
    beforePrep !== 'PROPN'
  )
    return group.slice(1);
  // "Russia attacked Ukraine, and Belarus condemned …": the object of a verb and the subject of the next
  // clause are no list; after a verb of saying they are one subject ("said Russia and China agreed"), and
  // after a causative the subject of its bare verb ("let Italy and Canada attend")
  const verbBefore = first.start - 1;
  if (
    first.prep === undefined &&
    kinds[0] === 'and' &&
    view.pos[verbBefore] === 'VERB' &&
    !COMPLEMENT_TAKERS(view.lemma[verbBefore]!) &&
    view.lemma[verbBefore] !== 'agree' &&
    !BARE_CAUSATIVES.has(view.lemma[verbBefore]!) &&
    (after === 'VERB' || after === 'AUX')
  )
    return group.slice(1);
  return group;
}

/**
 * Where the sentence's opening adverbial ends, when it opens with one ("In Iraq, …", "After talks in Geneva,
 * …"): the first verb that is not a participle after its noun ("During a call held at the initiative of
 * France, …"), or 0 when it opens otherwise. A phrase inside it and the subject after its comma are no list.
 */
function frontedEnd(view: SentenceView): number {
  const { pos } = view;
  if (pos[0] !== 'ADP' && pos[0] !== 'SCONJ') return 0;
  for (let k = 0; k < pos.length; k++)
    if ((pos[k] === 'VERB' && !isPostnominalParticiple(view, k)) || pos[k] === 'AUX') return k;
  return pos.length;
}

/** "a call held at …", "talks hosted by …": a past form right after a noun and before its preposition. */
function isPostnominalParticiple(view: SentenceView, k: number): boolean {
  const { pos, norm, lemma } = view;
  const word = norm[k]!;
  return (
    (pos[k - 1] === 'NOUN' || pos[k - 1] === 'PROPN') &&
    pos[k + 1] === 'ADP' &&
    word !== lemma[k] &&
    !word.endsWith('ing') &&
    !word.endsWith('s')
  );
}

/**
 * The phrase after "and" that a short prepositional aside ending in a comma comes before ("…, and, with
 * conditions, Cuba", "…, and with strings attached, Cuba"): the list goes on with it, and the aside, which
 * names no one, is no member.
 */
function afterAside(view: SentenceView, phrases: readonly Phrase[], k: number): number | undefined {
  const { norm, pos } = view;
  const a = phrases[k]!;
  let at = a.end;
  const commaBefore = norm[at] === ',';
  if (commaBefore) at++;
  if (norm[at] !== 'and') return undefined;
  at++;
  const commaAfter = norm[at] === ',';
  if (commaAfter) at++;
  if ((!commaBefore && !commaAfter) || pos[at] !== 'ADP') return undefined;
  for (let close = at + 1; close < Math.min(norm.length, at + 1 + ASIDE_LIMIT); close++) {
    const w = norm[close]!;
    if (w === ',') {
      let b = k + 1;
      while (b < phrases.length && phrases[b]!.start <= close) b++;
      return phrases[b]?.start === close + 1 && phrases[b]!.prep === undefined ? b : undefined;
    }
    // a finite verb or another actor: a clause or a member of its own, not an aside
    const finite = pos[close] === 'AUX' || (pos[close] === 'VERB' && !w.endsWith('ed'));
    if (finite || view.actorAt[close]! >= 0 || w === 'and' || w === 'or') return undefined;
  }
  return undefined;
}
