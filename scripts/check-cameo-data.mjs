#!/usr/bin/env node
// Checks the CAMEO/PLOVER data tables in data/cameo/ (see data/cameo/README.md).
// Usage: node scripts/check-cameo-data.mjs [data-dir]
// Prints `ok: N codes, N patterns` or one `file:line: reason` line per problem (exit 1).

import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(process.argv[2] ?? join(here, '..', 'data', 'cameo'));

const PLOVER = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'MOBILIZE',
  'SANCTION',
  'COERCE',
  'ASSAULT',
];
const PLOVER_SET = new Set(PLOVER);
// Roots whose codes carry no PLOVER category (PLOVER does not code plain statements).
const ROOTS_WITHOUT_PLOVER = new Set(['01']);

const HEADERS = {
  'codebook.tsv': ['code', 'root', 'name', 'goldstein', 'quad', 'plover', 'description'],
  'plover.tsv': ['category', 'quad', 'description'],
  'plover-2016.tsv': ['old', 'new'],
  'patterns.tsv': ['id', 'code', 'kind', 'lemma', 'particle', 'prep', 'object', 'note'],
  'other-senses.tsv': ['pattern', 'context', 'words', 'code', 'note'],
  'force-nouns.tsv': ['words', 'note'],
};

const problems = [];
const display = (file) => {
  const rel = relative(process.cwd(), join(dataDir, file));
  return rel.startsWith('..') || isAbsolute(rel) ? join(dataDir, file) : rel;
};
const report = (file, line, reason) => problems.push({ file: display(file), line, reason });

/** Reads a TSV file; returns data rows as { line, cells } after checking header and column count. */
function readTsv(file, { required = true } = {}) {
  const path = join(dataDir, file);
  if (!existsSync(path)) {
    if (required) report(file, 0, 'file is missing');
    return null;
  }
  const text = readFileSync(path, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) report(file, 1, 'file starts with a byte-order mark');
  if (text.length > 0 && !text.endsWith('\n')) report(file, 0, 'file does not end with a newline');
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const expected = HEADERS[file];
  const rows = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.includes('\r')) report(file, line, 'carriage return (use LF line endings)');
    const cells = raw.replace(/\r$/, '').split('\t');
    if (i === 0) {
      if (cells.join('\t') !== expected.join('\t')) {
        report(file, line, `header is "${cells.join(' | ')}", expected "${expected.join(' | ')}"`);
      }
      return;
    }
    if (raw.trim() === '') {
      report(file, line, 'blank line');
      return;
    }
    if (cells.length !== expected.length) {
      report(file, line, `${cells.length} columns, expected ${expected.length}`);
      return;
    }
    cells.forEach((cell, j) => {
      if (cell !== cell.trim()) report(file, line, `${expected[j]}: leading or trailing whitespace`);
    });
    rows.push({ line, cells });
  });
  return rows;
}

// --- plover.tsv ---------------------------------------------------------------------------------
const ploverRows = readTsv('plover.tsv') ?? [];
const ploverSeen = new Set();
for (const { line, cells } of ploverRows) {
  const [category, quad, description] = cells;
  if (!PLOVER_SET.has(category)) report('plover.tsv', line, `unknown PLOVER 2021 category "${category}"`);
  if (ploverSeen.has(category)) report('plover.tsv', line, `duplicate category "${category}"`);
  ploverSeen.add(category);
  if (!/^[1-4]$/.test(quad)) report('plover.tsv', line, `quad "${quad}" is not 1..4`);
  if (description === '') report('plover.tsv', line, 'empty description');
}
if (ploverRows.length > 0) {
  for (const category of PLOVER) {
    if (!ploverSeen.has(category)) report('plover.tsv', 0, `category ${category} is missing`);
  }
}

// --- plover-2016.tsv ----------------------------------------------------------------------------
const oldRows = readTsv('plover-2016.tsv') ?? [];
const oldSeen = new Set();
for (const { line, cells } of oldRows) {
  const [oldName, newName] = cells;
  if (!/^[A-Z]+$/.test(oldName)) report('plover-2016.tsv', line, `old name "${oldName}" is not upper-case`);
  if (oldSeen.has(oldName)) report('plover-2016.tsv', line, `duplicate old name "${oldName}"`);
  oldSeen.add(oldName);
  if (!PLOVER_SET.has(newName)) report('plover-2016.tsv', line, `"${newName}" is not a PLOVER 2021 category`);
}

