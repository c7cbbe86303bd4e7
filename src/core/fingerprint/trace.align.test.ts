import { describe, expect, it } from 'vitest';
import { renderCopy } from './copy.render.js';
import { MEMORANDUM_1944 } from './fingerprint.fixture.js';
import { deriveCodePosition, findSymbol } from './tardos.code.js';
import { readAlternatives } from './trace.align.js';
import { findVariationPoints } from './variation.find.js';

const text = MEMORANDUM_1944;
const points = findVariationPoints(text);
const key = new Uint8Array(32).fill(21);
const none = new Set<string>();

function expectedAlternative(pointIndex: number, copyNumber: number): number {
  const point = points[pointIndex]!;
  return findSymbol(deriveCodePosition(key, point.codeId, point.alternatives.length), copyNumber);
}

describe('readAlternatives', () => {
  const copy = renderCopy({ text, points, excluded: none, key, copyNumber: 12, copyCount: 100 });
  const retyped = copy.replace(/[\u200B-\u200D\u2060]/gu, '').replace(/\s+/gu, ' ');

  it('reads nearly every retypable point of a retyped copy, and reads each one right', () => {
    const readings = readAlternatives(retyped, text, points, none, 'normalized');
    const readable = points.filter((p) => p.survivesRetyping).length;
    expect(readings.size).toBeGreaterThan(readable * 0.95);
    for (const [pointIndex, alternative] of readings)
      expect(alternative).toBe(expectedAlternative(pointIndex, 12));
  });

  it('reads the invisible points of a digital copy in raw mode', () => {
    const readings = readAlternatives(copy, text, points, none, 'raw');
    const invisible = [...readings].filter(([index]) => !points[index]!.survivesRetyping);
    expect(invisible.length).toBeGreaterThan(50);
    for (const [pointIndex, alternative] of readings)
      expect(alternative).toBe(expectedAlternative(pointIndex, 12));
  });

  it('reads points next to a typo, and still reads them right', () => {
    const typo = retyped.replace('decisions', 'decisoins').replace('offensive', 'offensiv');
    for (const [pointIndex, alternative] of readAlternatives(typo, text, points, none, 'normalized')) {
      expect(alternative).toBe(expectedAlternative(pointIndex, 12));
    }
  });

  it('reads nothing from an unrelated text or an empty one', () => {
    expect(
      readAlternatives('The harvest was good this year in the south.', text, points, none, 'normalized').size,
    ).toBe(0);
    expect(readAlternatives('', text, points, none, 'normalized').size).toBe(0);
  });
});
