import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';

// "The enemy … They …": a body of many named in the singular is the antecedent of a later "they".
const knowledge = loadKnowledge();
const theyActors = (text: string) =>
  analyze({ id: 'collective-they-test', published: '2022-03-10', text, lang: 'en' }, knowledge)
    .mentions.filter((m) => m.text.toLowerCase() === 'they')
    .map((m) => m.actor?.code);

describe('actors: "they" after a collective agent', () => {
  it('takes "the enemy" of the sentence before as the antecedent of "they"', () => {
    expect(theyActors('The enemy moved more tanks to the border. They want to encircle the city.')).toEqual([
      '---MIL',
    ]);
  });

  it('prefers the enemy to a kind of people named after a preposition', () => {
    const found = theyActors(
      'The enemy is bringing new columns to the border. They are looking for recruits. They shelled the town.',
    );
    expect(found).toEqual(['---MIL', '---MIL']);
  });

  it('does not take an enemy named after another party of its sentence', () => {
    const found = theyActors(
      'Ukrainian soldiers are chasing the enemy near the town. They are beating him back.',
    );
    expect(found).toEqual(['UKRMIL']);
  });
});
