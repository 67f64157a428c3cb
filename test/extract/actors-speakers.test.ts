import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Analysis } from '../../src/core/analysis.js';
import { articleId } from '../../src/core/identity.js';
import { speakerNameStart } from '../../src/extract/actors/title-speaker.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';

// The speaker's own words ("we", "our troops", "I") through who speaks them, and "they" in their words.

interface Input {
  readonly title?: string;
  readonly source?: string;
  readonly date?: string;
}

function run(text: string, { title, source, date = '2022-03-01' }: Input = {}): Analysis {
  return analyze(
    {
      id: articleId(text, date),
      published: date,
      text,
      lang: 'en',
      ...(title !== undefined && { title }),
      ...(source !== undefined && { source }),
    },
    loadKnowledge(),
  );
}

/** The mentions with these words, in order. */
const all = (a: Analysis, text: string) => a.mentions.filter((m) => m.text === text);
const first = (a: Analysis, text: string) => all(a, text)[0];

describe('speakers in transcripts', () => {
  it('gives a state leader’s "we" and "our troops" the leader’s state after a turn label', () => {
    const a = run(
      'The meeting was held in Moscow. President of Russia Vladimir Putin: Colleagues, our troops will ' +
        'stay in their barracks. We will not attack anyone.',
    );
    expect(first(a, 'troops')?.actor?.code).toBe('RUSMIL');
    expect(first(a, 'troops')?.rule).toContain('speaker.turn');
    expect(first(a, 'We')?.actor?.code).toBe('RUSGOV');
    expect(first(a, 'We')?.rule).toBe('first-person>speaker.turn.side');
  });

  it('follows the turns, and leaves a journalist’s "we" uncoded', () => {
    const a = run(
      'Vladimir Putin: We agree with this. Question: Can we expect a summit soon? Emmanuel Macron ' +
        '(retranslated): I think we need more talks.',
    );
    expect(all(a, 'we').map((m) => m.actor?.code)).toEqual(['FRAGOV']);
    expect(first(a, 'We')?.actor?.code).toBe('RUSGOV');
    expect(first(a, 'I')?.actor?.id).toBe('emmanuel-macron');
  });

  it('reads "I" as the speaker and tells "us" from "US" and a ruler’s numeral from "I"', () => {
    const a = run(
      'Vladimir Putin: Yesterday I signed the decree. The US sanctioned us. In 1700 Tsar Peter I built this city.',
    );
    expect(first(a, 'I')?.actor?.id).toBe('vladimir-putin');
    expect(all(a, 'I')).toHaveLength(1);
    expect(first(a, 'US')?.actor?.code).toBe('USA');
    expect(first(a, 'us')?.actor?.code).toBe('RUSGOV');
  });

  it('reads "the Government" in a state leader’s words as the leader’s government, not one named after it', () => {
    const a = run(
      'Vladimir Putin: I ask the Government to draft support measures. The government of Kazakhstan asked ' +
        'for help.',
    );
    expect(first(a, 'Government')?.actor?.code).toBe('RUSGOV');
    expect(first(a, 'Government')?.rule).toContain('speaker.turn.own-government');
    expect(first(a, 'government')?.actor?.code).not.toBe('RUSGOV');
    expect(first(run('The Government will act.'), 'Government')?.actor?.code).toBe('---GOV');
  });

  it('takes no label for a speaker when a verb stands before the colon', () => {
    const a = run('Vladimir Putin said: we will respond.');
    expect(first(a, 'we')).toBeUndefined();
  });
});

