import type { ActorRef, Sentence, Token } from '../../core/records.js';
import type { ActorKnowledge } from '../../knowledge/actors/compile.js';
import { detectMentions } from '../mentions/detect.js';
import { resolveMentions } from './resolve.js';

// The person whose own words an article is, as its title says: "Address by the President of Ukraine",
// "Speech by Olaf Scholz at …", "Volodymyr Zelenskyy: We will not give up our land".

/** "address by", "speech of", …: what follows names whose words the article is. */
const DELIVERED_BY =
  /\b(?:address|speech|statement|remarks|appeal|message|interview|essay|article|op-ed|greetings)\s+(?:by|of|from)\s+(?:the\s+)?/i;
/** A name before a colon opening the title: "Sergei Lavrov: …". */
const OPENING_LABEL = /^([^:"“]{3,80}):\s/;
/** A name after a dash or a colon closing the title: "… must be maintained – Andriy Yermak". */
const CLOSING_NAME = /\s[-–—:]\s+([^-–—:"“]{3,60})$/;
/** A statement of several ("Joint statement of the leaders …") is no one person's words. */
const JOINT = /\bjoint\b/i;

/** A title or a publisher's name, tokenized as the article's text is. */
export interface Heading {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

/** Where in a title the speaker's name starts (a character offset), if it names one. */
export function speakerNameStart(title: string): number | undefined {
  if (JOINT.test(title)) return undefined;
  const delivered = DELIVERED_BY.exec(title);
  if (delivered) return delivered.index + delivered[0].length;
  if (OPENING_LABEL.test(title)) return 0;
  const closing = CLOSING_NAME.exec(title);
  return closing ? closing.index + closing[0].length - closing[1]!.length : undefined;
}

/**
 * The speaker a title names at `start`: a person or an office that the knowledge base resolves to its holder
 * on the date. An office with no country ("Address by the President") is the publisher's when the publisher
 * is that office ("President of Ukraine").
 */
export function titleSpeaker(
  k: ActorKnowledge,
  title: Heading,
  start: number,
  date: string,
  publisher?: Heading,
): ActorRef | undefined {
  const first = speakerAt(k, title, date, start);
  if (first === undefined) return undefined;
  if (first.actor.code.startsWith('---') && first.role && publisher) {
    const own = speakerAt(k, publisher, date, 0);
    if (own && !own.actor.code.startsWith('---')) return own.actor;
  }
  return first.actor;
}

/**
 * The state whose government publishes the article, when the publisher's name is one of its offices
 * ("President of Russia (en.kremlin.ru)", "President of Ukraine"): there "the President" with no country is
 * that state's, as a reader of the release takes it. A news outlet or a body of no state gives none.
 */
export function publisherState(
  k: ActorKnowledge,
  source: string,
  date: string,
  read: () => Heading,
): string | undefined {
  // every article of a feed names the same publisher: its reading is kept per source and date, not redone
  let known = publisherStates.get(k);
  if (known === undefined) {
    known = new Map();
    publisherStates.set(k, known);
  }
  const key = `${date}|${source}`;
  const cached = known.get(key);
  if (cached !== undefined) return cached === '' ? undefined : cached;
  const code = publisherHolder(k, read(), date)?.code;
  const state =
    code !== undefined && code.length === 6 && code.endsWith('GOV') && k.countries.has(code.slice(0, 3))
      ? code.slice(0, 3)
      : '';
  if (known.size >= PUBLISHER_STATES_KEPT) known.clear();
  known.set(key, state);
  return state === '' ? undefined : state;
}

/** Publisher states read so far, per knowledge base, by date and source ('' for none). */
const publisherStates = new WeakMap<ActorKnowledge, Map<string, string>>();
/** How many publishers and dates are kept before the memo starts again (a long-running worker's bound). */
const PUBLISHER_STATES_KEPT = 4096;

/**
 * "Telephone conversation with President of France Emmanuel Macron", "Talks with …": a title naming a meeting
 * or a call of the publisher with someone; what follows "with" names the other party.
 */
const MEETING_WITH =
  /^(?:(?:telephone|phone|video)\s+(?:conversation|call)|conversation|videoconference|meeting|working meeting|talks|negotiations)\s+with\s+(?:the\s+)?/i;

/** Where in a title the other party of a meeting with the publisher starts, if the title names one. */
export function meetingPartyStart(title: string): number | undefined {
  const found = MEETING_WITH.exec(title);
  return found ? found[0].length : undefined;
}

/**
 * The two parties of a meeting or a call a title names ("Telephone conversation with President of France
 * Emmanuel Macron" on the Russian President's site): the publisher's office holder and the one person after
 * "with". None when either is unknown or the title names several ("with Olaf Scholz and Emmanuel Macron").
 */
export function titleMeeting(
  k: ActorKnowledge,
  title: Heading,
  start: number,
  date: string,
  publisher: Heading,
): readonly [ActorRef, ActorRef] | undefined {
  const other = speakerAt(k, title, date, start);
  if (!other || other.actor.code.startsWith('---') || other.role) return undefined;
  if (other.people > 2 || title.tokens.some((t) => t.span.start >= start && t.norm === 'and'))
    return undefined;
  const own = speakerAt(k, publisher, date, 0);
  if (!own || own.actor.code.startsWith('---') || own.actor.id === other.actor.id) return undefined;
  return [own.actor, other.actor];
}

/** The office holder a publisher's name stands for ("President of Russia" → Vladimir Putin on the date). */
export function publisherHolder(k: ActorKnowledge, publisher: Heading, date: string): ActorRef | undefined {
  const own = speakerAt(k, publisher, date, 0);
  return own && !own.actor.code.startsWith('---') ? own.actor : undefined;
}

/**
 * The person or office a heading names first from character `offset` on; `role` when it is an office with no
 * name, `people` how many people and offices the heading names from there.
 */
function speakerAt(
  k: ActorKnowledge,
  heading: Heading,
  date: string,
  offset: number,
): { actor: ActorRef; role: boolean; people: number } | undefined {
  const { tokens, sentences } = heading;
  const start = tokens.findIndex((t) => t.span.start >= offset);
  if (start < 0) return undefined;
  const detected = detectMentions(k, tokens, sentences, date);
  const resolved = resolveMentions(k, tokens, sentences, detected, date);
  // the first mention there, with the article before it ("by the President")
  const i = detected.findIndex((d) => d.tokenEnd > start);
  const d = detected[i];
  const actor = resolved[i]?.actor;
  if (d === undefined || actor === undefined || d.tokenStart > start + 1) return undefined;
  if (d.type !== 'person' && d.type !== 'role') return undefined;
  let people = 0;
  for (let j = i; j < detected.length; j++)
    if (detected[j]!.type === 'person' || detected[j]!.type === 'role') people++;
  return { actor, role: d.type === 'role' && d.cue.kind === 'role' && d.cue.named === undefined, people };
}

/**
 * "Address by … to the Bundestag", "Speech by … in the Knesset", "… addressed the citizens of Belarus": what
 * follows "to", "in" or "before" after a word of address, or the object of "addressed", names the audience.
 */
const ADDRESSED_TO =
  /\b(?:(?:address|speech|appeal|message|remarks)\b[^-–—:]*?\s(?:to|in|before)|addressed)\s+(?:the\s+)?/i;

/** Where in a title the audience of an address starts (a character offset), if it names one. */
export function audienceStart(title: string): number | undefined {
  const found = ADDRESSED_TO.exec(title);
  return found ? found.index + found[0].length : undefined;
}

/**
 * The audience a title names at `start` when it is another country's ("to the Parliament of Canada", "to
 * the Bundestag", "to Italians"): the first actor there that names a country, with the sector of an unplaced
 * body before it ("Parliament" of Canada is Canada's legislature). An audience of the speaker's own country
 * (a president's address to the nation) is left alone: its "you" may be anyone at home.
 */
export function titleAudience(
  k: ActorKnowledge,
  title: Heading,
  start: number,
  date: string,
  speaker: ActorRef,
): ActorRef | undefined {
  const { tokens, sentences } = title;
  const first = tokens.findIndex((t) => t.span.start >= start);
  if (first < 0) return undefined;
  const detected = detectMentions(k, tokens, sentences, date);
  const resolved = resolveMentions(k, tokens, sentences, detected, date);
  let sector = '';
  for (let i = 0; i < detected.length; i++) {
    const actor = resolved[i]?.actor;
    if (detected[i]!.tokenStart < first || actor === undefined) continue;
    const code = actor.code;
    if (code.startsWith('---')) {
      sector ||= code.slice(3, 6);
      continue;
    }
    if (!k.countries.has(code.slice(0, 3))) return code.startsWith('IGO') ? actor : undefined;
    if (code.slice(0, 3) === speaker.code.slice(0, 3)) return undefined;
    return sector && code.length === 3 ? { ...actor, code: `${code}${sector}` } : actor;
  }
  return undefined;
}
