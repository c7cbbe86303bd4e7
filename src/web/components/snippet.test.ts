import { describe, expect, it } from 'vitest';
import { splitSnippet } from './snippet.js';

describe('splitSnippet', () => {
  it.each([
    ['plain text', 'no match here', [{ text: 'no match here', matched: false }]],
    [
      'matches inside text',
      'Marshal «Stalin» recalled «Tehran».',
      [
        { text: 'Marshal ', matched: false },
        { text: 'Stalin', matched: true },
        { text: ' recalled ', matched: false },
        { text: 'Tehran', matched: true },
        { text: '.', matched: false },
      ],
    ],
    [
      'markup stays text',
      '«<img src=x onerror=alert(1)>»',
      [{ text: '<img src=x onerror=alert(1)>', matched: true }],
    ],
    ['an unopened closing mark is text', 'a » b', [{ text: 'a » b', matched: false }]],
    [
      'an unclosed mark runs to the end',
      'a «b c',
      [
        { text: 'a ', matched: false },
        { text: 'b c', matched: true },
      ],
    ],
    ['empty', '', []],
  ])('%s', (_name, snippet, parts) => {
    expect(splitSnippet(snippet)).toEqual(parts);
  });
});