// --- codebook.tsv -------------------------------------------------------------------------------
const codeRows = readTsv('codebook.tsv') ?? [];
const codes = new Map();
const namesSeen = new Map();
const descriptionsSeen = new Map();
for (const { line, cells } of codeRows) {
  const [code, root, name, goldstein, quad, plover, description] = cells;
  const at = (reason) => report('codebook.tsv', line, reason);
  if (!/^\d{2,4}$/.test(code)) at(`code "${code}" is not 2 to 4 digits`);
  if (codes.has(code)) at(`duplicate code "${code}" (first on line ${codes.get(code).line})`);
  codes.set(code, { line, root, plover });
  if (!/^(0[1-9]|1\d|20)$/.test(root)) at(`root "${root}" is not 01..20`);
  else if (!code.startsWith(root)) at(`root "${root}" does not match code "${code}"`);
  if (name === '') at('empty name');
  else if (name.split(/\s+/).length > 6) at(`name "${name}" has more than 6 words`);
  if (!/^-?\d+(\.\d+)?$/.test(goldstein)) at(`goldstein "${goldstein}" is not a number`);
  else if (Number(goldstein) < -10 || Number(goldstein) > 10) at(`goldstein ${goldstein} is outside -10..10`);
  if (!/^[1-4]$/.test(quad)) at(`quad "${quad}" is not 1..4`);
  if (plover === '') {
    if (!ROOTS_WITHOUT_PLOVER.has(root)) at('empty plover category');
  } else if (!PLOVER_SET.has(plover)) {
    at(`unknown PLOVER 2021 category "${plover}"`);
  }
  if (description === '') at('empty description');
  if (namesSeen.has(name)) at(`name "${name}" repeats line ${namesSeen.get(name)}`);
  namesSeen.set(name, line);
  if (descriptionsSeen.has(description)) at(`description repeats line ${descriptionsSeen.get(description)}`);
  descriptionsSeen.set(description, line);
}
// Every code's parent (root, or 3-digit code for a 4-digit one) must exist, and a root's quad
// must be shared by all its codes.
const quadOfRoot = new Map();
for (const { line, cells } of codeRows) {
  const [code, root, , , quad] = cells;
  if (code.length === 2) quadOfRoot.set(code, quad);
  const parent = code.length === 4 ? code.slice(0, 3) : code.length === 3 ? root : null;
  if (parent && !codes.has(parent)) report('codebook.tsv', line, `parent code "${parent}" is missing`);
}
for (const { line, cells } of codeRows) {
  const [code, root, , , quad] = cells;
  const rootQuad = quadOfRoot.get(root);
  if (rootQuad && quad !== rootQuad) {
    report('codebook.tsv', line, `quad ${quad} of ${code} differs from its root's quad ${rootQuad}`);
  }
}

// --- patterns.tsv (optional) --------------------------------------------------------------------
const patternRows = readTsv('patterns.tsv', { required: false }) ?? [];
const ids = new Map();
for (const { line, cells } of patternRows) {
  const [id, code, kind] = cells;
  const at = (reason) => report('patterns.tsv', line, reason);
  if (id === '') at('empty id');
  else if (ids.has(id)) at(`duplicate id "${id}" (first on line ${ids.get(id)})`);
  ids.set(id, line);
  if (kind === '') at('empty kind');
  if (code === '') at('empty code');
  else if (codeRows.length > 0 && !codes.has(code)) at(`code "${code}" is not in codebook.tsv`);
}

// --- other-senses.tsv (optional) ----------------------------------------------------------------
const senseRows = readTsv('other-senses.tsv', { required: false }) ?? [];
const kinds = new Map(patternRows.map(({ cells }) => [cells[0], cells[2]]));
const senses = new Map();
for (const { line, cells } of senseRows) {
  const [pattern, context, words, code] = cells;
  const at = (reason) => report('other-senses.tsv', line, reason);
  if (!kinds.has(pattern)) at(`pattern "${pattern}" is not in patterns.tsv`);
  if (!['object', 'as', 'to', 'of', 'before', 'after'].includes(context))
    at(`context "${context}" is not object, as, to, of, before or after`);
  else if ((context === 'before' || context === 'after') && kinds.get(pattern) === 'verb')
    at(`context "${context}" applies only to noun rows`);
  else if ((context === 'to' || context === 'of') && kinds.get(pattern) !== 'verb')
    at(`context "${context}" applies only to verb rows`);
  if (words === '') at('empty words');
  if (code !== '' && codeRows.length > 0 && !codes.has(code)) at(`code "${code}" is not in codebook.tsv`);
  const key = `${pattern} ${context} ${words}`;
  if (senses.has(key)) at(`duplicate "${key}" (first on line ${senses.get(key)})`);
  senses.set(key, line);
}

// --- force-nouns.tsv (optional) -----------------------------------------------------------------
const forceRows = readTsv('force-nouns.tsv', { required: false }) ?? [];
const forceSeen = new Map();
for (const { line, cells } of forceRows) {
  const words = cells[0].toLowerCase();
  const at = (reason) => report('force-nouns.tsv', line, reason);
  if (words === '') at('empty words');
  else if (!/^[a-z]+( [a-z]+)*$/.test(words))
    at(`words "${words}" are not lower-case words joined by spaces`);
  if (forceSeen.has(words)) at(`duplicate "${words}" (first on line ${forceSeen.get(words)})`);
  forceSeen.set(words, line);
}

if (problems.length > 0) {
  problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  for (const p of problems) console.log(`${p.file}:${p.line}: ${p.reason}`);
  process.exit(1);
}
console.log(
  `ok: ${codeRows.length} codes, ${patternRows.length} patterns, ${senseRows.length} other senses, ${forceRows.length} force nouns`,
);
