// Closed-class English words the coder reasons with. They are grammar, not knowledge about the world, so
// they live beside the code; the event vocabulary itself is data (`data/cameo/patterns.tsv`).

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Verbs that report speech: their complement is coded as its own event, asserted as the speaker says it. */
export const REPORTING_VERBS = set(`
  say tell add state announce declare note stress insist reiterate reaffirm confirm report explain write comment
  remark conclude argue emphasize emphasise acknowledge assert indicate observe mention reply respond answer
  tweet testify maintain recall quip contend concede disclose reveal signal repeat underline underscore
  point inform brief`);

/** Verbs of protest or complaint that can report what is objected to ("protested that X was failing …"). */
export const COMPLAINT_VERBS = set('protest complain');

/** Verbs whose complement is a claim, a fear or a hope: what it holds is not asserted by the sentence. */
export const CLAIM_VERBS = set(`
  claim allege accuse charge warn fear suspect believe think hope expect worry predict speculate estimate
  assume doubt guess feel caution suggest imply speculate wonder allege blame`);

/** Nouns of a party that acts for or beside a patron and is not it ("Israel's militia ally", "Iran's proxies"). */
export const ALLY_NOUNS = set('ally allies proxy proxies client clients surrogate surrogates puppet puppets');

/**
 * Kin of a person: "the President's wife", "the minister's son" act for themselves, not for the one whose kin
 * they are.
 */
export const KIN_NOUNS = set(
  'wife husband spouse widow widower son daughter child mother father parent brother sister grandson granddaughter nephew niece cousin',
);

/** Pronouns that name the subject again as the object ("attacked itself"). */
export const REFLEXIVE_PRONOUNS = set('itself themselves themself himself herself ourselves');

/** Verbs whose complement is denied. */
export const DENIAL_VERBS = set('deny refute rebut dispute dismiss');

/** Verbs whose that-complement is something demanded ("demanded that Kyiv withdraw"). */
export const DEMAND_VERBS = set('demand insist urge recommend propose require order request');

/** Verbs taking "to VERB" that mark the embedded act as intended by their subject. */
export const INTENT_VERBS = set(`
  plan intend want wish seek aim hope prepare expect decide agree offer pledge promise vow swear commit undertake
  volunteer propose try attempt mean resolve threaten vote move go`);

/** Verbs taking "to VERB" whose act is decided on: for some acts the decision is the act ("decided to allow"). */
export const DECISION_VERBS = set('decide');

/** Words taking "to VERB" that say the act was tried ("tried to assassinate", "an attempt to storm"). */
export const ATTEMPT_WORDS = set('try attempt attempts');

/** Verbs taking "to VERB" that make the embedded act an obligation ("need to", "have to"). */
export const OBLIGATION_VERBS = set('need have');

/** Adjectives after "be" that mark the following "to VERB" as intended ("is ready to meet"). */
export const INTENT_ADJECTIVES = set(`
  ready prepared willing set poised determined eager keen scheduled due expected going committed open
  resolved intent`);

/** Of those, the words that say an act is arranged or foreseen rather than willed by its subject. */
export const SCHEDULE_WORDS = set('scheduled due slated expected');

/** Adjectives after "be" that make the following "to VERB" only possible. */
export const POSSIBILITY_ADJECTIVES = set(
  'likely unlikely able unable possible certain sure bound enough sufficient insufficient capable',
);

/** Verbs taking "OBJECT to VERB": the object is asked to act (an appeal or a demand). */
export const APPEAL_VERBS = set(`
  urge ask want press encourage invite request demand order tell advise push pressure persuade implore beg
  call appeal instruct direct require`);

/** Verbs of putting out a written message, whose author an appeal after it belongs to ("issued a statement urging …"). */
export const WRITING_VERBS = set(
  'write issue publish release sign adopt submit send deliver circulate pass present draft',
);
/** Verbs taking "OBJECT to VERB" that let the object act ("allowed the opposition to hold a rally"). */
export const PERMITTING_VERBS = set('allow permit');
/** Verbs taking "OBJECT to VERB" that make the object act ("compel the authorities to release them"). */
export const COMPELLING_VERBS = set('compel force oblige coerce convince');

/** Verbs taking "to VERB" that deny the embedded act. */
export const REFUSAL_VERBS = set('refuse decline fail reject');

/** Words before "to" + gerund that refuse the act: "opposed to sending troops", "objected to meeting". */
export const OPPOSING_WORDS = set('opposed objected object objects oppose');

