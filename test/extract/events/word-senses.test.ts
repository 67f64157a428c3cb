import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// A pattern's verb or noun used in another sense than the event it stands for: the object, the words
// around it or the party that acts decide whether it is that event, another one, or none.
const dyads = (text: string) => codedDyads(text, { published: '2022-03-01' });
const codes = (text: string) => dyads(text).map((d) => d.split(' ')[1]);

describe('events coder: other senses of event words', () => {
  it('reads "demonstrate" with an object as showing, not protesting', () => {
    expect(codes('The alliance has clearly demonstrated its resolve to act.')).not.toContain('141');
    expect(codes('Hungary demonstrated its commitment to the treaty.')).not.toContain('141');
    expect(dyads('Students demonstrated outside the Chinese embassy on Friday.')).toContainEqual(
      expect.stringMatching(/ 141$/),
    );
  });

  it('reads "meet" with a standard, a need or a deadline as fulfilling it, not a meeting', () => {
    expect(codes('Serbia says it meets the European criteria.')).not.toContain('040');
    expect(codes('Moldova must meet the conditions set by the lenders.')).not.toContain('040');
    expect(codes('Georgia met its obligations under the deal.')).not.toContain('040');
    // (a meeting in a third country: 044)
    expect(dyads('Lavrov met Blinken in Geneva.')).toContainEqual(expect.stringMatching(/ 044$/));
  });

  it('reads recognising a state as a sponsor of terrorism or an aggressor as an accusation, not recognition', () => {
    expect(dyads('The Polish parliament recognised Russia as a state sponsor of terrorism.')).toEqual([
      'POLLEG>RUS 112',
    ]);
    expect(codes('Estonia recognized Russia as an aggressor state.')).toEqual(['112']);
    expect(dyads('Russia recognised the breakaway region as an independent state.')).toContainEqual(
      expect.stringMatching(/^RUS>\S* 054$/),
    );
  });

  it('reads talking to the press as a statement, not a consultation', () => {
    expect(codes('The Finnish president spoke with reporters in Helsinki.')).toEqual(['010']);
    expect(codes('Scholz met with journalists after the summit.')).toEqual(['010']);
    expect(dyads('Scholz met with Macron after the summit.')).toContainEqual(expect.stringMatching(/ 040$/));
  });

  it('reads entering a building or a year, doubting a principle and home visits as no event', () => {
    expect(codes('The ministers entered the building together.')).not.toContain('192');
    expect(codes('Finland has never questioned this principle.')).not.toContain('173');
    expect(codes('Home visits by nurses resumed in Lviv.')).not.toContain('042');
    expect(dyads('Belarusian troops entered Ukraine.')).toContainEqual(
      expect.stringMatching(/^BLRMIL>UKR 192$/),
    );
    expect(dyads('Police questioned the protesters.')).toContainEqual(expect.stringMatching(/ 173$/));
  });

  it('reads the recognition of a certificate or a merit as no diplomatic recognition', () => {
    expect(
      codes('Serbia and Hungary agreed on mutual recognition of vaccination certificates.'),
    ).not.toContain('054');
    expect(dyads('Estonia welcomed the recognition of Kosovo by Greece.')).toContainEqual('GRC>XKX 054');
  });

  it('reads slamming a door as no criticism', () => {
    expect(codes('Officials in Kyiv slammed the door shut on the visitors.')).not.toContain('111');
    expect(dyads('Kyiv slammed the Belarusian decision.')).toContainEqual(
      expect.stringMatching(/^UKR\S*>BLR\S* 111$/),
    );
  });

  it('reads "undertake" as a promise only before "to VERB"', () => {
    expect(codes('Poland and Lithuania undertake joint research projects.')).toEqual([]);
    expect(dyads('Russia undertook to withdraw its troops from Moldova.')).toContainEqual(
      expect.stringMatching(/^RUS>MDA 03/),
    );
  });

  it('does not read idioms of "go to" as visits', () => {
    expect(codes('Britain went to great lengths to avoid a conflict.')).not.toContain('042');
    expect(codes('Hungary will go to the polls in April.')).not.toContain('036');
    expect(codes('Hungary will go to the polls in April.')).not.toContain('042');
    expect(dyads('Macron went to Moscow on Monday.')).toContainEqual(
      expect.stringMatching(/^FRAGOV>RUS\w* 042$/),
    );
  });

  it('reads "engage" as combat only against armed forces or in a fight', () => {
    expect(codes('Japan plans to engage 10 million people in winter sports.')).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/^1[39]/)]),
    );
    expect(dyads('The Ukrainian army engaged Russian forces near Izium.')).toContainEqual(
      'UKRMIL>RUSMIL 190',
    );
    expect(dyads('Rebels engaged the Kenyan army in a firefight.')).toContainEqual(
      expect.stringMatching(/>KENMIL 19\d$/),
    );
    expect(codes('Syrian troops engaged in fighting with rebels near Aleppo.')).toContain('190');
  });

  it('does not read a defence system, force or ministry as defending someone in words', () => {
    expect(codes('Armenia and Russia run a joint air defence system.')).not.toContain('052');
    expect(codes("Estonia's defence ministry said the drills were over.")).not.toContain('052');
    expect(codes('The missile defense of Japan is being upgraded.')).not.toContain('052');
    expect(dyads("China spoke in defence of Russia's position.")).toContainEqual(
      expect.stringMatching(/ 052$/),
    );
    // armed defence is not a verbal one
    expect(codes('Georgian soldiers defended Tbilisi against the attack.')).not.toContain('052');
  });

  it("codes a state's bombs in a war as air strikes, and other bombs as bombings", () => {
    expect(dyads('Russian bombs killed 12 people in Kharkiv.')).toContainEqual('RUS>UKRCVL 195');
    expect(codes('A roadside bomb killed three people in Kabul.')).toContain('1833');
    expect(codes('A bomb killed four people in Quetta.')).toContain('183');
  });

  it('reads sabotaging a process or an agreement as refusing it, not as wrecking property', () => {
    expect(dyads('Serbia sabotaged the implementation of the agreement with Kosovo.')).toContainEqual(
      expect.stringMatching(/^SRB>.* 12\d$/),
    );
    expect(dyads('Azerbaijan sabotaged the peace talks with Armenia.')).toContainEqual('AZE>ARM 125');
    expect(codes('Partisans sabotaged the railway line near the city.')).not.toContain('120');
  });

  it('reads destroying armed forces or their weapons as fighting, and buildings as wrecking property', () => {
    expect(dyads('Syrian troops were ordered to destroy the rebel fighters.')).toContainEqual(
      expect.stringMatching(/^SYRMIL>.* 190$/),
    );
    expect(codes('Ukrainian forces destroyed a Russian convoy near Kyiv.')).toContain('190');
    expect(codes('Russian forces destroyed the bridge over the river.')).toContain('1712');
  });

  it('reads a blockade or bombing by a state and its forces as force, and blocking a measure as refusing it', () => {
    expect(codes('Belarusian troops blocked the road to the border.')).toContain('191');
    expect(codes('Farmers blocked the road to the capital.')).toContain('144');
    expect(codes('Supporters of the president blocked the road.')).toContain('144');
    expect(codes('Syrian troops bombed schools in Idlib.')).toContain('195');
    expect(codes('Rebels bombed the police station.')).toContain('183');
    // a bombing named beside another act: a state's bombs fall from the air, a group's are set off
    expect(codes('Belarusian soldiers killed villagers with bombs.')).toEqual(['195']);
    expect(codes('Militants killed villagers with bombs.')).toEqual(['183']);
    expect(dyads('Poland blocked the talks with Belarus.')).toContainEqual('POL>BLR 125');
    expect(codes('Hungary blocked the new sanctions.')).not.toContain('144');
  });

  it('reads armed forces opposing armed forces as fighting, and a state opposing them as disapproval', () => {
    expect(codes('The Georgian army is opposing the invading Russian forces.')).toContain('190');
    expect(codes('Poland opposes the Russian troops in Belarus.')).not.toContain('190');
  });

  it('reads "train" without an object as training oneself, and "push into" a state as no advance', () => {
    expect(codes('Their soldiers have been training hard all week.')).not.toContain('072');
    expect(dyads('Britain trained Ukrainian soldiers.')).toContainEqual('GBR>UKRMIL 072');
    expect(dyads('Britain trained and equipped Ukrainian soldiers.')).toContainEqual(
      expect.stringMatching(/^GBR>.* 07/),
    );
    expect(codes('They want to push Serbia into a confrontation.')).not.toContain('192');
    expect(codes('Russian troops pushed into the city of Kherson.')).toContain('192');
  });

  it('reads defending a place or oneself as armed defence, not as speaking up for a party', () => {
    expect(codes('Georgians who are defending their land need weapons.')).not.toContain('052');
    expect(codes('Moldova can defend itself.')).not.toContain('052');
    expect(codes('Lithuania can defend the city of Vilnius.')).not.toContain('052');
    expect(dyads('China defended Russia at the Security Council.')).toContainEqual('CHN>RUS 052');
  });

  it('reads "lend a hand" as help and "lend support" as backing, not a loan', () => {
    expect(dyads('Poland is lending a helping hand to Ukraine.')).toContainEqual('POL>UKR 070');
    expect(dyads('France lent its support to Moldova.')).toContainEqual('FRA>MDA 051');
    expect(dyads('Japan lent $100 million to Ukraine.')).toContainEqual('JPN>UKR 071');
    expect(dyads('Poland lent Ukraine a helping hand.')).toContainEqual('POL>UKR 070');
  });

  it('reads looting by a state or its forces as seizing property, not a riot', () => {
    expect(codes('Russian troops are looting the villages they captured.')).toContain('1711');
  });

  it('reads "decline" as a refusal only with an object or "to VERB"', () => {
    expect(codes("Turkey's inflation has been declining.")).not.toContain('120');
    expect(dyads('Iran declined the offer from Russia.')).toContainEqual('IRN>RUS 120');
    expect(codes('Iran declined to attend the summit.')).toContainEqual(expect.stringMatching(/^12/));
  });

  it('reads "stand up for" only with its "for", and defending a land as armed', () => {
    expect(codes('When the arrests began, the poet stood up and said: "Stand up."')).not.toContain('052');
    expect(dyads('Ukraine stood up for Georgia.')).toContainEqual('UKR>GEO 052');
    expect(codes('Thousands of Lithuanian reservists have joined the defence of their land.')).not.toContain(
      '052',
    );
  });

  it('reads defending a region or a city as armed defence, and returning fire as fighting', () => {
    expect(codes('Armenia will defend Stepanakert.')).not.toContain('052');
    expect(codes('Syrian troops returned fire.')).toContain('190');
    expect(codes('Syrian troops returned the prisoners.')).toContain('084');
  });

  it("codes a state's bombing as an air strike whether a verb or a noun names it", () => {
    expect(codes('Syrian jets began the bombing of Idlib.')).toContain('195');
    expect(codes('Israel continued its bombing of Gaza.')).toContain('195');
  });

  it("reads a state's strikes as military ones, not labour strikes, and strike weapons as no strike", () => {
    expect(codes('Civilians died in Syrian strikes.')).toContain('190');
    expect(codes('The Syrian army launched 12 missile strikes at Idlib.')).toContain('190');
    expect(codes('French workers launched a general strike.')).toContain('143');
    expect(codes('Washington will not place strike weapons in Poland.')).not.toContain('143');
  });

  it('reads a danger as no threat, and acknowledging a fact as no recognition', () => {
    expect(codes('The alliance must respond to emerging threats.')).not.toContain('130');
    expect(dyads('Russia issued a threat against Georgia.')).toContainEqual('RUS>GEO 130');
    expect(codes('The leaders recognised the need for reform.')).not.toContain('054');
    expect(codes('Serbia recognised the independence of the republic.')).toContain('054');
  });

  it('reads capturing or seizing a place as occupying it', () => {
    expect(codes('Russian troops seized Kherson.')).toContain('192');
    expect(codes('Russian troops captured the mayor of Melitopol.')).toContain('173');
    expect(codes('Russia seized British assets.')).toContain('171');
  });

  it('reads holding an office, hitting a level and hosting a contest as no custody, blow or visit', () => {
    expect(codes('Poland will hold the chairmanship of the council.')).not.toContain('173');
    expect(dyads('The rebels held the mayor for three days.')).toContainEqual(expect.stringMatching(/ 173$/));
    expect(codes("Georgia's gas reserves hit record levels.")).not.toContain('190');
    expect(codes('Italy has hosted the Winter Olympics twice.')).not.toContain('043');
    expect(codes('The cathedral hosted a funeral service for the poet.')).not.toContain('043');
    expect(dyads('Kazakhstan hosted the Turkish president.')).toContainEqual('KAZ>TURGOV 043');
  });

  it('reads following rules and taking money back as no concession or retreat', () => {
    expect(codes('Serbian firms comply with all sanitary norms.')).not.toContain('080');
    expect(dyads('Serbia complied with the demands of the EU.')).toContainEqual(
      expect.stringMatching(/^SRB>.* 08/),
    );
    expect(codes('American suppliers withdrew large amounts from Europe.')).not.toContain('087');
    expect(codes('Russian troops withdrew from Kyiv.')).toContain('087');
  });

  it('reads ruining something abstract as no wrecked property, and staging an event as no custody', () => {
    expect(codes('Russia wants to destroy the independence of Georgia.')).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/^1712|^137/)]),
    );
    expect(codes('The forum, which will be held in Davos, is a good platform.')).not.toContain('173');
    expect(codes('Russia will put its thoughts down on paper.')).not.toContain('175');
    expect(codes('Police put down the protest.')).toContain('175');
  });

  it('reads keeping commitments, accepting papers and withdrawing firms as no concession, recognition or retreat', () => {
    expect(codes('Russia always complies with its contractual commitments.')).not.toContain('080');
    expect(codes('Hungary recognised Russian vaccination certificates.')).not.toContain('054');
    expect(codes('It is necessary to withdraw companies from the Russian market.')).not.toContain('087');
    expect(codes('Residents will have gas brought to their houses.')).not.toContain('2041');
  });

  it('reads protecting a region or its own people as no protection by a third party', () => {
    expect(codes('Russia launched an operation to protect Donbass.')).not.toContain('074');
    expect(codes('Israel has a strategy to protect its citizens.')).not.toContain('074');
    expect(codes('French peacekeepers protected the Rwandan refugees.')).toContain('074');
  });

  it('reads "go to" as a visit only to a place or a party, and entering a port as no occupation', () => {
    expect(codes('The civilians of Mariupol can go to work.')).not.toContain('042');
    expect(dyads('Macron went to Moscow on Monday.')).toContainEqual(
      expect.stringMatching(/^FRAGOV>RUS\w* 042$/),
    );
    expect(codes('The Russian vessel has the right to enter Turkish ports.')).not.toContain('192');
    expect(codes('Russian troops entered Kherson.')).toContain('192');
  });

  it('reads recognised borders and acknowledging a fact as no diplomatic recognition', () => {
    expect(codes('Georgia must return to its internationally recognized borders.')).not.toContain('054');
    expect(codes('He said, recognizing that the talks were hard.')).not.toContain('054');
    expect(dyads('Russia was the first to recognise Mongolia.')).toContainEqual('RUS>MNG 054');
  });

  it('reads serving interests, ranking and coming home as no meeting, occupation or return', () => {
    expect(codes('Russia meets over 40 percent of Greek gas demand.')).not.toContain('040');
    expect(codes('Cooperation would meet the interests of both peoples.')).not.toContain('040');
    expect(codes('The university occupies an important place in the ranking.')).not.toContain('192');
    expect(codes('Syrian citizens returned to Syria.')).not.toContain('084');
    expect(codes('Turkey returned the prisoners to Russia.')).toContain('084');
  });

  it('reads a talk show, combat readiness and an air threat as no talks, fight or threat', () => {
    expect(codes('Lavrov appeared on a Russian talk show.')).not.toContain('046');
    expect(codes('The enemy units have lost their combat capability.')).not.toContain('190');
    expect(codes('People began to hide from the air threat in time.')).not.toContain('130');
    expect(codes('Our military destroyed the occupiers near the airport.')).toContain('190');
  });

  it('reads a trade partner, a trade union and an investment fund as no trade or investment', () => {
    expect(codes("Russia is Armenia's biggest trade partner.")).not.toContain('061');
    expect(codes('French trade unions called a strike.')).not.toContain('061');
    expect(codes('Russia and the UAE set up sovereign investment funds.')).not.toContain('061');
    expect(dyads('Russian investment in Greece grew.')).toContainEqual('RUS>GRC 061');
  });

  it('reads war crimes, a war zone and attack drones as no war or attack being waged', () => {
    expect(codes('The commission records Russian war crimes.')).not.toContain('190');
    expect(codes('Refugees fled the war zone near Kharkiv.')).not.toContain('190');
    expect(codes('Ukraine received Turkish attack drones.')).not.toContain('190');
    expect(dyads("Russia's war against Georgia began in August.")).toContainEqual('RUS>GEO 190');
  });

  it('reads soldiers marching as no protest, and an army strike or a state blockade as force', () => {
    expect(codes('Russian soldiers marched through the town.')).not.toContain('141');
    expect(codes('Thousands of students marched in Minsk.')).toContain('141');
    expect(codes('The army launched artillery strikes on the village.')).toContain('190');
    expect(codes('The Russian blockade continues.')).toContain('191');
  });

  it('reads beating forces as defeating them, and mobilising means as no mobilisation of forces', () => {
    expect(codes('The Georgian army continues to beat the occupiers.')).toContain('190');
    expect(codes('Belarusian police beat the journalist.')).toContain('182');
    expect(codes('The EU is mobilizing its economic power.')).not.toContain('154');
    expect(codes('Russia mobilized 300,000 reservists.')).toContain('154');
    expect(codes('The NATO summit will be held in Madrid.')).not.toContain('173');
  });

  it('reads the defence of a city as armed, and refugees arriving as no visit', () => {
    expect(codes('Since the invasion he has been leading the defence of Kyiv.')).not.toContain('052');
    expect(codes('Ukrainian refugees who arrived in the European Union need help.')).not.toContain('042');
    expect(dyads('The Turkish president arrived in Ukraine.')).toContainEqual('TURGOV>UKR 042');
  });
});

