import { join } from 'node:path';
import { isOneOf, QUAD_CLASSES, type QuadClass } from '../../core/codes.js';
import { InputError } from '../../core/errors.js';
import { readTsv } from './tsv.js';

/** One CAMEO event code with the facts sitrep attaches to every event coded with it. */
export interface CameoCode {
  readonly code: string;
  readonly root: string;
  readonly name: string;
  readonly goldstein: number;
  readonly quadClass: QuadClass;
  /** PLOVER 2021 category; empty for root 01, which PLOVER does not code. */
  readonly plover: string;
}

const CODE = /^\d{2,4}$/;

/** Reads `codebook.tsv`: every code keyed by its string (leading zeros kept). */
export function readCodebook(dir: string): Map<string, CameoCode> {
  const path = join(dir, 'codebook.tsv');
  const codes = new Map<string, CameoCode>();
  for (const { line, cells } of readTsv(path, ['code', 'root', 'name', 'goldstein', 'quad', 'plover'])) {
    const code = cells.code!;
    if (!CODE.test(code)) throw new InputError(path, `field 'code': '${code}' is not 2 to 4 digits`, line);
    if (codes.has(code)) throw new InputError(path, `field 'code': '${code}' appears twice`, line);
    const goldstein = Number(cells.goldstein);
    if (!Number.isFinite(goldstein) || goldstein < -10 || goldstein > 10) {
      throw new InputError(path, `field 'goldstein': '${cells.goldstein}' is not a number in -10..10`, line);
    }
    const quad = Number(cells.quad);
    if (!isOneOf(QUAD_CLASSES, quad))
      throw new InputError(path, `field 'quad': '${cells.quad}' not 1-4`, line);
    if (cells.root !== code.slice(0, 2)) {
      throw new InputError(path, `field 'root': '${cells.root}' does not start code '${code}'`, line);
    }
    codes.set(code, {
      code,
      root: cells.root,
      name: cells.name!,
      goldstein,
      quadClass: quad,
      plover: cells.plover!,
    });
  }
  return codes;
}

/** Reads `plover-2016.tsv`: the 2016 draft's category names mapped to their 2021 names. */
export function readPlover2016(dir: string): Map<string, string> {
  const rows = readTsv(join(dir, 'plover-2016.tsv'), ['old', 'new']);
  return new Map(rows.map(({ cells }) => [cells.old!, cells.new!]));
}
