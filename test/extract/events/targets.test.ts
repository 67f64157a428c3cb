import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// Whole analyses: the actors and places come from their stages, as they do for real articles.
const dyads = (text: string, published = '2015-03-10') => codedDyads(text, { published, label: 'root' });

describe('events coder: targets and sources found around the verb', () => {
  it('codes help that people are sent to give as aid, though no one is named as helped', () => {
    expect(dyads('Norway sent a team of engineers to help repair the bridges.')).toEqual(['NOR>- 07']);
    // whom it is for, when the act helped names them
    expect(dyads('Norway sent doctors to help Chile fight the epidemic.')).toContainEqual('NOR>CHL 07');
    // help alone needs someone helped
    expect(dyads('Norway helped repair the bridges.')).toEqual([]);
  });

  it('codes attending an event abroad as a visit to the country it is held in, and one at home as none', () => {
    expect(dyads('The Kenyan president attended the funeral of the king in Oslo.')).toEqual([
      'KENGOV>NOR 04',
    ]);
    expect(dyads('The Polish premier attended the Tokyo Olympics.')).toEqual(['POLGOV>JPN 04']);
    // the people the event is for are not whom it is a visit to
    expect(dyads('The Polish premier attended the wedding of the Spanish king.')).toEqual(['POLGOV>- 04']);
    expect(dyads('The Polish premier attended a parade in Warsaw.')).toEqual([]);
  });

  it('aims a reaction at the author of the proposal, offer or appeal it names', () => {
    expect(dyads('Bangladesh rejected an Indian proposal.')).toEqual(['BGD>IND 12']);
    expect(dyads('Egypt rejected a proposal from Israel.')).toEqual(['EGY>ISR 12']);
    // before any party the words after it name
    expect(dyads('Israel accepted an Egyptian proposal for talks with Hamas.')).toContainEqual('ISR>EGY 03');
    // and accepting someone's mediation is aimed at the mediator
    expect(dyads('Serbia accepted Russian mediation in its dispute with Croatia.')).toEqual(['SRB>RUS 03']);
  });

  it('reads "including" in a subject as a preposition, its examples standing for a head with no actor', () => {
    expect(dyads('Russian aircraft including helicopter gunships killed ten Afghan civilians.')).toEqual([
      'RUS>AFGCVL 19',
    ]);
    expect(dyads('Several countries, including Egypt, condemned Israel.')).toEqual(['EGY>ISR 11']);
  });

  it('takes the author a document names as the source of what it says', () => {
    expect(dyads('An Iraqi statement condemned Iran.')).toEqual(['IRQ>IRN 11']);
    expect(dyads('A report by Amnesty International accused Israel of torture.')).toContainEqual(
      expect.stringMatching(/^NGO\w*>ISR 11$/),
    );
  });

  it('reads a bare participle after the object of a clause that has its verb as modifying that object', () => {
    const events = dyads(
      'Kenya deported the Somalis arrested in Nairobi last week and refused entry to Ethiopians.',
    );
    expect(events).toContain('KEN>ETH 12');
    expect(events.filter((d) => d.startsWith('SOM>'))).toEqual([]);
    expect(dyads('Egypt has released the activists detained in Cairo in May.')).toEqual(['EGY>EGYOPP 08']);
  });

  it('finds the subject past an aside opened by a preposition and past a gloss in parentheses', () => {
    expect(dyads('Greece, like most other members, plans to impose sanctions on Turkey.')).toEqual([
      'GRC>TUR 13',
    ]);
    expect(dyads('The Hamas (Islamic Resistance Movement) group declared a ceasefire.')).toEqual([
      expect.stringMatching(/^PSE\w*>- 08$/),
    ]);
  });

  it('gives what a document says to its issuer, but not to one who only acts on it', () => {
    expect(dyads('Hamas issued a statement demanding that Israel release the prisoners.')).toContainEqual(
      expect.stringMatching(/^PSE\w*>ISR 10$/),
    );
    const vetoed = dyads('The United States vetoed a resolution condemning Israel.');
    expect(vetoed.filter((d) => d.startsWith('USA>ISR 11'))).toEqual([]);
  });

  it('reads "is being pressured by" as a passive', () => {
    expect(dyads('Obama is being pressured by Congress.')).toEqual(['---LEG>USAGOV 17']);
  });

  it('gives an unnamed group the country of the place it is in', () => {
    expect(dyads('Students in Baghdad protested.')).toContainEqual('IRQEDU>IRQ 14');
    expect(dyads('Israel released the mayor of the West Bank city of Nablus.')).toEqual(['ISR>PSEGOV 08']);
    expect(dyads('Opposition groups in Zimbabwe protested.')).toEqual(['ZWEOPP>ZWE 14']);
    expect(dyads("Opponents of Rwanda's Senate protested in Kigali.")).toEqual(['RWAOPP>RWA 14']);
    expect(dyads('Tens of thousands of students throughout Indonesia staged demonstrations.')).toEqual([
      'IDNEDU>IDN 14',
    ]);
  });

  it('codes people of a country no dictionary names as its civilians', () => {
    expect(dyads('Thousands of Iraqi Kurds marched in Kirkuk.')).toContainEqual('IRQCVL>IRQ 14');
  });

  it('aims a domestic protest or arrest at the country where it happens', () => {
    expect(dyads('Egyptian police detained dozens in Cairo.')).toEqual(['EGYCOP>EGY 17']);
    expect(dyads('Iraqi farmers protested in Kirkuk.')).toEqual(['IRQAGR>IRQ 14']);
  });

  it('reads an -ing word closing a prepositional phrase as the event noun ("in Israeli shelling")', () => {
    expect(dyads('Four children were killed in Israeli tank shelling in Gaza, medics said.')).toContainEqual(
      'ISR>PSECVL 19',
    );
  });

  it('aims mediation "between X and Y" at both parties, from the mediator', () => {
    expect(dyads('Qatar launched a mediation effort between the Emirates and Saudi Arabia.')).toEqual([
      'QAT>ARE 04',
      'QAT>SAU 04',
    ]);
  });

  it('reads a hyphenated modifier before a noun as a modifier ("aid to war-torn Mozambique")', () => {
    expect(dyads('Britain will continue military aid to war-torn Mozambique.')).toEqual(['GBR>MOZ 03']);
  });

  it('reads through a short parenthesis after a name ("the Democratic People\'s Republic of Korea (DPRK)")', () => {
    const text =
      "The United States demanded that the Democratic People's Republic of Korea (DPRK) forsake arms.";
    expect(dyads(text, '2003-01-10')).toContainEqual('USA>PRK 10');
  });

  it("gives a group the country of a place named before it, and keeps a government's own rebels as a target", () => {
    expect(dyads('The Sudanese government accused Darfur rebels of attacks.', '2004-05-01')).toContainEqual(
      'SDNGOV>SDNREB 11',
    );
  });

  it('aims force posture in another country at that country', () => {
    expect(dyads('Israeli troops remained on alert in the occupied West Bank.')).toEqual(['ISRMIL>PSE 15']);
  });

  it('aims an intent or a threat at whom the act it carries is done to, when no row codes that act', () => {
    expect(dyads('Hamas threatened to deliver painful blows to Egypt.')).toEqual(['PSEREBHMS>EGY 13']);
    expect(dyads('Chile pledged to rebuild Haiti.')).toEqual(['CHL>HTI 03']);
    expect(dyads('Japan agreed to provide aid for Nepal.')).toEqual(['JPN>NPL 03']);
    // the place of an act no row codes names no one it is done to; a threat to act in another country's
    // territory is aimed at that country
    expect(dyads('Japan agreed to hold a conference in Nepal.')).toEqual(['JPN>- 03']);
    expect(dyads('Norway threatened to ban fishing in Sweden.')).toEqual(['NOR>SWE 13']);
  });
});

