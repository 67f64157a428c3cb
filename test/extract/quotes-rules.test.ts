import { describe, expect, it } from 'vitest';
import { analyzeText, quotesOf, quoteWith } from './quotes-helpers.js';

const LAVROV = { id: 'sergey-lavrov', code: 'RUSGOV' };
const BLINKEN = { id: 'antony-blinken', code: 'USAGOV' };

describe('direct quotes', () => {
  it('in straight quotation marks, with the speaker after', () => {
    const q = quoteWith(quotesOf('"We are ready to talk," Blinken said.'), 'ready to talk');
    expect(q).toMatchObject({ kind: 'direct', cue: 'say', speaker: BLINKEN, speakerText: 'Blinken' });
    expect(q.text).toBe('We are ready to talk');
  });

  it('in curly quotation marks, with the verb before the speaker', () => {
    const text = '\u201cWe are ready for another conversation,\u201d said Sergey Lavrov.';
    const q = quoteWith(quotesOf(text), 'another conversation');
    expect(q).toMatchObject({ kind: 'direct', cue: 'say', speaker: LAVROV });
    expect(text.slice(q.span.start, q.span.end)).toBe('We are ready for another conversation');
  });

  it('in single quotation marks, told apart from apostrophes', () => {
    const quotes = quotesOf("Lavrov said the US should 'reduce emotions' before the talks.");
    expect(quoteWith(quotes, 'reduce emotions', 'direct')).toMatchObject({ speaker: LAVROV });
    const none = quotesOf(
      "Russia's demands and the allies' answer don't change the '90s treaties, Blinken said.",
    );
    expect(none.filter((q) => q.kind === 'direct')).toEqual([]);
    expect(quoteWith(none, "Russia's demands", 'indirect')).toMatchObject({ speaker: BLINKEN });
  });

  it('over several sentences', () => {
    const text = '"We are ready. We will wait. The choice is theirs," Lavrov said.';
    const q = quoteWith(quotesOf(text), 'We will wait');
    expect(q).toMatchObject({ kind: 'direct', speaker: LAVROV });
    expect(q.text).toBe('We are ready. We will wait. The choice is theirs');
  });

  it('split around the cue, as one quote in two parts', () => {
    const text = 'Sergey Lavrov met the press. "We are ready," he said, "but not at any price."';
    const q = quoteWith(quotesOf(text), 'We are ready');
    expect(q).toMatchObject({ kind: 'direct', cue: 'say', speaker: LAVROV, speakerText: 'he' });
    expect(q.parts?.map((p) => text.slice(p.start, p.end))).toEqual([
      'We are ready',
      'but not at any price.',
    ]);
    expect(q.text).toBe('We are ready … but not at any price.');
  });

  it('after a cue and a comma, the speaker named by a pronoun', () => {
    const text =
      'Russian Foreign Minister Sergey Lavrov spoke after the meeting. He concluded, "We need to understand what will happen."';
    expect(quoteWith(quotesOf(text), 'We need to understand')).toMatchObject({
      kind: 'direct',
      cue: 'conclude',
      speaker: LAVROV,
      speakerText: 'He',
    });
  });

  it('with the speaker named by an office held on the date', () => {
    const q = quoteWith(quotesOf('The Russian Foreign Minister said, "We are ready."'), 'We are ready');
    expect(q.speaker).toMatchObject(LAVROV);
  });

  it('continued in the next paragraph without a cue of its own', () => {
    const text = '"We are ready," Lavrov said.\n\n"The ball is in their court."';
    const q = quoteWith(quotesOf(text), 'ball is in their court');
    expect(q).toMatchObject({ kind: 'direct', speaker: LAVROV });
  });

  it('over two paragraphs, the first left open as news style has it', () => {
    const text = 'Blinken said: "We will reply in writing.\n\n"Then we will talk again."';
    const q = quoteWith(quotesOf(text), 'reply in writing');
    expect(q.speaker).toMatchObject(BLINKEN);
    expect(q.parts).toHaveLength(2);
    expect(q.text).toContain('Then we will talk again.');
  });

  it('keeps a quote whose speaker cannot be found, with no speaker', () => {
    const q = quoteWith(quotesOf('The talks ended at noon.\n\n"This cannot go on."'), 'cannot go on');
    expect(q.kind).toBe('direct');
    expect(q.speaker).toBeUndefined();
    expect(q.speakerText).toBeUndefined();
    expect(q.cue).toBeUndefined();
  });

  it('names an unknown speaker by their words, never by a guessed actor', () => {
    const q = quoteWith(quotesOf('"This is a mistake," the old man said.'), 'a mistake');
    expect(q.speakerText).toBe('the old man');
    expect(q.speaker).toBeUndefined();
  });

  it("does not take titles in quotation marks for quotes, nor an unattributed term for anyone's words", () => {
    const quotes = quotesOf(
      'Blinken appeared on "Face the Nation" on Sunday. The so-called "peace plan" failed.',
    );
    expect(quotes.some((q) => q.text.includes('Face the Nation'))).toBe(false);
    const term = quoteWith(quotes, 'peace plan');
    expect(term.speaker).toBeUndefined();
    expect(term.rule).toBe('quote.direct.fragment');
  });

  it('reads a signed quotation and a transcript turn', () => {
    const signed = quoteWith(quotesOf('"We want peace." \u2015 Maria Lopez, a teacher'), 'We want peace');
    expect(signed.speakerText).toBe('Maria Lopez');
    const turn = quoteWith(quotesOf('"PENCE: We will win this debate."'), 'win this debate');
    expect(turn).toMatchObject({ speakerText: 'PENCE', kind: 'direct' });
    expect(turn.text).toBe('We will win this debate.');
  });
});

