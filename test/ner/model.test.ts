import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entities, NerModel, Trainer } from '../../src/extract/ner/model.js';
import { DenseTable, SparseTable } from '../../src/extract/ner/table.js';
import { bilouFromIob2 } from '../../src/extract/ner/tags.js';
import { decodeTable, encodeTable, loadModel, readHeader, saveModel } from '../../src/extract/ner/weights.js';
import { tempDir } from '../helpers/tmp.js';

const shipped = loadModel();

/** Typed-array equality by bytes (deep equality is slow on millions of elements). */
const sameBytes = (a: ArrayBufferView, b: ArrayBufferView): boolean =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

const sentences = [
  'Antony Blinken met Sergey Lavrov in Geneva on Friday .',
  'The European Union said on Thursday it would send monitors to Kosovo .',
  'Shares of Microsoft Corp rose 3 percent in New York trading .',
  'BRUSSELS 1996-08-22',
  'Germany beat Brazil 2-1 in the World Cup final .',
].map((s) => s.split(' '));

describe('shipped model', () => {
  it('loads with a header that matches the code', () => {
    const header = readHeader();
    expect(header.format).toBe('sitrep-ner-perceptron');
    expect(header.hashBits).toBe(shipped.hashBits);
    expect(header.rows).toBeGreaterThan(1000);
    expect(header.weightsBytes).toBeLessThanOrEqual(6 * 1024 * 1024);
  });

  it('tags the people and the place of a plain news sentence', () => {
    const tags = shipped.tag(sentences[0]!);
    expect(tags).toHaveLength(10);
    expect(entities(tags)).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 5, type: 'PER' },
      { start: 6, end: 7, type: 'LOC' },
    ]);
  });

  it('returns well-formed IOB2 for odd input', () => {
    for (const tokens of [[], ['.'], ['ALL', 'CAPS', 'HEADLINE'], ['naïve', 'Zürich', '北京', '🙂']]) {
      const tags = shipped.tag(tokens);
      expect(tags).toHaveLength(tokens.length);
      tags.forEach((t, i) => {
        expect(t).toMatch(/^(O|[BI]-(PER|ORG|LOC|MISC))$/);
        if (t.startsWith('I-')) expect(tags[i - 1]?.slice(2)).toBe(t.slice(2));
      });
    }
  });

  it('tags a document with sentence starts like its sentences, where no name repeats', () => {
    const doc = [...sentences[0]!, ...sentences[3]!];
    const starts = doc.map((_, i) => i === 0 || i === sentences[0]!.length);
    const tags = shipped.tag(doc, starts);
    expect(tags.slice(0, 10)).toEqual(shipped.tag(sentences[0]!));
  });
});

describe('weights', () => {
  const dir = tempDir('all');

  it('round-trip through save and load with identical predictions', () => {
    const path = join(dir, 'copy');
    saveModel(path, shipped.table as SparseTable, { training: { note: 'test copy' } });
    const copy = loadModel(path);
    expect(readHeader(path).training).toEqual({ note: 'test copy' });
    for (const tokens of sentences) expect(copy.tag(tokens)).toEqual(shipped.tag(tokens));
  });

  it('round-trip a table exactly through the binary format, and reject other bytes', () => {
    const table = shipped.table as SparseTable;
    const bytes = encodeTable(table);
    const back = decodeTable(bytes);
    expect(back.hashBits).toBe(table.hashBits);
    expect(back.scale).toBe(table.scale);
    expect(sameBytes(back.features(), table.features())).toBe(true);
    expect(sameBytes(back.rows, table.rows)).toBe(true);
    expect(() => decodeTable(bytes.subarray(0, 20))).toThrow();
    expect(() => decodeTable(new Uint8Array([1, 2, 3]))).toThrow();
  });
});

describe('training', () => {
  // A toy language: capitalised words after "mr" are people, after "in" places.
  const docs = [
    ['mr', 'Smith', 'lives', 'in', 'Paris', '.'],
    ['mr', 'Jones', 'went', 'to', 'work', 'in', 'Rome', '.'],
    ['we', 'saw', 'mr', 'Brown', 'in', 'Oslo', '.'],
  ];
  const gold = [
    ['O', 'B-PER', 'O', 'O', 'B-LOC', 'O'],
    ['O', 'B-PER', 'O', 'O', 'O', 'O', 'B-LOC', 'O'],
    ['O', 'O', 'O', 'B-PER', 'O', 'B-LOC', 'O'],
  ];

  function train(): Float32Array {
    const table = new DenseTable(16);
    const trainer = new Trainer(table, { dropout: 0.1, seed: 7 });
    for (let epoch = 0; epoch < 10; epoch++)
      for (const [k, d] of docs.entries()) trainer.train(d, undefined, bilouFromIob2(gold[k]!));
    const avg = new Float32Array(table.weights.length);
    trainer.addAveraged(avg);
    return avg;
  }

  it('learns a toy pattern and generalises to unseen names', () => {
    const model = new NerModel(SparseTable.fromDense(new DenseTable(16, train())));
    expect(model.tag(['mr', 'Wilson', 'is', 'in', 'Lima', '.'])).toEqual([
      'O',
      'B-PER',
      'O',
      'O',
      'B-LOC',
      'O',
    ]);
  });

  it('is deterministic', () => {
    expect(sameBytes(train(), train())).toBe(true);
  });
});

describe('lexicons', () => {
  // Same context, different types: only the lexicon tells people from firms.
  const people = ['Smith', 'Jones', 'Brown', 'Taylor', 'Wilson', 'Davies', 'Evans', 'Thomas'];
  const firms = ['Acme', 'Globex', 'Initech', 'Hooli', 'Cyberdyne', 'Tyrell', 'Wonka', 'Stark'];
  const lexicon = (names: string[]) => new Map([['PER', new Set(names.map((n) => n.toLowerCase()))]]);

  function trainWithLexicon(): NerModel {
    const table = new DenseTable(16);
    const trainer = new Trainer(table, { lexicon: lexicon(people) });
    for (let epoch = 0; epoch < 20; epoch++) {
      for (const name of [...people, ...firms]) {
        const type = people.includes(name) ? 'PER' : 'ORG';
        trainer.train([name, 'arrived', '.'], undefined, bilouFromIob2([`B-${type}`, 'O', 'O']));
      }
    }
    const avg = new Float32Array(table.weights.length);
    trainer.addAveraged(avg);
    return new NerModel(SparseTable.fromDense(new DenseTable(16, avg)), ['PER']);
  }

  it('use a dictionary plugged in after training, under the trained name', () => {
    const model = trainWithLexicon();
    model.setLexicon(lexicon(['Lee']));
    expect(model.tag(['Lee', 'arrived', '.'])).toEqual(['B-PER', 'O', 'O']);
    expect(model.tag(['Umbrella', 'arrived', '.'])).toEqual(['B-ORG', 'O', 'O']);
    model.setLexicon(undefined);
    expect(model.tag(['Lee', 'arrived', '.'])).toEqual(['B-ORG', 'O', 'O']);
  });

  it('refuse lexicons the weights were not trained with', () => {
    expect(() => trainWithLexicon().setLexicon(new Map([['LOC', new Set(['geneva'])]]))).toThrow(
      /not used in training/,
    );
    expect(() => shipped.setLexicon(lexicon(['Lee']))).toThrow(/trained with: none/);
  });
});