describe('events coder: acts the text does not assert', () => {
  it('codes no government acting on its own country or an actor on itself', () => {
    expect(dyads('The German chancellor thanked Germany for its patience.')).toEqual([]);
    // people of a country acting on their government stay
    expect(dyads('Algerian students protested against the Algerian government.')).toEqual([
      'DZAEDU>DZAGOV 14',
    ]);
  });

  it('reads "receive" as hosting only with a visitor as object', () => {
    expect(dyads('Poland received strong support from Lithuania.')).not.toContainEqual(
      expect.stringMatching(/ 04$/),
    );
    expect(dyads('Poland received the Lithuanian president.')).toEqual(['LTUGOV>POL 04', 'POL>LTUGOV 04']);
  });

  it('reads "return" as returning someone or something only with an object', () => {
    expect(dyads('The rebels said they would return home.')).toEqual(['---REB>- 01']);
    expect(dyads('Iraq will return the Kuwaiti prisoners.')).toEqual(['IRQ>KWTCVL 03']);
    expect(dyads('The rebels will return weapons seized last year.')).toEqual(['---REB>- 03']);
  });

  it('reads "try" as a trial only with a person as object', () => {
    expect(dyads('Let them try.')).toEqual([]);
    expect(dyads('A Cairo court tried the Egyptian opposition leader.')).toEqual(['EGYJUD>EGYOPP 17']);
  });

  it('reads the owner of a release or arrest with no "of" phrase as the one released or arrested', () => {
    expect(dyads("An Egyptian court ordered the Israeli journalist's release.")).toEqual([
      'EGYJUD>ISRMED 08',
    ]);
    expect(dyads("Egypt welcomed the Israeli soldier's release.")).toEqual(['EGY>ISRMIL 05']);
  });

  it('reads "-es" as a plural ending only after a sibilant ("aides" is not "aid")', () => {
    expect(dyads("The minister's aides said the economy was growing.")).toEqual(['---GOV>- 01']);
    expect(dyads('Protesters staged marches against the Iranian government.')).toEqual(['IRNOPP>IRNGOV 14']);
  });

  it('reads "execute" as a killing only with people as object, not rulings or plans', () => {
    expect(dyads('Russia said the court rulings are executed.')).toEqual(['RUSJUD>- 11']);
    expect(dyads('Iranian authorities executed two Kurdish activists.')).toEqual(['IRNGOV>IRNOPP 18']);
  });

  it('codes no force in fighting a disease, a crime or a problem', () => {
    expect(dyads('Russia and the whole world are battling the pandemic.')).toEqual([]);
    expect(dyads('Ukrainian troops are fighting Russian forces near Kharkiv.')).toEqual(['UKRMIL>RUSMIL 19']);
  });

  it('codes no event noun inside a name', () => {
    expect(
      dyads(
        "Ukraine's National Security and Defence Council said on Friday that Kyiv will hold talks with Poland.",
      ),
    ).toEqual(['UKRGOV>POL 03']);
  });

  it('finds the one asked to act past a place phrase after it ("urged the rebels in Nepal to …")', () => {
    expect(
      dyads('The UN urged the Maoist rebels in Nepal to release the prisoners.', '2005-01-10'),
    ).toContainEqual('IGOUNO>NPLREB 02');
  });

  it('reads an attack given or delivered as words (111), not force', () => {
    expect(dyads('Rouhani gave a blistering attack on Washington.', '2015-01-10')).toEqual([
      'IRNGOV>USAGOV 11',
    ]);
  });
});

