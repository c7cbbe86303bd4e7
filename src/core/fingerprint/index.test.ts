import { describe, expect, it } from 'vitest';
import { MEMORANDUM_1944 } from './fingerprint.fixture.js';
import { findVariationPoints, matchDocument, renderCopy, traceCopies } from './index.js';

describe('the fingerprint module, end to end', () => {
  it('finds points, renders numbered copies, and traces a retyped leak back to its copy', () => {
    const key = new Uint8Array(32).map((_, i) => 255 - i);
    const points = findVariationPoints(MEMORANDUM_1944);
    const excluded = new Set<string>();
    const copies = Array.from({ length: 50 }, (_, i) =>
      renderCopy({ text: MEMORANDUM_1944, points, excluded, key, copyNumber: i + 1, copyCount: 50 }),
    );
    const leaked = copies[16]!.replace(/[\u200B-\u200D\u2060]/gu, '').replace(/\s+/gu, ' ');
    expect(matchDocument(leaked, [{ id: 'memo', text: MEMORANDUM_1944 }])[0]!.similarity).toBeGreaterThan(
      0.8,
    );
    const traced = traceCopies({ leaked, text: MEMORANDUM_1944, points, excluded, key, copyCount: 50 });
    expect(traced.ok && traced.value.suspects.map((s) => s.copyNumber)).toEqual([17]);
  });
});
