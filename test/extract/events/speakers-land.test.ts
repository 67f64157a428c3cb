import { describe, expect, it } from 'vitest';
import { codedDyads, eventDyads, titledRelease } from '../../helpers/events.js';

// What a state's speaker calls "our" (its soldiers, its cities and ports), and passive verbs joined in a
// list ("were besieged and shelled by …"), which share their subject and their agent.
const address = (text: string) =>
  eventDyads(titledRelease('Address by the President of Kenya', text, '2023-05-10', 'President of Kenya'));
const dyads = (text: string) => codedDyads(text, { published: '2023-05-10' });

describe('events coder: the speaker’s own land and people', () => {
  it('reads the cities, ports and borders a state speaker calls "our" as that state', () => {
    expect(address('The rebels shelled our cities again.')).toContainEqual('---REB>KEN 194');
    expect(address('Somalia blocked our ports.')).toContainEqual('SOM>KEN 191');
  });

  it('reads "our" people past their adjectives as the speaker’s own', () => {
    expect(address('Our brave soldiers are fighting against the rebels.')).toContainEqual(
      'KENMIL>---REB 190',
    );
  });

  it('does not read a plural "our" noun as the "it" of the next sentence', () => {
    const events = address('Our ports were blocked. Now it threatens the whole coast.');
    expect(events).not.toContainEqual(expect.stringMatching(/^KEN>.* 13/));
  });
});

describe('events coder: passive verbs joined in a list', () => {
  it('gives a bare participle after a passive its subject as the one acted on', () => {
    // before: the civilians were read as those who wounded
    const events = dyads('Kenyan civilians were killed and wounded.');
    expect(events).not.toContainEqual(expect.stringMatching(/^KENCVL>/));
    expect(events).toContainEqual('--->KENCVL 180');
  });

  it('gives the first passive the agent its partner names', () => {
    expect(dyads('Mombasa was besieged and shelled by Somali troops.')).toContainEqual('SOMMIL>KEN 191');
  });

  it('keeps a participle with its own object active', () => {
    const events = dyads('Kenya was attacked and killed two Somali soldiers.');
    expect(events).toContainEqual('KEN>SOMMIL 190');
  });
});

describe('events coder: "our" in a state’s own release that quotes no one', () => {
  const release = (text: string) =>
    eventDyads(
      titledRelease('The Foreign Minister met with Somali elders', text, '2023-05-10', 'President of Kenya'),
    );

  it('reads "our state" and "our soldiers" in the narration as the publisher’s', () => {
    expect(release('Somali elders expressed their support for our state.')).toContainEqual('SOM>KEN 051');
    expect(release('The rebels attacked our soldiers near the border.')).toContainEqual('---REB>KENMIL 190');
  });

  it('leaves a quoted speaker’s "our" to the speaker', () => {
    expect(release('"The rebels shelled our country," the Somali president said.')).toContainEqual(
      '---REB>SOM 194',
    );
  });
});
