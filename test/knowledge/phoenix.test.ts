import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Analysis } from '../../src/core/analysis.js';
import { articleId } from '../../src/core/identity.js';
import { loadActorRecords } from '../../src/knowledge/actors/load.js';
import { builtInReads } from '../../src/knowledge/import/built-in-reads.js';
import { importPhoenix } from '../../src/knowledge/import/phoenix.js';
import {
  parsePhoenixActors,
  parsePhoenixAgents,
  phoenixDate,
} from '../../src/knowledge/import/phoenix-syntax.js';
import { writeLayer } from '../../src/knowledge/import/write-layer.js';
import { type Knowledge, loadKnowledge } from '../../src/knowledge/knowledge.js';
import { phraseTokens, phraseTokensMany } from '../../src/nlp/phrase-tokens.js';
import { DATA_DIR } from '../../src/paths.js';
import { cli } from '../helpers/cli.js';
import { sharedPath } from '../helpers/shared.js';
import { tempDir } from '../helpers/tmp.js';

const BUILT_IN = loadActorRecords(join(DATA_DIR, 'actors'));

function analyse(knowledge: Knowledge, text: string, published: string): Analysis {
  return analyze({ id: articleId(text, published), published, text, lang: 'en' }, knowledge);
}

function actorOf(a: Analysis, text: string) {
  return a.mentions.find((m) => m.text === text)?.actor;
}

describe('Phoenix dictionary syntax', () => {
  it('reads two- and four-digit-year dates as TABARI does, and refuses days that do not exist', () => {
    expect(phoenixDate('090120')).toBe('2009-01-20');
    expect(phoenixDate('300101')).toBe('2030-01-01');
    expect(phoenixDate('310101')).toBe('1931-01-01');
    expect(phoenixDate('19411207')).toBe('1941-12-07');
    expect(phoenixDate('20120229')).toBe('2012-02-29');
    expect(phoenixDate('20110229')).toBeUndefined();
    expect(phoenixDate('9008223')).toBeUndefined();
  });

  it('reads roots, synonyms, dated and undated codes, and comments', () => {
    const text = [
      '# a comment line',
      'JOHN_Q_EXAMPLE_  # CountryInfo.txt',
      '+MR._EXAMPLE',
      '+PRESIDENT_JOHN_EXAMPLE',
      '\t[USAELI 600101-090120]',
      '\t[USAGOV >090120]',
      '\t[USAELI]',
      'FREEDONIA_ [FRD]',
      '+FREEDONIAN_',
      'ONE_SPELLING',
      'ANOTHER_SPELLING',
      '\t[XYZGOV <991231]',
    ].join('\n');
    const { entries, problems } = parsePhoenixActors(text);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(3);
    const [john, freedonia, shared] = entries;
    expect(john!.line).toBe(2);
    expect(john!.comments).toEqual(['CountryInfo.txt']);
    expect(john!.names.map((n) => n.words.join(' '))).toEqual([
      'JOHN Q EXAMPLE',
      'MR. EXAMPLE',
      'PRESIDENT JOHN EXAMPLE',
    ]);
    expect(john!.codes).toEqual([
      { code: 'USAELI', from: '1960-01-01', to: '2009-01-20', dated: true, line: 5 },
      { code: 'USAGOV', from: '2009-01-20', dated: true, line: 6 },
      { code: 'USAELI', dated: false, line: 7 },
    ]);
    expect(freedonia!.codes.map((c) => c.code)).toEqual(['FRD']);
    expect(freedonia!.names).toHaveLength(2);
    // Two roots with no code of their own, one after the other, share the codes that follow.
    expect(shared!.names.map((n) => n.words.join(' '))).toEqual(['ONE SPELLING', 'ANOTHER SPELLING']);
    expect(shared!.codes).toEqual([{ code: 'XYZGOV', to: '1999-12-31', dated: true, line: 12 }]);
  });

  it('reports every line it cannot read, with its number and reason', () => {
    const text = [
      'GOOD_NAME [ABCGOV]',
      '\t[ABCGOV 9008223-911221]',
      '\t[ABCGOV 20121207-20120802]',
      '\t[ABCGOV 20121204]',
      'BAD+NAME [ABCGOV]',
      'NAME_WITH_TAIL [ABCGOV] revenue $1,000',
      '+ORPHAN_SYNONYM',
      'LONE_ROOT_WITHOUT_CODE',
      '',
      'COTE_D\uFFFDIVOIRE [CIV]',
      '\t[abc]',
    ].join('\n');
    const { problems } = parsePhoenixActors(text);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [2, "bad date in '9008223-911221'"],
      [3, "date range runs backwards: '20121207-20120802'"],
      [4, "unrecognised date restriction '20121204'"],
      [5, 'unexpected character "+" in phrase'],
      [6, "unexpected text 'revenue $1,000'"],
      [10, 'unexpected character "\uFFFD" in phrase'],
      [11, "bad code 'abc'"],
    ]);
  });

  it('expands agents: regular and written plurals, no plural, substitution sets, prefix codes', () => {
    const text = [
      '!PERSON! = MAN, WOMAN',
      'TROOP [~MIL]',
      'MILITIA_COMPANY [~UAF]',
      'POLICE {} [~COP]',
      'CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]',
      'BUSINESS!PERSON! [~BUS]',
      'PEACEKEEPING_TROOPS {} [IGO~]',
      'NO_CODE_HERE',
    ].join('\n');
    const { agents, problems } = parsePhoenixAgents(text);
    const forms = agents.map((a) => `${a.words.join(' ')}/${a.code}/${a.position}/${a.form}`);
    expect(forms).toEqual([
      'TROOP/MIL/suffix/root',
      'TROOPS/MIL/suffix/plural',
      'MILITIA COMPANY/UAF/suffix/root',
      'MILITIA COMPANIES/UAF/suffix/plural',
      'POLICE/COP/suffix/root',
      'CHAMBER OF COMMERCE/BUS/suffix/root',
      'CHAMBERS OF COMMERCE/BUS/suffix/plural',
      'BUSINESSMAN/BUS/suffix/substitution',
      'BUSINESSWOMAN/BUS/suffix/substitution',
      'PEACEKEEPING TROOPS/IGO/prefix/root',
    ]);
    expect(problems).toEqual([{ line: 8, reason: 'agent without a code', text: 'NO_CODE_HERE' }]);
  });
});

