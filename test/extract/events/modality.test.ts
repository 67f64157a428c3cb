import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// Whole analyses: acts a sentence supposes, rules out, recommends or only uses to describe a noun are not
// events it reports; the same acts stated plainly still are.
const dyads = (text: string) => codedDyads(text, { published: '2019-05-10' });
const stated = (text: string) => codedDyads(text, { published: '2019-05-10', statedOnly: true });

describe('events coder: conditions opened by an inverted auxiliary', () => {
  it('reads "should X verb", "had X verbed" and "were X verbed" as conditions, like "if"', () => {
    expect(stated('Kenya will retaliate should Somalia send troops across the border.')).not.toContainEqual(
      expect.stringMatching(/^SOM>/),
    );
    expect(dyads('Kenya will retaliate should Somalia send troops across the border.')).toContainEqual(
      expect.stringMatching(/^SOM>\S* 15/),
    );
    expect(stated('Had Uganda sent troops to Congo, the rebels would have fled.')).not.toContainEqual(
      expect.stringMatching(/^UGA>/),
    );
    expect(stated('The rebels would have fled had Uganda sent troops to Congo.')).not.toContainEqual(
      expect.stringMatching(/^UGA>/),
    );
    expect(stated('Were Ugandan troops withdrawn from Congo, the talks would resume.')).toEqual([]);
    expect(dyads('Were Ugandan troops withdrawn from Congo, the talks would resume.')).toContainEqual(
      expect.stringMatching(/^UGA\S*>\S* 087$/),
    );
  });

  it('keeps the act asserted where the auxiliary has its own subject before it', () => {
    expect(stated('Uganda sent troops to Congo on Monday.')).toContainEqual(
      expect.stringMatching(/^UGA>COD 15/),
    );
    expect(stated('Uganda had sent troops to Congo before the talks.')).toContainEqual(
      expect.stringMatching(/^UGA>COD 15/),
    );
  });

  it('does not take an actor named earlier for "it" when a generic noun stands between them', () => {
    expect(
      dyads('Kenya warned that any aggressor will be defeated should it attack the country.'),
    ).not.toContainEqual(expect.stringMatching(/^KEN\S*>\S* 19/));
  });
});

describe('events coder: acts a noun or an adjective rules out or leaves open', () => {
  it('rules out the clause after "no chance", "no way" and "not a chance"', () => {
    expect(dyads('There is no chance that Somalia will sign the accord with Kenya.')).toEqual([]);
    expect(dyads('There is no way Uganda will withdraw its troops from Congo.')).toEqual([]);
    expect(dyads('There is not a chance that Sudan will accept the Ethiopian plan.')).toEqual([]);
    expect(dyads('There is no evidence that Rwanda sent troops to Burundi.')).toEqual([]);
  });

  it('rules out the clause after "it is impossible that" and leaves it open after "it is unlikely that"', () => {
    expect(dyads('It is impossible that Sudan will accept the Ethiopian plan.')).toEqual([]);
    expect(stated('It is unlikely that Sudan will accept the Ethiopian plan.')).toEqual([]);
    expect(stated('It is vital that Sudan accepts the Ethiopian plan.')).toEqual([]);
  });

  it('still asserts the clause after "no doubt that" and "it is clear that"', () => {
    expect(stated('There is no doubt that Rwanda sent troops to Burundi.')).toContainEqual(
      expect.stringMatching(/^RWA>BDI 15/),
    );
    expect(stated('It is clear that Rwanda sent troops to Burundi.')).toContainEqual(
      expect.stringMatching(/^RWA>BDI 15/),
    );
  });
});

