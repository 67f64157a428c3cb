import { dayValue, isoDay, parseIsoDay } from './calendar.js';
import type { Cursor, Found } from './cursor.js';
import { WEEKDAYS } from './lexicon.js';
import { resolveWeekday } from './resolve.js';

const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;
/** A race time: hours, minutes and seconds. */
const RACE_TIME = /^(\d{1,2}):([0-5]\d):([0-5]\d)$/;
const HOUR = /^(1[0-2]|0?[1-9])$/;
const MERIDIEM = new Map([
  ['a.m.', 0],
  ['am', 0],
  ['p.m.', 12],
  ['pm', 12],
]);
const ZONES = new Set([
  'gmt',
  'utc',
  'et',
  'est',
  'edt',
  'pt',
  'pst',
  'pdt',
  'ct',
  'cst',
  'cdt',
  'bst',
  'cet',
  'msk',
]);

/** Clock times ("8 p.m.", "15:00 GMT Saturday") and race times ("3:07:35", a duration). */
export function matchClock(c: Cursor, j: number, start: number): Found | undefined {
  const norm = c.norm(j);
  const race = RACE_TIME.exec(norm);
  if (race)
    return {
      end: j + 1,
      type: 'DURATION',
      value: { timex: `PT${Number(race[1])}H${Number(race[2])}M${Number(race[3])}S` },
      rule: 'time.clock-duration',
    };
  let hour: number | undefined;
  let minute: string | undefined;
  let k = j + 1;
  const clock = CLOCK.exec(norm);
  if (clock) {
    hour = Number(clock[1]);
    minute = clock[2];
  } else if (HOUR.test(norm) && MERIDIEM.has(c.norm(j + 1))) {
    hour = Number(norm);
  } else return undefined;
  const meridiem = MERIDIEM.get(c.norm(k));
  if (meridiem !== undefined) {
    hour = (hour % 12) + meridiem;
    k++;
  } else if (!clock) return undefined;
  if (ZONES.has(c.norm(k))) k++;
  let day = c.dct;
  const wd = WEEKDAYS.get(c.norm(k));
  if (wd !== undefined && c.capitalised(k)) {
    const resolved = resolveWeekday(c.dct, wd, c.tense(start, k + 1));
    day = parseIsoDay(resolved.timex);
    k++;
  }
  const hh = String(hour).padStart(2, '0');
  const timex = `${isoDay(day)}T${hh}${minute === undefined ? '' : `:${minute}`}`;
  return { end: k, type: 'TIME', value: { timex, range: dayValue(day).range! }, rule: 'time.clock' };
}
