import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { compileCameo } from '../../src/knowledge/cameo/compile.js';
import { DATA_DIR } from '../../src/paths.js';
import { tempDir } from '../helpers/tmp.js';

describe('CAMEO knowledge', () => {
  const dir = tempDir('each');

  it('compiles every code with its facts, and indexes the patterns by lemma', () => {
    const cameo = compileCameo();
    expect(cameo.codes.size).toBe(312);
    expect(cameo.codes.get('036')).toMatchObject({ root: '03', quadClass: 1, goldstein: 4, plover: 'AGREE' });
    expect(cameo.codes.get('195')).toMatchObject({ root: '19', quadClass: 4, plover: 'ASSAULT' });
    expect(cameo.codes.get('010')!.plover).toBe('');
    expect(cameo.patterns.length).toBeGreaterThan(2000);
    const meet = cameo.verbs.get('meet')!.map((p) => p.id);
    expect(meet).toContain('v.meet.with');
    expect(cameo.nouns.get('build')!.map((p) => p.id)).toContain('n.build-up.near');
    // more specific rows come first
    const impose = cameo.verbs.get('impose')!;
    expect(impose[0]!.object.length).toBeGreaterThan(0);
    expect(cameo.plover2016.get('FIGHT')).toBe('ASSAULT');
  });

  it('attaches the other senses of a row, as no event or as a row of their own', () => {
    const cameo = compileCameo();
    const meet = cameo.verbs.get('meet')!.find((p) => p.id === 'v.meet')!;
    expect(meet.otherSenses).toContainEqual({ context: 'object', words: ['criterion'] });
    const sabotage = cameo.verbs.get('sabotage')!.find((p) => p.id === 'v.sabotage')!;
    const talk = sabotage.otherSenses!.find((s) => s.words.join(' ') === 'talk')!;
    expect(talk.pattern).toMatchObject({ id: 'v.sabotage~talk', code: '120', senseOf: 'v.sabotage' });
  });

  it('names the file and line of an other sense of an unknown row', () => {
    const copy = join(dir, 'data');
    cpSync(join(DATA_DIR, 'cameo'), join(copy, 'cameo'), { recursive: true });
    const senses = join(copy, 'cameo', 'other-senses.tsv');
    writeFileSync(senses, 'pattern\tcontext\twords\tcode\tnote\nv.nonesuch\tobject\tcriterion\t\t\n');
    expect(() => compileCameo(copy)).toThrow(
      /other-senses\.tsv:2: field 'pattern': unknown pattern 'v.nonesuch'/,
    );
  });

  it('takes a "before" sense on noun rows only', () => {
    const copy = join(dir, 'data');
    cpSync(join(DATA_DIR, 'cameo'), join(copy, 'cameo'), { recursive: true });
    const senses = join(copy, 'cameo', 'other-senses.tsv');
    writeFileSync(senses, 'pattern\tcontext\twords\tcode\tnote\nv.meet\tbefore\tgreat\t\t\n');
    expect(() => compileCameo(copy)).toThrow(
      /other-senses\.tsv:2: field 'context': 'before' applies only to noun rows/,
    );
  });

  it('takes a "to" sense on verb rows only', () => {
    const copy = join(dir, 'data');
    cpSync(join(DATA_DIR, 'cameo'), join(copy, 'cameo'), { recursive: true });
    const senses = join(copy, 'cameo', 'other-senses.tsv');
    writeFileSync(senses, 'pattern\tcontext\twords\tcode\tnote\nn.talk.with\tto\tjoin\t020\t\n');
    expect(() => compileCameo(copy)).toThrow(
      /other-senses\.tsv:2: field 'context': 'to' applies only to verb rows/,
    );
  });

  it('names the file and line of a bad row', () => {
    const copy = join(dir, 'data');
    cpSync(join(DATA_DIR, 'cameo'), join(copy, 'cameo'), { recursive: true });
    const patterns = join(copy, 'cameo', 'patterns.tsv');
    const lines = readFileSync(patterns, 'utf8').split('\n');
    lines[5] = lines[5]!.replace(/\t010\t/, '\t999\t');
    writeFileSync(patterns, lines.join('\n'));
    expect(() => compileCameo(copy)).toThrow(InputError);
    expect(() => compileCameo(copy)).toThrow(/patterns\.tsv:6: field 'code': unknown code '999'/);
  });
});
