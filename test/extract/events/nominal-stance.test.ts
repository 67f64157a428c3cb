import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { articleId } from '../../../src/core/identity.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';
import { codedDyads } from '../../helpers/events.js';

// Whole analyses: event nouns the sentence presents as arranged, still to come or only a description of
// something already named are not events it reports as done.
const dyads = (text: string) => codedDyads(text, { published: '2019-05-10' });
const stated = (text: string) => codedDyads(text, { published: '2019-05-10', statedOnly: true });

/** The events a text reports as done: asserted and actual, each as "SOURCE>TARGET CODE". */
function actualOnly(text: string): string[] {
  const published = '2019-05-10';
  const analysis = analyze({ id: articleId(text, published), published, text, lang: 'en' }, loadKnowledge());
  return analysis.events
    .filter((e) => e.polarity === 'asserted' && e.modality === 'actual')
    .map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.code}`);
}

describe('events coder: event nouns whose passive verb arranges them', () => {
  it('reads "is being prepared", "is scheduled", "is expected" and "is planned" as still to come', () => {
    for (const text of [
      'The signing of a trade treaty between Kenya and Somalia is being prepared.',
      'Talks between Kenya and Somalia are scheduled for Monday.',
      'A meeting between the Kenyan and Somali presidents is expected next week.',
      'The signing of the accord between Kenya and Somalia is planned for March.',
    ]) {
      const events = dyads(text);
      expect(events, text).toContainEqual(expect.stringMatching(/^(KEN|SOM)\S*>(KEN|SOM)\S* 0[345]/));
      expect(actualOnly(text), text).toEqual([]);
    }
  });

  it('reads "have been scheduled" as arranged, still to come', () => {
    expect(actualOnly('Contacts between the presidents of Kenya and Somalia have been scheduled.')).toEqual(
      [],
    );
  });

  it('keeps an act planned in the past as a fact that may have followed', () => {
    expect(actualOnly('Talks between Kenya and Somalia were held in Nairobi.')).toContainEqual(
      expect.stringMatching(/^(KEN|SOM)\S*>(KEN|SOM)\S* 04/),
    );
  });
});

describe('events coder: verbless conjuncts', () => {
  it('gives the noun of "…, and after that the ratification by …" the modality of the verb it shares', () => {
    const text =
      'The accord will be put to a referendum, and after that - the ratification of the accord by the Kenyan parliament.';
    expect(dyads(text)).toContainEqual(expect.stringMatching(/^KEN\S*>\S* 0[35]/));
    expect(actualOnly(text)).not.toContainEqual(expect.stringMatching(/^KEN\S*>\S* 0[35]/));
  });
});

describe('events coder: event nouns a copula says its subject is', () => {
  it('codes nothing for the noun after "this is" or after an event noun subject', () => {
    expect(dyads('Kenya says this is an invasion of Somalia by Ethiopia.')).not.toContainEqual(
      expect.stringMatching(/^ETH\S*>SOM\S* 19/),
    );
    expect(dyads('For the Somalis, this war is a people’s war.')).not.toContainEqual(
      expect.stringMatching(/ 19/),
    );
  });

  it('still codes the one occurrence an ordinal picks out', () => {
    expect(dyads('This is the third visit of the Kenyan president to Somalia.')).toContainEqual(
      expect.stringMatching(/^KEN\S*>SOM\S* 04/),
    );
  });

  it('keeps the event after a bare "has"', () => {
    expect(dyads('Kenya said that this country has the full support of Somalia.')).toContainEqual(
      expect.stringMatching(/ 051$/),
    );
  });

  it('still codes an event noun stated outright', () => {
    expect(dyads('Ethiopia launched an invasion of Somalia.')).toContainEqual(
      expect.stringMatching(/^ETH\S*>SOM\S* 19/),
    );
  });
});

describe('events coder: events someone is drawn into', () => {
  it('reports no protest that others only try to involve people in', () => {
    expect(
      actualOnly('Agitators are trying to involve Kenyan students in protests against the government.'),
    ).not.toContainEqual(expect.stringMatching(/ 14/));
  });

  it('keeps the event a definite phrase names, and leaves an indefinite one only sought', () => {
    expect(stated('Kenya wants to involve Uganda in its talks with Somalia.')).toContainEqual(
      expect.stringMatching(/>SOM\S* 0[34]/),
    );
    expect(stated('Kenya wants to involve Uganda in talks with Somalia.')).not.toContainEqual(
      expect.stringMatching(/>SOM\S* 0[34]/),
    );
  });
});

describe('events coder: event nouns still wanted or still to come', () => {
  it('reads an event noun that is needed as wanted, not given', () => {
    expect(actualOnly('Kenyan soldiers need the support of Somali citizens.')).not.toContainEqual(
      expect.stringMatching(/ 05/),
    );
    expect(actualOnly('A meeting between the Kenyan and Somali presidents is needed.')).toEqual([]);
  });

  it('takes the stance of the finite verb, not of a participle that describes the noun', () => {
    const text = 'Talks between Kenya and Somalia chaired by the two presidents will take place on Monday.';
    expect(dyads(text)).toContainEqual(expect.stringMatching(/^(KEN|SOM)\S*>(KEN|SOM)\S* 0[34]/));
    expect(actualOnly(text)).toEqual([]);
  });
});

describe('events coder: events acted against or only wanted', () => {
  it('keeps an event that a verb resists as under way, whatever the mood of that verb', () => {
    expect(actualOnly('The new sanctions will limit Ethiopian aggression against Somalia.')).toContainEqual(
      expect.stringMatching(/^ETH\S*>SOM\S* 19/),
    );
    expect(actualOnly('Somalia is able to repel the aggression of Ethiopia.')).not.toContainEqual(
      expect.stringMatching(/^SOM\S*>/),
    );
  });

  it('reads talks someone is interested in or has no interest in as wanted, not held', () => {
    expect(actualOnly('Kenya is interested in talks with Somalia.')).toEqual([]);
    expect(dyads('Kenya is interested in talks with Somalia.')).toContainEqual(
      expect.stringMatching(/^KEN\S*>SOM\S* 0[34]/),
    );
    expect(dyads('Kenya sees no interest in talks with Somalia.')).not.toContainEqual(
      expect.stringMatching(/>SOM\S* 04/),
    );
  });
});

describe('events coder: occasions a later act is set at', () => {
  it('reads a meeting or visit fronted to a clause of what will be done there as still to come', () => {
    const text = 'During his visit to Kenya next week, the Somali president will present the plan.';
    expect(dyads(text)).toContainEqual(expect.stringMatching(/^SOM\S*>KEN\S* 04/));
    expect(actualOnly(text)).not.toContainEqual(expect.stringMatching(/ 04/));
  });

  it('keeps the occasion of an act done, and one that a joined clause only follows', () => {
    expect(actualOnly('During his visit to Kenya, the Somali president presented the plan.')).toContainEqual(
      expect.stringMatching(/^SOM\S*>KEN\S* 04/),
    );
    expect(
      actualOnly(
        'Agreements were reached during the visit of the Somali president to Kenya, and now we must act.',
      ),
    ).toContainEqual(expect.stringMatching(/^SOM\S*>KEN\S* 04/));
  });
});

describe('events coder: events a need or an arrangement names', () => {
  it('reads the meeting of "the importance of holding a meeting" as asked for, not held', () => {
    const text = 'Kenya stressed the importance of holding a meeting with Somalia next year.';
    expect(actualOnly(text)).not.toContainEqual(expect.stringMatching(/ 04/));
    expect(actualOnly('Kenya held a meeting with Somalia.')).toContainEqual(
      expect.stringMatching(/^KEN>SOM 04/),
    );
  });

  it('reads a summit "scheduled for" a date or "to be held" as still to come', () => {
    expect(
      actualOnly('Kenya hopes that after the African Union summit scheduled for May, talks will resume.'),
    ).not.toContainEqual(expect.stringMatching(/^IGOAFRAFU>\S* 04/));
    expect(
      actualOnly('Kenya is preparing for the African Union summit to be held in Nairobi.'),
    ).not.toContainEqual(expect.stringMatching(/^IGOAFRAFU>\S* 04/));
  });
});

describe('events coder: force a talk is about', () => {
  it('reports force a definite phrase names, not force "a", "any" or "another" leaves unsingled', () => {
    expect(actualOnly('Kenya and Uganda discussed the Somali invasion of Ethiopia.')).toContain(
      'SOM>ETH 190',
    );
    for (const determiner of ['a', 'another']) {
      const events = actualOnly(`Kenya and Uganda discussed ${determiner} Somali invasion of Ethiopia.`);
      expect(events.filter((e) => e.startsWith('SOM>'))).toEqual([]);
    }
  });
});
