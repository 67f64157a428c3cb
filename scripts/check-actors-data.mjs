#!/usr/bin/env node
// Validates the actor knowledge files in data/actors/ (JSON Lines).
// Usage: node scripts/check-actors-data.mjs [dir]
// Prints "ok: …" and exits 0 when clean; otherwise prints one "file:line: reason"
// per problem and exits 1. No dependencies.

import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(process.argv[2] ?? join(root, 'data', 'actors'));

const problems = [];
const report = (file, line, reason) =>
  problems.push(`${relative(process.cwd(), join(dir, file))}:${line}: ${reason}`);

/** Reads a JSONL file; returns [{line, value}] for lines that parse to objects. */
function readJsonl(file) {
  let text;
  try {
    text = readFileSync(join(dir, file), 'utf8');
  } catch (e) {
    report(file, 0, `cannot read: ${e.message}`);
    return [];
  }
  if (text.length > 0 && !text.endsWith('\n'))
    report(file, text.split('\n').length, 'file must end with a newline');
  const rows = [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const [i, raw] of lines.entries()) {
    const line = i + 1;
    if (raw.trim() === '') {
      report(file, line, 'blank line');
      continue;
    }
    if (raw !== raw.trim()) report(file, line, 'leading or trailing whitespace');
    let value;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      report(file, line, `invalid JSON: ${e.message}`);
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      report(file, line, 'line is not a JSON object');
      continue;
    }
    rows.push({ line, value });
  }
  return rows;
}

const isStr = (v) => typeof v === 'string' && v.length > 0 && v === v.trim();
const isStrArray = (v) => Array.isArray(v) && v.every(isStr);

/** Checks required keys, their order (as a prefix of the object's keys), and unknown keys. */
function checkKeys(file, line, obj, required, optional = []) {
  const keys = Object.keys(obj);
  for (const k of required) if (!(k in obj)) report(file, line, `missing key "${k}"`);
  for (const k of keys) {
    if (!required.includes(k) && !optional.includes(k)) report(file, line, `unknown key "${k}"`);
  }
  const present = keys.filter((k) => required.includes(k));
  const expected = required.filter((k) => k in obj);
  if (present.join() !== expected.join())
    report(file, line, `keys out of order: expected ${expected.join(', ')}`);
}

function checkList(file, line, obj, key, { nonEmpty = false } = {}) {
  const v = obj[key];
  if (!isStrArray(v)) return report(file, line, `"${key}" must be an array of non-empty trimmed strings`);
  if (nonEmpty && v.length === 0) report(file, line, `"${key}" must not be empty`);
  const seen = new Set();
  for (const s of v) {
    if (seen.has(s)) report(file, line, `"${key}" repeats "${s}"`);
    seen.add(s);
  }
}