/** Verbs whose object event does not happen (or is withheld): "ruled out talks", "called off the summit". */
export const OBJECT_NEGATING_VERBS = set('deny cancel postpone suspend scrap shelve abandon halt');
export const OBJECT_HYPOTHETICAL_VERBS = set(`
  fear risk avoid prevent stop block avert forestall deter rule warn discuss consider weigh oppose debate
  study explore tolerate forbid prohibit outlaw deserve merit hope count`);
export const OBJECT_INTENDED_VERBS = set(`
  plan propose offer prepare seek want discuss schedule arrange announce consider agree pledge promise
  expect await organise organize ensure`);
/**
 * Of those, the verbs that do not make the event their subject's own plan: "announced the attack" may report
 * one under way, "expects talks" waits for others.
 */
export const OBJECT_NOT_OWN_VERBS = set('announce expect await ensure');
/**
 * Means of talking at a distance, the first word or the head of the phrase that names it ("spoke by phone",
 * "by video link", "over a satellite call").
 */
export const TELEPHONE_WORDS = set(
  'phone telephone videophone video videoconference video-conference satellite link call',
);
/** Whether phrase head `lemma` after "by" or "over" is a means of talking at a distance. */
export function isTelephoneMeans(prep: string | undefined, lemma: string): boolean {
  return (prep === 'by' || prep === 'over' || prep === 'via') && TELEPHONE_WORDS.has(lemma);
}
export const OBJECT_DEMANDED_VERBS = set('demand urge request call ask press insist advocate');
/**
 * Verbs whose object event has taken place whatever is said of the verb: "could not silence the shelling",
 * "may condemn the attack" leave the shelling and the attack as facts; so do "not to publish the
 * conversation" and "will remember the war", which tell of a record of the event, not of the event; "do not
 * want to obey Russian demands" and "ignored the ultimatum" leave the demand and the ultimatum made.
 */
export const OBJECT_PRESUPPOSED_VERBS = set(`
  silence condemn denounce deplore decry criticise criticize mourn survive witness investigate document
  publish reveal disclose leak recount recall remember commemorate obey heed defy disobey ignore`);

/** Verbs that carry a nominal event as their object: the subject of the verb is the event's source. */
export const LIGHT_VERBS = set(`
  hold launch conduct stage mount begin start continue resume make give issue have carry undertake pursue
  wage open step escalate intensify order announce impose lift ease extend take engage sign conclude reach
  renew join attend host put exert apply speed accelerate hasten expedite complete finish`);

export const NEGATORS = set("not n't never no-longer neither nor");
export const HYPOTHETICAL_MODALS = set('could may might can would');
export const FUTURE_MODALS = set("will shall 'll wo");
export const OBLIGATION_MODALS = set('must should ought');

/** Subordinators that open a clause setting the scene for another: its event is not the sentence's news. */
export const ADVERBIAL_SUBORDINATORS = set(`
  until till unless when whenever after before as because while if since once although though whereas lest
  whether`);

/** Subordinators of time, whose clause in the simple present has not happened yet. */
export const TIME_SUBORDINATORS = set('after before until till once when whenever');

/**
 * Words that open a sentence with another act before or after its own ("After the talks on Friday, …",
 * "Following the attack on Vinnytsia, …"): the time and the place named in that opening are the other act's.
 */
export const OTHER_TIME_OPENERS = set('after following before since until prior');
/**
 * Those, and "despite", which opens with another act that goes on at the same time ("Despite showers on
 * Monday, the mayor said …"): its place is the other act's, but its day may well be the sentence's.
 */
export const OTHER_ACT_OPENERS: ReadonlySet<string> = new Set([...OTHER_TIME_OPENERS, 'despite']);

/**
 * Nouns that name the frame of an act rather than a thing of its own: the event noun before them is still the
 * event ("mediation efforts", "the negotiation process", "a sanctions package", "combat operations").
 */
export const FRAME_HEADS = set(`
  effort efforts attempt attempts bid mission missions process processes program programs programme programmes
  package packages action actions operation operations pressure incident incidents campaign
  campaigns role relations ties position format formats option options track period mechanism mechanisms issues
  activity activities initiative initiatives project projects plan plans
`);

/** Prepositions by which an act names whom it is aimed at ("an attack on", "sanctions against", "aid to"). */
export const AIMED_PREPS = set('on against to into at toward towards upon for');

/**
 * Nouns for handing something over ("the supply of weapons to Ukraine", "deliveries of gas to Europe"): an act
 * whose "to" names who receives, not whom a stance taken on the act is aimed at.
 */
export const HANDOVER_NOUNS = set('supply delivery shipment transfer sale provision export');

/** Subordinators that make their clause hypothetical. */
export const CONDITIONAL_SUBORDINATORS = set('if unless whether lest');

