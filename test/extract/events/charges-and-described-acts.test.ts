import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { articleId } from '../../../src/core/identity.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';
import { codedDyads } from '../../helpers/events.js';

function events(text: string) {
  const published = '2000-01-10';
  return analyze({ id: articleId(text, published), published, text, lang: 'en' }, loadKnowledge()).events;
}

/** Asserted, actual or intended events as "source>target code". */
function dyads(text: string): string[] {
  return events(text)
    .filter((e) => e.polarity === 'asserted' && (e.modality === 'actual' || e.modality === 'intended'))
    .map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.code}`);
}

describe('events coder: an arrest on a named charge', () => {
  it('codes the charge as an accusation of crime beside the arrest', () => {
    expect(dyads('Kenyan police arrested a British journalist on charges of spying.')).toEqual([
      'KENCOP>GBRMED 1121',
      'KENCOP>GBRMED 173',
    ]);
    expect(dyads('Kenyan police detained a British journalist on suspicion of espionage.')).toContain(
      'KENCOP>GBRMED 1121',
    );
    expect(
      dyads(
        'Kenyan police jailed 20 members of the Movement for Democratic Change (MDC) on treason charges.',
      ),
    ).toContainEqual(expect.stringMatching(/^KENCOP>\w+ 1121$/));
  });

  it('reads "for" and a gerund after an arrest as what the suspect is held for', () => {
    expect(dyads('Kenyan police arrested a British journalist for spying for Uganda.')).toContain(
      'KENCOP>GBRMED 1121',
    );
  });

  it('adds nothing for a procedure, a date, a prison term or an arrest that did not happen', () => {
    expect(dyads('Kenyan police detained a British journalist for questioning.')).toEqual([
      'KENCOP>GBRMED 173',
    ]);
    expect(dyads('Kenyan police arrested a British journalist on Monday.')).toEqual(['KENCOP>GBRMED 173']);
    // a court jailing someone for a crime convicts; it does not charge
    expect(dyads('A Kenyan court jailed a British journalist for two years for spying.')).toEqual([
      'KENJUD>GBRMED 173',
    ]);
    expect(dyads('Kenyan police did not arrest the journalist on charges of spying.')).toEqual([]);
  });
});

describe('events coder: an event described by a participle after the verb that acts on it', () => {
  it('does not assert a protest that the verb before it prevented', () => {
    const text = 'Kenyan police prevented the demonstration staged by students at Moi University.';
    const protests = events(text).filter((e) => e.root === '14');
    expect(protests.map((e) => e.modality)).toEqual(['hypothetical']);
    expect(dyads(text)).toEqual([expect.stringMatching(/^KENCOP>\S* 170$/)]);
  });

  it('keeps an act the participle does to a thing, and an event the verb before did not stop', () => {
    expect(dyads('Kenyan police blocked aid sent by the UN.')).toContainEqual(
      expect.stringMatching(/^IGOUNO>\S* 07/),
    );
    expect(dyads('Kenyan police attacked a rally organised by opposition students.')).toContainEqual(
      expect.stringMatching(/^---EDU>\S* 14/),
    );
  });
});

describe('events coder: coordinated objects', () => {
  it('matches an object row on any of the coordinated objects', () => {
    expect(dyads('The United States is providing maps and other military intelligence to Kenya.')).toEqual([
      'USA>KEN 064',
    ]);
    expect(dyads('Uganda provided blankets and shelter to Kenyan refugees.')).toContainEqual(
      expect.stringMatching(/^UGA>\S+ 073$/),
    );
  });

  it('prefers the first object where both match a row', () => {
    const text = 'Kyiv demanded an immediate ceasefire and the withdrawal of Russian troops.';
    const events = analyze(
      { id: articleId(text, '2000-01-10'), published: '2000-01-10', text, lang: 'en' },
      loadKnowledge(),
    ).events;
    expect(events.map((e) => e.rule)).toEqual(['v.demand.obj-ceasefire']);
  });
});

describe('events coder: a document named in capitals', () => {
  it('reads a treaty or a memorandum the name tagger took for a body as the thing signed', () => {
    const found = codedDyads('Peru and Chile signed a Treaty of Friendship and Good Neighbourliness.', {
      published: '2011-03-08',
    });
    expect([...found].sort()).toEqual(['CHL>PER 057', 'PER>CHL 057']);
    expect(codedDyads('The Treaty reaffirms the policy of Peru.', { published: '2011-03-08' })).toEqual([]);
  });
});
