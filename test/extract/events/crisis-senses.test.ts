import { describe, expect, it } from 'vitest';
import { codedDyads } from '../../helpers/events.js';

// Event words of wartime statements and readouts used in another sense: welfare at home, power taken in a
// coup, an address to a people, a state named a terrorist, "a great deal" of work.
const dyads = (text: string) => codedDyads(text, { published: '2022-03-01' });
const codes = (text: string) => dyads(text).map((d) => d.split(' ')[1]);

describe('events coder: senses of crisis statements', () => {
  it('reads support for families, firms or culture at home as welfare, not political support', () => {
    expect(codes('The Russian government approved new support measures for large families.')).toEqual([]);
    expect(codes('Russia will increase support for families with children.')).toEqual([]);
    expect(codes('The Polish ministry announced support for the film industry.')).not.toContain('051');
    expect(codes('The cabinet in Kyiv discussed social support for pensioners.')).not.toContain('051');
    expect(codes('Russia will expand support for business initiative.')).toEqual([]);
    expect(codes('Two Emergencies Ministry support camps are operating at checkpoints.')).toEqual([]);
    expect(dyads('Japan expressed support for Ukraine.')).toContainEqual('JPN>UKR 051');
    expect(dyads('The EU will provide support for Ukrainian families.')).toContainEqual(
      expect.stringMatching(/^IGOEUREEC>UKR\S* 03/),
    );
  });

  it('reads seizing power or staging a coup as violence, not seized property', () => {
    expect(dyads('Rebels tried to seize power in Chad.')).toEqual(['---REB>TCD 180']);
    expect(dyads('The army staged a coup in Mali.')).toContainEqual('---MIL>MLI 180');
    expect(codes('Police seized weapons in Tbilisi.')).toContain('171');
  });

  it('reads the recognition of a state as a terrorist state as an accusation, not recognition', () => {
    expect(dyads("Latvia's recognition of Russia as a terrorist state angered Moscow.")).toContainEqual(
      'LVA>RUS 112',
    );
    expect(codes("Latvia's recognition of Russia as a terrorist state angered Moscow.")).not.toContain('054');
    expect(
      dyads('The Lithuanian parliament recognised the Russian army as a criminal organisation.'),
    ).toEqual(['LTULEG>RUSMIL 112']);
    expect(dyads('Russia announced the recognition of Abkhazia.')).toContainEqual(
      expect.stringMatching(/^RUS>\S+ 054$/),
    );
  });

  it('reads "a great deal" and "to deal with" as no agreement', () => {
    expect(codes('Armenia and Russia have achieved a great deal with each other.')).not.toContain('030');
    expect(codes('Moldova must learn to deal with Romania on energy.')).not.toContain('030');
    expect(dyads('Ankara said the deal with Moscow was a breakthrough.')).toContainEqual(
      expect.stringMatching(/^TUR\S*>RUS\S* 030$/),
    );
  });

  it('reads speaking to a people, an audience or a parliament as an address, not a consultation', () => {
    expect(dyads('Zelensky spoke to the British Parliament on Tuesday.')).toEqual(['UKRGOV>GBRLEG 010']);
    expect(codes('Putin said: "I want to speak directly to the people of Russia."')).not.toContain('036');
    expect(codes('Putin said: "I am speaking to you directly today."')).not.toContain('040');
    expect(dyads('Zelensky said he wants to speak directly to Putin.')).toContainEqual('UKRGOV>RUSGOV 036');
    expect(dyads('Macron spoke to Putin on Sunday.')).toContainEqual('FRAGOV>RUSGOV 040');
  });

  it('reads "consider" with a judgement as an opinion, not a policy option weighed', () => {
    expect(codes('Lavrov said Moscow considers it necessary to act.')).not.toContain('014');
    expect(codes('Lavrov said this is something Moscow considers extremely important.')).not.toContain('014');
    expect(codes('The Latvian minister said Riga considered them as terrorists.')).not.toContain('014');
    expect(dyads('The EU will consider granting Ukraine candidate status.')).toContainEqual(
      expect.stringMatching(/^IGOEUREEC>\S* 014$/),
    );
  });

  it('reads holding an event or a lead, monitoring prices or quality and funding works at home as no event', () => {
    expect(codes('Lukashenko said Minsk would hold it in the spring.')).not.toContain('173');
    expect(codes('Russia has held the leadership in figure skating.')).not.toContain('173');
    expect(codes('The Russian government will monitor the quality of medicines.')).not.toContain('090');
    expect(codes('Moscow will fund projects in small towns.')).not.toContain('071');
    expect(codes('Lukashenko said the West pushed Ukraine into the abyss of war.')).not.toContain('192');
    expect(codes('The West wants to destroy the Russian economy, Putin said.')).not.toContain('1712');
    expect(dyads('The OSCE will monitor the ceasefire in Donbas.')).toContainEqual(
      expect.stringMatching(/^IGOEURSCE>UKR 09/),
    );
    expect(dyads('Russian troops pushed into Kherson.')).toContainEqual('RUSMIL>UKR 192');
  });

  it('reads offering goods, services or greetings as no pledge; offering to act, a meeting or aid is one', () => {
    expect(codes('Rosatom has offered new technologies to Hungary.')).toEqual([]);
    expect(codes('Putin spoke about the opportunities offered by Argentina.')).not.toContain('030');
    expect(dyads('Zelensky offered Putin a meeting.')).toEqual(['UKRGOV>RUSGOV 036']);
    expect(dyads('Turkey offered to mediate between Russia and Ukraine.')).toContainEqual('TUR>UKR 039');
    expect(dyads('France is offering support to Lebanon.')).toContainEqual('FRA>LBN 032');
  });

  it('reads blocking imports or trade as an embargo, and feats a people demonstrate as no protest', () => {
    expect(dyads('Poland adopted a decree blocking coal imports from Russia.')).toContainEqual('POL>RUS 163');
    expect(codes('These are feats that Ukrainians demonstrate in the war.')).toEqual([]);
    expect(dyads('Thousands of students demonstrated in Minsk.')).toContainEqual(
      expect.stringMatching(/^BLR\S*>BLR 14/),
    );
  });

  it('reads an invitation to do anything but visit or talk as an appeal, and patronage taken as no takeover', () => {
    expect(dyads('Zelensky invited Germany to join the reconstruction of Ukraine.')).toEqual([
      'UKRGOV>DEU 020',
    ]);
    expect(dyads('Putin invited Tokayev to visit Moscow.')).toContainEqual('RUSGOV>KAZGOV 036');
    expect(dyads('Macron invited Putin to Paris.')).toContainEqual('FRAGOV>RUSGOV 036');
    expect(codes('Zelensky asked Denmark to take patronage over the Mykolaiv region.')).not.toContain('192');
  });

  it('reads a meeting with media representatives as a statement, and staff released for a task as no release', () => {
    expect(dyads('Zelensky met with media representatives in Kyiv.')).toEqual(['UKRGOV>---MED 010']);
    expect(codes('Kazakhstan released 1,600 police officers to fight the criminals.')).not.toContain('0841');
    expect(
      codes('Kazakhstan released many service personnel and police units to carry out special operations.'),
    ).not.toContain('0841');
    expect(dyads('Russia released the sailors so that they could go home.')).toContainEqual(
      expect.stringMatching(/^RUS>\S+ 0841$/),
    );
    expect(dyads('Russia released 10 Ukrainian soldiers.')).toContainEqual('RUS>UKRMIL 0841');
  });

  it('reads a port seized as occupied, facilities inspected and a return home as no event', () => {
    expect(dyads('Russian troops seized the port of Berdyansk.')).toContainEqual('RUSMIL>UKR 192');
    expect(codes('Putin inspected flight simulators at the training centre.')).toEqual([]);
    expect(codes('Russia organised their return home.')).toEqual([]);
    expect(dyads('Ukraine demanded the return of Crimea.')).toContainEqual(
      expect.stringMatching(/^UKR>\S* 105/),
    );
  });

  it('reads an accord implemented, fulfilled or violated as an accord in force, not a new agreement', () => {
    expect(codes('Russian companies have fulfilled their agreements with Hungary.')).not.toContain('030');
    expect(codes('Lavrov said Kyiv must implement the agreements with Moscow.')).not.toContain('030');
    expect(codes('Ukraine must comply with the agreement with Russia.')).not.toContain('030');
    expect(dyads('Russia and Turkey reached an agreement on grain.')).toContainEqual('RUS>TUR 030');
    expect(dyads('Ankara said the deal with Moscow was a breakthrough.')).toContainEqual(
      expect.stringMatching(/^TUR\S*>RUS\S* 030$/),
    );
  });

  it('reads contact details and guests welcomed at an event as no meeting and no praise', () => {
    expect(codes('Kuleba shared the contact details of the Polish embassy.')).toEqual([]);
    expect(codes('Putin welcomed the participants of the Russia-Uzbekistan forum.')).toEqual([]);
    expect(dyads('Russia maintains contact with Turkey.')).toContainEqual('RUS>TUR 040');
    expect(dyads('Zelensky welcomed the decision of Germany.')).toContainEqual('UKRGOV>DEU 051');
  });

  it('reads assuring that something is so as insisting, and assuring what a party will do as a promise', () => {
    expect(codes('Lavrov assured Blinken that the exercises were defensive.')).not.toContain('030');
    expect(dyads('Tokayev assured Putin that Kazakhstan will abide by its commitments.')).toContainEqual(
      'KAZGOV>RUSGOV 030',
    );
    expect(dyads('Johnson assured Zelensky of full support for Ukraine.')).toContainEqual(
      expect.stringMatching(/^GBRGOV>UKRGOV 03/),
    );
  });

  it('reads requests fulfilled or processed as work done on them, not an appeal by the one who does it', () => {
    expect(codes('The Russian Emergencies Ministry is working to fulfil individual requests.')).toEqual([]);
    expect(dyads('Zelensky renewed his appeal to NATO.')).toContainEqual(
      expect.stringMatching(/^UKRGOV>IGOWSTNAT 02/),
    );
  });

  it('reads a plan of its own that names no act and no other party as policy at home, no intent', () => {
    expect(codes('Putin said Russia plans to build 1,300 schools by 2024.')).not.toContain('030');
    expect(dyads('Russia and China plan to build a new plant.')).toContainEqual('RUS>CHN 030');
    expect(dyads('Macron plans to visit Moscow.')).toContainEqual('FRAGOV>RUSGOV 036');
  });

  it('reads a matter looked into, protection from attack and a power abused as no investigation, protection or assault', () => {
    expect(codes('Officials will look into the matter, Peskov said.')).not.toContain('090');
    expect(codes("Russia's protection from an aerospace attack depends on its forces.")).toEqual([]);
    expect(codes('Zelensky accused Russia of abusing its power in the UN.')).not.toContain('182');
    expect(dyads('Russian soldiers abused prisoners in Bucha.')).toContainEqual(
      expect.stringMatching(/^RUSMIL>\S+ 182$/),
    );
  });

  it('reads civilians or refugees entering a country as no occupation, children going to university as no visit', () => {
    expect(codes('Ukrainian refugees entered Poland on Monday.')).not.toContain('192');
    expect(codes('Ukrainian children go to university in Lviv.')).not.toContain('042');
    expect(codes('The Ukrainian battalion entered the battle with Russian troops.')).not.toContain('192');
    expect(dyads('Belarusian troops entered Ukraine.')).toContainEqual('BLRMIL>UKR 192');
  });

  it('reads refugees received and an offensive against values as no hosting and no armed attack', () => {
    expect(codes('Polish communities receive Ukrainian refugees.')).not.toContain('043');
    expect(codes('Hospitals receive adults and children who lose their limbs.')).not.toContain('043');
    expect(codes('Russia went on a brutal offensive against Ukrainian values.')).not.toContain('190');
    expect(dyads('Putin received Tokayev in the Kremlin.')).toContainEqual('RUSGOV>KAZGOV 043');
  });
});