/** Noun modifiers that keep a nominal event from being asserted. */
export const HYPOTHETICAL_MODIFIERS = set(`
  possible potential any future feared alleged imminent likely hypothetical prospective eventual threatened
  expected rumoured rumored suspected`);
export const INTENDED_MODIFIERS = set(
  'planned proposed intended upcoming scheduled next further another draft',
);

/** Nouns whose that-clause holds a claim, a fear or a report, not an asserted fact. */
export const CLAIM_NOUNS = set(`
  fear concern worry claim allegation report rumor rumour speculation suggestion warning threat possibility
  prospect risk danger chance suspicion accusation charge belief hope expectation`);

/**
 * Nouns of a chance or of evidence that, under "no", rule out what their clause says: "there is no chance
 * that the city will surrender", "no way Kyiv will accept", "no evidence that troops withdrew". ("no doubt
 * that", "no question that" assert it instead, so those nouns are not here.)
 */
export const RULING_OUT_NOUNS = set(`
  chance chances way possibility prospect prospects likelihood danger risk evidence sign signs indication
  proof hope`);

/** Adjectives of a belief held by the subject of "be": "I am confident that …", "we are convinced that …". */
export const BELIEF_ADJECTIVES = set('confident convinced sure certain hopeful optimistic afraid');

/** Adjectives of "it is … that" that rule out the clause ("it is impossible that Kyiv will accept"). */
export const IMPOSSIBILITY_ADJECTIVES = set('impossible unthinkable inconceivable unimaginable');
/** Adjectives of "it is … that" that leave the clause only possible ("it is unlikely that …"). */
export const LIKELIHOOD_ADJECTIVES = set(`
  likely unlikely possible probable improbable conceivable doubtful unclear uncertain plausible`);
/**
 * Adjectives of an impersonal "it is … to VERB" or "it is … that" that say the act is needed ("it is
 * important to support …", "it is vital that the talks continue"): asked for, not done.
 */
export const NECESSITY_ADJECTIVES = set(`
  important necessary vital essential crucial imperative urgent critical needed indispensable time high-time`);
/**
 * Adjectives of an impersonal "it is … to VERB" that judge or weigh the act ("it is good to help them",
 * "it is difficult to say"): a general statement, not an act done.
 */
export const JUDGING_ADJECTIVES = set(`
  good better best right wrong wise unwise useful pointless worth worthwhile difficult hard easy fair unfair
  reasonable natural normal appropriate inappropriate dangerous safe enough sufficient inadmissible
  unacceptable impermissible`);

/** Nouns whose that-clause is something asked for ("demands that Kyiv withdraw"). */
export const DEMAND_NOUNS = set(
  'demand demands call calls appeal request insistence ultimatum condition conditions reminder',
);

/** Nouns followed by "to VERB" that make the act intended ("plans to", "an offer to", "a bid to"). */
export const INTENT_NOUNS = set(`
  plan plans decision offer pledge promise effort attempt bid intention intent readiness willingness proposal
  commitment threat vow move`);

/**
 * Weapons and munitions: what a country's adjective before them names as the one that fired them ("killed by a
 * Russian projectile", "a Syrian shell hit the village").
 */
export const WEAPON_HEADS = set(`
  projectile shell missile rocket bomb mine landmine mortar grenade munition bullet drone artillery warplane
  howitzer`);

/** Nouns of a settlement reached: "reached an agreement to exchange prisoners" agrees to exchange them. */
export const AGREEMENT_NOUNS = set('agreement agreements consensus deal accord understanding');
/** Verbs that reach a settlement: with an agreement noun and "to VERB" the act is agreed on (03x). */
export const AGREEING_VERBS = set('reach strike sign conclude clinch forge seal hammer');

/** Heads of noun phrases that stand for the group named by their "of" phrase ("hundreds of UN troops"). */
/** Mediation codes (intend to mediate, mediate, halt mediation): "between X and Y" names the parties, not the mediator. */
export const MEDIATION_CODES = set('037 045 165');

/** Partitive heads that count people ("thousands of Iraqi Kurds"): the people counted are civilians. */
export const COUNTING_HEADS = set(`
  hundreds thousands dozens scores millions tens hundred thousand dozen score million some many most all
  several few`);

export const PARTITIVE_HEADS = set(`
  hundreds thousands dozens scores millions tens hundred thousand dozen score million members member leaders
  leader group groups delegation delegations team teams unit units head heads chief chiefs representatives
  representative some many most all several few one two three four five six seven eight nine ten officials
  official part contingent battalion brigade division envoy envoys minister ministers spokesman spokeswoman
  spokesperson government forces troops army president presidents king kings prime premier premiers
  governments foreign ambassador ambassadors diplomats diplomat authorities people citizens residents half third
  thirds quarter`);

