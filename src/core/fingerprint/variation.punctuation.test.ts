import { describe, expect, it } from 'vitest';
import { buildTextContext } from './variation.context.js';
import { findPunctuationVariations } from './variation.punctuation.js';

function find(text: string): [number, string[]][] {
  return findPunctuationVariations(buildTextContext(text)).map((c) => [c.start, c.alternatives]);
}

describe('findPunctuationVariations', () => {
  it.each<[string, [number, string[]][]]>([
    [
      'Meanwhile the Germans withdrew.',
      [[0, ['Meanwhile', 'Meanwhile,', 'In the meantime', 'In the meantime,']]],
    ],
    ['Meanwhile in Rome they waited.', []],
    ['It was therefore necessary to wait.', [[6, [' therefore ', ', therefore, ']]]],
    ['It consisted of the Army, the Navy, and the Air Force.', [[34, [',', '']]]],
    ['Present: for the United States, General Deane and Colonel Crockett.', []],
    [
      'Mr. Harriman met Mr Page.',
      [
        [0, ['Mr.', 'Mr']],
        [17, ['Mr', 'Mr.']],
      ],
    ],
    [
      'He met Admiral Olsen and Admiral Archer there.',
      [[7, ['Admiral Olsen and Admiral Archer', 'Admiral Archer and Admiral Olsen']]],
    ],
    ['He met Admiral Olsen and Admiral Archer respectively.', []],
    ['the Soviet and Polish delegates', [[4, ['Soviet and Polish', 'Polish and Soviet']]]],
  ])('%s', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it('gives every Mr. one code position, so a copy writes them all one way', () => {
    const codeIds = findPunctuationVariations(buildTextContext('Mr. Page and Mr. Harriman.'))
      .filter((c) => c.kind === 'punctuation')
      .map((c) => c.codeId);
    expect(codeIds).toEqual(['punctuation:title-stop:stop', 'punctuation:title-stop:stop']);
  });
});
