import { describe, expect, it } from 'vitest';
import { findClauseVariations } from './variation.clauses.js';
import { buildTextContext } from './variation.context.js';

function find(text: string): [string, string[]][] {
  return findClauseVariations(buildTextContext(text)).map((c) => [
    text.slice(c.start - 6, c.end + 4),
    c.alternatives,
  ]);
}

describe('findClauseVariations', () => {
  it.each<[string, [string, string[]][]]>([
    ['In accordance with your instructions I have examined the files.', [['ctions I h', ['', ',']]]],
    ['During the past month, the code room was left unattended.', [[' month, the', [',', '']]]],
    ['In the spring of the next year the Germans attacked the town.', [['t year the', ['', ',']]]],
    ['After consulting the Commander he agreed to the visit.', [['mander he ', ['', ',']]]],
    ['Until we are able to show it we shall find it difficult.', []],
    ['In Moscow General Deane met the Marshal.', []],
    [
      'He raised the question of the convoys. He pointed out that three ships were lost.',
      [['onvoys. He poi', ['. He', '; he']]],
    ],
    [
      'The Command reported that the morale was good, and he added that it would improve.',
      [['s good, and', [',', '']]],
    ],
    [
      'The officers had recently been captured by the enemy.',
      [['icers had recently been cap', ['had recently been', 'had been recently']]],
    ],
  ])('%s', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});