describe('events coder: impersonal statements about an act', () => {
  it('reads "it is good to" and "it is important to" as a general judgement or a need, not an act done', () => {
    expect(stated('Kenya said it is good to help Somalia.')).not.toContainEqual(
      expect.stringMatching(/^KEN>SOM/),
    );
    expect(stated('Kenya said it is important to support Somalia.')).not.toContainEqual(
      expect.stringMatching(/^KEN>SOM/),
    );
    expect(dyads('Kenya said it is important to support Somalia.')).toContainEqual(
      expect.stringMatching(/^KEN>SOM 05/),
    );
  });

  it('reads "it is time to" as a need, "it is better to" as a judgement and "it is impossible to" as ruled out', () => {
    expect(dyads('Kenya said it is time to impose sanctions on Somalia.')).toContainEqual('KEN>SOM 163');
    expect(stated('Kenya said it is time to impose sanctions on Somalia.')).not.toContainEqual('KEN>SOM 163');
    expect(stated('Kenya said it is better now to impose sanctions on Somalia.')).not.toContainEqual(
      'KEN>SOM 163',
    );
    expect(dyads('Kenya said it is impossible to support Somalia.')).not.toContainEqual(
      expect.stringMatching(/^KEN>SOM/),
    );
  });

  it('reads a duty ("is supposed to", "is obliged to") as asked for, but a past "was obliged to" as done', () => {
    expect(stated('Kenya is obliged to defend Somalia.')).toEqual([]);
    expect(dyads('Kenya is obliged to defend Somalia.')).toEqual(['KEN>SOM 052']);
    expect(stated('Kenya was obliged to withdraw its troops from Somalia.')).toContainEqual(
      expect.stringMatching(/^KEN>SOM 08/),
    );
  });

  it('keeps the intent of an actor that says it is ready to act', () => {
    expect(stated('Kenya said it is ready to support Somalia.')).toContainEqual(
      expect.stringMatching(/^KEN>SOM 03/),
    );
  });
});

describe('events coder: participles used as adjectives', () => {
  it('codes no act from a participle inside a noun phrase', () => {
    expect(dyads('Kenya supports refugees living in the recently occupied districts.')).not.toContainEqual(
      expect.stringMatching(/ 192$/),
    );
    expect(dyads('Ethiopia respects Eritrea within its internationally recognised borders.')).toEqual([]);
    for (const districts of ['their occupied districts', 'the new occupied districts'])
      expect(dyads(`Kenya supports refugees living in ${districts}.`)).not.toContainEqual(
        expect.stringMatching(/ 192$/),
      );
  });

  it('still codes a reduced relative with arguments of its own, and the plain verb', () => {
    expect(dyads('Ugandan troops deployed near the border attacked a Congolese village.')).toContainEqual(
      expect.stringMatching(/^UGA\S*>COD 19/),
    );
    expect(dyads('Uganda occupied the districts in March.')).toContainEqual(
      expect.stringMatching(/^UGA>\S* 192$/),
    );
  });
});

describe('events coder: questions', () => {
  it('asserts no act a yes/no question asks about, nor what a question governs', () => {
    expect(stated('Did Kenya send troops to Somalia?')).toEqual([]);
    expect(stated('So, will Kenya withdraw its troops from Somalia or not?')).toEqual([]);
    expect(stated('Can we say that Kenya has attacked Somalia?')).toEqual([]);
    expect(stated('Do you think that Kenya attacked Somalia?')).toEqual([]);
    expect(dyads('Did Kenya send troops to Somalia?')).toEqual([expect.stringMatching(/^KEN>SOM 15/)]);
  });

  it('keeps the act a question word takes for granted, and the plain statement', () => {
    expect(stated('Why did Kenya send troops to Somalia?')).toEqual([expect.stringMatching(/^KEN>SOM 15/)]);
    expect(stated('Kenya sent troops to Somalia.')).toEqual([expect.stringMatching(/^KEN>SOM 15/)]);
  });
});

