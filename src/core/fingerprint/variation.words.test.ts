import { describe, expect, it } from 'vitest';
import { buildTextContext } from './variation.context.js';
import { findWordVariations } from './variation.words.js';

function find(text: string): Record<string, string[]> {
  return Object.fromEntries(
    findWordVariations(buildTextContext(text)).map((c) => [text.slice(c.start, c.end), c.alternatives]),
  );
}

describe('findWordVariations', () => {
  it.each<[string, Record<string, string[]>]>([
    ['I believe that we should support it.', { 'believe that': ['believe that', 'believe'] }],
    ['He said he would come.', { said: ['said', 'said that', 'stated', 'stated that'] }],
    ['He observed the enemy lines.', {}],
    [
      'He observed that the lines held.',
      { 'observed that': ['observed that', 'observed', 'remarked that', 'remarked'] },
    ],
    ['It was a learned society.', {}],
    [
      'The proposals had been advanced on the Commission.',
      { 'been advanced': ['been advanced', 'been put forward'] },
    ],
    [
      'They regarded it as realised and organised.',
      { realised: ['realised', 'realized'], organised: ['organised', 'organized'] },
    ],
    ['He advised them of the surprise.', {}],
    ['the rules which govern its distribution', { ' which': [' which', ' that'] }],
    ['in which he spoke', {}],
    ['He asked which road to take.', {}],
    ['about 200 German divisions and about the matter', { about: ['about', 'approximately', 'some'] }],
  ])('%s', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it('gives spelling variants one code position per word and original spelling', () => {
    const found = findWordVariations(buildTextContext('to-day and to-day, not today'));
    expect(found.map((c) => c.codeId)).toEqual([
      'spelling:today:to-day',
      'spelling:today:to-day',
      'spelling:today:today',
    ]);
  });
});