function isDate(s) {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Records surface forms and reports one that two different owners claim. */
function surfaceIndex(file, label) {
  const owner = new Map();
  return (form, id, line) => {
    const prev = owner.get(form);
    if (prev && prev.id !== id)
      report(file, line, `${label} "${form}" of ${id} is already used by ${prev.id} (line ${prev.line})`);
    else if (!prev) owner.set(form, { id, line });
  };
}

// ---------------------------------------------------------------- countries
const REGIONS = new Set(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania', 'Antarctica']);
const C = 'countries.jsonl';
const countries = readJsonl(C);
const iso3s = new Set();
const iso2s = new Set();
const countrySurface = surfaceIndex(C, 'form');
const countryForms = new Map();
for (const { line, value: c } of countries) {
  checkKeys(C, line, c, [
    'iso3',
    'iso2',
    'name',
    'aliases',
    'demonyms',
    'capital',
    'metonyms',
    'region',
    'lat',
    'lon',
  ]);
  if (!/^[A-Z]{3}$/.test(c.iso3 ?? '')) report(C, line, `bad iso3 ${JSON.stringify(c.iso3)}`);
  else if (iso3s.has(c.iso3)) report(C, line, `duplicate iso3 ${c.iso3}`);
  else iso3s.add(c.iso3);
  if (!/^[A-Z]{2}$/.test(c.iso2 ?? '')) report(C, line, `bad iso2 ${JSON.stringify(c.iso2)}`);
  else if (iso2s.has(c.iso2)) report(C, line, `duplicate iso2 ${c.iso2}`);
  else iso2s.add(c.iso2);
  if (!isStr(c.name)) report(C, line, `"name" must be a non-empty string`);
  for (const k of ['aliases', 'demonyms', 'metonyms']) checkList(C, line, c, k);
  if (c.capital !== null && !isStr(c.capital)) report(C, line, `"capital" must be a string or null`);
  if (!REGIONS.has(c.region)) report(C, line, `unknown region ${JSON.stringify(c.region)}`);
  if (typeof c.lat !== 'number' || c.lat < -90 || c.lat > 90) report(C, line, `lat out of range`);
  if (typeof c.lon !== 'number' || c.lon < -180 || c.lon > 180) report(C, line, `lon out of range`);
  const forms = [c.name, ...(c.aliases ?? []), ...(c.demonyms ?? []), ...(c.metonyms ?? [])].filter(isStr);
  const mine = new Set();
  for (const f of forms) {
    if (mine.has(f)) report(C, line, `"${f}" appears twice in ${c.iso3}`);
    mine.add(f);
    countrySurface(f, c.iso3, line);
    countryForms.set(f, c.iso3);
  }
}

// ------------------------------------------------------------ organisations
const KINDS = new Set(['igo', 'alliance', 'bloc', 'ngo', 'militant', 'group', 'state', 'company']);
const O = 'organisations.jsonl';
const orgs = readJsonl(O);
const orgIds = new Set();
const orgSurface = surfaceIndex(O, 'name');
const capitals = new Set(countries.map(({ value: c }) => c.capital).filter(isStr));
for (const { line, value: o } of orgs) {
  checkKeys(O, line, o, ['id', 'code', 'names', 'kind', 'parent'], ['seats']);
  if (!/^[A-Z0-9]+(-[A-Z0-9]+)*$/.test(o.id ?? '')) report(O, line, `bad id ${JSON.stringify(o.id)}`);
  else if (orgIds.has(o.id)) report(O, line, `duplicate id ${o.id}`);
  else if (iso3s.has(o.id)) report(O, line, `id ${o.id} is also a country iso3`);
  else orgIds.add(o.id);
  if (typeof o.code !== 'string' || !/^[A-Z]{3,15}$/.test(o.code) || o.code.length % 3 !== 0) {
    report(O, line, `code must be 3 to 15 capital letters in groups of three, got ${JSON.stringify(o.code)}`);
  }
  checkList(O, line, o, 'names', { nonEmpty: true });
  if (!KINDS.has(o.kind)) report(O, line, `unknown kind ${JSON.stringify(o.kind)}`);
  for (const n of o.names ?? []) {
    if (!isStr(n)) continue;
    orgSurface(n, o.id, line);
    if (countryForms.has(n)) report(O, line, `name "${n}" is also a form of country ${countryForms.get(n)}`);
  }
  if (o.seats === undefined) continue;
  checkList(O, line, o, 'seats', { nonEmpty: true });
  for (const seat of o.seats ?? []) {
    if (!isStr(seat)) continue;
    orgSurface(seat, o.id, line);
    if (!capitals.has(seat)) report(O, line, `seat "${seat}" is no country's capital`);
    if (countryForms.has(seat))
      report(O, line, `seat "${seat}" is also a form of country ${countryForms.get(seat)}`);
  }
}
for (const { line, value: o } of orgs) {
  if (o.parent === null) continue;
  if (typeof o.parent !== 'string' || !orgIds.has(o.parent))
    report(O, line, `parent ${JSON.stringify(o.parent)} is not an organisation id`);
  else if (o.parent === o.id) report(O, line, `organisation is its own parent`);
}
const actorExists = (id) => iso3s.has(id) || orgIds.has(id);

// ------------------------------------------------------------------- agents
const A = 'agents.jsonl';
const agents = readJsonl(A);
const sectors = new Set();
const agentSurface = surfaceIndex(A, 'word');
for (const { line, value: a } of agents) {
  checkKeys(A, line, a, ['sector', 'words'], ['plural']);
  if (!/^[A-Z]{3}$/.test(a.sector ?? '')) report(A, line, `bad sector ${JSON.stringify(a.sector)}`);
  else if (sectors.has(a.sector)) report(A, line, `duplicate sector ${a.sector}`);
  else sectors.add(a.sector);
  checkList(A, line, a, 'words', { nonEmpty: true });
  if ('plural' in a && typeof a.plural !== 'boolean') report(A, line, `"plural" must be a boolean`);
  for (const w of a.words ?? []) if (isStr(w)) agentSurface(w.toLowerCase(), a.sector, line);
}

// -------------------------------------------------------------------- roles
const R = 'roles.jsonl';
const roles = readJsonl(R);
const roleKeys = new Map();
const phraseSurface = surfaceIndex(R, 'phrase');
for (const { line, value: r } of roles) {
  checkKeys(R, line, r, ['key', 'sector', 'phrases', 'single']);
  if (!/^[a-z]+(-[a-z]+)*$/.test(r.key ?? '')) report(R, line, `bad key ${JSON.stringify(r.key)}`);
  else if (roleKeys.has(r.key)) report(R, line, `duplicate key ${r.key}`);
  else roleKeys.set(r.key, r);
  if (!/^[A-Z]{3}$/.test(r.sector ?? '')) report(R, line, `bad sector ${JSON.stringify(r.sector)}`);
  else if (sectors.size > 0 && !sectors.has(r.sector))
    report(R, line, `sector ${r.sector} has no line in agents.jsonl`);
  if (typeof r.single !== 'boolean') report(R, line, `"single" must be a boolean`);
  if (!Array.isArray(r.phrases) || r.phrases.length === 0) {
    report(R, line, `"phrases" must be a non-empty array`);
    continue;
  }
  for (const p of r.phrases) {
    let phrase;
    let of = null;
    if (typeof p === 'string') phrase = p;
    else if (p && typeof p === 'object' && !Array.isArray(p)) {
      checkKeys(R, line, p, ['phrase', 'of']);
      phrase = p.phrase;
      of = p.of;
      if (!actorExists(of))
        report(
          R,
          line,
          `phrase "${phrase}": of ${JSON.stringify(of)} is not a country iso3 or organisation id`,
        );
    } else {
      report(R, line, `phrase must be a string or {"phrase","of"}`);
      continue;
    }
    if (!isStr(phrase)) {
      report(R, line, `empty or untrimmed phrase`);
      continue;
    }
    phraseSurface(`${phrase.toLowerCase()}|${of ?? ''}`, r.key, line);
  }
}

// ------------------------------------------------------------------- people
const PF = 'people.jsonl';
const people = readJsonl(PF);
const personIds = new Set();
const byOffice = new Map(); // "role|of" -> [{id, line, from, to}]
let tenureCount = 0;
for (const { line, value: p } of people) {
  checkKeys(PF, line, p, ['id', 'name', 'aliases', 'gender', 'tenures'], ['surname']);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(p.id ?? '')) report(PF, line, `bad id ${JSON.stringify(p.id)}`);
  else if (personIds.has(p.id)) report(PF, line, `duplicate person id ${p.id}`);
  else personIds.add(p.id);
  if (!isStr(p.name)) report(PF, line, `"name" must be a non-empty string`);
  checkList(PF, line, p, 'aliases');
  if ((p.aliases ?? []).includes(p.name)) report(PF, line, `alias repeats the name`);
  if (p.gender !== 'm' && p.gender !== 'f') report(PF, line, `gender must be "m" or "f"`);
  if ('surname' in p && p.surname !== null && !isStr(p.surname))
    report(PF, line, `"surname" must be a string or null`);
  if (!Array.isArray(p.tenures) || p.tenures.length === 0) {
    report(PF, line, `"tenures" must be a non-empty array`);
    continue;
  }
  for (const t of p.tenures) {
    tenureCount++;
    if (!t || typeof t !== 'object' || Array.isArray(t)) {
      report(PF, line, `tenure must be an object`);
      continue;
    }
    checkKeys(PF, line, t, ['role', 'of', 'from', 'to'], ['acting']);
    const where = `${p.id} ${t.role} ${t.of} ${t.from}`;
    if (!roleKeys.has(t.role)) report(PF, line, `${where}: unknown role "${t.role}"`);
    if (!actorExists(t.of))
      report(PF, line, `${where}: of ${JSON.stringify(t.of)} is not a country iso3 or organisation id`);
    if (!isDate(t.from)) report(PF, line, `${where}: bad from date ${JSON.stringify(t.from)}`);
    if (t.to !== null && !isDate(t.to)) report(PF, line, `${where}: bad to date ${JSON.stringify(t.to)}`);
    if (isDate(t.from) && isDate(t.to) && t.from > t.to)
      report(PF, line, `${where}: from is after to (${t.to})`);
    if ('acting' in t && t.acting !== true) report(PF, line, `${where}: "acting" may only be true`);
    if (roleKeys.get(t.role)?.single && isDate(t.from)) {
      const k = `${t.role}|${t.of}`;
      if (!byOffice.has(k)) byOffice.set(k, []);
      byOffice.get(k).push({ id: p.id, line, from: t.from, to: t.to });
    }
  }
}
// An office with one holder at a time may not have two tenures that overlap.
// "to" is exclusive: a tenure ending on the day the next begins does not overlap.
for (const [office, list] of byOffice) {
  list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i];
      const b = list[j];
      const aEnd = a.to ?? '9999-12-31';
      if (b.from >= aEnd) break;
      report(
        PF,
        b.line,
        `${office.replace('|', ' of ')}: ${b.id} from ${b.from} overlaps ${a.id} (${a.from} to ${a.to ?? 'now'}, line ${a.line})`,
      );
    }
  }
}

if (problems.length > 0) {
  for (const p of problems) console.log(p);
  console.log(`${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
console.log(
  `ok: ${countries.length} countries, ${orgs.length} organisations, ${agents.length} agent sectors, ` +
    `${roles.length} roles, ${people.length} people (${tenureCount} tenures)`,
);
