import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// What a meeting or an exchange of views was about ("on the results of the summit of the union") names no
// partner, nor do the phrases hanging off that topic.
const stated = (text: string) => codedDyads(text, { published: '2022-02-16', statedOnly: true });

describe('events coder: the topic of a joint act', () => {
  it('takes no partner from the phrases hanging off an "on" topic', () => {
    const events = stated(
      'Emmanuel Macron had a telephone conversation with Olaf Scholz. The leaders exchanged views on the results of the African Union summit.',
    );
    expect(events).toContainEqual('FRAGOV>DEUGOV 040');
    // (the summit itself may be the union's event; the leaders' exchange is not with the union)
    expect(events.filter((e) => /^(FRA|DEU)GOV>IGOAFR|^IGOAFR\S*>(FRA|DEU)GOV/.test(e))).toEqual([]);
  });

  it('nor from a second topic joined by "and"', () => {
    const events = stated(
      'Pedro Sanchez held a meeting on the floods and the readiness of the Spanish army to help the regions.',
    );
    expect(events).toContainEqual('ESPGOV>- 040');
    expect(events.filter((e) => e.includes('MIL'))).toEqual([]);
  });

  it('nor from a place joined to the topic\'s own by "and"', () => {
    const events = stated(
      'Emmanuel Macron had a telephone conversation with Olaf Scholz. The leaders exchanged views on the situation in Donbas and in the east of Ukraine.',
    );
    expect(events.filter((e) => e.includes('UKR'))).toEqual([]);
    expect(events).toContainEqual('FRAGOV>DEUGOV 040');
  });

  it('still takes the partner a "with" after the topic names', () => {
    expect(stated('Blinken held talks on the future of NATO with Lavrov.')).toContainEqual(
      'USAGOV>RUSGOV 046',
    );
  });

  it('takes no partner from an of-phrase owned by a pronoun ("opinions of their interaction")', () => {
    const events = stated(
      'Emmanuel Macron had a telephone conversation with Olaf Scholz. The two leaders exchanged opinions of their bilateral interaction.',
    );
    expect(events).toContainEqual('FRAGOV>DEUGOV 040');
    expect(events).toContainEqual('DEUGOV>FRAGOV 040');
    expect(events.filter((e) => e.includes('---'))).toEqual([]);
  });
});
