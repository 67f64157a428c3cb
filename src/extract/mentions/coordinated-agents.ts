import type { MentionScan } from './scan.js';

/** Words that join coordinated modifiers: "US and British", "Syrian, Iraqi and Turkish". */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', ',']);

/**
 * "US and British activists", "Hungarian and Romanian officials": the country words coordinated before
 * the one that modifies an agent noun share that noun, so each is that country's agent, not the country.
 * Only demonyms and abbreviations ("US", "UK") qualify: "Russia and Ukrainian troops" names the country.
 * Rewrites the mentions before the agent just emitted, nearest first.
 */
export function shareAgentHead(scan: MentionScan, modStart: number, sentence: number, sector: string): void {
  const { tokens, out } = scan;
  const agentIndex = out.length - 1;
  let start = modStart;
  for (let j = agentIndex - 1; j >= 0; j--) {
    const prior = out[j]!;
    const link = tokens[start - 1];
    if (prior.sentence !== sentence || prior.cue.kind !== 'country' || prior.tokenEnd !== start - 1) return;
    if (link === undefined || !COORDINATORS.has(link.norm)) return;
    const word = tokens[prior.tokenStart]!.text;
    const adjectival =
      prior.rule === 'kb.demonym' || (prior.tokenEnd - prior.tokenStart === 1 && word === word.toUpperCase());
    if (!adjectival) return;
    out[j] = {
      ...prior,
      type: 'agent',
      cue: { kind: 'agent', sector, iso3: prior.cue.iso3 },
      rule: 'agent.coordinated-country',
    };
    start = prior.tokenStart;
  }
}

/**
 * "Ukrainian women and children", "Russian soldiers and officers": a bare agent word joined by "and" or "or"
 * right after a country's agent of the same sector shares that country's adjective. Only a lone head word
 * ("and the children" names others) and only the same sector ("Russian troops and civilians" may be anyone's
 * civilians). Rewrites the agent just emitted.
 */
export function shareAgentModifier(scan: MentionScan, start: number, sentence: number): void {
  const { tokens, out } = scan;
  const agent = out[out.length - 1];
  const prior = out[out.length - 2];
  const link = tokens[start - 1];
  if (!agent || !prior || agent.cue.kind !== 'agent' || prior.cue.kind !== 'agent') return;
  if (prior.sentence !== sentence || prior.tokenEnd !== start - 1 || prior.rule !== 'agent.with-country')
    return;
  if (link === undefined || (link.norm !== 'and' && link.norm !== 'or')) return;
  const { iso3, sector } = prior.cue;
  if (iso3 === undefined || sector !== agent.cue.sector) return;
  out[out.length - 1] = { ...agent, cue: { ...agent.cue, iso3 }, rule: 'agent.coordinated-head' };
}
