import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Analysis } from '../../src/core/analysis.js';
import { articleId } from '../../src/core/identity.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';

// Transcripts printed as one block of text: each turn's "I" and "we" belong to the speaker its label names,
// up to the next label, wherever in the paragraph that label stands.

function run(text: string, date = '2022-03-01'): Analysis {
  return analyze({ id: articleId(text, date), published: date, text, lang: 'en' }, loadKnowledge());
}

/** The country code of each mention with these words, in order ('' where no actor is resolved). */
const codes = (a: Analysis, text: string) =>
  a.mentions.filter((m) => m.text === text).map((m) => m.actor?.code ?? '');

describe('turn labels inside a paragraph', () => {
  it('starts a turn after a sentence that ends in an ellipsis', () => {
    const a = run(
      'Vladimir Putin: We will open the bridge in spring, and then we will… Olaf Scholz (retranslated): We ' +
        'welcome the plan.',
    );
    expect(codes(a, 'We')).toEqual(['RUSGOV', 'DEUGOV']);
  });

  it('starts a turn after an abbreviation that ends a sentence', () => {
    const a = run(
      'Vladimir Putin: We are building roads, ports, airfields, etc. Emmanuel Macron: We want to help.',
    );
    expect(codes(a, 'We')).toEqual(['RUSGOV', 'FRAGOV']);
  });

  it('starts a turn after a mark of words left out', () => {
    const a = run('Vladimir Putin: We will build it. <…> Emmanuel Macron: We will help.');
    expect(codes(a, 'We')).toEqual(['RUSGOV', 'FRAGOV']);
  });

  it('starts a turn at the label that follows a heading after a section break', () => {
    const a = run(
      'The talks went on all day. * * * Remarks at the meeting of the Security Council President of Russia ' +
        'Vladimir Putin: Colleagues, they expel our diplomats without any reason.',
    );
    expect(codes(a, 'diplomats')).toEqual(['RUSGOV']);
  });

  it('takes the speaker next to the colon when the heading before the label names someone else', () => {
    const a = run(
      'The leaders met at noon. * * * Start of the meeting with Federal Chancellor of Germany Olaf Scholz ' +
        'President of Russia Vladimir Putin: Good afternoon. We will sign the treaty today.',
    );
    expect(codes(a, 'We')).toEqual(['RUSGOV']);
  });

  it('reads "in" inside an office as part of the label', () => {
    const a = run(
      'Vladimir Putin: We are glad. Ombudsman Ivan Zadorozhny, Commissioner in the Russian Federation: We ' +
        'visited the camps.',
    );
    expect(codes(a, 'We')).toEqual(['RUSGOV']);
  });

  it('reads an office told in common nouns before the name as part of the label', () => {
    const a = run(
      'Vladimir Putin: We are glad. Please. Captain of the research vessel Ivan Zadorozhny: I report that we are ready.',
    );
    expect(codes(a, 'We')).toEqual(['RUSGOV']);
    expect(codes(a, 'we')).toEqual([]);
  });

  it('gives the "I" of a state company head or a church leader in a transcript to that person', () => {
    const a = run(
      'Vladimir Putin: We are glad. Herman Gref: I thank you. Patriarch Kirill: I pray for peace.',
    );
    expect(a.mentions.filter((m) => m.text === 'I').map((m) => m.actor?.id)).toEqual([
      'herman-gref',
      'patriarch-kirill',
    ]);
  });

  it('gives the "I" of officials, judges and business leaders in a transcript to each of them', () => {
    const a = run(
      'Vladimir Putin: Go ahead. Dmitry Kozak: I met them. Valery Zorkin: I read the law. Ella Pamfilova: I ' +
        'counted. Alexander Shokhin: I asked firms. Yury Chikhanchin: I traced it. Andrei Kostin: I lent.',
    );
    expect(a.mentions.filter((m) => m.text === 'I').map((m) => m.actor?.code)).toEqual([
      'RUSGOV',
      'RUSJUD',
      'RUSGOV',
      'RUSBUS',
      'RUSGOV',
      'MNCRUS',
    ]);
  });

  it("knows a children's rights commissioner and the deputy heads of two presidential offices", () => {
    const a = run(
      'Maria Lvova-Belova: I visited them. Kyrylo Tymoshenko: I saw it. Iryna Vereshchuk: I agree. ' +
        'Maxim Oreshkin: I doubt it. Iryna Venediktova: I charged them.',
    );
    expect(a.mentions.filter((m) => m.text === 'I').map((m) => m.actor?.id)).toEqual([
      'maria-lvova-belova',
      'kyrylo-tymoshenko',
      'iryna-vereshchuk',
      'maxim-oreshkin',
      'iryna-venediktova',
    ]);
  });

  it('leaves the words after "Question:" or "Answer:" to no one we know', () => {
    const a = run(
      'Vladimir Putin: We are ready, thank you. Question: Will we see the treaty soon? Answer: We hope so.',
    );
    expect(codes(a, 'We')).toEqual(['RUSGOV']);
    expect(codes(a, 'we')).toEqual([]);
  });

  it('ends the turn before a label with a name it does not know', () => {
    const a = run(
      'Vladimir Putin: We met in May. How is the plant doing? Ivan Zadorozhny: I think we have done well.',
    );
    expect(codes(a, 'I')).toEqual([]);
    expect(codes(a, 'we')).toEqual([]);
  });

  it('reads the title words before a name as part of the label, and takes the person it names', () => {
    const a = run(
      'Emmanuel Macron: Thank you. Chairman of the Government Mikhail Mishustin: I thank you, and we agree. ' +
        'First Deputy Chairman Sergei Lavrov: Indeed.',
    );
    expect(a.mentions.find((m) => m.text === 'I')?.actor?.id).toBe('mikhail-mishustin');
    expect(codes(a, 'we')).toEqual(['RUSGOV']);
  });
});

