import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { articleId } from '../../../src/core/identity.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';

/** Each event of a text as "CODE DATE PLACE", with "-" for no place. */
function located(text: string, published = '2022-02-10'): string[] {
  const analysis = analyze({ id: articleId(text, published), published, text, lang: 'en' }, loadKnowledge());
  return analysis.events.map((e) => `${e.code} ${e.date} ${e.place?.name ?? '-'}`);
}

describe('events coder: the place of an act', () => {
  it('does not take the country of an office, a leader or a quality for the place of the act', () => {
    // (the thanks, and the support Russia gave)
    expect(located('The President of Belarus thanked Russia for its support.')).toEqual([
      '051 2022-02-10 -',
      '051 2022-02-10 -',
    ]);
    expect(located('The minister praised the territorial integrity of Georgia.')).toEqual([
      '051 2022-02-10 -',
    ]);
    expect(located('The leaders of France and Germany met in Paris.')).toEqual([
      '040 2022-02-10 Paris',
      '040 2022-02-10 Paris',
    ]);
  });

  it('takes a place after "of" when it is the part or kind of place an act happens in', () => {
    expect(located('Russian forces shelled the outskirts of Kharkiv.')).toEqual(['194 2022-02-10 Kharkiv']);
    expect(located('The foreign ministers held talks in the Turkish resort of Antalya.')).toEqual([
      '046 2022-02-10 Antalya',
    ]);
  });

  it('takes a place after "of" that the act itself is done to', () => {
    expect(located('Russian troops continued the shelling of Kharkiv.')).toEqual(['194 2022-02-10 Kharkiv']);
    // a place an act named for something else in the sentence is done to is not where this act happens
    expect(located('The minister condemned the shelling of Kharkiv.')).toEqual(['111 2022-02-10 -']);
  });

  it('does not take an owner or part of a hyphened word for the place, but does take an owner of a region', () => {
    expect(located("Zelenskyy thanked Johnson for the United States' help.")).toEqual(['051 2022-02-10 -']);
    expect(located("Russia deployed troops near Ukraine's borders.")).toEqual(['154 2022-02-10 -']);
    expect(
      located('Zelenskyy thanked Johnson for supporting the Euro-Atlantic aspirations of Ukraine.'),
    ).toEqual(['051 2022-02-10 -']);
    expect(located("Russian forces shelled a hospital in Syria's second city.")).toEqual([
      '194 2022-02-10 Syria',
    ]);
  });

  it('does not take part of a longer name for a place', () => {
    expect(
      located('Zelensky spoke by phone with President of the Republic of Azerbaijan Ilham Aliyev.'),
    ).toContain('041 2022-02-10 -');
    expect(located('According to the Kremlin, Putin thanked Macron.')).toEqual(['051 2022-02-10 -']);
    expect(
      located('The Russian army is killing civilians in violation of the Geneva 1949 Convention.'),
    ).toEqual(['180 2022-02-10 -']);
  });

  it('places a gathering where the verb telling of its taking place says', () => {
    expect(located('The meeting of Zelensky with Karis began in Kyiv.')).toEqual([
      '040 2022-02-10 Kyiv',
      '040 2022-02-10 Kyiv',
    ]);
  });

  it('places the main clause of a sentence by a place its opening words name', () => {
    expect(
      located('During a meeting in Kyiv, Zelensky and Duda discussed cooperation between the two countries.'),
    ).toEqual(['040 2022-02-10 Kyiv', '040 2022-02-10 Kyiv']);
    expect(
      located('After the rocket attack on Vinnytsia, Zelensky called on Western countries to help.'),
    ).toContain('020 2022-02-10 -');
  });

  it('places a statement or a consultation by its venue, not by a place in what it is about', () => {
    expect(located('Putin and Macron discussed the developments in Kazakhstan.')).toEqual([
      '040 2022-02-10 -',
      '040 2022-02-10 -',
    ]);
    expect(located('Putin praised Macron at a news conference in Moscow.')).toEqual([
      '051 2022-02-10 Moscow',
    ]);
    expect(located('Putin and Macron discussed on Friday in Paris the situation in Mali.')).toEqual([
      '040 2022-02-04 Paris',
      '040 2022-02-04 Paris',
    ]);
    expect(located('Stoltenberg and Zelensky exchanged information on the threats from Russia.')).toEqual([
      '064 2022-02-10 -',
      '064 2022-02-10 -',
    ]);
    // a visit happens where its object is
    expect(located('Zelensky visited the front line in the Donbas region.')).toEqual([
      '042 2022-02-10 Donbas',
    ]);
  });

  it('prefers a place after a locative preposition and a direction to one that describes a thing', () => {
    expect(
      located('Russian troops seized the port in southern Ukraine, the largest port in Europe.'),
    ).toEqual(['192 2022-02-10 Ukraine']);
  });

  it('places an act in a clause opened by "where" at the place that clause describes', () => {
    expect(
      located(
        'Blinken went to Kyiv on Wednesday, where he met Zelensky, and to Berlin on Thursday, where he met Scholz.',
      ).filter((e) => e.startsWith('040')),
    ).toEqual(['040 2022-02-09 Kyiv', '040 2022-02-10 Berlin']);
  });

  it("codes a meeting of two countries' parties in a third country as a meeting at a third location (044)", () => {
    expect(located('The foreign ministers of Russia and Ukraine met in Antalya.')).toEqual([
      '044 2022-02-10 Antalya',
      '044 2022-02-10 Antalya',
    ]);
    // in the land of one side, or with an organisation, which belongs to no country, it stays a meeting
    expect(located('The foreign ministers of Russia and Turkey met in Antalya.')).toEqual([
      '040 2022-02-10 Antalya',
      '040 2022-02-10 Antalya',
    ]);
    expect(located('The NATO Secretary General met the Russian foreign minister in Geneva.')).toEqual([
      expect.stringMatching(/^040 /),
    ]);
  });
});

