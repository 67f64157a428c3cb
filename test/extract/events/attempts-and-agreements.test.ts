import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// Whole analyses: the actors come from the actors stage, as they do for real articles.
const dyads = (text: string) => codedDyads(text, { published: '2003-05-12', statedOnly: true });

describe('events coder: attempts, bombs and agreements', () => {
  it('codes a tried assassination as an assassination attempt, and tried violence as done', () => {
    expect(dyads('Rebels tried to assassinate the Iraqi governor.')).toEqual(['---REB>IRQGOV 185']);
    expect(dyads('Gunmen attempted to kill two Iraqi policemen.')).toEqual(['---UAF>IRQCOP 180']);
    // a try still to come is an announced act, not one done
    expect(dyads('Rebels will try to assassinate the Iraqi governor.')).not.toContain('---REB>IRQGOV 185');
    // so is tried destruction of property, not a threat of it
    expect(dyads('Rebels tried to blow up the Iraqi parliament.')).toContainEqual(
      expect.stringMatching(/^---REB>\S+ 1712$/),
    );
  });

  it('codes a killing whose subject is a bomb or a bomber as a bombing of its kind', () => {
    expect(dyads('A car bomb killed four Iraqi policemen.')).toEqual(['--->IRQCOP 1832']);
    expect(dyads('A suicide bomber killed nine Iraqi soldiers.')).toEqual(['---UAF>IRQMIL 1831']);
    expect(dyads('An explosion killed two Iraqi soldiers.')).toEqual(['--->IRQMIL 183']);
  });

  it('codes agreeing that something is so as voicing agreement, and agreeing to act as intent', () => {
    expect(dyads('Egypt agreed there was a need for progress.')).toEqual(['EGY>- 019']);
    expect(dyads('Jordan agreed that the plan was fair.')).toEqual(['JOR>- 019']);
    expect(dyads('Jordan agreed to hold talks with Egypt.')).toEqual(['JOR>EGY 036']);
  });

  it('codes a settlement reached on an act as the intent to do it', () => {
    expect(dyads('Egypt and Jordan reached an agreement to exchange prisoners.')).toEqual([
      'EGY>JOR 0353',
      'JOR>EGY 0353',
    ]);
  });
});

describe('events coder: past verbs the tagger misreads, and rows for breaking off', () => {
  it('reads a past verb tagged as a noun or adjective after its subject as the verb', () => {
    expect(dyads('Rebels abducted Ukrainian aid workers.')).toEqual(['---REB>UKRNGO 181']);
    expect(dyads('Russia blockaded Ukrainian ports.')).toEqual(['RUS>UKR 191']);
  });

  it('codes halting negotiations, suspending relations and breaking an accord', () => {
    expect(dyads('Jordan halted negotiations with Egypt.')).toEqual(['JOR>EGY 164']);
    expect(dyads('Jordan suspended relations with Egypt.')).toEqual(['JOR>EGY 161']);
    expect(dyads('Jordan violated the ceasefire agreement.')).toEqual(['JOR>- 196']);
  });
});

describe('events coder: objects before a participle, appeals after a written message', () => {
  it('keeps the object of a verb that a participle or gerund after it modifies', () => {
    expect(dyads('Egyptian police prevented the demonstration organised by students.')).toContain(
      'EGYCOP>- 170',
    );
    expect(dyads('Jordan arrested protesters demanding the release of a journalist.')).toContain(
      'JOR>JOROPP 173',
    );
  });

  it('gives an appeal or a demand right after a written message to its author', () => {
    expect(dyads('Jordan issued a statement calling for talks with Egypt.')).toEqual(['JOR>EGY 026']);
    expect(dyads('Jordan sent a letter to Egypt urging it to reopen the border.')).toEqual(['JOR>EGY 0255']);
  });

  it('codes seeking refuge in a country, and denying a request', () => {
    expect(dyads('Iraqi refugees sought refuge in Jordan.')).toEqual(['IRQREF>JOR 1033']);
    expect(dyads('Jordan denied the request by Egypt.')).toEqual(['JOR>EGY 120']);
  });
});

