import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

const dyads = (text: string, published = '2022-03-10') => codedDyads(text, { published, label: 'root' });

describe('the place an act named as a topic is done to', () => {
  it('aims an attack told about at the country of the town its "of" names', () => {
    expect(dyads('Zelenskyy briefed Scholz about the shelling of Chernihiv by Russian forces.')).toContain(
      'RUSMIL>UKR 19',
    );
    expect(dyads('Kuleba spoke about the bombardment of Sumy by Russian troops.')).toContain('RUSMIL>UKR 19');
  });

  it('still aims a protest where it is held at its own target, not at the town the attack hit', () => {
    expect(
      dyads('Protesters in Berlin rallied against the shelling of Chernihiv by Russian troops.'),
    ).toEqual(['DEUOPP>RUSMIL 14', 'RUSMIL>UKR 19']);
  });
});
