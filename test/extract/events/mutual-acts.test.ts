import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { articleId } from '../../../src/core/identity.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';
import { codedDyads } from '../../helpers/events.js';

// Acts both sides do to each other (a clash), a clash of words, fighting "between" two sides, and an
// investigation ordered or demanded rather than carried out.
const dyads = (text: string) => codedDyads(text, { published: '2022-03-01' }).sort();

describe('events coder: clashes are mutual', () => {
  it('codes a clash with a named side in both directions', () => {
    expect(dyads('Azerbaijani troops clashed with Armenian forces near the border.')).toEqual([
      'ARMMIL>AZEMIL 190',
      'AZEMIL>ARMMIL 190',
    ]);
  });

  it('codes coordinated sides that clashed, with no object, against each other', () => {
    expect(dyads('Indian and Chinese soldiers clashed in the Galwan valley.')).toEqual([
      'CHNMIL>INDMIL 190',
      'INDMIL>CHNMIL 190',
    ]);
    expect(dyads('Georgia and Russia clashed over South Ossetia.')).toEqual(['GEO>RUS 190', 'RUS>GEO 190']);
  });

  it('does not code a lone subject that clashed with no one named', () => {
    expect(dyads('Armenian troops clashed on Tuesday.')).toEqual([]);
  });

  it('codes the crowd rioting and the police repressing in a clash between them', () => {
    expect(dyads('Belarusian protesters clashed with riot police in Minsk.')).toEqual([
      'BLRCOP>BLROPP 175',
      'BLROPP>BLRCOP 145',
    ]);
    expect(dyads('Kenyan police clashed with protesters in Nairobi.')).toEqual([
      'KENCOP>KENOPP 175',
      'KENOPP>KENCOP 145',
    ]);
  });

  it('keeps a denied clash denied in both directions', () => {
    expect(dyads('Azerbaijani troops did not clash with Armenian forces.')).toEqual([]);
  });

  it('reads a clash between governments or politicians as one of words (110)', () => {
    expect(dyads('Emmanuel Macron clashed with Viktor Orban over migration.')).toEqual([
      'FRAGOV>HUNGOV 110',
      'HUNGOV>FRAGOV 110',
    ]);
    expect(dyads('Russian and Ukrainian diplomats clashed at the Security Council.')).toEqual([
      'RUSGOV>UKRGOV 110',
      'UKRGOV>RUSGOV 110',
    ]);
  });
});

describe('events coder: a host receiving a guest', () => {
  it("codes the guest's visit (042) back to the host beside the hosting (043)", () => {
    expect(dyads('Volodymyr Zelensky received Antony Blinken in Kyiv.')).toEqual([
      'UKRGOV>USAGOV 043',
      'USAGOV>UKRGOV 042',
    ]);
    expect(dyads('Recep Tayyip Erdogan welcomed Volodymyr Zelensky to Istanbul.')).toEqual([
      'TURGOV>UKRGOV 043',
      'UKRGOV>TURGOV 042',
    ]);
  });

  it('denies the visit with the hosting', () => {
    const text = 'Vladimir Putin did not receive Emmanuel Macron.';
    const published = '2022-03-01';
    const { events } = analyze(
      { id: articleId(text, published), published, text, lang: 'en' },
      loadKnowledge(),
    );
    expect(events.map((e) => `${e.source.code}>${e.target?.code} ${e.code} ${e.polarity}`).sort()).toEqual([
      'FRAGOV>RUSGOV 042 negated',
      'RUSGOV>FRAGOV 043 negated',
    ]);
  });

  it("reads a host's plan as the host's intent alone: the guest's wishes are not stated", () => {
    expect(dyads('Vladimir Putin will host Xi Jinping next month.')).toEqual(['RUSGOV>CHNGOV 036']);
  });
});

describe('events coder: fighting between two sides', () => {
  it('reads a gerund of fighting before "between" as the noun of the fighting', () => {
    expect(dyads('Heavy fighting between Armenian and Azerbaijani forces continued.')).toEqual([
      'ARMMIL>AZEMIL 190',
      'AZEMIL>ARMMIL 190',
    ]);
    expect(dyads('Fighting between Armenian and Azerbaijani forces resumed on Monday.')).toEqual([
      'ARMMIL>AZEMIL 190',
      'AZEMIL>ARMMIL 190',
    ]);
  });
});

describe('events coder: investigations ordered or demanded', () => {
  it('codes an ordered or demanded investigation as a demand (101), not an investigation under way', () => {
    expect(dyads('Lithuania ordered an investigation against Belarus.')).toEqual(['LTU>BLR 101']);
    expect(dyads('Lithuania demanded an investigation against Belarus.')).toEqual(['LTU>BLR 101']);
    expect(dyads('Lithuania demanded an inquiry into the shelling by Belarus.')).toEqual(['LTU>BLR 101']);
  });

  it('still codes an investigation opened as one under way', () => {
    expect(dyads('Lithuania opened an investigation into Belarus.')).toEqual(['LTU>BLR 090']);
  });
});