describe('speakers of addresses and quotations', () => {
  it('reads an address by an office holder as that holder’s words', () => {
    const a = run('We are defending our state. Our soldiers are heroes. Our people will not give up.', {
      title: 'Address by the President of Ukraine on the sixth day',
    });
    expect(first(a, 'We')?.actor?.code).toBe('UKRGOV');
    expect(first(a, 'We')?.rule).toBe('first-person>speaker.title.side');
    expect(first(a, 'our state')?.actor?.code).toBe('UKR');
    expect(first(a, 'soldiers')?.actor?.code).toBe('UKRMIL');
    expect(first(a, 'people')?.actor?.code).toBe('UKRCVL');
  });

  it('takes the country of an address by an office the publisher holds', () => {
    const a = run('We will rebuild every town.', {
      title: 'Address by the President to the nation',
      source: 'President of Ukraine',
    });
    expect(first(a, 'We')?.actor?.code).toBe('UKRGOV');
  });

  it('reads a title opening with a name and a colon as that person’s words', () => {
    const a = run('We will send helmets to Kyiv.', { title: 'Olaf Scholz: Germany stands by its partners' });
    expect(first(a, 'We')?.actor?.code).toBe('DEUGOV');
  });

  it('gives quoted words their speaker, named before or after them', () => {
    const a = run(
      'Zelenskyy spoke in Kyiv on Monday. "We will rebuild our country. Our army is strong," he said.',
    );
    expect(first(a, 'We')?.actor?.code).toBe('UKRGOV');
    expect(first(a, 'We')?.rule).toBe('first-person>speaker.quote.side');
    expect(first(a, 'our country')?.actor?.code).toBe('UKR');
    expect(first(a, 'army')?.actor?.code).toBe('UKRMIL');
  });

  it('reads a clause reported in the speaker’s own person as the speaker’s words', () => {
    const a = run('Zelenskyy noted that our citizens need visas no longer. I love my country, he added.');
    expect(first(a, 'citizens')?.actor?.code).toBe('UKRCVL');
    expect(first(a, 'my country')?.actor?.code).toBe('UKR');
  });

  it('leaves a quotation inside a quotation to someone else', () => {
    const a = run('Dmitry Peskov said: "Nobody told the police \'they robbed me\' then."');
    expect(first(a, 'me')).toBeUndefined();
  });

  it('gives a sector "our" owns in quoted words the speaker’s country', () => {
    const a = run('"Our troops will stay in their barracks," Putin said.');
    expect(first(a, 'troops')?.actor?.code).toBe('RUSMIL');
  });

  it('leaves the words of no one named, or of someone of no state, uncoded', () => {
    expect(first(run('We visited the old town.'), 'We')).toBeUndefined();
    const a = run('"We will never leave our homes," a resident said.');
    expect(first(a, 'We')).toBeUndefined();
  });
});

describe('"they" in a speaker’s words', () => {
  it('is never the speaker’s own state, but the last other party named', () => {
    const text = 'Russian troops crossed the border at dawn. Ukraine did not give up. They shelled the city.';
    const spoken = run(text, { title: 'Address by the President of Ukraine' });
    expect(first(spoken, 'They')?.actor?.code).toBe('RUSMIL');
  });

  it('waits for a speaker named after the quotation', () => {
    const a = run(
      'Russian troops crossed the border. Ukraine resisted. "They shelled our towns," Zelenskyy said.',
    );
    expect(first(a, 'They')?.actor?.code).toBe('RUSMIL');
    // with no other party named, no one
    const b = run('Ukraine resisted. "They shelled our towns," Zelenskyy said.');
    expect(first(b, 'They')).toBeUndefined();
  });

  it('may be the speaker’s own troops named as a party', () => {
    const a = run('Ukrainian soldiers held the line. They repelled the attack.', {
      title: 'Address by the President of Ukraine',
    });
    expect(first(a, 'They')?.actor?.code).toBe('UKRMIL');
  });
});

describe('titles that name a speaker', () => {
  it('finds where the speaker’s name starts', () => {
    const address = 'Address by the President of Ukraine';
    expect(address.slice(speakerNameStart(address))).toBe('President of Ukraine');
    expect(speakerNameStart('Sergei Lavrov: talks will go on')).toBe(0);
    const closing = 'Ukraine will not give up – Volodymyr Zelenskyy';
    expect(closing.slice(speakerNameStart(closing))).toBe('Volodymyr Zelenskyy');
    expect(speakerNameStart('Joint statement of the leaders of five states')).toBeUndefined();
    expect(speakerNameStart('Telephone conversation with the President of Turkey')).toBeUndefined();
  });
});
