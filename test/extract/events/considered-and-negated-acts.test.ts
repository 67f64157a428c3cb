import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';
import { record } from '../helpers.js';

// Whole analyses: acts a sentence only considers, talks about or rules out are not reported as done; the same
// acts stated plainly still are.
const stated = (text: string) => codedDyads(text, { published: '2022-03-10', statedOnly: true });
const all = (text: string) => codedDyads(text, { published: '2022-03-10' });
/** Each event's code and modality. */
const modalities = (text: string) =>
  record(text, '2022-03-10', 'events').events.map((e) => `${e.code} ${e.modality}`);

describe('events coder: a gerund after a noun of possibility, talks or agreement', () => {
  it('leaves "the possibility of signing", "the idea of signing" and what they would sign hypothetical', () => {
    const possible =
      'Poland and Lithuania discussed the possibility of signing a declaration in support of Ukraine.';
    expect(stated(possible)).not.toContainEqual(expect.stringMatching(/>UKR 05/));
    expect(all(possible)).toContainEqual(expect.stringMatching(/^POL\S*>UKR 051/));
    expect(
      stated('Lithuania welcomed the idea of signing a declaration in support of Ukraine.'),
    ).not.toContainEqual(expect.stringMatching(/>UKR 05/));
    expect(stated('Poland and Lithuania signed a declaration in support of Ukraine.')).toContainEqual(
      expect.stringMatching(/^POL\S*>UKR 05/),
    );
  });

  it('leaves a gerund with its own subject after "the possibility of" hypothetical', () => {
    expect(
      stated('Kyiv raised the possibility of the ship being seized by Russian forces.'),
    ).not.toContainEqual(expect.stringMatching(/^RUS\S*>/));
  });

  it('leaves what talks are about unasserted, and what an agreement is about intended', () => {
    expect(stated('Turkey and Russia held talks on lifting the blockade of Odesa.')).not.toContainEqual(
      expect.stringMatching(/ 08/),
    );
    expect(all('Turkey and Russia held talks on lifting the blockade of Odesa.')).toContainEqual(
      expect.stringMatching(/ 08/),
    );
    expect(
      stated('Poland and Lithuania reached an agreement on providing support to Ukraine.'),
    ).toContainEqual(expect.stringMatching(/^POL\S*>UKR 07/));
    expect(stated('Latvia and Estonia started talking about evacuating civilians from Kyiv.')).toEqual([]);
    expect(modalities('Duda said he was talking about shelling.')).toContain('194 actual');
    expect(
      stated(
        'Turkey and Russia held talks on lifting the blockade of Odesa and evacuating civilians from Kyiv.',
      ),
    ).not.toContainEqual(expect.stringMatching(/ 07/));
    expect(stated('Turkey and Russia held talks on the Black Sea.')).toContainEqual(
      expect.stringMatching(/^RUS\S*>TUR\S* 04/),
    );
  });
});

describe('events coder: a gerund after a noun of need, and its means', () => {
  it('asks for the act after "the need for" and for its means after "by"', () => {
    expect(stated('Duda stressed the need for concluding agreements with Lithuania.')).not.toContainEqual(
      expect.stringMatching(/^POLGOV>LTU\S* 0[35]/),
    );
    expect(
      stated(
        'Duda spoke of the importance of deepening ties, notably by concluding new agreements with Lithuania.',
      ),
    ).not.toContainEqual(expect.stringMatching(/^POLGOV>LTU\S* 0[35]/));
    expect(stated('Poland helped Lithuania by sending troops to Vilnius.')).toContainEqual(
      expect.stringMatching(/^POL\S*>LTU\S* 07/),
    );
  });
});

describe('events coder: negatives fronted before an inverted auxiliary', () => {
  it('negates the act after "under no circumstances will", "never will", "at no time did"', () => {
    expect(stated('Under no circumstances will Poland attack Belarus.')).toEqual([]);
    expect(stated('Never will Latvia accept the annexation of Crimea.')).not.toContainEqual(
      expect.stringMatching(/^LVA\S*>\S* 0/),
    );
    expect(stated('At no time did Poland attack Belarus.')).toEqual([]);
    expect(stated('Never again will Poland allow Belarus to attack Lithuania.')).toEqual([]);
  });

  it('keeps the act of a plain inverted question unasserted and of a plain statement asserted', () => {
    expect(stated('Did Poland attack Belarus?')).toEqual([]);
    expect(stated('Poland attacked Belarus.')).toContainEqual(expect.stringMatching(/^POL\S*>BLR\S* 19/));
  });
});

describe('events coder: a verb the tagger took for a noun in a condition', () => {
  it('reads "if X attacks" as a condition, not an attack', () => {
    expect(stated('If Belarus attacks, Poland will defend Lithuania.')).not.toContainEqual(
      expect.stringMatching(/^BLR\S*>\S* 19/),
    );
    expect(stated('If Belarus attacks Lithuania, Poland will respond.')).not.toContainEqual(
      expect.stringMatching(/^BLR\S*>\S* 19/),
    );
  });
});

