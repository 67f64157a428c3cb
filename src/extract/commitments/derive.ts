import { recordId } from '../../core/identity.js';
import type { Commitment, Event, TimeExpression } from '../../core/records.js';

/**
 * Commitments: actions an actor promised or scheduled ("will reply in writing next week"), that is an event
 * asserted as intended, or an intent code (03x), whose sentence names a time that is still ahead on the
 * article's date. The due window is that time's range. An intention without a time is not a commitment with
 * a due date, and is left out.
 */
export function deriveCommitments(
  articleId: string,
  published: string,
  events: readonly Event[],
  times: readonly TimeExpression[],
): Commitment[] {
  const commitments: Commitment[] = [];
  for (const event of events) {
    if (event.polarity !== 'asserted') continue;
    const intended = event.modality === 'intended' || (event.root === '03' && event.modality === 'actual');
    if (!intended) continue;
    const ahead = times.filter((t) => t.sentence === event.sentence && t.value.to > published);
    if (ahead.length === 0) continue;
    // The time after the event's words is the one that dates it ("will share … next week"); else the nearest before.
    const after = ahead
      .filter((t) => t.span.start >= event.span.start)
      .sort((a, b) => a.span.start - b.span.start)[0];
    const before = ahead
      .filter((t) => t.span.start < event.span.start)
      .sort((a, b) => b.span.start - a.span.start)[0];
    const time = after ?? before!;
    commitments.push({
      id: recordId(articleId, 'commitment', event.id),
      eventId: event.id,
      source: event.source,
      ...(event.target && { target: event.target }),
      code: event.code,
      due: time.value,
      text: event.text,
      sentence: event.sentence,
      span: event.span,
      rule: `commitment.${event.modality === 'intended' ? 'intended' : 'intent-code'}+future-time`,
      confidence: Math.min(event.confidence, time.confidence),
    });
  }
  return commitments;
}

export const COMMITMENT_STATUSES = ['open', 'due', 'past-due'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** Where a commitment stands on a day: not yet due, inside its window, or past it. */
export function commitmentStatus(
  due: { readonly from: string; readonly to: string },
  asOf: string,
): CommitmentStatus {
  if (asOf < due.from) return 'open';
  return asOf <= due.to ? 'due' : 'past-due';
}