describe('events coder: the date of an act', () => {
  it('gives the day of the sentence opening words to its first clause', () => {
    expect(
      located('On Friday, Russia attacked Ukraine, and on Saturday its troops shelled Kharkiv.'),
    ).toEqual(['190 2022-02-04 -', '194 2022-02-05 Kharkiv']);
  });

  it('does not date an act by a day that labels a document or bounds a period', () => {
    expect(located('Russia pushed for the implementation of the resolution of February 7.')).toEqual([
      '020 2022-02-10 -',
    ]);
    expect(located('Since February 8, Russian forces have shelled Kharkiv.')).toEqual([
      '194 2022-02-10 Kharkiv',
    ]);
    expect(located('Russia attacked Kharkiv on the morning of February 9.')).toEqual([
      '190 2022-02-09 Kharkiv',
    ]);
  });

  it('carries a day named before only to acts told in the past, not to what is said as of the article', () => {
    expect(located('The ministers met in Geneva on February 7. Russia must withdraw its troops.')).toContain(
      '087 2022-02-10 -',
    );
    expect(located('The ministers met in Geneva on February 7. Russia has deployed more troops.')).toContain(
      '154 2022-02-10 -',
    );
    expect(
      located('Russia refused talks on February 8 and again on February 9. Russia attacked Ukraine.'),
    ).toContain('190 2022-02-09 -');
  });

  it('does not give a past day of one clause to an act another clause tells in the present', () => {
    expect(located('Yesterday the rouble fell sharply, and Russia is threatening Ukraine.')).toEqual([
      '130 2022-02-10 -',
    ]);
    expect(located('Yesterday the rouble fell sharply, and Russia threatened Ukraine.')).toEqual([
      '130 2022-02-09 -',
    ]);
  });

  it('does not date an act by the only day of a sentence when that day belongs to a later clause', () => {
    expect(
      located('Zelensky thanked Biden for the agreements reached at the talks on February 3.'),
    ).toContain('051 2022-02-10 -');
  });

  it('does not date the rest of a sentence by the day of an act it opens with', () => {
    const ready =
      'After the cyberattack on February 1, the Netherlands stands ready to provide assistance to Ukraine.';
    expect(located(ready)[0]).toMatch(/^033 2022-02-10 /);
    expect(
      located('The ministers met on February 7. After the talks on February 8, Russia attacked Ukraine.'),
    ).toContain('190 2022-02-10 -');
  });

  it('dates an act by the day of a circumstance it goes on despite', () => {
    expect(located('Despite heavy rain on February 8, Zelensky praised Duda.')).toEqual(['051 2022-02-08 -']);
  });

  it('carries a recent day to the sentences after it, but not a day long past', () => {
    expect(located('The ministers met in Geneva on February 7. Russia criticised Ukraine.')).toContain(
      '111 2022-02-07 -',
    );
    expect(located('Russia signed the treaty on December 4, 2009. Russia criticised Ukraine.')).toEqual([
      '057 2009-12-04 -',
      '111 2022-02-10 -',
    ]);
    expect(located('The council adopted the resolution on February 7. Russia criticised Ukraine.')).toContain(
      '111 2022-02-07 -',
    );
    expect(located('The council adopted the resolution of February 7. Russia criticised Ukraine.')).toContain(
      '111 2022-02-10 -',
    );
  });

  it('does not carry the day of an earlier act that a sentence names only after "after" or "since"', () => {
    const text =
      'Biden spoke with Putin on Tuesday. It was their second call, after a video call on February 2. ' +
      'Russia criticised Ukraine.';
    expect(located(text)).toContain('111 2022-02-08 -');
  });
});