describe('events coder: negation outside the verb group', () => {
  it('negates a verb that "never" or "not" stands before with no auxiliary', () => {
    expect(dyads('Kenya never attacked Somalia.')).toEqual([]);
    expect(dyads('Kenya never wanted this war with Somalia.')).toEqual([]);
  });

  it('does not negate what "not only" singles out', () => {
    expect(dyads('Kenya not only attacked Somalia but also threatened Sudan.')).toEqual(
      expect.arrayContaining(['KEN>SOM 190', 'KEN>SDN 130']),
    );
  });

  it('negates an act whose subject says no one did it', () => {
    expect(dyads('Kenya deploys troops at a time when nothing threatens Kenya.')).not.toContainEqual(
      expect.stringMatching(/>KEN 13/),
    );
  });
});

describe('events coder: aims', () => {
  it('reads a "so that" clause as an aim, unless it tells what came of the act', () => {
    expect(stated('Kenya pressed the rebels so that they release the hostages.')).not.toContainEqual(
      expect.stringMatching(/ 084/),
    );
    expect(stated('Kenya hid its plans, so that the rebels released the hostages.')).toContainEqual(
      expect.stringMatching(/ 084/),
    );
  });
});

describe('events coder: events named as missing', () => {
  it('negates a nominal event after "without" or "instead of"', () => {
    expect(dyads('Kenya chose war instead of talks with Somalia.')).not.toContainEqual(
      expect.stringMatching(/ 046$/),
    );
    expect(dyads('Kenya chose war without talks with Somalia.')).not.toContainEqual(
      expect.stringMatching(/ 046$/),
    );
    expect(dyads('Kenya held talks with Somalia.')).toContainEqual('KEN>SOM 046');
  });

  it('negates a nominal event after "rather than", as after "instead of"', () => {
    expect(dyads('Kenya sent troops rather than negotiations with Somalia.')).not.toContainEqual(
      expect.stringMatching(/ 046$/),
    );
    expect(dyads('Kenya sent troops rather than negotiations with Somalia.')).toContainEqual('KEN>SOM 154');
  });

  it('negates a gerund after "the lack of" or "the absence of", as after "without"', () => {
    for (const text of [
      'The lack of attacking Somalia angered Kenya.',
      'The absence of attacking Somalia surprised Kenya.',
    ]) {
      expect(dyads(text), text).not.toContainEqual(expect.stringMatching(/ 19\d$/));
    }
    expect(dyads('Attacking Somalia, Kenya angered Uganda.')).toContainEqual(expect.stringMatching(/ 19\d$/));
  });
});

describe('events coder: hedges, pretence and unwillingness', () => {
  it('leaves an act under "allegedly" or "probably" a claim, but not one under "reportedly"', () => {
    expect(stated('Kenya allegedly attacked Somalia.')).toEqual([]);
    expect(stated('Kenya has probably attacked Somalia.')).toEqual([]);
    expect(stated('Kenya reportedly attacked Somalia.')).toEqual(['KEN>SOM 190']);
  });

  it('does not take a pretended act for the act', () => {
    expect(stated('Kenya pretends to support Somalia.')).toEqual([]);
  });

  it('reads "unwilling" and "reluctant" as "not willing"', () => {
    expect(dyads('Kenya is reluctant to send troops to Somalia.')).toEqual([]);
    expect(dyads('Kenya is unwilling to negotiate with Somalia.')).not.toContainEqual('KEN>SOM 046');
  });

  it('negates "has yet to", "is yet to", "stopped short of" and "has no intention of"', () => {
    expect(dyads('Kenya is yet to sign the agreement with Somalia.')).toEqual([]);
    expect(dyads('Kenya has yet to recognize Somalia.')).toEqual([]);
    expect(dyads('Kenya stopped short of recognizing Somalia.')).toEqual([]);
    expect(dyads('Kenya has no intention of attacking Somalia.')).toEqual([]);
    expect(dyads('Not a single Kenyan soldier has attacked Somalia.')).toEqual([]);
  });
});

