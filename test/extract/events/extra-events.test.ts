import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { articleId } from '../../../src/core/identity.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';
import { codedDyads } from '../../helpers/events.js';

// Whole analyses: one event for one act, not a second record for how it was done or what it answered.
const dyads = (text: string) => codedDyads(text, { published: '2000-01-10' });

describe('events coder: one event for one act', () => {
  it('reads a gerund after a protest that wrecks property or blocks roads as how the crowd protested', () => {
    expect(
      dyads(
        'Inmates rioted at a prison in northern Kenya, setting fire to their bedding and smashing windows.',
      ),
    ).toEqual(['KENCVL>KEN 145']);
    expect(dyads('Students demonstrated in Nairobi, burning tyres and blocking roads.')).toEqual([
      'KENEDU>KEN 141',
    ]);
    expect(
      dyads('Protesters rallied in Nairobi on Monday, demanding a referendum on a new constitution.'),
    ).toEqual([expect.stringMatching(/^KENOPP>KEN 14/)]);
    // an attack on a party the protest does not name is an event of its own
    expect(dyads('Protesters rioted in Nairobi, attacking the US embassy.')).toHaveLength(2);
  });

  it('takes in the events named inside an act a refusal refuses', () => {
    expect(dyads('Kenya rejected a Ugandan offer to host a summit in July.')).toEqual(['KEN>UGA 125']);
    // the demand refused was made before, and reported then: the refusal is the event, aimed at its author
    expect(dyads("Kenya rejected Uganda's demand for a joint border force.")).toEqual([
      expect.stringMatching(/^KEN>UGA 12/),
    ]);
  });

  it('reads a gerund after violence that kills with no one new named as what the violence did', () => {
    expect(
      dyads('Kenyan police opened fire to disperse demonstrators on Monday, killing one person.'),
    ).toEqual(['KENCOP>KENOPP 175']);
    // victims of a country the attack does not name are its own record
    expect(dyads('Rebels shelled the town, killing five Kenyan soldiers.')).toContainEqual(
      '---REB>KENMIL 190',
    );
  });

  it('reads a gerund after a noun and "of" as what the noun names, done by no one the sentence says', () => {
    expect(dyads('Students protested against the idea of sending troops to Somalia.')).toEqual([
      '---EDU>- 140',
    ]);
    // after a time, the gerund is what the subject did; an intention it has is still its own
    expect(dyads('Kenyan troops took the town after two days of fighting.')).toContainEqual(
      expect.stringMatching(/^KENMIL>- 19/),
    );
  });

  it('does not assert an act that is only tolerated or forbidden', () => {
    const text = 'Kenyan police will no longer tolerate rallies by the opposition.';
    const { events } = analyze(
      { id: articleId(text, '2000-01-10'), published: '2000-01-10', text, lang: 'en' },
      loadKnowledge(),
    );
    expect(events.filter((e) => e.root === '14').map((e) => e.modality)).toEqual(['hypothetical']);
  });

  it("keeps an act with no target when its only target is another actor under the source's code", () => {
    expect(dyads('Hezbollah declared a ceasefire after battles with the Amal militia.')).toEqual([
      'LBNREB>- 0871',
    ]);
  });

  it('reads an attack named as the subject of a killing as the same event', () => {
    expect(dyads('Israeli shelling killed two Lebanese soldiers.')).toEqual(['ISR>LBNMIL 194']);
  });

  it('finds the subject before a gerund aside between commas, not inside it', () => {
    expect(dyads('Kenyan air strikes, following a new plan, have killed eight al-Shabaab leaders.')).toEqual([
      expect.stringMatching(/^KEN\w*>SOM\w* 18/),
    ]);
  });
});