describe('events coder: targets from the place an act is done in', () => {
  it('aims aid, force and threats done in another country at that country', () => {
    expect(dyads('Brazil has declined to deploy peacekeepers in Haiti.')).toEqual(['BRA>HTI 12']);
    expect(dyads('Turkey threatened to ban flights in northern Iraq.')).toEqual(['TUR>IRQ 13']);
    expect(dyads('NATO rejected a call for its troops to be stationed in Georgia.')).toContainEqual(
      'IGOWSTNAT>GEO 12',
    );
  });

  it('takes no place of the source’s own country, and none for meetings', () => {
    expect(dyads('Iran held talks in Geneva.')).toEqual(['IRN>- 04']);
    expect(dyads('Nigeria deployed troops in Kano.')).not.toContainEqual(expect.stringMatching(/>NGA/));
  });

  it('aims an inquiry into things in another country, and attending a gathering there, at that country', () => {
    expect(dyads('UN inspectors inspected the factories in Iran.')).toEqual(['IGOUNO>IRN 09']);
    // an inquiry by someone of no known country is no inquiry into a foreign country
    expect(dyads('Local newspapers began looking into the affair in Ohio.')).toEqual(['---MED>- 09']);
    expect(dyads('The prime minister will attend a conference in Norway.')).toEqual(['---GOV>NOR 03']);
    // talks held somewhere are not aimed at the host
    expect(dyads('Chinese officials held talks in Geneva.')).toEqual(['CHNGOV>- 04']);
  });

  it('aims violence a country’s own forces or groups do at home at that country, but not from it', () => {
    expect(dyads('Boko Haram fighters attacked villages in northern Nigeria.')).toEqual(['NGAREB>NGA 19']);
    expect(dyads('Russian forces attacked from Russia.')).toEqual(['RUSMIL>- 19']);
  });

  it('aims a state’s restrictions and their lifting at its own country when no place is named', () => {
    expect(dyads('The Kenyan government imposed a curfew.')).toEqual(['KENGOV>KEN 17']);
    expect(dyads('Kenya lifted the state of emergency.')).toEqual(['KEN>KENCVL 08']);
    // restrictions alone may be on another country
    expect(dyads('The United States eased its restrictions.')).toEqual(['USA>- 08']);
    // and people of no country named that they fall on are its own
    expect(dyads('The Kenyan government lifted the ban on opposition parties.')).toEqual([
      'KENGOV>KENOPP 08',
    ]);
  });

  it('codes a curfew a state imposes at home as acting on its own civilians', () => {
    expect(dyads('Nigeria imposed a curfew in Kano.')).toEqual(['NGA>NGACVL 17']);
    expect(dyads('A Canadian engineer was arrested in Nigeria.')).toEqual(['NGA>CAN 17']);
    // and so is lifting it
    expect(dyads('Nigeria lifted the curfew in Kano.')).toEqual(['NGA>NGACVL 08']);
    expect(dyads('The Nigerian government lifted the curfew in Kano.')).toEqual(['NGAGOV>NGA 08']);
  });

  it('aims a protest at whom the act it is staged for names', () => {
    expect(
      dyads("Greek farmers began a hunger strike to protest against Germany's new tariffs."),
    ).toContainEqual('GRCAGR>DEU 14');
  });

  it('links an infinitive to its verb past a time or "in principle"', () => {
    expect(dyads('Japan agreed in principle on Friday to provide aid for Nepal.')).toEqual(['JPN>NPL 03']);
  });

  it('codes agents named by an international organisation as that organisation', () => {
    expect(dyads('European Union foreign ministers agreed to provide aid for Nepal.')).toEqual([
      'IGOEUREEC>NPL 03',
    ]);
  });

  it('aims a passive act at whom its subject noun names ("sanctions against Iran were imposed")', () => {
    expect(dyads('Sanctions against Iran were imposed by the EU.')).toEqual(['IGOEUREEC>IRN 16']);
    expect(dyads('A complaint against Israel was filed by Egypt.')).toEqual(['EGY>ISR 11']);
  });

  it('aims an inquiry at the country its investigators are sent to', () => {
    expect(
      dyads('The United Nations sent a team to Haiti to investigate the feasibility of a mission.'),
    ).toContainEqual('IGOUNO>HTI 09');
  });

  it('reads "by" after an act a protest is against as that act’s author, and the protesters as the subject', () => {
    expect(
      dyads(
        'Kurdish students threw stones during protests against the new policies by the Turkish government.',
      ),
    ).toContainEqual('---EDU>TURGOV 14');
    // the dead need not have rioted
    expect(dyads('Ten people were killed in ethnic riots.')).not.toContainEqual(
      expect.stringMatching(/ 14$/),
    );
  });

  it('codes a person no dictionary knows by the role an appositive gives them', () => {
    expect(dyads('Ahmed Karimi, a member of the Iraqi parliament, started a hunger strike.')).toEqual([
      'IRQLEG>- 14',
    ]);
    expect(dyads('A member of the Iraqi parliament, Ahmed Karimi, started a hunger strike.')).toEqual([
      'IRQLEG>- 14',
    ]);
  });

  it('aims aid given or cut at whom it is for', () => {
    expect(dyads('Canada suspended part of a military aid program for Haiti.')).toEqual(['CAN>HTI 16']);
  });

  it('codes people of no country who protest somewhere as that place’s, but not refugees', () => {
    expect(dyads('Prisoners rioted at a jail in Dili on Monday.')).toEqual(['TLSCVL>TLS 14']);
    expect(dyads('Refugees protested in Nairobi.')).toEqual(['---REF>KEN 14']);
  });

  it('codes people of no country that police act on as the police’s own country’s', () => {
    expect(dyads('Kenyan police arrested dozens of protesters.')).toEqual(['KENCOP>KENOPP 17']);
  });

  it('aims a readiness for an act at whom the act’s purpose is done to', () => {
    expect(dyads('Japan is ready to send engineers to help rebuild Haiti.')).toEqual(['JPN>HTI 03']);
  });

  it('aims force on a part of a city at the country it is in, not at the capital as a government', () => {
    expect(dyads('Israeli jets bombed the outskirts of Beirut.')).toEqual(['ISR>LBN 19']);
  });

  it('gives a gerund after a main clause’s noun that noun, or the main clause’s subject, never the next clause’s', () => {
    expect(
      dyads('The Polish president signed a decree imposing a curfew, and parliament approved it.'),
    ).toEqual(['POLGOV>POL 17']);
    expect(dyads('Chinese police used tear gas to disperse students protesting in Beijing.')).toContainEqual(
      'CHNEDU>CHN 14',
    );
  });

  it('coordinates no date with an actor ("on March 3, and the EU …")', () => {
    expect(dyads('Brazil and Peru met on March 3, and the EU met in Brussels.')).not.toContainEqual(
      expect.stringMatching(/>IGO/),
    );
  });

  it('ends a list at its "and": a phrase after a comma past it is no member', () => {
    expect(
      dyads('Hamas threatened to deliver painful blows to Egypt and Israel, a Saudi weekly reported.'),
    ).not.toContainEqual(expect.stringMatching(/>SAU/));
  });

  it('aims a refusal to answer a demand or request at its author', () => {
    expect(dyads('Syria has refused to respond to a request from the French President.')).toEqual([
      'SYR>FRAGOV 12',
    ]);
  });

  it('aims a threat made to depend on another’s conduct at the one the condition names', () => {
    expect(dyads('Farmers in Kenya threatened to block roads unless Uganda lifted the ban.')).toContainEqual(
      'KENAGR>UGA 13',
    );
  });

  it('gives violence with no attacker named to an unidentified armed force of the place it happened', () => {
    expect(dyads('A roadside bomb near the city of Kandahar killed three Afghan policemen.')).toEqual([
      'AFGUAF>AFGCOP 18',
    ]);
    expect(dyads('A landmine near the town of Kandahar killed two Canadian soldiers.')).toEqual([
      'AFG>CANMIL 19',
    ]);
  });

  it('gives force a gerund or a coordinated verb adds the victims of the clause’s own act', () => {
    // the gerund is how the firing went, one event (methods.ts); the coordinated verb is its own
    expect(dyads('Kenyan police fired on the protesters, killing two people.')).toEqual(['KENCOP>KENOPP 17']);
    expect(dyads('Israeli tanks shelled Hamas positions and wounded ten people.')).toContainEqual(
      'ISR>PSECVL 19',
    );
  });

  it('keeps an adverb of degree inside the phrase after a preposition ("of mostly Sunni western Baghdad")', () => {
    expect(dyads('A journalist was killed in a district of mostly Sunni western Baghdad.')).toEqual([
      'IRQUAF>IRQMED 18',
    ]);
  });

  it('places an act where a participle right after its object says that object is', () => {
    expect(dyads('Kurdish rebels blew up a pipeline running through Kirkuk.')).toEqual(['---REB>IRQ 17']);
    // not past a comma
    expect(dyads('Kurdish rebels blew up a pipeline, running through Kirkuk.')).toEqual(['---REB>- 17']);
  });

  it('gives people the country of the conflict they are in or flee, and reads a participle after a preposition as a modifier', () => {
    expect(dyads('Norway sent food aid to refugees fleeing the war in Sudan.')).toEqual(['NOR>SDNREF 07']);
    expect(dyads('Canada urged the parties to the conflict in Yemen to talk.')).toEqual(['CAN>YEMPTY 02']);
    expect(dyads('The French envoy met with exiled dissidents from Cuba.')).toEqual(['FRAGOV>CUBOPP 04']);
  });

  it('aims breaking a promise at whom it was made to', () => {
    // past the speaker's own "his", which names no one else
    expect(dyads('Kenyan President Mwai Kibaki has reneged on his assurances to Ugandan farmers.')).toEqual([
      expect.stringMatching(/^KEN\w*>UGAAGR 12$/),
    ]);
  });

  it('aims a claim of responsibility at the country the act claimed was done in', () => {
    expect(dyads('Hamas claimed responsibility for a bombing in Tel Aviv.')).toEqual(['PSEREBHMS>ISR 01']);
  });

  it('gives a government or police no country is named for the country of the rebels or people acting on it', () => {
    expect(dyads('Taliban fighters killed three police officers.')).toEqual(['AFGREB>AFGCOP 18']);
    // soldiers with no country named may be foreign ones
    expect(dyads('Taliban fighters killed two soldiers.')).toEqual(['AFGREB>---MIL 19']);
    expect(dyads('Opposition groups in Togo rejected a plan by the government.')).toEqual([
      'TGOOPP>TGOGOV 12',
    ]);
  });

  it('aims an act done during an event of its own kind at whom that event is against', () => {
    const events = dyads(
      'Egyptian students threw stones during protests against the new policies by the Israeli government.',
    );
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((d) => d === 'EGYEDU>ISRGOV 14')).toBe(true);
  });

  it('takes the place’s country over a target with no code', () => {
    expect(dyads('Dutch fishermen blocked the Europe Bridge leading into Belgium.')).toEqual([
      'NLDAGR>BEL 14',
    ]);
  });

  it("codes an act against a country's homes as one against its civilians", () => {
    expect(dyads('Chadian soldiers demolished Sudanese houses.')).toEqual(['TCDMIL>SDNCVL 17']);
    // other property stays the country's
    expect(dyads('Chadian soldiers demolished a Sudanese factory.')).toEqual(['TCDMIL>SDN 17']);
  });

  it('counts every member of a coordinated group after "dozens of"', () => {
    const events = dyads('Police in Chad have beaten dozens of Sudanese and Nigerian students.');
    // "Sudanese" shares the noun "students" with "Nigerian"
    expect(events).toContainEqual('TCDCOP>SDNEDU 18');
    expect(events).toContainEqual('TCDCOP>NGAEDU 18');
  });
});

