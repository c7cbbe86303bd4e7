import { describe, expect, it } from 'vitest';
import { renderCopy } from './copy.render.js';
import { matchDocument } from './document.match.js';
import { LIAISON_MEMORANDA, MEMORANDUM_1944 } from './fingerprint.fixture.js';
import { findVariationPoints } from './variation.find.js';

describe('matchDocument', () => {
  const candidates = [
    { id: 'memo', text: MEMORANDUM_1944 },
    { id: 'liaison', text: LIAISON_MEMORANDA },
    { id: 'other', text: 'The harvest in the southern districts was better than expected this year.' },
  ];

  it('ranks the source of a retyped, fingerprinted excerpt first, with a high similarity', () => {
    const points = findVariationPoints(MEMORANDUM_1944);
    const copy = renderCopy({
      text: MEMORANDUM_1944,
      points,
      excluded: new Set(),
      key: new Uint8Array(32),
      copyNumber: 9,
      copyCount: 10,
    });
    const excerpt = copy
      .replace(/[\u200B-\u200D\u2060]/gu, '')
      .split(/\s+/u)
      .slice(100, 250)
      .join(' ')
      .toUpperCase();
    const ranked = matchDocument(excerpt, candidates);
    expect(ranked[0]!.id).toBe('memo');
    expect(ranked[0]!.similarity).toBeGreaterThan(0.5);
    expect(ranked[1]!.similarity).toBeLessThan(0.05);
  });

  it('gives every candidate a similarity of 0 for an empty or unrelated excerpt', () => {
    expect(matchDocument('', candidates).every((m) => m.similarity === 0)).toBe(true);
    expect(
      matchDocument('Completely unrelated words about fishing boats and nets.', candidates)[0]!.similarity,
    ).toBe(0);
    expect(matchDocument('anything', [])).toEqual([]);
  });
});
