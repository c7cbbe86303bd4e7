import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTexts, sideOf, tokenize } from './text.diff.js';

describe('diffTexts', () => {
  it('shows an amendment word by word', () => {
    expect(diffTexts('General Antonov took note.', 'General Antonov took note and agreed.')).toEqual([
      { op: 'equal', text: 'General Antonov took note' },
      { op: 'insert', text: ' and agreed' },
      { op: 'equal', text: '.' },
    ]);
    expect(diffTexts('asked for an exchange', 'stated that an exchange')).toEqual([
      { op: 'delete', text: 'asked for' },
      { op: 'insert', text: 'stated that' },
      { op: 'equal', text: ' an exchange' },
    ]);
  });

  it('handles empty texts and identical texts', () => {
    expect(diffTexts('', '')).toEqual([]);
    expect(diffTexts('same', 'same')).toEqual([{ op: 'equal', text: 'same' }]);
    expect(diffTexts('', 'new')).toEqual([{ op: 'insert', text: 'new' }]);
    expect(diffTexts('old', '')).toEqual([{ op: 'delete', text: 'old' }]);
  });

  it('gives both versions back exactly (property)', () => {
    const text = fc
      .array(
        fc.constantFrom(
          'the',
          'committee',
          'agreed',
          'recommends',
          ' ',
          '\n\n',
          ',',
          '.',
          'Burrows',
          'Антонов',
        ),
        {
          maxLength: 60,
        },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = diffTexts(before, after);
        return sideOf(parts, 'before') === before && sideOf(parts, 'after') === after;
      }),
      { numRuns: 2000 },
    );
  });

  it('gives arbitrary unicode back exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        (before, after) => {
          const parts = diffTexts(before, after);
          return sideOf(parts, 'before') === before && sideOf(parts, 'after') === after;
        },
      ),
    );
  });

  it('is minimal for a single inserted word (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 20 }),
        fc.nat(),
        (words, at) => {
          const index = at % (words.length + 1);
          const before = words.join(' ');
          const after = [...words.slice(0, index), 'INSERTED', ...words.slice(index)].join(' ');
          const parts = diffTexts(before, after);
          return (
            parts.filter((part) => part.op === 'delete').length === 0 &&
            parts.filter((part) => part.op === 'insert').length === 1
          );
        },
      ),
    );
  });

  it('tokenizes into words, spaces and single marks', () => {
    expect(tokenize('Co-ordination, 130 divisions')).toEqual([
      'Co-ordination',
      ',',
      ' ',
      '130',
      ' ',
      'divisions',
    ]);
  });
});
