import type { Analysis } from '../core/analysis.js';
import type { ActorRef, Mention, Quote } from '../core/records.js';
import type { QuoteQuery } from '../store/port.js';

/**
 * Quote filters for articles analysed on the fly (`sitrep quotes FILE`), meaning what the store's filters mean:
 * an actor by id, code prefix or words of its name; "about" an actor mentioned inside the quote, the speaker's
 * own words aside.
 */
export function matchQuotes(analysis: Analysis, query: QuoteQuery): Quote[] {
  return analysis.quotes.filter(
    (q) =>
      (!query.speaker || speakerMatches(q, query.speaker)) &&
      (!query.about || analysis.mentions.some((m) => isAbout(q, m, query.about!))) &&
      (!query.kind || q.kind === query.kind) &&
      (!query.since || q.date >= query.since) &&
      (!query.until || q.date <= query.until) &&
      (!query.text || q.text.toLowerCase().includes(query.text.toLowerCase())),
  );
}

function actorMatches(actor: ActorRef | undefined, wanted: string): boolean {
  if (!actor) return false;
  return (
    actor.id === wanted ||
    actor.code.startsWith(wanted) ||
    actor.name.toLowerCase().includes(wanted.toLowerCase())
  );
}

function speakerMatches(q: Quote, wanted: string): boolean {
  return (
    actorMatches(q.speaker, wanted) || q.speakerText?.toLowerCase().includes(wanted.toLowerCase()) === true
  );
}

function isAbout(q: Quote, m: Mention, wanted: string): boolean {
  if (m.span.start < q.span.start || m.span.end > q.span.end) return false;
  const speaker = q.speakerSpan;
  if (speaker && m.span.end > speaker.start && m.span.start < speaker.end) return false;
  return actorMatches(m.actor, wanted);
}
