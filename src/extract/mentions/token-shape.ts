import type { Token } from '../../core/records.js';

/** Not a regular plural: "troops" (lemma "troop") is plural, "press" (lemma "press") is not. */
export function isSingular(token: Token): boolean {
  return !(token.norm.endsWith('s') && token.lemma !== token.norm);
}

export function isCapitalised(token: Token): boolean {
  const c = token.text.charAt(0);
  return c !== c.toLowerCase();
}

/** An adjective in lower case: "foreign" in "Ukrainian and foreign media". */
export function isLowerAdjective(token: Token): boolean {
  return token.pos === 'ADJ' && !isCapitalised(token);
}

/** A capital anywhere in the token: "Obama", "iSrael". */
export function hasCapital(token: Token): boolean {
  return token.text !== token.norm && token.text !== token.text.toLowerCase();
}

/** The words of tokens [start, end) as written, with the spaces the text had between them. */
export function spanText(tokens: readonly Token[], start: number, end: number): string {
  return tokens
    .slice(start, end)
    .map((t, i) => (i === 0 ? t.text : `${t.space === '' ? '' : ' '}${t.text}`))
    .join('');
}
