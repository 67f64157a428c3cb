/**
 * A token trie: phrases (as token norms) → values. Matching at a token position walks the trie once and
 * returns the longest phrase that ends there, so a dictionary of any size costs one map lookup per token
 * step, not one regex per name.
 */
interface Node<T> {
  readonly next: Map<string, Node<T>>;
  values: T[] | undefined;
}

export interface PhraseMatch<T> {
  /** Number of tokens the phrase spans. */
  readonly length: number;
  readonly values: readonly T[];
}

export class PhraseIndex<T> {
  private readonly root: Node<T> = { next: new Map(), values: undefined };
  private count = 0;

  add(tokens: readonly string[], value: T): void {
    if (tokens.length === 0) return;
    let node = this.root;
    for (const token of tokens) {
      let child = node.next.get(token);
      if (!child) {
        child = { next: new Map(), values: undefined };
        node.next.set(token, child);
      }
      node = child;
    }
    node.values ??= [];
    node.values.push(value);
    this.count++;
  }

  get size(): number {
    return this.count;
  }

  /** The longest phrase starting at `start` in `norms` (token norms), or undefined. */
  longest(norms: readonly string[], start: number, end = norms.length): PhraseMatch<T> | undefined {
    let node = this.root;
    let best: PhraseMatch<T> | undefined;
    for (let i = start; i < end; i++) {
      const child = node.next.get(norms[i]!);
      if (!child) break;
      node = child;
      if (node.values) best = { length: i - start + 1, values: node.values };
    }
    return best;
  }

  /** Every phrase starting at `start`, longest first, so a caller can fall back when a longer one is refused. */
  all(norms: readonly string[], start: number, end = norms.length): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    let node = this.root;
    for (let i = start; i < end; i++) {
      const child = node.next.get(norms[i]!);
      if (!child) break;
      node = child;
      if (node.values) found.push({ length: i - start + 1, values: node.values });
    }
    return found.reverse();
  }

  /** Values of exactly this phrase. */
  get(tokens: readonly string[]): readonly T[] | undefined {
    let node: Node<T> | undefined = this.root;
    for (const token of tokens) {
      node = node.next.get(token);
      if (!node) return undefined;
    }
    return node.values;
  }
}