describe('transcripts', () => {
  it("reads a paragraph opened by a person's name and a colon as their own words", () => {
    const text =
      'The talks opened at noon.\n\nForeign Minister Sergey Lavrov: Good afternoon. We are ready to listen.\n\nGENEVA: Troops moved.';
    const quotes = quotesOf(text);
    expect(quoteWith(quotes, 'We are ready to listen')).toMatchObject({
      kind: 'direct',
      rule: 'quote.direct.turn',
      speaker: LAVROV,
    });
    expect(quotes.some((q) => q.text.includes('Troops moved'))).toBe(false);
  });

  it('takes a headline of that form for a summary, not the words spoken', () => {
    const q = quoteWith(quotesOf('Lavrov: Russia Will Wait for Answers\n\nThe talks ended.'), 'Will Wait');
    expect(q).toMatchObject({ kind: 'indirect', rule: 'quote.indirect.headline', speaker: LAVROV });
  });
});

describe('reported speech', () => {
  it('partial quotes inside a reported clause: the clause is mixed, the quoted words direct', () => {
    const text =
      'Blinken spoke in Geneva. The top US official stated that the US will share its concerns "in more details".';
    const quotes = quotesOf(text);
    expect(quoteWith(quotes, 'share its concerns', 'mixed')).toMatchObject({
      cue: 'state',
      speaker: BLINKEN,
    });
    expect(quoteWith(quotes, 'in more details', 'direct')).toMatchObject({
      cue: 'state',
      speaker: BLINKEN,
      rule: 'quote.direct.partial',
    });
  });

  it('indirect speech with and without "that", ended where the next report starts', () => {
    const quotes = quotesOf(
      'Lavrov said that Moscow is waiting for an answer, adding that the two sides will talk again. Blinken said the talks were useful.',
    );
    const waiting = quoteWith(quotes, 'Moscow is waiting');
    expect(waiting).toMatchObject({ kind: 'indirect', cue: 'say', speaker: LAVROV });
    expect(waiting.text).toBe('that Moscow is waiting for an answer');
    expect(quoteWith(quotes, 'will talk again')).toMatchObject({ cue: 'add', speaker: LAVROV });
    expect(quoteWith(quotes, 'talks were useful')).toMatchObject({ kind: 'indirect', speaker: BLINKEN });
  });

  it('a speaker named after the verb, or by a compound or a mis-tagged noun', () => {
    const says = quoteWith(
      quotesOf('The children are part of a lost generation, says the BBC\u2019s Imogen Foulkes.'),
      'lost generation',
    );
    expect(says).toMatchObject({ kind: 'indirect', speakerText: 'the BBC\u2019s Imogen Foulkes' });
    const compound = quoteWith(
      quotesOf('"It is 2010 all over again," the Brotherhood-led alliance said.'),
      'all over again',
    );
    expect(compound.speakerText).toBe('the Brotherhood-led alliance');
    const chief = quoteWith(quotesOf('"There is no good reason," the UN chief said.'), 'no good reason');
    expect(chief.speakerText).toBe('the UN chief');
  });

  it('a report closed by its cue: "…, officials said"', () => {
    const q = quoteWith(
      quotesOf('Troops moved closer to the border overnight, Blinken said.'),
      'Troops moved',
    );
    expect(q).toMatchObject({ kind: 'indirect', speaker: BLINKEN, rule: 'quote.indirect.before-cue' });
  });

  it('"according to X", before or after the content', () => {
    const before = quoteWith(
      quotesOf('According to Lavrov, Russia hopes for progress.'),
      'hopes for progress',
    );
    expect(before).toMatchObject({ kind: 'indirect', cue: 'according to', speaker: LAVROV });
    expect(before.text).toBe('Russia hopes for progress');
    const after = quoteWith(
      quotesOf('Russia hopes for progress, according to Lavrov.'),
      'hopes for progress',
    );
    expect(after).toMatchObject({ cue: 'according to', speaker: LAVROV });
  });

  it('a verb joined to a reporting verb shares its speaker: "added but said"', () => {
    const quotes = quotesOf('"We are ready," Lavrov added but said the two sides were not there yet.');
    expect(quoteWith(quotes, 'not there yet')).toMatchObject({
      kind: 'indirect',
      cue: 'say',
      speaker: LAVROV,
    });
  });

  it('a sentence-opening participle reports nothing: "Asked about …, Blinken said"', () => {
    const quotes = quotesOf('Asked about sanctions, Blinken said, "Everything is on the table."');
    expect(quotes.map((q) => q.text)).toEqual(['Everything is on the table.']);
    expect(quotes[0]?.speaker).toMatchObject(BLINKEN);
  });

  it('does not read other senses of a listed verb as speech', () => {
    expect(quotesOf('Russia agreed to further talks and maintained its troops near the border.')).toEqual([]);
    expect(quotesOf('Western nations warned Russia against further moves.')).toEqual([]);
  });
});

describe('the statement date', () => {
  it('comes from a day-precise time expression in the cue clause, else the article date', () => {
    const a = analyzeText('Blinken on Friday said that talks will go on.', '2022-01-22');
    expect(a.quotes[0]).toMatchObject({ date: '2022-01-21', speaker: BLINKEN });
    const b = analyzeText('Blinken said that talks will go on.', '2022-01-22');
    expect(b.quotes[0]?.date).toBe('2022-01-22');
  });
});
