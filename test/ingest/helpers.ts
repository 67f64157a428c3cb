import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import type { RawArticle, Rejection } from '../../src/core/article.js';
import type { ReadOptions } from '../../src/ingest/read.js';
import { readInputs } from '../../src/ingest/read.js';

export const HTML_FIXTURES = fileURLToPath(new URL('../fixtures/html/', import.meta.url));

/** A fresh folder under the OS temp dir, removed when the current test finishes. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-ingest-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes `files` (relative paths, nested folders created) under `dir`. */
export async function writeFiles(
  dir: string,
  files: Readonly<Record<string, string | Uint8Array>>,
): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
}

export async function collect<T>(items: AsyncIterable<T> | Iterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

export async function read(
  paths: readonly string[],
  options: Partial<ReadOptions> = {},
): Promise<Array<RawArticle | Rejection>> {
  return collect(readInputs(paths, { maxBytes: 10_000_000, ...options }));
}

export function articles(results: ReadonlyArray<RawArticle | Rejection>): RawArticle[] {
  return results.filter((r): r is RawArticle => r.kind === 'article');
}

export function rejections(results: ReadonlyArray<RawArticle | Rejection>): Rejection[] {
  return results.filter((r): r is Rejection => r.kind === 'rejection');
}
