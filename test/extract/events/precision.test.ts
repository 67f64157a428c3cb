import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// Whole analyses: acts a sentence only mentions, supposes or answers are not new events of their own, and
// the events it does assert are read with the right parties.
const dyads = (text: string) => codedDyads(text, { published: '2014-07-20' });
const stated = (text: string) => codedDyads(text, { published: '2014-07-20', statedOnly: true });

describe('events coder: what a sentence does not assert', () => {
  it('does not assert an act done "instead of" another', () => {
    for (const text of [
      'Instead of attacking Somalia, Kenya negotiated.',
      'Rather than attacking Somalia, Kenya met Uganda.',
    ]) {
      expect(stated(text)).not.toContainEqual(expect.stringMatching(/ 19\d$/));
      expect(stated(text)).toContainEqual(expect.stringMatching(/^KEN>\S+ 04/));
    }
  });

  it('asserts what a relative clause says of its noun, whatever is said of the verb over that noun', () => {
    // the rockets are fired, though they cannot be replaced
    const text = 'Hamas can neither build up its arsenal nor replace those it fires at Israel.';
    expect(stated(text)).toContainEqual('PSEREBHMS>ISR 190');
    expect(stated('Israel could not replace the shelters Hamas shelled on Monday.')).toContainEqual(
      expect.stringMatching(/ 19\d$/),
    );
  });

  it('codes the answer to a call, demand or offer, not the request it answers', () => {
    expect(dyads('Kenya rebuffed calls by Tanzania for talks on the border.')).toEqual(['KEN>TZA 125']);
    expect(dyads('Kenya dismissed demands by Uganda for the release of prisoners.')).toEqual([
      'KEN>UGA 1243',
    ]);
    expect(dyads('Kenya accepted the demand by Uganda for the release of prisoners.')).toEqual([
      expect.stringMatching(/^KEN>UGA 08/),
    ]);
  });
});