describe('events coder: an event noun that only modifies another noun', () => {
  it('reads an event noun before a thing it describes as no event', () => {
    expect(codes('Ukrainian sabotage groups entered the town on Monday.')).not.toContain('1712');
    expect(codes('The Russian censorship agency issued a statement.')).not.toContain('1721');
    expect(codes('Hungary bought new attack helicopters.')).not.toContain('190');
  });

  it('keeps the event before a noun that only frames it', () => {
    expect(dyads('Russia and Ukraine resumed the negotiation process in Istanbul.')).toContainEqual(
      expect.stringMatching(/^(RUS>UKR|UKR>RUS) 04/),
    );
    expect(dyads('The European Union announced a new sanctions package against Russia.')).toContainEqual(
      expect.stringMatching(/^IGOEUREEC>RUS 163$/),
    );
    expect(dyads('Britain announced a new aid package for Ukraine.')).toContainEqual(
      expect.stringMatching(/^GBR>UKR 07/),
    );
  });

  it("reads a verb's object framed by such a noun as the act it frames", () => {
    expect(dyads('The European Union adopted a new sanctions package against Russia.')).toContainEqual(
      'IGOEUREEC>RUS 163',
    );
    expect(dyads('Turkey proposed several mediation options to Russia and Ukraine.')).toContainEqual(
      expect.stringMatching(/^TUR>RUS 03/),
    );
  });

  it('keeps a verb the tagger may read as a noun before its object', () => {
    expect(dyads('America bans imports of Russian oil.')).toContainEqual(expect.stringMatching(/^USA>\S* 1/));
  });
});
