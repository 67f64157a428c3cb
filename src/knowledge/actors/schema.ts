import { z } from 'zod';

// The shapes of the files in data/actors/ (see its README). Validated when loaded, trusted after.

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** A CAMEO sector, or several chained as CAMEO does (`GOV`, `GOVLEG`, `REBMUS`). */
const sector = z.string().regex(/^(?:[A-Z]{3})+$/, 'expected three-letter CAMEO groups');

export const countrySchema = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/),
  iso2: z.string().nullable().optional(),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  demonyms: z.array(z.string()).default([]),
  capital: z.string().nullable().optional(),
  metonyms: z.array(z.string()).default([]),
  region: z.string().nullable().optional(),
  lat: z.number().nullable().optional(),
  lon: z.number().nullable().optional(),
});
export type CountryRecord = z.infer<typeof countrySchema>;

export const organisationSchema = z.object({
  id: z.string().min(1),
  code: z.string().min(1),
  names: z.array(z.string()).min(1),
  kind: z.enum(['igo', 'alliance', 'bloc', 'ngo', 'militant', 'group', 'state', 'company']),
  parent: z.string().nullable().optional(),
  /** Cities whose name stands for the organisation in news ("Brussels" for the EU). */
  seats: z.array(z.string()).default([]),
});
export type OrganisationRecord = z.infer<typeof organisationSchema>;

export const agentSchema = z.object({
  sector,
  words: z.array(z.string()).min(1),
});
export type AgentRecord = z.infer<typeof agentSchema>;

const rolePhrase = z.union([z.string(), z.object({ phrase: z.string(), of: z.string() })]);
export const roleSchema = z.object({
  key: z.string().min(1),
  sector,
  /** Empty for an office that only people's tenures name (imported layers). */
  /** One holder at a time (a head of state), or many (ambassadors): only the first resolves to a person by date. */
  single: z.boolean().default(true),
  phrases: z.array(rolePhrase).default([]),
});
export type RoleRecord = z.infer<typeof roleSchema>;

export const tenureSchema = z.object({
  role: z.string().min(1),
  of: z.string().min(1),
  from: day,
  to: day.nullable(),
});
export type TenureRecord = z.infer<typeof tenureSchema>;

export const personSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  gender: z.enum(['m', 'f']).nullable().optional(),
  /** The short form when it is not the name's last word ("Xi"); null when the person has none (monarchs). */
  surname: z.string().nullable().optional(),
  tenures: z.array(tenureSchema).default([]),
});
export type PersonRecord = z.infer<typeof personSchema>;