describe('Phoenix dictionaries → a knowledge layer', () => {
  const actors = [
    'HESHAM_EXAMPLEQANDIL_  # CountryInfo.txt',
    '+PRIME_MINISTER_EXAMPLEQANDIL',
    '\t[EGYGOVBUS 110721-120802]',
    '\t[EGYGOV 120802-130603]',
    '\t[EGYELI]',
    'ZORBA_EXAMPLEKOS_ [IGOUNO 070101-091231] [ELI]',
    'SERGEY_LAVROV_',
    '\t[RUSELI 500101-040309]',
    '\t[RUSGOV >040309]',
    'FREEDONIA_ [EGY]',
    'EXAMPLE_HUMAN_RIGHTS_LEAGUE_ [NGOHRI]',
    'EXAMPLE_LIBERATION_FRONT_ [EGYREB]',
    'GERMAN_CHANCELLOR',
    '+EXAMPLE_CHANCELLERY',
    '\t[DEUGOV]',
    'GERMAN_CHANCELLOR [DEUGOV]',
  ].join('\n');
  const agents = [
    'CATTLE_RUSTLER [~CRM]',
    'PRESIDENT [~GOVPRS]',
    'TROOP [~MIL]',
    'TRUCE_MONITOR [IGO~]',
  ].join('\n');
  const reads = builtInReads(loadKnowledge().actors);
  const result = importPhoenix(
    [
      { file: 'x.actors.txt', text: actors },
      { file: 'x.agents.txt', text: agents },
    ],
    BUILT_IN,
    { readsAlready: reads },
  );
  const person = (id: string) => result.records.people.find((p) => p.id === id);

  it('files people with one tenure per dated code, and the undated code on the days left over', () => {
    expect(person('hesham-exampleqandil')).toEqual({
      id: 'hesham-exampleqandil',
      name: 'Hesham Exampleqandil',
      aliases: ['Prime Minister Exampleqandil'],
      surname: null,
      tenures: [
        { role: 'phoenix-eli', of: 'EGY', from: '0001-01-01', to: '2011-07-20' },
        { role: 'phoenix-govbus', of: 'EGY', from: '2011-07-21', to: '2012-08-02' },
        { role: 'phoenix-gov', of: 'EGY', from: '2012-08-02', to: '2013-06-03' },
        { role: 'phoenix-eli', of: 'EGY', from: '2013-06-04', to: null },
      ],
    });
    const roles = new Map(result.records.roles.map((r) => [r.key, r]));
    expect(roles.get('phoenix-govbus')).toEqual({
      key: 'phoenix-govbus',
      sector: 'GOVBUS',
      single: false,
      phrases: [],
    });
    // Government offices rank first, elites last.
    expect(result.records.roles.at(-1)?.key).toBe('phoenix-eli');
  });

  it("puts an organisation's code on the built-in organisation that has it, and reports what it cannot map", () => {
    expect(person('zorba-examplekos')?.tenures).toEqual([
      { role: 'phoenix-organisation', of: 'UN', from: '2007-01-01', to: '2009-12-31' },
    ]);
    const report = result.files[0]!;
    expect(report.unmapped.map((p) => [p.line, p.reason])).toEqual([
      [6, "sector 'ELI' without a country or organisation"],
    ]);
  });

  it('adds to a built-in person only the offices from before the built-in ones', () => {
    expect(person('sergey-lavrov')).toEqual({
      id: 'sergey-lavrov',
      name: 'Sergey Lavrov',
      aliases: [],
      surname: null,
      // Phoenix's [RUSELI 500101-040309] ends the day before the built-in office (2004-03-09) begins.
      tenures: [{ role: 'phoenix-eli', of: 'RUS', from: '1950-01-01', to: '2004-03-08' }],
    });
    expect(result.files[0]!.builtInPeople).toBe(1);
  });

  it('skips countries, keeps organisations with their kind, and leaves out what the built-in knowledge reads', () => {
    const orgs = result.records.organisations.map((o) => [o.id, o.code, o.kind, o.names]);
    expect(orgs).toEqual([
      ['PHX-EXAMPLE-HUMAN-RIGHTS-LEAGUE', 'NGOHRI', 'ngo', ['Example Human Rights League']],
      ['PHX-EXAMPLE-LIBERATION-FRONT', 'EGYREB', 'militant', ['Example Liberation Front']],
      ['PHX-EXAMPLE-CHANCELLERY', 'DEUGOV', 'group', ['Example Chancellery']],
    ]);
    const skipped = result.files[0]!.skipped;
    expect(skipped['country or region (the built-in countries win)']).toBe(1);
    expect(skipped['phrase the built-in knowledge already reads']).toBe(2);
    expect(skipped['organisation whose every name the built-in knowledge reads']).toBe(1);
  });

  it('merges agent words into sectors, leaving out built-in words and codes that go before the actor', () => {
    // "president" is a built-in office, "troops" a built-in agent word: only the singular "troop" is new.
    expect(result.records.agents).toEqual([
      { sector: 'CRM', words: ['cattle rustler', 'cattle rustlers'] },
      { sector: 'MIL', words: ['troop'] },
    ]);
    const report = result.files[1]!;
    expect(report.kind).toBe('agents');
    expect(report.unmapped.map((p) => p.line)).toEqual([4]);
  });
});

