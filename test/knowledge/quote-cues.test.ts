import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';
import { parseQuoteCues } from '../../src/knowledge/quotes/cues.js';

describe('quote cues', () => {
  it('compiles the cue table into lemmas and phrases', () => {
    const k = loadKnowledge().quotes;
    expect(k.verbs.get('say')).toEqual({ cue: 'say', frame: 'clause' });
    expect(k.verbs.get('tell')?.frame).toBe('listener');
    expect(k.verbs.get('describe')?.frame).toBe('quote');
    expect(k.verbs.has('believe')).toBe(false);
    expect(k.phrases.get('according')?.[0]).toMatchObject({ words: ['according', 'to'], frame: 'source' });
  });

  it('names the file and line of a bad entry', () => {
    const parse = (text: string) => () => parseQuoteCues(text, 'cues.tsv');
    expect(parse('# cue\tframe\nsay\tclause\nsay\tquote\n')).toThrow(/cues.tsv:3: cue 'say' is listed twice/);
    expect(parse('shout\tloudly\n')).toThrow(/cues.tsv:1: frame 'loudly' is not one of/);
    expect(parse('Say\tclause\n')).toThrow(InputError);
    expect(parse('say\tclause\tnote\textra\n')).toThrow(/at most three/);
  });
});
