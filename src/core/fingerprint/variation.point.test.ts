import { describe, expect, it } from 'vitest';
import { MEMORANDUM_1944 } from './fingerprint.fixture.js';
import { findVariationPoints } from './variation.find.js';
import { checkPoints, isUsableKey, type VariationPoint } from './variation.point.js';

const text = 'He said that he knew it.';
const point: VariationPoint = {
  id: 'synonym:3',
  kind: 'synonym',
  start: 3,
  end: 12,
  alternatives: ['said that', 'said', 'stated that', 'stated'],
  survivesRetyping: true,
  codeId: 'synonym:3',
};

describe('checkPoints', () => {
  it('accepts what findVariationPoints finds', () => {
    expect(checkPoints(MEMORANDUM_1944, findVariationPoints(MEMORANDUM_1944)).ok).toBe(true);
    expect(checkPoints(text, [point]).ok).toBe(true);
  });

  it.each<[string, unknown]>([
    ['a span that is not the original', [{ ...point, start: 4 }]],
    ['a span that cuts a word', [{ ...point, end: 5, alternatives: ['sa', 'x'] }]],
    ['a span beyond the text', [{ ...point, end: 99 }]],
    ['overlapping points', [point, { ...point, id: 'b', start: 8, end: 12, alternatives: ['that', ''] }]],
    ['one alternative', [{ ...point, alternatives: ['said that'] }]],
    ['repeated alternatives', [{ ...point, alternatives: ['said that', 'said that'] }]],
    [
      'a code position with different sizes',
      [point, { ...point, id: 'c', start: 16, end: 20, alternatives: ['knew', 'x'] }],
    ],
    ['not a point', [42]],
    ['not an array', 'points'],
  ])('refuses %s', (_name, points) => {
    const result = checkPoints(text, points);
    expect(result.ok ? 'ok' : result.code).toBe('FINGERPRINT_POINTS_INVALID');
  });

  it('refuses a text that is not a string', () => {
    expect(checkPoints(undefined, []).ok).toBe(false);
  });
});

describe('isUsableKey', () => {
  it('wants at least 16 bytes', () => {
    expect(isUsableKey(new Uint8Array(32))).toBe(true);
    expect(isUsableKey(new Uint8Array(15))).toBe(false);
    expect(isUsableKey('key')).toBe(false);
  });
});
