import { describe, expect, it } from 'vitest';
import { renderCheckedCopy, renderCopy, type RenderInput } from './copy.render.js';
import { MEMORANDUM_1944 } from './fingerprint.fixture.js';
import { findVariationPoints } from './variation.find.js';

const text = MEMORANDUM_1944;
const points = findVariationPoints(text);
const key = new Uint8Array(32).fill(9);
const input: RenderInput = { text, points, excluded: new Set(), key, copyNumber: 1, copyCount: 100 };

describe('renderCopy', () => {
  it('is deterministic in key and copy number', () => {
    expect(renderCopy(input)).toBe(renderCopy({ ...input }));
    expect(renderCopy({ ...input, copyNumber: 2 })).not.toBe(renderCopy(input));
    expect(renderCopy({ ...input, key: new Uint8Array(32).fill(10) })).not.toBe(renderCopy(input));
  });

  it('gives a hundred copies a hundred different texts', () => {
    const copies = new Set(
      Array.from({ length: 100 }, (_, i) => renderCopy({ ...input, copyNumber: i + 1 })),
    );
    expect(copies.size).toBe(100);
  });

  it('changes the text only at variation points, to one of their alternatives', () => {
    const copy = renderCopy({ ...input, copyNumber: 42 });
    /** Can copy[offset…] be read as the text from point `index` on, each point taking one of its alternatives? */
    const isReadable = (offset: number, index: number, cursor: number): boolean => {
      const point = points[index];
      const fixed = text.slice(cursor, point?.start ?? text.length);
      if (!copy.startsWith(fixed, offset)) return false;
      if (point === undefined) return offset + fixed.length === copy.length;
      return point.alternatives.some(
        (alternative) =>
          copy.startsWith(alternative, offset + fixed.length) &&
          isReadable(offset + fixed.length + alternative.length, index + 1, point.end),
      );
    };
    expect(isReadable(0, 0, 0)).toBe(true);
  });

  it('keeps excluded points as in the original', () => {
    const excluded = new Set(points.map((p) => p.id));
    expect(renderCopy({ ...input, excluded, copyNumber: 77 })).toBe(text);
  });

  it('renders copies consistently: points sharing a code position take the same style', () => {
    const grouped = 'They organized it. The organization was organized well. On June 1 and June 2 they met.';
    const found = findVariationPoints(grouped);
    for (let copyNumber = 1; copyNumber <= 20; copyNumber++) {
      const copy = renderCopy({
        text: grouped,
        points: found,
        excluded: new Set(),
        key,
        copyNumber,
        copyCount: 20,
      });
      const spellings = new Set(copy.match(/organi[sz]/gu));
      expect(spellings.size).toBe(1);
    }
  });
});

describe('renderCheckedCopy', () => {
  it.each<[string, Partial<RenderInput>, string]>([
    ['a short key', { key: new Uint8Array(4) }, 'FINGERPRINT_KEY_INVALID'],
    ['copy 0', { copyNumber: 0 }, 'FINGERPRINT_COPY_NUMBER_INVALID'],
    ['a copy beyond the count', { copyNumber: 101 }, 'FINGERPRINT_COPY_NUMBER_INVALID'],
    ['a count of zero', { copyCount: 0 }, 'FINGERPRINT_COPY_COUNT_INVALID'],
    ['points of another text', { text: 'Another text altogether.' }, 'FINGERPRINT_POINTS_INVALID'],
  ])('refuses %s', (_name, overrides, code) => {
    const result = renderCheckedCopy({ ...input, ...overrides });
    expect(result.ok ? 'ok' : result.code).toBe(code);
  });

  it('renders what renderCopy renders when the input is valid', () => {
    const result = renderCheckedCopy({ ...input, copyNumber: 5 });
    expect(result).toEqual({ ok: true, value: renderCopy({ ...input, copyNumber: 5 }) });
  });
});
