import { describe, expect, it } from 'vitest';
import { describeBound, formatSmall } from './probability.js';

describe('describeBound', () => {
  it('rounds the denominator down, so "at most 1 in N" stays true', () => {
    expect(describeBound(9.98925531942952e-7)).toEqual({ kind: 'one-in', denominator: 1_000_000 });
    expect(describeBound(1 / 2_345_678)).toEqual({ kind: 'one-in', denominator: 2_300_000 });
    expect(describeBound(0.05)).toEqual({ kind: 'one-in', denominator: 20 });
  });

  it('says a large bound as a percentage, rounded up', () => {
    expect(describeBound(0.25)).toEqual({ kind: 'percent', percent: 25 });
    expect(describeBound(0.1234)).toEqual({ kind: 'percent', percent: 12.4 });
  });

  it('caps the denominator, and has nothing to say of no bound', () => {
    expect(describeBound(1e-300)).toEqual({ kind: 'one-in', denominator: 1e15 });
    expect(describeBound(0)).toEqual({ kind: 'none' });
    expect(describeBound(Number.NaN)).toEqual({ kind: 'none' });
  });
});

describe('formatSmall', () => {
  it('shows tiny numbers in powers of ten', () => {
    expect(formatSmall(2.710950081239767e-14)).toBe('2.7 × 10^-14');
    expect(formatSmall(45.29958057087998)).toBe('45');
    expect(formatSmall(0.0123)).toBe('0.012');
    expect(formatSmall(0)).toBe('0');
  });
});
