import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';
import { mentionsOf } from '../helpers.js';

// An empty "it" ("it was agreed to …", "it is important to …") stands for no party: the latest country named
// before it does not become the author of what follows.
const stated = (text: string) => codedDyads(text, { published: '2022-02-10', statedOnly: true });
const itActor = (text: string) =>
  mentionsOf(text, '2022-02-10')
    .filter((m) => m.text.toLowerCase() === 'it' && m.actor !== undefined)
    .map((m) => m.actor?.code);

describe('actors: an empty "it"', () => {
  it('gives "it was agreed to" after a call to the two who talked, not to the country last named', () => {
    const events = stated(
      'Emmanuel Macron had a telephone conversation with Olaf Scholz. They spoke about the crisis in Mali. It was agreed to maintain close contact.',
    );
    expect(events).toContainEqual('FRAGOV>DEUGOV 036');
    expect(events).toContainEqual('DEUGOV>FRAGOV 036');
    expect(events.filter((e) => e.startsWith('MLI'))).toEqual([]);
  });

  it('leaves "it is clear that", "it was reported that" and "it seems that" unresolved', () => {
    expect(itActor('Poland sent aid to Lithuania. It is very clear that the region needs help.')).toEqual([]);
    expect(itActor('Japan protested to China. It was reported that talks would resume.')).toEqual([]);
    expect(itActor('Brazil criticised Argentina. It seems that the talks have failed.')).toEqual([]);
  });

  it('still resolves "it" that is a party: "it was forced to", "it is ready to"', () => {
    expect(itActor('Serbia rejected the plan. It was forced to withdraw its envoy.')).toEqual(['SRB']);
    expect(itActor('Serbia rejected the plan, but it is ready to talk.')).toEqual(['SRB']);
  });
});
