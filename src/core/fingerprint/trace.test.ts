import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderCopy } from './copy.render.js';
import { FIVE_PAGE_DOCUMENT, LIAISON_MEMORANDA, MEMORANDUM_1944 } from './fingerprint.fixture.js';
import { deriveCodePosition, findSymbol } from './tardos.code.js';
import { traceCopies, type TraceInput } from './trace.js';
import { findVariationPoints } from './variation.find.js';

const text = FIVE_PAGE_DOCUMENT;
const points = findVariationPoints(text);
const key = new Uint8Array(32).map((_, i) => (i * 37 + 11) & 0xff);
const none = new Set<string>();

function copyOf(copyNumber: number, copyKey = key): string {
  return renderCopy({ text, points, excluded: none, key: copyKey, copyNumber, copyCount: 10_000 });
}

/** What a typist produces: no invisible marks, straight quotes, single spaces. */
function retype(copy: string): string {
  return copy
    .replace(/[\u200B-\u200D\u2060]/gu, '')
    .replace(/[\u201C\u201D]/gu, '"')
    .replace(/\s+/gu, ' ');
}

function excerpt(copy: string, from: number, words: number): string {
  return copy
    .split(/\s+/u)
    .slice(from, from + words)
    .join(' ');
}

function trace(leaked: string, overrides: Partial<TraceInput> = {}) {
  const result = traceCopies({ leaked, text, points, excluded: none, key, copyCount: 10_000, ...overrides });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('traceCopies', () => {
  it('names the copy of a retyped leak of the whole document, and nobody else', () => {
    const result = trace(retype(copyOf(4242)));
    expect(result.suspects.map((s) => s.copyNumber)).toEqual([4242]);
    expect(result.suspects[0]!.pValue).toBeLessThan(1e-6);
    expect(result.ranking[0]!.copyNumber).toBe(4242);
    expect(result.ranking).toHaveLength(10);
    expect(result.falseAccusationBound).toBeLessThanOrEqual(1e-6);
    expect(result.observedPoints).toBeGreaterThan(150);
  });

  it('names the copy of a retyped 500-word excerpt from the middle', () => {
    const result = trace(excerpt(retype(copyOf(77)), 1200, 500));
    expect(result.suspects.map((s) => s.copyNumber)).toEqual([77]);
  });

  it('survives light edits: words changed, dropped and misspelt', () => {
    const words = retype(copyOf(9001)).split(' ');
    for (let i = 40; i < words.length; i += 37) words[i] = i % 2 === 0 ? '' : `${words[i]!}x`;
    const result = trace(words.filter((w) => w.length > 0).join(' '));
    expect(result.suspects.map((s) => s.copyNumber)).toEqual([9001]);
  });

  it('reads invisible marks from a digital copy, so it sees more than from a retyped one', () => {
    const digital = trace(copyOf(31));
    const retyped = trace(retype(copyOf(31)));
    expect(digital.observedPoints).toBeGreaterThan(retyped.observedPoints + 100);
    expect(digital.suspects.map((s) => s.copyNumber)).toEqual([31]);
  });

  it('traces a mixture of two copies taken sentence by sentence to one of them, and nobody else', () => {
    const sentenceEnds = [...text.matchAll(/[.!?](?=\s)/gu)].map((m) => m.index);
    const sentenceOf = (offset: number): number => sentenceEnds.filter((end) => end < offset).length;
    let mixed = '';
    let cursor = 0;
    for (const point of points) {
      const copy = sentenceOf(point.start) % 2 === 0 ? 123 : 4567;
      const position = deriveCodePosition(key, point.codeId, point.alternatives.length);
      mixed += text.slice(cursor, point.start) + point.alternatives[findSymbol(position, copy)]!;
      cursor = point.end;
    }
    const accused = trace(retype(mixed + text.slice(cursor))).suspects.map((s) => s.copyNumber);
    expect(accused.length).toBeGreaterThan(0);
    expect(accused.every((copy) => copy === 123 || copy === 4567)).toBe(true);
  });

  it('traces paragraphs leaked out of order', () => {
    const paragraphs = retype(copyOf(555).replace(/\n\n/gu, '\u0000')).split('\u0000');
    const result = trace(paragraphs.reverse().join(' '));
    expect(result.suspects.map((s) => s.copyNumber)).toEqual([555]);
  });

  it('accuses nobody for an unrelated text, and says that nobody could have been accused', () => {
    const unrelated =
      'The committee on agriculture met on Tuesday to review the harvest figures for the northern districts. ' +
      'It noted that rainfall had been below the average and that the price of wheat had risen in the markets.';
    const result = trace(unrelated.repeat(5));
    expect(result.suspects).toEqual([]);
    expect(result.observedPoints).toBeLessThan(3);
    expect(result.falseAccusationBound).toBe(0);
    expect(result.threshold).toBe(Infinity);
  });

  it('accuses nobody from a too-short excerpt, though the leaker may rank high', () => {
    const result = trace(excerpt(retype(copyOf(2024)), 300, 25));
    expect(result.suspects).toEqual([]);
  });

  it('accuses nobody when the document itself, unmarked, leaks', () => {
    const result = trace(retype(text));
    expect(result.suspects).toEqual([]);
  });

  it('treats excluded points as fixed text', () => {
    const excluded = new Set(points.filter((p) => p.kind === 'synonym').map((p) => p.id));
    const copy = renderCopy({ text, points, excluded, key, copyNumber: 64, copyCount: 10_000 });
    const kept = renderCopy({
      text,
      points: points.filter((p) => !excluded.has(p.id)),
      excluded: none,
      key,
      copyNumber: 64,
      copyCount: 10_000,
    });
    expect(copy).toBe(kept);
    const result = trace(retype(copy), { excluded });
    expect(result.suspects.map((s) => s.copyNumber)).toEqual([64]);
  });

  it('works for the 1944 memorandum on its own, with its own points', () => {
    const memo = findVariationPoints(MEMORANDUM_1944);
    const copy = renderCopy({
      text: MEMORANDUM_1944,
      points: memo,
      excluded: none,
      key,
      copyNumber: 3,
      copyCount: 500,
    });
    const result = traceCopies({
      leaked: retype(copy),
      text: MEMORANDUM_1944,
      points: memo,
      excluded: none,
      key,
      copyCount: 500,
    });
    expect(result.ok && result.value.suspects.map((s) => s.copyNumber)).toEqual([3]);
  });

  it.each<[string, Partial<TraceInput>, string]>([
    ['a short key', { key: new Uint8Array(8) }, 'FINGERPRINT_KEY_INVALID'],
    ['no copies', { copyCount: 0 }, 'FINGERPRINT_COPY_COUNT_INVALID'],
    ['a fractional copy count', { copyCount: 2.5 }, 'FINGERPRINT_COPY_COUNT_INVALID'],
    ['epsilon 0', { epsilon: 0 }, 'FINGERPRINT_EPSILON_INVALID'],
    ['epsilon 1', { epsilon: 1 }, 'FINGERPRINT_EPSILON_INVALID'],
    ['points of another text', { text: LIAISON_MEMORANDA }, 'FINGERPRINT_POINTS_INVALID'],
    ['a leak that is not text', { leaked: 42 as unknown as string }, 'FINGERPRINT_TEXT_INVALID'],
  ])('refuses %s', (_name, overrides, code) => {
    const result = traceCopies({
      leaked: 'x',
      text,
      points,
      excluded: none,
      key,
      copyCount: 10,
      ...overrides,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe(code);
  });
});

describe('traceCopies, properties', () => {
  const memo = findVariationPoints(MEMORANDUM_1944);

  it('never throws and accuses nobody for arbitrary leaked text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 1, max: 2000 }), (leaked, copyCount) => {
        const result = traceCopies({
          leaked,
          text: MEMORANDUM_1944,
          points: memo,
          excluded: none,
          key,
          copyCount,
        });
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.value.suspects).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('never throws on arbitrary inputs of the wrong shape', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (leaked, copyCount, epsilon) => {
        const input = {
          leaked,
          text: MEMORANDUM_1944,
          points: memo,
          excluded: none,
          key,
          copyCount,
          epsilon,
        } as unknown as TraceInput;
        expect(() => traceCopies(input)).not.toThrow();
      }),
      { numRuns: 60 },
    );
  });

  it('never accuses an innocent copy, whatever the key, leaker and excerpt', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 20, max: 400 }),
        (documentKey, leaker, from, length) => {
          const copy = renderCopy({
            text: MEMORANDUM_1944,
            points: memo,
            excluded: none,
            key: documentKey,
            copyNumber: leaker,
            copyCount: 1000,
          });
          const leaked = excerpt(retype(copy), from, length);
          const result = traceCopies({
            leaked,
            text: MEMORANDUM_1944,
            points: memo,
            excluded: none,
            key: documentKey,
            copyCount: 1000,
          });
          expect(result.ok).toBe(true);
          if (result.ok) expect(result.value.suspects.every((s) => s.copyNumber === leaker)).toBe(true);
        },
      ),
      { numRuns: 80 },
    );
  });
});
