import { describe, expect, it } from 'vitest';
import { prefixedIrregularVerb } from '../../../src/extract/events/prefixed-verbs.js';
import { codedDyads } from '../../helpers/events.js';

// Whole analyses: acts in crisis reporting that the tagger or the clause reader used to hide from the coder.
const stated = (text: string) => codedDyads(text, { published: '2022-03-10', statedOnly: true });

describe('events coder: a verb the tagger read as a noun after those who use force', () => {
  it('reads an irregular past or a bare form between the armed plural and its object as their verb', () => {
    expect(stated('Russian troops shot civilians near Irpin.')).toContainEqual('RUSMIL>UKRCVL 180');
    expect(stated('The occupiers rape women in the villages they hold.')).toContainEqual(
      expect.stringMatching(/>---CVL 1821$/),
    );
    expect(stated('Russian troops drop bombs on Chernihiv.')).toContainEqual('RUSMIL>UKR 195');
  });

  it('keeps the compound after a singular or after the police', () => {
    expect(stated('A warning shot was heard at the border.')).toEqual([]);
    expect(stated('The army attack helicopters landed in Minsk.')).toEqual([]);
    expect(stated('Police force members met in Kyiv.')).not.toContainEqual(
      expect.stringMatching(/ 1[5-9]\d$/),
    );
  });
});

describe('events coder: prefixed irregular forms the lexicon lacks', () => {
  it('reads "retook" and "retaken" as the verb retake', () => {
    expect(stated('Ukrainian forces retook Kherson from Russian troops.')).toEqual(['UKRMIL>RUSMIL 192']);
    expect(stated('Ukrainian forces have retaken the town.')).toEqual(['UKRMIL>- 192']);
  });

  it('leaves a verb the lexicon knows, and a form whose prefixed base is no verb, alone', () => {
    const isVerb = (l: string) => ['resent', 'retake', 'take'].includes(l);
    const words = {
      norm: ['resent', 'retook', 'overtook'],
      pos: ['VERB', 'NOUN', 'NOUN'],
      lemma: ['resent', 'retook', 'overtook'],
      isVerb,
    };
    for (let i = 0; i < 3; i++) prefixedIrregularVerb(words, i);
    expect(words.pos).toEqual(['VERB', 'VERB', 'NOUN']);
    expect(words.lemma).toEqual(['resent', 'retake', 'overtook']);
  });
});

describe('events coder: a need for another party to act, stated', () => {
  it('is a demand on that party, coded by the act needed', () => {
    expect(stated('Scholz stressed the need for Moscow to pull back its troops.')).toContainEqual(
      'DEUGOV>RUSGOV 1056',
    );
    expect(stated('Lavrov underlined the need for Kyiv to fulfil its obligations.')).toContainEqual(
      'RUSGOV>UKRGOV 100',
    );
  });

  it('asks nothing of another party when the need is the speaker’s own', () => {
    const found = stated('Putin stressed the need for Russia to strengthen its defences.');
    expect(found).not.toContainEqual(expect.stringMatching(/ 10\d+$/));
  });
});

describe('events coder: an event noun whose author a relative clause after it names', () => {
  it('takes the clause’s subject as the source and the noun’s own preposition there as the target', () => {
    expect(stated('The war which Russia began against Georgia lasted five days.')).toContainEqual(
      'RUS>GEO 190',
    );
    expect(
      stated('The offensive, which Russia launched against Ukraine in February, has stalled.'),
    ).toContainEqual('RUS>UKR 190');
  });

  it('takes the agent of a participle right after the noun as its source', () => {
    expect(stated('We condemn the war unleashed by Russia against Georgia.')).toContainEqual('RUS>GEO 190');
    expect(stated('The visit was initiated by the Czech Republic.')).not.toContainEqual(
      expect.stringMatching(/^CZE>- 04/),
    );
  });

  it('leaves a "that" opening a complement, or a verb with an object of its own, alone', () => {
    expect(stated('There is a threat that the rebels will take back the town.')).toEqual([]);
    expect(stated('We sent aid, that the families have a future.')).not.toContainEqual(
      expect.stringMatching(/^---CVL/),
    );
  });
});

describe('events coder: losses or damage inflicted on a party', () => {
  it('is the use of force on that party', () => {
    expect(stated('The Ukrainian army inflicted heavy losses on the Russian troops.')).toContainEqual(
      'UKRMIL>RUSMIL 190',
    );
  });

  it('is no force when what suffers names no party', () => {
    expect(stated('The sanctions inflicted damage on global trade.')).toEqual([]);
  });
});

describe('events coder: a member of a list singled out with "and especially"', () => {
  it('is a member all the same', () => {
    expect(stated('Tokayev thanked his partners and especially Russia for the help.')).toContainEqual(
      'KAZGOV>RUS 051',
    );
  });
});

describe('events coder: coming to the aid of a party, sending congratulations to it', () => {
  it('codes aid to the party after "of", and praise to the one congratulated', () => {
    expect(stated('Poland came to the aid of Ukraine within hours.')).toContainEqual('POL>UKR 070');
    expect(stated('Macron sent his congratulations to Scholz.')).toContainEqual('FRAGOV>DEUGOV 051');
  });
});

describe('events coder: a joint act in the passive, "between" two parties', () => {
  it('is done by both parties, each to the other', () => {
    const found = stated('An agreement was signed between Turkey and Ukraine.');
    expect(found).toContainEqual('TUR>UKR 057');
    expect(found).toContainEqual('UKR>TUR 057');
  });

  it('leaves a "between" phrase that only names a thing’s parties alone', () => {
    expect(stated('The border between Russia and Ukraine was closed.')).toEqual([]);
  });
});

describe('events coder: a party that was the first to act', () => {
  it('did the act', () => {
    expect(stated('Poland was one of the first to send weapons to Ukraine.')).toContainEqual('POL>UKR 072');
    expect(
      stated('Georgia became the first country to recognise the independence of Kosovo.'),
    ).toContainEqual(expect.stringMatching(/^GEO>\S+ 054$/));
  });

  it('only promises it when it will be the first', () => {
    expect(stated('Poland will be the first to send weapons to Ukraine.')).not.toContainEqual('POL>UKR 072');
  });
});
