import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { articleId } from '../../../src/core/identity.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';

// Acts whose stance turns on who states them and whether anyone is aimed at: resolves, aims, plans, offers.

/** The asserted events of a text as "SOURCE>TARGET CODE modality". */
function stances(text: string): string[] {
  const published = '2022-03-01';
  return analyze({ id: articleId(text, published), published, text, lang: 'en' }, loadKnowledge())
    .events.filter((e) => e.polarity === 'asserted')
    .map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.code} ${e.modality}`);
}

const THREAT = expect.stringMatching(/ 13\d* actual$/);

describe('events coder: a resolve to fight on', () => {
  it('reads fighting on with no one named as intended fighting, not a threat', () => {
    const events = stances('Lithuanian soldiers will fight to the very end, Nauseda said.');
    expect(events).not.toContainEqual(THREAT);
    expect(events).toContainEqual(expect.stringMatching(/^LTU\S*>- 190 intended$/));
    expect(stances('Poland vowed to fight for its freedom.')).not.toContainEqual(THREAT);
  });

  it('keeps a threat where the fighting names whom it is aimed at or ground it would take', () => {
    expect(stances('Lithuania will fight Belarus.')).toContainEqual('LTU>BLR 1384 actual');
    expect(stances('The insurgents swore to fight until they seize the northern towns.')).toContainEqual(
      THREAT,
    );
  });
});

describe('events coder: an aim told of by someone other than its owner', () => {
  it('reads "X\'s goal is to attack Y" as the attack intended, not a threat X made', () => {
    expect(stances("Belarus's goal is to attack Lithuania.")).toEqual(['BLR>LTU 190 intended']);
    expect(stances("Duda said Belarus's aim is to attack Lithuania.")).not.toContainEqual(THREAT);
  });

  it('keeps the threat when the owner states its own aim', () => {
    expect(stances('Belarus said its goal is to attack Lithuania.')).toContainEqual('BLR>LTU 1384 actual');
    expect(stances('Belarus plans to attack Lithuania.')).toContainEqual('BLR>LTU 1384 actual');
  });
});

describe('events coder: a plan told after the fact', () => {
  it('reads a force act a party planned in the past as intended, not a threat', () => {
    expect(stances('Lukashenko planned a military operation against Lithuania last year.')).toEqual([
      'BLRGOV>LTU 190 intended',
    ]);
    expect(stances('Belarus had planned an attack on Lithuania.')).toEqual(['BLR>LTU 190 intended']);
  });

  it('keeps a plan announced in the present, or an announced planned act, a threat', () => {
    expect(stances('Belarus is planning an attack on Lithuania.')).toEqual(['BLR>LTU 1384 actual']);
    expect(stances('Belarus plans to attack Lithuania.')).toEqual(['BLR>LTU 1384 actual']);
  });
});

describe('events coder: offers to mediate', () => {
  it('codes a party put forward as mediator between two sides as an offer to mediate to each', () => {
    expect(stances('Nauseda offered Lithuania as a mediator between Poland and Belarus.')).toEqual([
      'LTUGOV>BLR 039 actual',
      'LTUGOV>POL 039 actual',
    ]);
  });

  it('codes mediation offered to the sides, and readiness to act as mediator, as 039', () => {
    expect(stances('Lithuania offered its mediation to Poland and Belarus.')).toEqual([
      'LTU>BLR 039 actual',
      'LTU>POL 039 actual',
    ]);
    expect(stances('Lithuania is ready to act as a mediator between Poland and Belarus.')).toEqual([
      'LTU>BLR 039 intended',
      'LTU>POL 039 intended',
    ]);
    // done, it is mediation itself
    expect(stances('Lithuania acted as a mediator between Poland and Belarus.')).toEqual([
      'LTU>BLR 045 actual',
      'LTU>POL 045 actual',
    ]);
  });
});

describe('events coder: standing with a party', () => {
  it('codes standing with, together with or alongside a party as backing it (051)', () => {
    expect(stances('Lithuania stands with Poland, Nauseda said.')).toContainEqual('LTU>POL 051 actual');
    expect(stances('We stand together with Poland, Nauseda said.')).toContainEqual('LTUGOV>POL 051 actual');
    expect(stances('Lithuania stands alongside Poland.')).toEqual(['LTU>POL 051 actual']);
    // promised, it is an intent of diplomatic support
    expect(stances('Lithuania will stand with Poland.')).toEqual(['LTU>POL 032 intended']);
  });

  it('needs a party to stand with', () => {
    expect(stances('The old tower stands with its walls intact.')).toEqual([]);
  });
});

describe('events coder: an object a relative clause leaves before its verb', () => {
  it('gives "the X war that Y waged" the code of "Y waged an X war"', () => {
    expect(stances('The propaganda war that Belarus has waged against Lithuania goes on.')).toEqual([
      'BLR>LTU 111 actual',
    ]);
    expect(stances('Belarus has waged a propaganda war against Lithuania.')).toEqual(['BLR>LTU 111 actual']);
    expect(stances('The trade war that Belarus waged against Lithuania hurt farmers.')).toContainEqual(
      'BLR>LTU 163 actual',
    );
    // a war with no topic word stays armed force
    expect(stances('The war that Belarus has waged against Lithuania goes on.')).toEqual([
      'BLR>LTU 190 actual',
    ]);
  });
});