describe('knowledge layers', () => {
  const dir = tempDir('all');

  it('extend the built-in knowledge: new people resolve, built-in people gain tenures, the version changes', () => {
    const layer = join(dir, 'extend');
    mkdirSync(layer);
    writeFileSync(
      join(layer, 'people.jsonl'),
      [
        '{"id":"zara-example","name":"Zara Example","tenures":[{"role":"phoenix-gov","of":"EGY","from":"2012-01-01","to":null}]}',
        '{"id":"sergey-lavrov","name":"Sergey Lavrov","tenures":[{"role":"phoenix-eli","of":"RUS","from":"1990-01-01","to":"2004-03-08"}]}',
      ].join('\n'),
    );
    writeFileSync(
      join(layer, 'roles.jsonl'),
      '{"key":"phoenix-gov","sector":"GOV","phrases":[]}\n{"key":"phoenix-eli","sector":"ELI","phrases":[]}\n',
    );
    const base = loadKnowledge();
    const layered = loadKnowledge(DATA_DIR, [layer]);
    expect(layered.version).not.toBe(base.version);
    expect(layered.layers).toEqual([layer]);
    expect(loadKnowledge(DATA_DIR, [layer])).toBe(layered);
    expect(layered.actors.people.size).toBe(base.actors.people.size + 1);
    const lavrov = layered.actors.people.get('sergey-lavrov')!;
    expect(lavrov.tenures).toHaveLength(base.actors.people.get('sergey-lavrov')!.tenures.length + 1);

    const text = 'Zara Example met Sergey Lavrov in Moscow.';
    expect(actorOf(analyse(layered, text, '2013-05-01'), 'Zara Example')).toMatchObject({
      id: 'zara-example',
      code: 'EGYGOV',
    });
    expect(actorOf(analyse(layered, text, '2000-05-01'), 'Sergey Lavrov')?.code).toBe('RUSELI');
    expect(actorOf(analyse(layered, text, '2022-01-21'), 'Sergey Lavrov')?.code).toBe('RUSGOV');
  });

  it('refuses a folder that is not a layer, naming it', () => {
    expect(() => loadKnowledge(DATA_DIR, [join(dir, 'missing')])).toThrow(
      /missing: knowledge layer folder not found/,
    );
    mkdirSync(join(dir, 'empty'));
    expect(() => loadKnowledge(DATA_DIR, [join(dir, 'empty')])).toThrow(/not a knowledge layer/);
  });

  it('tokenizes phrases in one batch exactly as one by one', () => {
    const phrases = [
      ...BUILT_IN.people.flatMap((p) => [p.name, ...p.aliases]),
      ...BUILT_IN.organisations.flatMap((o) => o.names),
      ...BUILT_IN.countries.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms, ...c.metonyms]),
      "People's Liberation Army (PLA)",
      'U.S.-Russia talks',
    ];
    expect(phraseTokensMany(phrases)).toEqual(phrases.map((p) => phraseTokens(p)));
  });
});

