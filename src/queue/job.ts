import { z } from 'zod';
import type { Article } from '../core/article.js';
import { articleId } from '../core/identity.js';
import { normalizeText } from '../nlp/normalize.js';

/** The queue the producer fills and the workers drain: one job per article to analyse and store. */
export const ANALYZE_QUEUE = 'sitrep-analyze';
/** Where a job goes once it has failed every attempt, with the last error. */
export const DEAD_LETTER_QUEUE = 'sitrep-analyze-dead';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A job as it travels through the database: the whole article, so a worker needs nothing else. */
const jobSchema = z.object({
  article: z.object({
    id: z.string().regex(/^[0-9a-f]{64}$/, 'not a 64-character hex article id'),
    published: z.string().regex(DATE, 'not a YYYY-MM-DD date'),
    text: z.string().min(1),
    lang: z.string().min(1),
    title: z.string().optional(),
    url: z.string().optional(),
    source: z.string().optional(),
    externalId: z.string().optional(),
  }),
  force: z.boolean().optional(),
});

export interface AnalyzeJob {
  readonly article: Article;
  /** Re-analyse even when the article is already stored. */
  readonly force?: boolean;
}

/** A job's data refused at the worker's edge: retrying cannot help, but the queue's attempts still apply. */
export class JobDataError extends Error {
  override readonly name = 'JobDataError';
}

/**
 * Checks a job's data before any work: its shape, and that the article id is the hash of its text and date
 * (a producer of another version, or a hand-made job, must not store an article under a wrong id).
 */
export function parseJob(data: unknown): AnalyzeJob {
  const parsed = jobSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'data';
    throw new JobDataError(`invalid job: ${where}: ${issue?.message ?? 'malformed'}`);
  }
  const { article: a, force } = parsed.data;
  const expected = articleId(normalizeText(a.text).text, a.published);
  if (expected !== a.id)
    throw new JobDataError(`invalid job: article id ${a.id} is not the hash of its text`);
  const article: Article = {
    id: a.id,
    published: a.published,
    text: a.text,
    lang: a.lang,
    ...(a.title !== undefined && { title: a.title }),
    ...(a.url !== undefined && { url: a.url }),
    ...(a.source !== undefined && { source: a.source }),
    ...(a.externalId !== undefined && { externalId: a.externalId }),
  };
  return { article, ...(force === true && { force }) };
}

/**
 * The job id of an article: its id's first 128 bits written as a UUID, so queueing the same article twice
 * while its job is still on record is one job (pg-boss ignores an insert whose id exists).
 */
export function jobIdFor(articleId: string): string {
  const h = articleId.slice(0, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