describe('events coder: a stance taken on an act', () => {
  it('is not aimed at whom the act is aimed at', () => {
    expect(dyads('Hungary condemned the air strikes on Serbia.')).toContainEqual('HUN>- 11');
    expect(dyads('Hungary backs the sanctions against Iran.')).toEqual(['HUN>- 05']);
    expect(dyads('Hungary praised the aid to Chile.')).toContainEqual('HUN>- 05');
  });

  it('is aimed at the act’s author, named before it or by "by", or at those who made it together', () => {
    expect(
      dyads('Hungary condemned the attack on the embassy in Belgrade by Croatian forces.'),
    ).toContainEqual('HUN>HRVMIL 11');
    expect(dyads('Hungary condemned the Croatian attack on Serbia.')).toContainEqual('HUN>HRV 11');
    expect(dyads('Hungary welcomed the ceasefire between Serbia and Croatia.')).toContainEqual('HUN>SRB 05');
  });
});

describe('events coder: parties named in a circumstance of the act', () => {
  it('does not aim an act at a party named after "after", "because of" or "in connection with"', () => {
    for (const text of [
      'The rebels requested weapons after the aggression of the Ukrainian authorities.',
      'The rebels requested weapons because of the Ukrainian aggression.',
      'The rebels requested help in connection with the shelling of the Ukrainian army.',
    ])
      expect(dyads(text)).toContainEqual(expect.stringMatching(/^---REB>- 02/));
    expect(dyads('The rebels requested weapons from Russia.')).toContainEqual(
      expect.stringMatching(/^---REB>RUS 02/),
    );
  });
});

