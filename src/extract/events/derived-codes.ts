import type { CameoCode } from '../../knowledge/cameo/codebook.js';

/**
 * CAMEO codes an act to be done, asked for, demanded, refused or threatened, separately from the act done:
 * "will meet" is 036, "urged X to meet" 026, "demanded talks" 106, "refused to meet" 125, "threatened to
 * invade" 1384. Each table maps the code of the act (longest matching prefix wins) to the code of the
 * stance. A mapped code the codebook lacks falls back to its parent, then to the stance's catch-all.
 */
type Table = readonly (readonly [prefix: string, code: string])[];

const INTENT: Table = [
  ['045', '039'],
  ['04', '036'],
  ['057', '030'],
  ['05', '032'],
  ['061', '0311'],
  ['062', '0312'],
  ['063', '0313'],
  ['064', '0314'],
  ['06', '031'],
  ['071', '0331'],
  ['072', '0332'],
  ['073', '0333'],
  ['074', '0334'],
  // asylum is relief for those who flee: offering, asking for or refusing it is humanitarian aid
  ['075', '0333'],
  ['07', '033'],
  ['0831', '0341'],
  ['0832', '0342'],
  ['0833', '0343'],
  ['0834', '0344'],
  ['083', '034'],
  ['081', '0351'],
  ['082', '0352'],
  ['084', '0353'],
  ['085', '0354'],
  ['086', '0355'],
  ['087', '0356'],
  ['08', '035'],
];

const APPEAL: Table = [
  // "urged Kyiv and Moscow to reach an agreement": an appeal to settle (027)
  ['030', '027'],
  ['057', '027'],
  // "called on Arabs to unite against Sharon": asking others to oppose the target rallies opposition
  ['113', '113'],
  ['045', '028'],
  ['04', '026'],
  ['05', '022'],
  ['061', '0211'],
  ['062', '0212'],
  ['063', '0213'],
  ['064', '0214'],
  ['06', '021'],
  ['071', '0231'],
  ['072', '0232'],
  ['073', '0233'],
  ['074', '0234'],
  ['075', '0233'],
  ['07', '023'],
  ['0831', '0241'],
  ['0832', '0242'],
  ['0833', '0243'],
  ['0834', '0244'],
  ['083', '024'],
  ['081', '0251'],
  ['082', '0252'],
  ['084', '0253'],
  ['085', '0254'],
  ['086', '0255'],
  ['087', '0256'],
  ['08', '025'],
];

const DEMAND: Table = [
  ['030', '107'],
  ['057', '107'],
  ['113', '113'],
  ['045', '108'],
  ['04', '106'],
  ['05', '102'],
  ['061', '1011'],
  ['062', '1012'],
  ['063', '1013'],
  ['064', '1014'],
  ['06', '101'],
  ['071', '1031'],
  ['072', '1032'],
  ['073', '1033'],
  ['074', '1034'],
  ['075', '1033'],
  ['07', '103'],
  ['0831', '1041'],
  ['0832', '1042'],
  ['0833', '1043'],
  ['0834', '1044'],
  ['083', '104'],
  ['081', '1051'],
  ['082', '1052'],
  ['084', '1053'],
  ['085', '1054'],
  ['086', '1055'],
  ['087', '1056'],
  ['08', '105'],
];

const REFUSAL: Table = [
  ['045', '126'],
  ['04', '125'],
  ['057', '127'],
  ['061', '1211'],
  ['062', '1212'],
  ['063', '1213'],
  ['06', '121'],
  ['071', '1221'],
  ['072', '1222'],
  ['073', '1223'],
  ['074', '1224'],
  ['075', '1223'],
  ['07', '122'],
  ['0831', '1231'],
  ['0832', '1232'],
  ['0833', '1233'],
  ['0834', '1234'],
  ['083', '123'],
  ['081', '1241'],
  ['082', '1242'],
  ['084', '1243'],
  ['085', '1244'],
  ['086', '1245'],
  ['087', '1246'],
  ['08', '124'],
];

const THREAT: Table = [
  ['14', '133'],
  ['161', '1313'],
  ['164', '134'],
  ['165', '135'],
  ['166', '136'],
  ['162', '1311'],
  ['163', '1312'],
  ['16', '131'],
  ['1721', '1321'],
  ['1722', '1322'],
  ['1723', '1323'],
  ['1724', '1324'],
  ['172', '132'],
  ['17', '137'],
  ['183', '1383'],
  ['18', '138'],
  ['191', '1381'],
  ['192', '1382'],
  ['19', '1384'],
  ['20', '1385'],
];

export type Stance = 'intent' | 'appeal' | 'demand' | 'refusal' | 'threat';

const TABLES: Record<Stance, { table: Table; fallback: string }> = {
  intent: { table: INTENT, fallback: '' },
  appeal: { table: APPEAL, fallback: '020' },
  demand: { table: DEMAND, fallback: '100' },
  refusal: { table: REFUSAL, fallback: '120' },
  threat: { table: THREAT, fallback: '' },
};

/**
 * The code for taking `stance` toward the act `code`. An empty result means the stance has no code of its
 * own for that act (an intended attack is not an intent to cooperate): the act keeps its code.
 */
export function stanceCode(stance: Stance, code: string, codes: ReadonlyMap<string, CameoCode>): string {
  const { table, fallback } = TABLES[stance];
  // Acts already of the stance's own kind keep their code ("urged X to ask Y" stays an appeal).
  if (stance === 'intent' && (code.startsWith('03') || code.startsWith('02') || code.startsWith('01'))) {
    return code;
  }
  let best: string | undefined;
  let bestLength = 0;
  for (const [prefix, mapped] of table) {
    if (code.startsWith(prefix) && prefix.length > bestLength) {
      best = mapped;
      bestLength = prefix.length;
    }
  }
  if (best === undefined) return fallback;
  for (let c = best; c.length >= 2; c = c.slice(0, -1)) if (codes.has(c)) return c;
  return fallback;
}