describe('sitrep kb', () => {
  const dir = tempDir('all');

  it('imports a dictionary into a layer, reports the lines it could not read, and the layer is used with --kb', async () => {
    const file = join(dir, 'Small.actors.txt');
    writeFileSync(
      file,
      [
        'ZARA_EXAMPLE_',
        '\t[EGYGOV 120101-141231]',
        'BROKEN+NAME [EGYGOV]',
        'AN_EXAMPLE_TASK_FORCE [EGYMIL]',
      ].join('\n'),
    );
    const out = join(dir, 'layer');
    const run = await cli(['kb', 'import', '--format', 'phoenix', file, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.out).toContain('1 people (1 tenures');
    expect(run.out).toContain(`${file}:3: unexpected character "+" in phrase: BROKEN+NAME [EGYGOV]`);
    const manifest = JSON.parse(readFileSync(join(out, 'layer.json'), 'utf8'));
    expect(manifest).toMatchObject({
      name: 'layer',
      format: 'phoenix',
      sources: [{ file: 'Small.actors.txt' }],
    });

    const check = await cli(['kb', 'check', '--kb', out]);
    expect(check.code).toBe(0);
    expect(check.out).toMatch(
      /layer\s+.*\n\s+0 countries, 1 organisations, 0 agent words in 0 sectors, 1 roles, 1 people \(1 tenures\)/,
    );
    expect(check.out).toMatch(/knowledge version [0-9a-f]{12}/);

    const text = 'Zara Example said the An Example Task Force would withdraw.';
    const explained = await cli(['actors', '-', '--date', '2013-03-01', '--kb', out, '--json'], text);
    expect(explained.code).toBe(0);
    const found = JSON.parse(explained.out) as { id: string; code: string }[];
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'zara-example', code: 'EGYGOV' }),
        expect.objectContaining({ code: 'EGYMIL' }),
      ]),
    );
    const before = await cli(['actors', '-', '--date', '2013-03-01', '--json'], text);
    expect(JSON.parse(before.out)).not.toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'zara-example' })]),
    );
  });

  it('refuses an unknown format, a file that is not a dictionary, and a folder that is not a layer', async () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'n:atrocity [ID_ATROCITY]\nethnic cleansing [ID_ATROCITY]\n');
    expect((await cli(['kb', 'import', '--format', 'cameo', file])).code).toBe(2);
    const run = await cli(['kb', 'import', '--format', 'phoenix', file, '--out', join(dir, 'nothing')]);
    expect(run.code).toBe(3);
    expect(run.err).toContain('not a Phoenix actor or agent dictionary');

    const dictionary = join(dir, 'One.actors.txt');
    writeFileSync(dictionary, 'ZARA_EXAMPLE_ [EGYGOV >120101]\n');
    const occupied = join(dir, 'occupied');
    mkdirSync(occupied);
    writeFileSync(join(occupied, 'notes.md'), 'mine\n');
    const refused = await cli(['kb', 'import', '--format', 'phoenix', dictionary, '--out', occupied]);
    expect(refused.code).toBe(3);
    expect(refused.err).toContain('holds files that are not a knowledge layer');
  });
});