/** Words that head time phrases, which are never the subject of a clause ("Ukrainian lawmakers Tuesday …"). */
export const TIME_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight week weekend month
  year day night morning evening afternoon january february march april may june july august september october
  november december hours hour minutes time`);

/** Relative pronouns that open a clause about the noun before them. */
/**
 * Nouns for something an actor puts forward, whose author a reaction to it is aimed at ("rejected an
 * Indian proposal", "welcomed Saddam Hussein's offer", "dismissed an appeal from the president").
 */
export const AUTHORED_NOUNS = set(`
  proposal offer plan initiative idea ultimatum appeal call demand request invitation suggestion
  overture bid proposition peace-plan plea warning threat accusation allegation charge claim criticism
  statement remark comment decision resolution condition terms draft formula position stance mediation
`);

/**
 * Documents that speak for their author: "a UN report alleged …", "a statement by the ministry said …",
 * "issued a statement demanding …".
 */
export const DOCUMENT_NOUNS = set(
  'report statement study communique declaration letter resolution petition motion dossier',
);

export const RELATIVE_PRONOUNS = set('who which that whom whose');

/** Possessive pronouns, which give a nominal event its source ("his meeting with Lavrov"). */
export const POSSESSIVE_PRONOUNS = set('his her its their our my your');

/** Determiners of a thing not yet singled out: "an invasion", "any attack", "another war" may be ones to come. */
export const INDEFINITE_DETERMINERS = set('a an any another');

/** Anaphors for a pair of actors named before ("the two nations", "both sides"). */
export const PAIR_NOUNS = set(
  'nations countries sides states neighbours neighbors governments leaders presidents ministers delegations parties',
);
/**
 * Pair nouns that need no "two" or "both" after a meeting or a call of two: "the presidents discussed …",
 * "the sides agreed …" (not "nations" or "states", which as often mean many).
 */
export const DEFINITE_PAIR_NOUNS = set(
  'sides leaders presidents parties ministers delegations interlocutors',
);

/** Prefixes of actor codes that name no country: unknown, organisations, blocs and regions. */
const NO_COUNTRY = new Set([
  '---',
  'IGO',
  'NGO',
  'IMG',
  'MNC',
  'INT',
  'WST',
  'AFR',
  'ASA',
  'EUR',
  'MEA',
  'PGS',
]);

/**
 * Words for a hostile force, in a land not its own: where they are says nothing of whose they are ("the
 * occupiers in Mariupol", "an enemy aircraft near Kharkiv" are no Ukrainian force).
 */
const OCCUPIER_WORDS = set('invader invaders occupier occupiers enemy');

/** Whether an actor span ends in a word for a hostile force in a land not its own. */
export function isOccupier(
  view: { readonly norm: readonly string[] },
  span: { readonly end: number },
): boolean {
  return OCCUPIER_WORDS.has(view.norm[span.end - 1] ?? '');
}

/** Whether an actor code names a country, or someone of one ("RUS", "IRQCOP"). */
export function isCountryCode(code: string): boolean {
  return code.length >= 3 && !NO_COUNTRY.has(code.slice(0, 3));
}

/** Whether an actor code identifies the actor: a country, an organisation or a bloc, or someone of one. */
export function isIdentifiedCode(code: string): boolean {
  return code.length >= 3 && !code.startsWith('---');
}

/** Assaults, fights and mass violence (18, 19, 20). */
export const VIOLENT_ROOTS: ReadonlySet<string> = new Set(['18', '19', '20']);

/** Sectors of actors who bear arms: armies, rebels, insurgents, police, intelligence services. */
const ARMED_SECTORS = ['MIL', 'REB', 'INS', 'UAF', 'COP', 'SPY', 'IMG'];

/** Whether an actor code names an armed force, not a whole country ("RUSMIL", "UKRREB"; not "RUS"). */
export function isArmedForce(code: string): boolean {
  return ARMED_SECTORS.some((s) => code.slice(3).startsWith(s));
}

/** Whether an actor code can bear arms: a bare country, or an armed sector of one. */
export function isArmed(code: string): boolean {
  return code.length === 3 || isArmedForce(code);
}

/**
 * What one fights, battles or attacks in the figurative sense: "battling the pandemic", "fight corruption",
 * "attack the problem". With one of these as object a violent verb is no use of force.
 */
export const FIGURATIVE_FOES = set(`
  pandemic epidemic virus coronavirus covid disease illness cancer corruption crime poverty inflation
  unemployment hunger fire wildfire blaze flood drought climate misinformation disinformation problem
  issue challenge crisis deficit debt addiction`);
