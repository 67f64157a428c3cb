/** The base form of a participle the tagger did not lemmatise: "planning" → "plan", "pressured" → "pressure". */
export function verbLemma(word: string, isVerb: (l: string) => boolean, known = false): string | undefined {
  const suffix = word.endsWith('ing') ? 3 : word.endsWith('ed') ? 2 : word.endsWith('s') ? 1 : 0;
  if (suffix === 0) return undefined;
  const stem = word.slice(0, -suffix);
  const tries = [stem, `${stem}e`, stem.slice(0, -1)];
  if (stem.endsWith('i')) tries.push(`${stem.slice(0, -1)}y`);
  if (suffix === 1 && stem.endsWith('e')) tries.push(stem.slice(0, -1));
  const found = tries.find((t) => t.length > 1 && isVerb(t));
  if (found || known) return found;
  return suffix === 2 ? `${stem}e` : stem;
}
