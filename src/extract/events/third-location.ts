import type { ActorRef, Place } from '../../core/records.js';
import { isCountryCode } from './words.js';

// CAMEO 044, "meet at a 'third' location": a meeting of two countries' parties held in a country that is
// neither's. The codebook codes it between the parties who meet, the place itself ignored as an actor.

/** A meeting not otherwise specified (040). */
const MEETING = '040';
/**
 * Words of meeting in person. Other 040 rows ("discuss", "exchange views", "inform") are as often done by
 * telephone, and a place in their sentence is as often what was discussed.
 */
const MEETING_WORDS = new Set(['meet', 'meeting', 'summit']);
/** Meeting at a third location (044). */
export const THIRD_LOCATION_MEETING = '044';

/**
 * "Blinken and Lavrov met in Geneva": a plain meeting (040) of parties of two countries, placed in a third
 * country, is a meeting at a third location (044). Every party to the meeting counts, not only the pair:
 * "Ukraine, France and Germany met in Paris" is met at France's home. An organisation belongs to no country,
 * so a meeting with one stays 040 wherever it is held.
 */
export function isThirdLocationMeeting(
  lemma: string,
  code: string,
  parties: readonly string[],
  target: ActorRef | undefined,
  place: Place | undefined,
): boolean {
  if (code !== MEETING || !MEETING_WORDS.has(lemma) || !target || !place?.country) return false;
  return parties.every((party) => isCountryCode(party) && party.slice(0, 3) !== place.country);
}