describe('events coder: words that name no event in the sense they are used', () => {
  it('reads recognition as diplomatic only of a state, a government or their independence', () => {
    expect(dyads('Kenya recognised the separatist republic.')).toEqual([
      expect.stringMatching(/^KEN>.* 054$/),
    ]);
    expect(dyads('Kenya recognised the importance of the talks.')).toEqual([]);
    expect(dyads('Kenya recognised Kosovo.')).toEqual([expect.stringMatching(/^KEN>\w+ 054$/)]);
    expect(dyads('Kenya recognised the independence of Kosovo.')).toEqual([
      expect.stringMatching(/^KEN>\w+ 054$/),
    ]);
  });

  it('reads a call or a consideration with a second noun after its object as naming or regarding', () => {
    expect(dyads('Kenya called Uganda a threat.')).toEqual([]);
    expect(dyads('Kenya called Uganda on Monday.')).toEqual(['KEN>UGA 041']);
  });

  it('reads putting questions as no appeal and returning a state of things as no handing over', () => {
    expect(dyads('Journalists asked President Ruto their questions.')).toEqual([]);
    expect(dyads('Kenya asked Uganda to withdraw.')).toContainEqual(expect.stringMatching(/^KEN>UGA 02/));
    expect(dyads('The Kenyan army returned peace to the region.')).toEqual([]);
    expect(dyads('Kenya returned the prisoners.')).toContainEqual(expect.stringMatching(/^KEN>\S+ 084/));
  });

  it('reads forces "engaged in" an exercise as taking part, not fighting', () => {
    expect(dyads('Kenyan troops were engaged in the exercise.')).toEqual(['KENMIL>- 150']);
    expect(dyads('Somali forces were engaged by Kenyan troops.')).toEqual(['KENMIL>SOMMIL 190']);
  });

  it('meets or talks "with" only a party', () => {
    expect(dyads('The plan met with resistance.')).toEqual([]);
    expect(dyads('Kenya discussed the border with a focus on security.')).toEqual([]);
    expect(dyads('Kenya discussed the border with Uganda.')).toEqual(['KEN>UGA 040']);
  });

  it('reads an "-ing" form after an empty "it" and before "how" or "that" as a judgement', () => {
    expect(dyads('It was striking how Kenya preferred dealing with Uganda.')).toEqual([]);
  });

  it('reads a nationality before a genocide or massacre as its victims', () => {
    expect(dyads('Kenya denounced the Rwandan genocide.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^KEN>RWA 11/)]),
    );
    expect(dyads('The Rwandan genocide was condemned.')).not.toContainEqual(expect.stringMatching(/^RWA>/));
  });

  it('codes training as military aid only when another party is trained', () => {
    expect(dyads('Kenyan troops are training in Uganda.')).toEqual([]);
    expect(dyads('Kenyan troops trained Somali soldiers.')).toEqual(['KENMIL>SOMMIL 072']);
  });

  it('reads a name after "in" or "over" as the place, not as the object of a particle verb', () => {
    expect(dyads('Kenyan jets flew over Somalia.')).toEqual([]);
    expect(dyads('Kenya sent in troops.')).toEqual(['KEN>- 154']);
  });
});

describe('events coder: parties and codes of the acts it asserts', () => {
  it('codes killing civilians as 18x and a massacre as mass killing', () => {
    expect(dyads('Somali rebels killed Kenyan civilians.')).toEqual(['SOMREB>KENCVL 180']);
    expect(dyads('Kenya condemned the massacre of civilians by Somali rebels.')).toContainEqual(
      expect.stringMatching(/^SOMREB>\S+ 202$/),
    );
  });

  it('gives the act a possessed plan or decision intends to the one whose plan it is', () => {
    expect(dyads("Kenya backed Uganda's plan to withdraw its troops.")).toContainEqual(
      expect.stringMatching(/^UGA>\S+ 0356$/),
    );
    expect(dyads("Kenya backed Uganda's plan to withdraw its troops.")).not.toContainEqual(
      expect.stringMatching(/^KEN>\S+ 0356$/),
    );
    expect(dyads('Kenya announced a plan to withdraw its troops.')).toContainEqual(
      expect.stringMatching(/^KEN>\S+ 0356$/),
    );
  });

  it('reads a participle after a prepositional noun, with a named agent, as a passive done by the agent', () => {
    expect(dyads('Kenya will expel rebels under a deal forced on Somalia by Uganda and Rwanda.')).toEqual(
      expect.arrayContaining(['UGA>SOM 170', 'RWA>SOM 170']),
    );
    expect(
      dyads('Kenya will expel rebels under a deal forced on Somalia by Uganda and Rwanda.'),
    ).not.toContainEqual(expect.stringMatching(/^---REB>/));
  });

  it('reads opposing a plan or an act as rejecting it, and opposing a party as disapproval', () => {
    expect(dyads('Ethiopia opposed the deployment of a peacekeeping force.')).toEqual(['ETH>IGOPKO 1224']);
    expect(dyads('Ethiopia opposed the Kenyan plan.')).toEqual(['ETH>KEN 127']);
    expect(dyads('Ethiopia opposed the new bill.')).toEqual(['ETH>- 120']);
    expect(dyads('Ethiopia opposed President Kenyatta.')).toEqual([
      expect.stringMatching(/^ETH>KEN\w* 110$/),
    ]);
  });

  it('codes the attack on an airliner against the country of its airline', () => {
    expect(dyads('A Kenya Airways plane was blown up by al-Shabaab.')).toEqual(['SOMREB>KENBUS 183']);
    expect(dyads('Rebels shot down a Malaysian airliner over Ukraine.')).toEqual([
      expect.stringMatching(/>MYSBUS 19/),
    ]);
  });

  it('gives an attack done with a weapon the weapon user named after it', () => {
    expect(dyads('The Kenyan airliner was blown up by a missile fired by Somali rebels.')).toEqual([
      'SOMREB>KENBUS 194',
    ]);
  });
});

describe('events coder: forms of address', () => {
  it('does not take the one addressed for the subject of the verb after the comma', () => {
    const text = 'Emmanuel Macron: Mr President, thank you very much. Colleagues, thank you.';
    expect(codedDyads(text, { published: '2022-02-07' })).toEqual([]);
    expect(dyads('Mr Putin thanked the Chinese leader for the talks.')).toContainEqual(
      expect.stringMatching(/^RUS\S*>CHN\S* 051$/),
    );
  });
});

describe('events coder: a gerund that is the subject of its sentence', () => {
  it("does not take the gerund's object for its subject", () => {
    expect(dyads('Attacking Ukraine was a mistake.')).not.toContainEqual(expect.stringMatching(/^UKR\S*>/));
    expect(dyads('Killing civilians is a crime.')).not.toContainEqual(expect.stringMatching(/^---CVL>/));
    expect(dyads('While speaking to reporters in Kyiv, Kerry warned Russia.')).toContainEqual(
      expect.stringMatching(/^USA\S*>RUS 130$/),
    );
  });
});

describe('events coder: a relative clause on the target of an event noun', () => {
  it('does not make the target the author of the noun through the relative clause on it', () => {
    expect(dyads('We saw support for Ukrainian citizens who left.')).not.toContainEqual(
      expect.stringMatching(/^UKR\S*>/),
    );
    // two parties of a joint act named with no one else do it together, whoever the relative clause is on
    expect(
      dyads('The meeting of Volodymyr Zelenskyy and Boris Johnson, who is on a working visit, has begun.'),
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^GBR\S*>UKR\S* 040$/),
        expect.stringMatching(/^UKR\S*>GBR\S* 040$/),
      ]),
    );
    // the subject of the clause around the noun still supports
    expect(dyads('Poland expressed support for Ukrainian citizens who left.')).toContainEqual(
      expect.stringMatching(/^POL>UKR\S* 051$/),
    );
  });
});
