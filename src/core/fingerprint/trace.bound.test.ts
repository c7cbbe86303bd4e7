import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boundInnocentTail,
  computeLatticeTail,
  findAccusationThreshold,
  findLatticeThreshold,
  readLatticeTail,
  type ScoreTerm,
} from './trace.bound.js';

function termOf(p: number): ScoreTerm {
  return { p, match: Math.sqrt((1 - p) / p), mismatch: Math.sqrt(p / (1 - p)) };
}

/** The exact tail P(S ≥ s), by enumerating all 2^m outcomes. */
function computeExactTail(terms: readonly ScoreTerm[], s: number): number {
  let total = 0;
  for (let mask = 0; mask < 1 << terms.length; mask++) {
    let score = 0;
    let probability = 1;
    terms.forEach((term, j) => {
      const isMatch = (mask >> j) & 1;
      score += isMatch ? term.match : -term.mismatch;
      probability *= isMatch ? term.p : 1 - term.p;
    });
    if (score >= s - 1e-12) total += probability;
  }
  return total;
}

const termsArbitrary = fc.array(
  fc.integer({ min: 8, max: 248 }).map((count) => termOf(count / 256)),
  {
    minLength: 1,
    maxLength: 12,
  },
);

describe('the innocent tail bounds', () => {
  it('are never below the exact tail (Chernoff and lattice)', () => {
    fc.assert(
      fc.property(termsArbitrary, fc.double({ min: 0, max: 1, noNaN: true }), (terms, fraction) => {
        const maximum = terms.reduce((sum, term) => sum + term.match, 0);
        const s = fraction * maximum * 1.1;
        const exact = computeExactTail(terms, s);
        expect(boundInnocentTail(terms, s)).toBeGreaterThanOrEqual(exact * (1 - 1e-9));
        expect(readLatticeTail(computeLatticeTail(terms), s)).toBeGreaterThanOrEqual(exact * (1 - 1e-9));
      }),
      { numRuns: 200 },
    );
  });

  it('are close to exact: the lattice within a rounding step, Chernoff within its usual factor', () => {
    const terms = Array.from({ length: 14 }, (_, j) => termOf(0.2 + 0.04 * j));
    const exact = computeExactTail(terms, 8);
    expect(readLatticeTail(computeLatticeTail(terms), 8)).toBeLessThan(exact * 1.5 + 1e-12);
    expect(boundInnocentTail(terms, 8)).toBeLessThan(exact * 50);
  });

  it('put the threshold where copyCount × tail ≤ ε, and nowhere when even a perfect match is too likely', () => {
    const many = Array.from({ length: 120 }, (_, j) => termOf(0.3 + 0.003 * j));
    const chernoff = findAccusationThreshold(many, 10_000, 1e-6);
    expect(10_000 * boundInnocentTail(many, chernoff.threshold)).toBeLessThanOrEqual(1e-6 * (1 + 1e-9));
    expect(chernoff.falseAccusationBound).toBeLessThanOrEqual(1e-6);
    const lattice = findLatticeThreshold(computeLatticeTail(many), 10_000, 1e-6);
    expect(lattice.threshold).toBeLessThan(chernoff.threshold);
    expect(lattice.bound).toBeLessThanOrEqual(1e-6);

    const few = Array.from({ length: 5 }, () => termOf(0.5));
    expect(findAccusationThreshold(few, 10_000, 1e-6)).toEqual({
      threshold: Infinity,
      falseAccusationBound: 0,
    });
    expect(findLatticeThreshold(computeLatticeTail(few), 10_000, 1e-6).threshold).toBe(Infinity);
    expect(findAccusationThreshold([], 10, 0.1).threshold).toBe(Infinity);
  });

  it('are 1 at or below the mean and 0 beyond the maximum', () => {
    const terms = [termOf(0.25), termOf(0.5)];
    expect(boundInnocentTail(terms, 0)).toBe(1);
    expect(boundInnocentTail(terms, -3)).toBe(1);
    expect(boundInnocentTail(terms, 100)).toBe(0);
    expect(readLatticeTail(computeLatticeTail(terms), 100)).toBe(0);
  });
});
