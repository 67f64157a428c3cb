import { z } from 'zod';
import { INTERVALS } from '../store/port.js';

// Query and path parameters as zod schemas: they validate each request and, read back as JSON Schema,
// describe the parameters in the OpenAPI document. Everything arrives as text, so each schema takes a
// string and turns it into the value the store wants.

export const API_MAX_LIMIT = 1000;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  return (
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === value
  );
}

const wholeNumber = (min: number, max: number, description: string) =>
  z
    .string()
    .regex(/^\d+$/, { error: `must be a whole number from ${min} to ${max}` })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: `must be a whole number from ${min} to ${max}` })
        .max(max, { error: `must be a whole number from ${min} to ${max}` }),
    )
    .optional()
    .describe(description);

export const date = (description: string) =>
  z
    .string()
    .regex(DATE, { error: 'must be a calendar date YYYY-MM-DD' })
    .refine(isCalendarDate, { error: 'must be a calendar date YYYY-MM-DD' })
    .optional()
    .describe(description);

const flag = (description: string) =>
  z
    .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
    .transform((v) => v === 'true' || v === '1')
    .optional()
    .describe(description);

/** An actor id, or a CAMEO-style code or its prefix. */
const actorText = (description: string) =>
  z
    .string()
    .regex(/^[\p{L}\p{N}._:-]{1,100}$/u, { error: 'must be an actor id or code (letters, digits, . _ : -)' })
    .optional()
    .describe(description);

/** A code or code prefix as used in dyads (`RUS`, `USAGOV`), upper-cased. */
export const actorCode = z
  .string()
  .regex(/^[A-Za-z0-9]{1,30}$/, { error: 'must be an actor code or its prefix, such as RUS or USAGOV' })
  .transform((v) => v.toUpperCase());

export const paging = {
  limit: wholeNumber(1, API_MAX_LIMIT, `page size (default 50, at most ${API_MAX_LIMIT})`),
  offset: wholeNumber(0, 10_000_000, 'items to skip (default 0)'),
};

export const dates = {
  since: date('on or after this day (YYYY-MM-DD)'),
  until: date('on or before this day (YYYY-MM-DD)'),
};

/** The event filters, shared by the event list, the timeline series, the map and the dyad series. */
export const eventFilters = {
  actor: actorText('an actor id or code prefix, on either side'),
  source: actorText('exactly this actor id on the source side'),
  target: actorText('exactly this actor id on the target side'),
  dyad: z
    .string()
    .regex(/^[A-Za-z0-9]{1,30},[A-Za-z0-9]{1,30}$/, { error: 'must be two actor codes, such as RUS,UKR' })
    .transform((v) => v.toUpperCase().split(',') as [string, string])
    .optional()
    .describe('two actor codes or prefixes separated by a comma (RUS,UKR), in either direction'),
  code: z
    .string()
    .regex(/^\d{2,4}$/, { error: 'must be a CAMEO code of 2 to 4 digits' })
    .optional()
    .describe('CAMEO event code (e.g. 044)'),
  root: z
    .string()
    .regex(/^(0[1-9]|1\d|20)$/, { error: 'must be a CAMEO root code, 01 to 20' })
    .optional()
    .describe('CAMEO root code, 01 to 20'),
  quadClass: z
    .enum(['1', '2', '3', '4'], { error: 'must be 1, 2, 3 or 4' })
    .transform((v) => Number(v) as 1 | 2 | 3 | 4)
    .optional()
    .describe('1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict'),
  article: z
    .string()
    .regex(/^[0-9a-f]{6,64}$/, { error: 'must be an article id (hex)' })
    .optional()
    .describe('article id'),
  ...dates,
  negated: flag('include negated, denied, hypothetical and demanded events (default false)'),
};

export const interval = z
  .enum(INTERVALS, { error: `must be one of ${INTERVALS.join(', ')}` })
  .default('week')
  .describe('bucket width: day, week (from Monday) or month');

const words = () =>
  z.string().trim().min(1, { error: 'must not be empty' }).max(500, { error: 'is too long' });
export const text = (description: string) => words().optional().describe(description);
export const requiredText = (description: string) => words().describe(description);

export const orderParam = z
  .enum(['asc', 'desc'], { error: 'must be asc or desc' })
  .optional()
  .describe('by date: asc (oldest first, default) or desc');

export { actorText, flag };
