import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findVariationPoints, renderCopy } from '../fingerprint/index.js';
import { copyRenderer, originalRenderer, renderDiff } from './diff.render.js';
import { diffTexts, sideOf } from './text.diff.js';

const KEY = new Uint8Array(32).map((_, index) => index * 7 + 3);

const BEFORE =
  'Marshal Stalin said that he had informed the President on June 21 of the date of the offensive and that 130 divisions would be involved. ' +
  'In addition he said that the Soviet proposals had leaked out to the press. General Marshall and General Eisenhower had no doubt whatsoever.';
const AFTER =
  'Marshal Stalin said that he had informed the President on June 21 of the date of the offensive, and that 130 divisions would be involved. ' +
  'He said that the Soviet proposals had leaked out to the press before agreement. General Marshall and General Eisenhower had no doubt whatsoever.';

const copyOf = (text: string, copyNumber: number) => ({
  text,
  points: findVariationPoints(text),
  excluded: new Set<string>(),
  key: KEY,
  copyNumber,
  copyCount: 8,
});

describe('a diff in the reader’s own copies', () => {
  it('writes the new version’s parts exactly as the reader’s copy of it', () => {
    for (let copyNumber = 1; copyNumber <= 8; copyNumber++) {
      const parts = renderDiff(
        diffTexts(BEFORE, AFTER),
        copyRenderer(copyOf(BEFORE, copyNumber), 'excerpt'),
        copyRenderer(copyOf(AFTER, copyNumber), 'partition'),
      );
      expect(sideOf(parts, 'after')).toBe(renderCopy(copyOf(AFTER, copyNumber)));
    }
  });

  it('writes the deleted parts from the reader’s copy of the old version (a point the change cuts, as the original)', () => {
    for (let copyNumber = 1; copyNumber <= 8; copyNumber++) {
      const parts = renderDiff(
        diffTexts(BEFORE, AFTER),
        copyRenderer(copyOf(BEFORE, copyNumber), 'excerpt'),
        originalRenderer(AFTER),
      );
      const old = renderCopy(copyOf(BEFORE, copyNumber));
      for (const part of parts.filter((entry) => entry.op === 'delete'))
        expect(old.includes(part.text) || BEFORE.includes(part.text), part.text).toBe(true);
    }
  });

  it('without a copy, is the diff of the originals', () => {
    const parts = diffTexts(BEFORE, AFTER);
    expect(renderDiff(parts, originalRenderer(BEFORE), originalRenderer(AFTER))).toEqual(parts);
  });

  it('the parts of any partition join into the whole copy (property)', () => {
    const copy = copyOf(AFTER, 5);
    const whole = renderCopy(copy);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: AFTER.length - 1 }), { maxLength: 12 }),
        (cuts) => {
          const bounds = [0, ...[...cuts].sort((a, b) => a - b), AFTER.length];
          const render = copyRenderer(copy, 'partition');
          const joined = bounds
            .slice(1)
            .map((end, index) => render(bounds[index] as number, end))
            .join('');
          return joined === whole;
        },
      ),
    );
  });
});