describe('events coder: one auxiliary over a list of verbs', () => {
  it('gives every verb of a comma list the modal and the negation of the first', () => {
    expect(stated('Belarus will not attack, occupy or destroy Lithuania.')).not.toContainEqual(
      expect.stringMatching(/^BLR\S*>\S* 1[89]/),
    );
    expect(stated('Poland could seize Belarus, occupy and destroy it.')).not.toContainEqual(
      expect.stringMatching(/ 1[89]\S*$/),
    );
  });
});

describe('events coder: a modal before the subject of a question', () => {
  it('gives the act of "what must X destroy?" the modal, and keeps "why did X attack?" done', () => {
    expect(stated('What exactly must Belarusian troops destroy?')).toEqual([]);
    expect(stated('Why did Belarus attack Lithuania?')).toContainEqual(
      expect.stringMatching(/^BLR\S*>LTU\S* 19/),
    );
  });
});

describe('events coder: an occasion at which something did not happen', () => {
  it('keeps the meeting held when what is negated is only what happened during it', () => {
    expect(stated('Duda did not mention Belarus during his meeting with Nauseda.')).toContainEqual(
      expect.stringMatching(/^POLGOV>LTUGOV 04/),
    );
    expect(stated('Duda did not meet Nauseda.')).toEqual([]);
  });
});

describe('events coder: saying, under a wish of the speaker', () => {
  it('reads "I would like to express my gratitude" as the thanks itself, of the speaker only', () => {
    expect(stated('Duda said: "I would like to express my gratitude to President Nauseda."')).toContainEqual(
      expect.stringMatching(/^POLGOV>LTUGOV 013/),
    );
    expect(modalities('Duda wants to express his gratitude to Nauseda.')).toEqual(['013 intended']);
    expect(stated('Duda said: "I would not like to express gratitude to Nauseda."')).not.toContainEqual(
      expect.stringMatching(/^POLGOV>LTUGOV 013/),
    );
  });
});

describe('events coder: verbs listed with commas under one "to"', () => {
  it('gives each verb of the list the word that governs the infinitive', () => {
    const planned =
      'Lithuania proposed to expel Belarus from the council, impose sanctions on Belarusian banks and restrict trade with Minsk.';
    expect(codedDyads(planned, { published: '2022-03-10', label: 'root' })).not.toContainEqual(
      expect.stringMatching(/^BLR\S*>/),
    );
    expect(stated(planned)).not.toContainEqual(expect.stringMatching(/^LTU\S*>BLR\S* 163/));
  });
});

describe("events coder: a gerund after its verb's own preposition", () => {
  it('takes the intent or demand of "will focus on", "must focus on"; done after "focused on"', () => {
    expect(modalities('Poland will focus on helping Ukraine.')).toEqual(['033 intended']);
    expect(modalities('Poland must focus on helping Ukraine.')).toEqual(['070 demanded']);
    expect(modalities('Poland focused on helping Ukraine.')).toEqual(['070 actual']);
  });
});

describe('events coder: a need in the past', () => {
  it('reads a main clause "had to withdraw" as done, and a reported or present one as asked for', () => {
    expect(modalities('Belarus had to withdraw its troops from Lithuania.')).toEqual(['087 actual']);
    expect(modalities('Belarus has to withdraw its troops from Lithuania.')).toEqual(['087 demanded']);
    expect(modalities('Nauseda said Belarus had to withdraw its troops from Lithuania.')).toContainEqual(
      '087 demanded',
    );
  });
});

describe('events coder: what the predicate of an event noun says of it', () => {
  it('negates a meeting that was cancelled and leaves one that is unlikely or prevented unasserted', () => {
    expect(modalities('The meeting between Duda and Nauseda was held in Vilnius.')).toContain('040 actual');
    expect(stated('The meeting between Duda and Nauseda was cancelled.')).toEqual([]);
    expect(stated('A meeting between Duda and Nauseda is unlikely.')).toEqual([]);
    expect(stated('A meeting between Duda and Nauseda is impossible.')).toEqual([]);
    expect(stated('A Belarusian attack on Vilnius was prevented.')).toEqual([]);
  });
});

describe('events coder: an act ordered of the passive subject, or done on an occasion taken', () => {
  it('asks the act of "are ordered to" and keeps "were forced to" done', () => {
    expect(modalities('Belarusian troops are ordered to destroy the bridge.')).toContain('1712 demanded');
    expect(modalities('Belarusian troops were forced to destroy the bridge.')).toContain('1712 actual');
  });

  it('reads the purpose of "take this opportunity to" as done unless the taking is negated', () => {
    expect(
      stated('Duda said: "I would like to use this occasion to invite President Nauseda."'),
    ).toContainEqual(expect.stringMatching(/^POLGOV>LTUGOV 036/));
    expect(stated('Duda took the opportunity to thank Nauseda.')).toContainEqual(
      expect.stringMatching(/^POLGOV>LTUGOV 051/),
    );
    expect(stated('Duda said: "I did not take the opportunity to thank Nauseda."')).not.toContainEqual(
      expect.stringMatching(/^POLGOV>LTUGOV 051/),
    );
  });
});