describe('the PETRARCH-2 Phoenix dictionaries as a layer', () => {
  const dir = tempDir('all');
  let layered: Knowledge | undefined;
  let counts: Record<
    string,
    { people: number; organisations: number; agentWords: number; unparsed: number }
  > = {};

  beforeAll(() => {
    const source = sharedPath('data/petrarch2-dictionaries');
    if (!source) return;
    const files = [
      'Phoenix.Countries.actors.txt',
      'Phoenix.International.actors.txt',
      'Phoenix.MilNonState.actors.txt',
      'Phoenix.agents.txt',
    ];
    const result = importPhoenix(
      files.map((f) => ({ file: f, text: readFileSync(join(source, f), 'utf8') })),
      BUILT_IN,
      { readsAlready: builtInReads(loadKnowledge().actors) },
    );
    counts = Object.fromEntries(
      result.files.map((r) => [
        r.file,
        {
          people: r.people,
          organisations: r.organisations,
          agentWords: r.agentWords,
          unparsed: r.unparsed.length,
        },
      ]),
    );
    const layer = join(dir, 'phoenix');
    writeLayer(layer, result.records, { name: 'phoenix', format: 'phoenix', sources: [], imported: {} });
    layered = loadKnowledge(DATA_DIR, [layer]);
  });

  it('imports the files, reporting the few lines it cannot read', () => {
    if (!layered) return;
    const countries = counts['Phoenix.Countries.actors.txt']!;
    expect(countries.people).toBeGreaterThan(15000);
    expect(countries.unparsed).toBeGreaterThan(0);
    expect(countries.unparsed).toBeLessThan(50);
    expect(counts['Phoenix.International.actors.txt']!.organisations).toBeGreaterThan(5000);
    expect(counts['Phoenix.MilNonState.actors.txt']!.organisations).toBeGreaterThan(500);
    expect(counts['Phoenix.agents.txt']!.agentWords).toBeGreaterThan(3000);
  });

  it('resolves a person only the dictionary knows by the dated code of the day', () => {
    if (!layered) return;
    // Phoenix: NABIL_FAHMY_ [EGYGOV 030101-080930], no undated code.
    const text = 'Nabil Fahmy said on Tuesday that the talks would go on.';
    // Without the layer the name tagger still finds him, but as a person with no id or code of ours.
    expect(actorOf(analyse(loadKnowledge(), text, '2005-01-15'), 'Nabil Fahmy')).toMatchObject({
      id: 'person:nabil-fahmy',
      code: '',
    });
    expect(actorOf(analyse(layered, text, '2005-01-15'), 'Nabil Fahmy')).toMatchObject({
      id: 'nabil-fahmy',
      code: 'EGYGOV',
    });
    expect(actorOf(analyse(layered, text, '2010-06-01'), 'Nabil Fahmy')?.code).toBe('EGYELI');
  });

  it("leaves the seed's actors as they were", () => {
    if (!layered) return;
    const seed = sharedPath('seed');
    if (!seed) return;
    const file = readFileSync(join(seed, '000_7f1638b987c94aff.txt'), 'utf8');
    const [, date, text] = /^\s*date (\d{4}-\d{2}-\d{2})\s*([\s\S]*)$/.exec(file)!;
    const before = analyse(loadKnowledge(), text!, date!);
    const after = analyse(layered, text!, date!);
    for (const [name, code] of [
      ['Antony Blinken', 'USAGOV'],
      ['Sergey Lavrov', 'RUSGOV'],
      ['Vladimir Putin', 'RUSGOV'],
      ['Moscow', 'RUSGOV'],
      ['the Kremlin', 'RUSGOV'],
    ] as const) {
      expect(actorOf(before, name)?.code).toBe(code);
      const was = before.mentions.filter((m) => m.text === name).map((m) => [m.span, m.actor]);
      const now = after.mentions.filter((m) => m.text === name).map((m) => [m.span, m.actor]);
      expect(now).toEqual(was);
    }
    for (const role of ['the Russian Foreign Minister', 'his Russian counterpart', 'the top US official'])
      expect(actorOf(after, role)).toEqual(actorOf(before, role));
  });
});
