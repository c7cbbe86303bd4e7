import { describe, expect, it } from 'vitest';
import {
  addScores,
  BIAS_RESOLUTION,
  computeScoreTerm,
  deriveCodePosition,
  findSymbol,
  MIN_BIAS_COUNT,
} from './tardos.code.js';

const documentKey = new Uint8Array(32).map((_, i) => i + 100);

describe('deriveCodePosition', () => {
  it.each([2, 3, 4, 6])('draws a bias for %i alternatives that sums to one, with the cut-off', (q) => {
    for (let j = 0; j < 50; j++) {
      const position = deriveCodePosition(documentKey, `p:${j}`, q);
      expect(position.counts).toHaveLength(q);
      expect(position.counts.reduce((a, b) => a + b, 0)).toBe(BIAS_RESOLUTION);
      expect(Math.min(...position.counts)).toBeGreaterThanOrEqual(MIN_BIAS_COUNT);
      expect(deriveCodePosition(documentKey, `p:${j}`, q)).toEqual(position);
    }
  });

  it('gives copies their symbols with the position’s bias', () => {
    const position = deriveCodePosition(documentKey, 'frequency', 3);
    const seen = [0, 0, 0];
    for (let copy = 1; copy <= 20_000; copy++) seen[findSymbol(position, copy)]!++;
    position.counts.forEach((count, symbol) => {
      expect(Math.abs(seen[symbol]! / 20_000 - count / BIAS_RESOLUTION)).toBeLessThan(0.015);
    });
  });
});

describe('the score', () => {
  it('has mean 0 and variance 1 for an innocent copy, whatever was observed', () => {
    const position = deriveCodePosition(documentKey, 'moments', 4);
    for (let observed = 0; observed < 4; observed++) {
      const { p, match, mismatch } = computeScoreTerm(position, observed);
      expect(p * match - (1 - p) * mismatch).toBeCloseTo(0, 12);
      expect(p * match ** 2 + (1 - p) * mismatch ** 2).toBeCloseTo(1, 12);
    }
  });

  it('adds to every copy the term its own symbol earns', () => {
    const position = deriveCodePosition(documentKey, 'scores', 2);
    const scores = new Float64Array(300).fill(1);
    addScores(position, 1, scores);
    const { match, mismatch } = computeScoreTerm(position, 1);
    scores.forEach((score, i) => {
      expect(score).toBeCloseTo(1 + (findSymbol(position, i + 1) === 1 ? match : -mismatch), 12);
    });
  });
});