describe("events coder: a target slot that names only the source's own side", () => {
  it("takes the direct object as the target of a visitor welcomed to the host's capital", () => {
    expect(dyads('Putin welcomed Macron to Moscow.', '2022-02-07')).toContainEqual('RUSGOV>FRAGOV 04');
    expect(dyads('Zelensky welcomed Rutte to Kyiv.', '2022-02-07')).toContainEqual('UKRGOV>NLDGOV 04');
  });
});

describe('events coder: a stance taken on handing something over', () => {
  it('is not aimed at whom the things go to, but at who hands them over', () => {
    expect(dyads('Hungary criticized the supply of tanks to Serbia.')).toEqual(['HUN>- 11']);
    expect(dyads('Hungary condemned the deliveries of rifles to Serbia.')).toEqual(['HUN>- 11']);
    expect(dyads('Hungary condemned the sale of jets to Serbia by Croatia.')).toContainEqual('HUN>HRV 11');
  });

  it('is not aimed at whom a decision or a plan it is taken on is for', () => {
    expect(dyads('Hungary criticized the decision to ship rifles to Serbia.')).toEqual(['HUN>- 11']);
  });
});

describe('events coder: the first object of a verb of giving', () => {
  it('is the one given to when it is a country named by its name', () => {
    expect(dyads('Poland sends Ukraine tanks.', '2022-03-01')).toContainEqual('POL>UKR 07');
    expect(dyads('Russia denied Ukraine access to the sea.', '2022-03-01')).toContainEqual('RUS>UKR 12');
  });

  it('is not when the country only says whose the thing is', () => {
    expect(dyads('Poland sent Ukrainian tanks to the front.', '2022-03-01')).not.toContainEqual('POL>UKR 07');
  });
});

