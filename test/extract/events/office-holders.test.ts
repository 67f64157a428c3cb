import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { articleId } from '../../../src/core/identity.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';
import { codedDyads } from '../../helpers/events.js';

const mentions = (text: string, published = '2022-02-10') =>
  analyze({ id: articleId(text, published), published, text, lang: 'en' }, loadKnowledge()).mentions;
const dyads = (text: string, published = '2022-02-10') => codedDyads(text, { published, label: 'root' });

describe('office holders named after a long office title', () => {
  it('reads a known person at the end of an office the name tagger took for an organisation', () => {
    const text =
      'The talks were joined by Head of the Office of the President of Ukraine Andriy Yermak and the foreign minister.';
    const person = mentions(text).find((m) => m.actor?.id === 'andriy-yermak');
    expect(person?.type).toBe('person');
    expect(person?.text.endsWith('Andriy Yermak')).toBe(true);
    expect(mentions(text).some((m) => m.type === 'org' && m.text.includes('Yermak'))).toBe(false);
  });

  it('takes no lone office word before "of" for a person', () => {
    const found = mentions('Deputy Head of the Office of the President Mykola Petrenko met the envoy.');
    expect(found.some((m) => m.text === 'Head')).toBe(false);
  });

  it('codes a one-word office whose of-phrases end with a named person as that person', () => {
    expect(
      dyads('Head of the Office of the President of Ukraine Andriy Yermak met the Polish ambassador.'),
    ).toEqual(['UKRGOV>POLGOV 04']);
  });
});
