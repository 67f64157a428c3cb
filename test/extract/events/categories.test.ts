import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { articleId } from '../../../src/core/identity.js';
import type { Event } from '../../../src/core/records.js';
import { codeEvents } from '../../../src/extract/events/stage.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';
import { type ActorPhrase, actor, mentionsFor } from '../../helpers/mentions.js';

// Which event and which PLOVER category a sentence gets, on actors we name ourselves.
const ACTORS: ActorPhrase[] = [
  { phrase: 'Kenya', actor: actor('KEN', 'KEN') },
  { phrase: 'Kenyan police', actor: actor('KEN', 'KENCOP') },
  { phrase: 'Nairobi', actor: actor('KEN', 'KENGOV') },
  { phrase: 'Peru', actor: actor('PER', 'PER') },
  { phrase: 'the prime minister', actor: actor('PER', 'PERGOV') },
  { phrase: 'Peruvian troops', actor: actor('PER', 'PERMIL') },
  { phrase: 'students', actor: actor('---EDU', '---EDU') },
  { phrase: 'Shining Path', actor: actor('PERREB', 'PERREB'), type: 'org' },
  { phrase: 'Jan Novak', actor: actor('jan-novak', ''), type: 'person' },
  { phrase: 'African Union', actor: actor('IGOAFR', 'IGOAFR'), type: 'org' },
  { phrase: 'Amnesty', actor: actor('---NGO', '---NGO'), type: 'org' },
];

function code(text: string): Event[] {
  const article = { id: articleId(text, '2022-01-22'), published: '2022-01-22', text, lang: 'en' };
  const kb = loadKnowledge();
  const analysis = analyze(article, kb, { until: 'nlp' });
  return codeEvents(
    { ...analysis, mentions: mentionsFor(analysis, ACTORS), times: [], places: [] },
    kb.cameo,
  );
}