describe('events coder: subcodes by what is asked for or given in', () => {
  it('codes an appeal or a demand to reach an agreement as one to settle', () => {
    expect(dyads('Jordan urged Egypt to reach an agreement with Israel.')).toContain('JOR>EGY 027');
    expect(dyads('Jordan demanded that Egypt reach an agreement with Israel.')).toContain('JOR>EGY 107');
  });

  it('codes reform demands and concessions by what is to change', () => {
    expect(dyads('Egyptian opposition parties demanded constitutional reforms.')).toEqual(['EGYOPP>- 1044']);
    expect(dyads('Egypt gave in to the demands of the protesters for a new constitution.')).toEqual([
      'EGY>EGYOPP 0834',
    ]);
  });

  it('reads a verb form in -s right after "to" as a plural noun', () => {
    expect(dyads('The Egyptian president conceded to demands from the opposition.')).toEqual([
      'EGYGOV>EGYOPP 083',
    ]);
  });

  it('codes killing an office holder as an assassination, and asking for information as 0214', () => {
    expect(dyads('Rebels killed the Iraqi governor.')).toEqual(['---REB>IRQGOV 186']);
    expect(dyads('Jordan asked Egypt to provide information about the attack.')).toContain('JOR>EGY 0214');
  });
});

describe('events coder: aircraft as the attacker', () => {
  it('codes a killing by aircraft no actor names as an air attack by an unknown military', () => {
    expect(dyads('Helicopter gunships killed twelve Afghan civilians.')).toEqual(['---MIL>AFGCVL 195']);
  });
});

describe('events coder: decisions', () => {
  it('codes a concession decided on as done, and talks decided on as intended', () => {
    expect(dyads('Jordan decided to lift the curfew.')).toEqual(['JOR>JORCVL 0813']);
    expect(dyads('Jordan decided to hold talks with Egypt.')).toEqual(['JOR>EGY 036']);
    // a decision taken is a decision made; one welcomed is someone else's
    expect(dyads('Jordan took a decision to lift the curfew.')).toEqual(['JOR>JORCVL 0813']);
    expect(dyads('Jordan welcomed the decision to lift the curfew.')).not.toContain('JOR>JORCVL 0813');
  });
});

describe('events coder: a negated infinitive', () => {
  it('reads "not to VERB" as negating the act: a vow not to give back is a refusal, not a promise', () => {
    expect(dyads('Israel vowed not to return the occupied land to Syria.')).toEqual(['ISR>SYR 1243']);
    // a promise not to attack is no threat but an intent to de-escalate
    expect(dyads('Israel promised not to attack Syria.')).toEqual(['ISR>SYR 0356']);
  });
});

describe('events coder: objects after a particle, a time phrase and a comparative amount', () => {
  it('finds the object past "on Wednesday" and through "more than"', () => {
    expect(dyads('Syrian troops drove out on Monday more than 3,000 Lebanese villagers.')).toEqual([
      'SYRMIL>LBNCVL 201',
    ]);
    expect(dyads('The Israeli army forced out on Monday more than 500 Palestinian villagers.')).toEqual([
      'ISRMIL>PSECVL 201',
    ]);
  });
});

describe('events coder: indictments', () => {
  it('codes an indictment for a named charge as the accusation of it, and a bare one as a charge', () => {
    expect(dyads('A Serbian court indicted the Kosovo commander for war crimes.')).toEqual([
      'SRBJUD>XKXMIL 1124',
    ]);
    expect(dyads('A Serbian court indicted the Kosovo commander.')).toEqual(['SRBJUD>XKXMIL 173']);
  });
});

describe('events coder: blame by a copula', () => {
  it('makes the subject of "is responsible for" the author of the event named after it', () => {
    expect(dyads("Sudan's army is responsible for the massacre in Darfur.")).toEqual(['SDNMIL>SDN 202']);
  });
});

describe('events coder: conditions and counts', () => {
  it('reads a clause opened by "unless" as a condition past the phrases after its subject', () => {
    expect(
      dyads('Serbian miners will not end their strike unless their demands for higher pay are met.'),
    ).toEqual(['SRBLAB>- 1242']);
  });

  it('takes "1,200 of 3,000 Serbian teachers" as the teachers', () => {
    expect(dyads('About 1,200 of 3,000 Serbian teachers went on strike.')).toEqual(['SRBEDU>- 143']);
  });
});

describe('events coder: an aside after the subject', () => {
  it('reads a verb the tagger took for a noun after a prepositional aside as the verb', () => {
    expect(dyads('Greece, like Turkey, plans to impose restrictions on Syria.')).toEqual(['GRC>SYR 132']);
  });
});

describe('events coder: mood statements', () => {
  it('codes a statement that the speaker is hopeful or gloomy as 013 or 012', () => {
    expect(dyads('Jordan said it was optimistic about the talks.')).toEqual(['JOR>- 013']);
    expect(dyads('Jordan said it was pessimistic about the talks.')).toEqual(['JOR>- 012']);
    expect(dyads('Jordan said the talks were difficult.')).toEqual(['JOR>- 010']);
  });
});

describe('events coder: rallying opposition', () => {
  it('codes asking others to oppose a party as rallying opposition against it (113)', () => {
    expect(dyads('Jordan urged Arab states to mobilize against Israel.')).toEqual(['JOR>ISR 113']);
  });
});