describe('events coder: force aimed at a capital', () => {
  it('codes a capital that is shelled or struck as its country, like any other city, not its government', () => {
    expect(dyads('Syrian artillery shelled Beirut overnight.')).toEqual(['SYRMIL>LBN 19']);
    expect(dyads('Israeli air strikes on Damascus wounded two soldiers.')).toContainEqual('ISR>SYR 19');
    // a capital addressed or pressed still stands for its government
    expect(dyads('Moscow threatened Kyiv.', '2022-02-10')).toEqual(['RUSGOV>UKRGOV 13']);
  });
});

describe('events coder: a people an act is done to', () => {
  it('codes a plural demonym that is killed, evacuated or protected as that country’s civilians', () => {
    expect(dyads('Serbia will evacuate Serbs from Libya.')).toEqual(['SRB>SRBCVL 03']);
    expect(dyads('Gunmen killed Nigerians.')).toContainEqual('---UAF>NGACVL 18');
    expect(dyads('Chad evacuated Cameroonians from the border town.')).toEqual(['TCD>CMRCVL 07']);
    // fighting is done to soldiers, and sanctions to a state
    expect(dyads('Syrian forces fought Turks near the border.')).toEqual(['SYRMIL>TUR 19']);
  });
});

describe('events coder: rejecting what someone planned', () => {
  it('aims the rejection of a plan or a proposal at its author, not at whom the planned act is for', () => {
    expect(dyads('Turkey rejected the plan to station troops in Greece.')).toEqual(['TUR>- 12']);
    expect(dyads("Turkey rejected NATO's proposal to station troops in Greece.")).toEqual([
      'TUR>IGOWSTNAT 12',
    ]);
    // refusing one's own act is aimed at whom the act would be done to
    expect(dyads('Turkey refused to send troops to Greece.')).toEqual(['TUR>GRC 12']);
  });
});

describe('events coder: the party an object is taken from', () => {
  it('reads "from" after the object, past an of-phrase that names no party', () => {
    expect(
      dyads('Ukrainian forces recaptured the village of Moshchun from Russian forces.', '2022-03-22'),
    ).toEqual(['UKRMIL>RUSMIL 19']);
    expect(dyads('Ukrainian forces recaptured the village from Russian forces.', '2022-03-22')).toEqual([
      'UKRMIL>RUSMIL 19',
    ]);
  });
});