const coded = (text: string) =>
  code(text)
    .filter((e) => e.polarity === 'asserted')
    .map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.code} ${e.plover}`);

describe('events coder: PLOVER categories the manual defines', () => {
  it('lifting a curfew or emergency rule is a concession (CONCEDE)', () => {
    expect(coded('Nairobi lifted the curfew on Monday.')).toEqual(['KENGOV>KEN 0813 CONCEDE']);
    expect(coded('Nairobi lifted the state of emergency.')).toEqual(['KENGOV>KEN 0814 CONCEDE']);
  });

  it('a resignation takes effect at once (RETREAT)', () => {
    expect(coded('The prime minister resigned on Friday.')).toEqual(['PERGOV>- 0831 RETREAT']);
  });

  it('destroying property is coercion, not assault', () => {
    expect(coded('Peruvian troops demolished the farmhouses.')).toEqual(['PERMIL>- 1712 COERCE']);
  });
});

describe('events coder: a participle after the object', () => {
  it('describes the object, which the verb still takes', () => {
    expect(coded('Kenyan police prevented the demonstration staged by students.')).toContain(
      'KENCOP>- 170 COERCE',
    );
  });
});

describe('events coder: force made ready', () => {
  it('armed forces preparing to use force is a show of force (MOBILIZE), not a threat', () => {
    expect(coded('Peruvian troops prepared to attack the rebel camp.')).toEqual(['PERMIL>- 152 MOBILIZE']);
    expect(coded('Peruvian troops are preparing an offensive.')).toEqual(['PERMIL>- 152 MOBILIZE']);
    expect(coded('Peruvian troops prepared to resume shelling the valley.')).toEqual([
      'PERMIL>- 152 MOBILIZE',
    ]);
  });

  it('a stated readiness, or bracing for an attack, stays what it was', () => {
    expect(coded('Peruvian troops prepared to attack the rebel camp.')).not.toContain(
      'PERMIL>- 1384 THREATEN',
    );
    expect(coded('Peruvian troops are prepared to attack the camp.')).toEqual(['PERMIL>- 1384 THREATEN']);
  });
});

describe('events coder: an act started or kept up', () => {
  it('codes the gerund after begin, resume or continue as done by the subject', () => {
    expect(coded('Peruvian troops began shelling the valley.')).toEqual(['PERMIL>- 194 ASSAULT']);
    expect(coded('Peruvian troops resumed shelling the valley.')).toEqual(['PERMIL>- 194 ASSAULT']);
  });

  it('does not code an act that was stopped', () => {
    expect(coded('Peruvian troops stopped shelling the valley.')).toEqual([]);
  });
});

describe('events coder: backers rallied, not troops', () => {
  it('mobilising pressure groups or a lobby is rallying support (053)', () => {
    expect(coded('Kenya mobilized pressure groups in Europe.')).toEqual(['KEN>- 053 SUPPORT']);
    expect(coded('Kenya mobilized reservists.')).toEqual(['KEN>- 154 MOBILIZE']);
  });
});

describe('events coder: a main clause joined on', () => {
  it('its subject noun keeps its own stance, not that of the verb before', () => {
    const events = code('Kenya and Peru agreed to keep talking, but their meeting produced no deal.');
    expect(events.find((e) => e.rule === 'n.meeting')).toMatchObject({ modality: 'actual' });
  });
});

describe('events coder: subjects around commas and parentheses', () => {
  it('a name glossed in parentheses names the group after it', () => {
    expect(coded('The Shining Path (Sendero) group declared a ceasefire.')).toEqual([
      'PERREB>- 0871 RETREAT',
    ]);
  });

  it('a title between commas after an unknown name stands for the body it names', () => {
    expect(coded('Jan Novak, the African Union envoy, urged Kenya to free the students.')).toContain(
      'IGOAFR>KEN 0253 REQUEST',
    );
  });
});

describe('events coder: an act sped up or completed', () => {
  it('is done by the subject of the verb that speeds it up or completes it', () => {
    expect(coded('Peru completed the withdrawal of its troops.')).toEqual(['PER>- 087 RETREAT']);
    expect(coded('Peru speeded up the withdrawal of its troops.')).toEqual(['PER>- 087 RETREAT']);
  });
});

describe('events coder: "including"', () => {
  it('introduces members of the group before it, not a clause', () => {
    expect(coded('Peruvian troops including former rebels shelled the valley.')).toEqual([
      'PERMIL>- 194 ASSAULT',
    ]);
  });

  it('names who acts when the group itself is no actor', () => {
    expect(coded('Several countries, including Kenya, condemned the attack.')).toEqual(['KEN>- 111 ACCUSE']);
    expect(coded('Dozens of governments, including Kenya, condemned the attack.')).toEqual([
      'KEN>- 111 ACCUSE',
    ]);
  });
});

describe('events coder: a protest that reports what it objects to', () => {
  it('is a complaint (ACCUSE) about the one reported on, not a demonstration', () => {
    expect(coded('Kenyan police are beating students, Amnesty protested on Monday.')).toContain(
      '---NGO>KENCOP 114 ACCUSE',
    );
    expect(coded('The students protested that Nairobi had closed the university.')).toEqual([
      '---EDU>KENGOV 114 ACCUSE',
    ]);
  });

  it('a protest with nothing reported stays a protest', () => {
    expect(coded('The students protested on Monday.')).toEqual(['---EDU>- 140 PROTEST']);
  });
});

describe('events coder: a claim closing the sentence', () => {
  it('is the accusation, aimed at the accused; the act claimed is not asserted', () => {
    const events = code('Kenyan police beat the students, Amnesty alleged on Friday.');
    expect(
      events
        .filter((e) => e.modality === 'actual')
        .map((e) => `${e.source.code}>${e.target?.code} ${e.plover}`),
    ).toEqual(['---NGO>KENCOP ACCUSE']);
  });
});

describe('events coder: a relative clause between commas', () => {
  it('leaves the noun it describes as the subject of the verb after it', () => {
    expect(coded('Peruvian troops, who control the valley, shelled the town.')).toEqual([
      'PERMIL>- 194 ASSAULT',
    ]);
    expect(coded('Kenya, which opposes the plan, expelled the students.')).toContain('KEN>---EDU 174 COERCE');
  });

  it('a destruction the owner undergoes is not done by the owner', () => {
    expect(coded("Peru condemned the rebels, who urge Kenya's destruction.")).not.toContain(
      'KEN>- 1712 COERCE',
    );
  });
});

describe('events coder: pressure named by "by"', () => {
  it('is a demand by the one who presses, not coercion', () => {
    expect(coded('Peru refused to resign despite pressure by Kenya.')).toContain('KEN>PER 100 REQUEST');
  });
});

describe('events coder: measures and descriptions after the verb', () => {
  it('"by" before a number is a measure, and the object after it is still the object', () => {
    expect(coded('Nairobi on Monday shortened by two hours the curfew.')).toEqual([
      'KENGOV>KEN 0813 CONCEDE',
    ]);
  });

  it('a participle describing the object is no event of its own when it names no agent', () => {
    expect(coded('Nairobi lifted the curfew imposed in March.')).toEqual(['KENGOV>KEN 0813 CONCEDE']);
  });

  it('a participle inside a noun phrase does not make the next verb a participle', () => {
    expect(coded("Kenya's most respected students appealed to Nairobi.")).toEqual([
      '---EDU>KENGOV 020 REQUEST',
    ]);
  });
});

describe('events coder: an announced restriction', () => {
  it('"plans to" read as a verb, past a comparison between commas, makes a threat (THREATEN)', () => {
    expect(coded('Kenya, like most of its neighbours, plans to impose restrictions on students.')).toEqual([
      'KEN>KENEDU 132 THREATEN',
    ]);
  });
});

describe('events coder: forces withdrawn, in the passive', () => {
  it('are pulled out by their own side', () => {
    expect(coded('Peruvian troops were withdrawn from the valley on Friday.')).toEqual([
      'PERMIL>- 087 RETREAT',
    ]);
    expect(coded('African Union peacekeepers were shipped out of Kenya.')).toEqual([
      'IGOAFR>KEN 1661 SANCTION',
    ]);
  });
});

describe("events coder: a leader's supporters", () => {
  it('act as the camp of the one the of-phrase names', () => {
    expect(coded('Hundreds of supporters of the prime minister blocked roads.')).toEqual([
      'PERGOV>- 144 PROTEST',
    ]);
  });
});

describe('events coder: dissent permitted', () => {
  it('letting others hold a protest relaxes limits on political freedom (CONCEDE)', () => {
    expect(coded('Nairobi allowed the students to hold a rally.')).toEqual(['KENGOV>---EDU 0811 CONCEDE']);
  });
});

describe('events coder: "not to" after a commitment', () => {
  it('vowing not to hand something back declines to (REJECT)', () => {
    expect(coded('Peru vowed not to return the ship to Kenya.')).toEqual(['PER>KEN 1243 REJECT']);
  });

  it('promising not to use force is an intent to de-escalate (AGREE)', () => {
    expect(coded('Peru promised not to attack Kenya.')).toEqual(['PER>KEN 0356 AGREE']);
  });

  it('a denied plan or a "will not" stays a negated act', () => {
    const events = code('Peru is not planning to attack Kenya.');
    expect(events.map((e) => [e.code, e.polarity])).toEqual([['190', 'negated']]);
  });
});

describe('events coder: sanctions called for against someone', () => {
  it('solicit others to act against the target (113, ACCUSE)', () => {
    expect(coded('Kenya called for sanctions against Peru.')).toEqual(['KEN>PER 113 ACCUSE']);
  });
});

describe('events coder: steps taken', () => {
  it('to do something are the act under way, past an aside that a gerund opens', () => {
    expect(
      coded('The prime minister, following the talks, has taken steps to expand political freedoms.'),
    ).toEqual(['PERGOV>PER 0811 CONCEDE']);
  });
});
