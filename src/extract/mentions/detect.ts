import type { Sentence, Token } from '../../core/records.js';
import type { ActorKnowledge } from '../../knowledge/actors/compile.js';
import { countryAnaphorAt } from './country-anaphors.js';
import { nameOrPlaceAt } from './dictionary-names.js';
import { documentNameEnd } from './document-names.js';
import { firstPersonAt, isAddresseeWord, isFirstPersonWord } from './first-person.js';
import { headOfNameAt } from './head-of-names.js';
import { emitTaggedName } from './names.js';
import { nominalAt } from './nominal-phrases.js';
import { emitOfficeTitledName, emitTitledPerson } from './office-names.js';
import { partyLabelAt } from './party-labels.js';
import { MentionScan } from './scan.js';
import { sharedTailNamesAt } from './shared-tail-names.js';
import { shortNameAt } from './short-names.js';
import { officeBeforeOf } from './title-names.js';
import type { Detected, NameSpan } from './types.js';

/**
 * Finds actor mentions sentence by sentence: known people, countries and their demonyms, seats of power,
 * organisations, agents with their country ("Russian troops"), office titles and role descriptions ("the
 * Russian Foreign Minister", "his Russian counterpart", "the top US official"), unknown people after a title,
 * and pronouns. One left-to-right pass; each step is a few trie lookups.
 */
export function detectMentions(
  k: ActorKnowledge,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  date: string,
  names: readonly NameSpan[] = [],
  townCountry?: (name: string) => string | undefined,
): Detected[] {
  const nameAtToken = new Map(names.map((n) => [n.start, n]));
  const scan = new MentionScan(k, tokens, date, townCountry);
  const norms = scan.norms;
  // where the name of a document that opened before ends: a name the tagger found inside it is its words
  let documentEnd = 0;
  for (const s of sentences) {
    let t = s.tokenStart;
    while (t < s.tokenEnd) {
      if (t >= documentEnd) documentEnd = documentNameEnd(scan, t, s.tokenEnd);
      const next =
        headOfNameAt(scan, t, s.tokenEnd, s.index) ??
        partyLabelAt(scan, t, s.tokenEnd, s.index) ??
        shortNameAt(scan, t, s.tokenEnd, s.index) ??
        nominalAt(scan, t, s.tokenEnd, s.index) ??
        sharedTailNamesAt(scan, t, s.tokenEnd, s.index) ??
        nameOrPlaceAt(scan, t, s.tokenEnd, s.index);
      if (next !== undefined && next > t) {
        t = next;
        continue;
      }
      const name = nameAtToken.get(t);
      if (name && name.start < documentEnd) {
        t = name.end;
        continue;
      }
      if (name && name.end <= s.tokenEnd) {
        // "Deputy Head of …": a lone office word before "of" is no one's name
        if (name.type === 'PER' && officeBeforeOf(scan, name.start, name.end)) {
          t = name.end;
          continue;
        }
        const titledEnd = emitTitledPerson(scan, name, s.index) ?? emitOfficeTitledName(scan, name, s.index);
        if (titledEnd === undefined) emitTaggedName(scan, name, s.index);
        t = titledEnd ?? name.end;
        continue;
      }
      const anaphor = countryAnaphorAt(scan, t, s.tokenEnd, s.index);
      if (anaphor !== undefined) {
        t = anaphor;
        continue;
      }
      if ((k.pronouns.has(norms[t]!) || isAddresseeWord(norms[t]!)) && tokens[t]!.pos !== 'PROPN') {
        scan.emit(t, t + 1, s.index, 'pronoun', { kind: 'pronoun', word: norms[t]! }, 'coref.pronoun');
      } else if (k.firstPerson.has(norms[t]!) && isFirstPersonWord(scan, t, s.tokenStart)) {
        t = firstPersonAt(scan, t, s.tokenEnd, s.index);
        continue;
      }
      t++;
    }
  }
  return scan.out;
}
