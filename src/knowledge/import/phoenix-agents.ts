import type { AgentRecord } from '../actors/schema.js';
import { agentPhrase } from './phoenix-names.js';
import { ALREADY_READ, type FileTally, skip, type UnmappedLog } from './phoenix-report.js';
import { parsePhoenixAgents } from './phoenix-syntax.js';

/**
 * Phoenix agent dictionaries → agent words under their code's sectors (`~GOVMED` → sector `GOVMED`). A word
 * the built-in knowledge has, or reads its own way, is left out, and a plural goes with its singular; a word
 * keeps the first sector it was given; codes that go before the actor's (`IGO~`) are reported as unmapped.
 */
export function agentsFrom(
  files: readonly { readonly tally: FileTally; readonly text: string }[],
  builtInWords: ReadonlySet<string>,
  readsAlready: (phrase: string) => boolean,
  unmapped: UnmappedLog,
): AgentRecord[] {
  const wordsBySector = new Map<string, string[]>();
  const sectorOfWord = new Map<string, string>();
  for (const { tally, text } of files) {
    const parsed = parsePhoenixAgents(text);
    tally.unparsed.push(...parsed.problems);
    tally.entries = parsed.agents.length;
    /** Lines whose phrase the built-in knowledge has: their plurals are left out with them. */
    const builtInLines = new Set<number>();
    const reported = new Set<number>();
    for (const agent of parsed.agents) {
      if (agent.position === 'prefix' || !/^(?:[A-Z]{3})+$/.test(agent.code)) {
        // Once per line: its plural or substituted forms carry the same code.
        if (!reported.has(agent.line))
          unmapped.add(tally, {
            line: agent.line,
            reason:
              agent.position === 'prefix'
                ? `code '${agent.code}~' goes before the actor's code; sitrep's agents follow it`
                : `code '${agent.code}' is not three-letter groups`,
            text: agent.words.join('_'),
          });
        reported.add(agent.line);
        continue;
      }
      const word = agentPhrase(agent.words);
      const known = builtInWords.has(word);
      if (known || readsAlready(word) || (agent.form === 'plural' && builtInLines.has(agent.line))) {
        skip(tally, known ? 'agent word the built-in agents have' : ALREADY_READ);
        if (agent.form === 'root') builtInLines.add(agent.line);
        continue;
      }
      const owner = sectorOfWord.get(word);
      if (owner !== undefined) {
        if (owner !== agent.code) skip(tally, 'agent word already in another sector');
        continue;
      }
      sectorOfWord.set(word, agent.code);
      const list = wordsBySector.get(agent.code) ?? [];
      list.push(word);
      wordsBySector.set(agent.code, list);
      tally.agentWords++;
    }
  }
  return [...wordsBySector].map(([sector, words]) => ({ sector, words }));
}