describe('colons that are no turn label', () => {
  it('keeps the speaker over "the following:", a time of day and a headline with a verb', () => {
    const a = run(
      'Emmanuel Macron: We have agreed on the following: we will talk again. At 10:30 we met the ministers. ' +
        'Scholz Says Yes: we are glad.',
    );
    expect(codes(a, 'we')).toEqual(['FRAGOV', 'FRAGOV', 'FRAGOV']);
  });
});

describe('turn quotes', () => {
  it('gives each turn of a one-paragraph transcript its own quote and speaker', () => {
    const a = run(
      'Vladimir Putin: We are glad to see you in Moscow. Question: When will the talks end? Emmanuel Macron ' +
        '(retranslated): We will keep talking as long as needed.',
    );
    const turns = a.quotes.filter((q) => q.rule === 'quote.direct.turn');
    expect(turns.map((q) => [q.speaker?.code, q.text])).toEqual([
      ['RUSGOV', 'We are glad to see you in Moscow.'],
      ['FRAGOV', 'We will keep talking as long as needed.'],
    ]);
  });
});

describe('names before a colon that are no turn label', () => {
  it('takes no label after a courtesy title, inside brackets or before words in lower case', () => {
    const a = run(
      'Emmanuel Macron: We spoke of Mr. Scholz: he agrees. We met Olaf Scholz (Photo: Getty) later. Olaf ' +
        'Scholz: if you want a deal, we are ready, the French leader said.',
    );
    expect(codes(a, 'we')).toEqual(['FRAGOV']);
    expect(codes(a, 'We')).toEqual(['FRAGOV', 'FRAGOV']);
  });
});

describe('an inverted attribution before a colon', () => {
  it('opens one quotation, not a transcript turn as well', () => {
    const a = run(
      'Sam Ellis, a budget analyst, said the plan was bad. The plan is complicated. Said Ellis: “I do not ' +
        'think she is interested in the plan at all.”\n\nOthers disagree.',
    );
    expect(a.quotes.filter((q) => q.kind === 'direct')).toHaveLength(1);
  });
});
