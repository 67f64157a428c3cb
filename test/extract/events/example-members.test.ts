import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';

// Members singled out of a group ("and in particular Poland", "including Poland") are parties to the act too.
const knowledge = loadKnowledge();
const coded = (text: string) =>
  analyze({ id: 'example-members-test', published: '2022-03-01', text, lang: 'en' }, knowledge).events.map(
    (e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.code}`,
  );

describe('events coder: members singled out of a group', () => {
  it('keeps the member after "and in particular" in the list', () => {
    const found = coded('Zelenskyy thanked the European Union and in particular Poland for the help.');
    expect(found).toContainEqual('UKRGOV>IGOEUREEC 051');
    expect(found).toContainEqual('UKRGOV>POL 051');
  });

  it('adds the members named after "including" to the group', () => {
    const found = coded('Zelenskyy thanked European countries, including Poland, for the help.');
    expect(found).toContainEqual('UKRGOV>EUR 051');
    expect(found).toContainEqual('UKRGOV>POL 051');
  });

  it('takes the members named after "including" or ", in particular" as targets', () => {
    const found = coded(
      'Ukraine has appealed to foreign leaders, including Turkish President Recep Tayyip Erdogan.',
    );
    expect(found).toContainEqual('UKR>TURGOV 020');
    expect(coded('Russia threatened its neighbours, in particular Finland and Sweden.')).toEqual(
      expect.arrayContaining(['RUS>FIN 130', 'RUS>SWE 130']),
    );
  });
});