describe('events coder: conditions named by a phrase', () => {
  it('reads a clause after "provided that", "on condition that", "in the event that" as a condition', () => {
    for (const opener of ['provided that', 'on condition that', 'in the event that'])
      expect(stated(`Kenya will sign the deal ${opener} Somalia withdraws its troops.`)).not.toContainEqual(
        expect.stringMatching(/^SOM>\S* 08/),
      );
    expect(stated('Kenya will sign the deal after Somalia withdrew its troops.')).toContainEqual(
      expect.stringMatching(/^SOM>\S* 08/),
    );
  });
});

describe('events coder: obligations', () => {
  it('keeps "must" over adverbs joined by "and"', () => {
    expect(stated('Somalia must immediately and unconditionally withdraw its troops from Kenya.')).toEqual(
      [],
    );
  });

  it('asks for the means of an act asked for, and keeps the means of an act done', () => {
    expect(stated('Kenya must respond by imposing sanctions on Somalia.')).not.toContainEqual('KEN>SOM 163');
    expect(stated('Kenya responded by imposing sanctions on Somalia.')).toContainEqual('KEN>SOM 163');
  });
});

describe('events coder: events that end', () => {
  it('takes an event whose end is foretold as under way, not as intended', () => {
    expect(stated('Kenya said the talks with Somalia will end next week.')).toContainEqual('KEN>SOM 046');
    expect(stated('The talks with Somalia will resume next week, Kenya said.')).toContainEqual('KEN>SOM 036');
  });
});

describe('events coder: acts barred, opposed or only within reach', () => {
  it('does not assert an act barred ("prohibited from entering") or opposed ("against X joining")', () => {
    expect(stated('Somali ships are prohibited from entering Kenyan ports.')).toEqual([]);
    expect(stated('Kenya is against Somalia sending troops to the border.')).not.toContainEqual(
      expect.stringMatching(/^SOM>\S* 15/),
    );
  });

  it('reads "will be enough to destroy" as within reach, not as done or threatened', () => {
    expect(stated('Two Kenyan missiles will be enough to destroy the Somali base.')).toEqual([]);
  });
});

describe('events coder: intentions dropped and events hoped for', () => {
  it('negates an act whose plan is abandoned or given up', () => {
    expect(stated('The rebels gave up on their plan to seize the Kenyan capital.')).toEqual([]);
    expect(stated('Kenya abandoned its plan to annex the Somali region.')).not.toContainEqual(
      expect.stringMatching(/^KEN>SOM/),
    );
  });

  it('does not assert an event counted on, hoped for or looked forward to', () => {
    expect(stated('Kenya hopes for a mediation role of Ethiopia.')).toEqual([]);
    expect(stated('Kenya looks forward to the visit of the Somali president.')).toEqual([]);
  });
});

describe('events coder: forecasts believed', () => {
  it('reads "is confident that X will" as a belief about X, and a past act after it as asserted', () => {
    expect(stated('Kenya is confident that Somalia will sign the deal.')).toEqual([]);
    expect(stated('Kenya is confident that Somalia signed the deal.')).toContainEqual(
      expect.stringMatching(/^SOM>\S* 057/),
    );
  });
});

describe('events coder: thanks said as a wish', () => {
  it('reads "would like to thank" and "want to congratulate" as the thanks itself', () => {
    expect(stated('Merkel said she would like to thank Macron for his help.')).toContainEqual(
      'DEUGOV>FRAGOV 051',
    );
    expect(stated('I want to congratulate Poland on its election, Trump said.')).toContainEqual(
      'USAGOV>POL 051',
    );
  });

  it('keeps a wish to do anything else an intent, and a denied wish denied', () => {
    expect(stated('Merkel said she would like to meet Macron.')).not.toContainEqual('DEUGOV>FRAGOV 040');
    expect(dyads('Trump did not want to thank Poland.')).not.toContainEqual('USAGOV>POL 051');
  });
});
