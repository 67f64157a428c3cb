/**
 * Expands a path into the files to read: a file is itself; a directory is every file below it, in sorted
 * order so that runs are reproducible, skipping dotfiles and READMEs (corpus folders ship a README next
 * to the data, and it is not an article).
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Rejection } from '../core/article.js';
import { fsReason } from './fs-errors.js';
import { rejection } from './result.js';

export async function* expandPath(path: string): AsyncGenerator<string | Rejection> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    yield rejection({ file: path }, fsReason(error));
    return;
  }
  if (info.isFile()) {
    yield path;
  } else if (info.isDirectory()) {
    let found = false;
    for await (const entry of walkDirectory(path, new Set())) {
      found ||= typeof entry === 'string';
      yield entry;
    }
    if (!found) yield rejection({ file: path }, 'no input files in this directory');
  } else {
    yield rejection({ file: path }, 'not a regular file or directory');
  }
}

async function* walkDirectory(dir: string, seen: Set<string>): AsyncGenerator<string | Rejection> {
  // Symbolic links can loop back to an ancestor; each real directory is visited once.
  let entries: Dirent[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield rejection({ file: dir }, fsReason(error));
    return;
  }
  const names = entries.map((entry) => entry.name).filter(isInput);
  // Code-unit order, not the locale's, so every machine reads files in the same order.
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const child = join(dir, name);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(child);
    } catch (error) {
      yield rejection({ file: child }, fsReason(error));
      continue;
    }
    if (info.isDirectory()) yield* walkDirectory(child, seen);
    else if (info.isFile()) yield child;
    // Sockets, FIFOs and devices inside a folder are not inputs; skipping them beats blocking on a FIFO.
  }
}

function isInput(name: string): boolean {
  return !name.startsWith('.') && !/^readme/i.test(name);
}
