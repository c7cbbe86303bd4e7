import { describe, expect, it } from 'vitest';
import { renderCopy } from './copy.render.js';
import { FIVE_PAGE_DOCUMENT, MEMORANDUM_1944, NAMES, QUOTED_SPEECH } from './fingerprint.fixture.js';
import { findVariationPoints } from './variation.find.js';
import { parseDate, parseNumberWords } from './variation.numbers.js';
import type { VariationPoint } from './variation.point.js';

/** The alternatives of the visible point that starts at (or covers) the first occurrence of `target`. */
function alternativesAt(text: string, target: string): string[] | undefined {
  const at = text.indexOf(target);
  if (at < 0) throw new Error(`${target} not in ${text}`);
  const point = findVariationPoints(text).find(
    (p) => p.survivesRetyping && p.start <= at && at < Math.max(p.end, p.start + 1) && p.end >= at,
  );
  return point?.alternatives;
}

describe('findVariationPoints: curated cases keep the meaning', () => {
  it.each<[string, string, string[] | undefined]>([
    [
      'Stalin said that he had informed the President.',
      'said',
      ['said that', 'said', 'stated that', 'stated'],
    ],
    [
      'I stated that I knew that General Marshall did not desire to know.',
      'stated',
      ['stated that', 'stated', 'said that', 'said'],
    ],
    ['Stalin said that "we have loose talkers too".', 'said', ['said that', 'stated that']],
    ['The said document was lost in the post.', 'said', undefined],
    ['He pointed out that the leaks were political.', 'pointed', ['pointed out that', 'pointed out']],
    [
      'There was no doubt whatsoever that this offensive would start.',
      'whatsoever',
      ['whatsoever', 'whatever'],
    ],
    ['He would do whatever was needed.', 'whatever', undefined],
    [
      'Stalin said that nonetheless doubts had existed.',
      'nonetheless',
      ['nonetheless', 'nevertheless', 'none the less'],
    ],
    ['Even though he knew it, he kept silent.', 'though', undefined],
    ['The Germans had enforced upon the French army a similar status.', 'upon', ['upon', 'on']],
    ['Once upon a time the Embassy was quiet.', 'upon', undefined],
    ['He was not always so sure that secrets would be kept.', 'sure', ['sure', 'certain']],
    ['He referred to a certain American officer.', 'certain', undefined],
    ['They were getting closer to each other.', 'each other', ['each other', 'one another']],
    ['He was not sure in so far as the British were concerned.', 'in so far', ['in so far as', 'insofar as']],
    ['I emphasized to the Marshal that real security existed.', 'emphasized', ['emphasized', 'emphasised']],
    [
      'He referred to an American major-general who had talked.',
      'major-general',
      ['major-general', 'major general'],
    ],
    ['Newspapermen wrote articles for personal profit.', 'Newspapermen', ['Newspapermen', 'Newspaper men']],
    [
      'He had informed the President on June 21 of the date.',
      'June',
      ['June 21', '21 June', 'June 21st', '21st June'],
    ],
    ['He had informed the President of the date.', 'informed', ['informed', 'told']],
    [
      'He said that 130 divisions would be involved.',
      '130',
      ['130', 'one hundred and thirty', 'one hundred thirty'],
    ],
    ['General Deane was leaving in a week or ten days.', 'ten', ['ten', '10']],
    ['He gave two examples of secret communications.', 'two', undefined],
    ['He gave two examples of secret communications.', 'examples', ['examples of', 'instances of']],
    [
      'In June the railway carried about 180,000 tons.',
      '180,000',
      ['180,000', 'one hundred and eighty thousand', 'one hundred eighty thousand'],
    ],
    [
      'The trucks carried a further 1,500 tons by road.',
      '1,500',
      ['1,500', '1500', 'one thousand five hundred'],
    ],
    [
      'In addition he said that the proposals had leaked.',
      'In addition',
      ['In addition', 'In addition,', 'Moreover', 'Moreover,', 'Furthermore', 'Furthermore,'],
    ],
    ['However, he had not told the President of the locality.', 'However', undefined],
    [
      'As an example, I said that the Germans did not know.',
      'As an example',
      ['As an example,', 'As an example'],
    ],
    [
      'It would, of course, be advisable to establish such a group.',
      ', of course,',
      [', of course, ', ' of course '],
    ],
    [
      'He was leaving to consult with General Eisenhower and General Marshall on this subject.',
      'General Eisenhower',
      ['General Eisenhower and General Marshall', 'General Marshall and General Eisenhower'],
    ],
    ['He met the President, General Marshall and General Eisenhower.', 'General Marshall', undefined],
    [
      'However, the American and British representatives had opposed it.',
      'American',
      ['American and British', 'British and American'],
    ],
    [
      'I pointed out that the leaks which he was referring to were political.',
      ' which',
      [' which', ' that', ''],
    ],
    ['It concerned the offensive, which he had promised at Tehran.', ' which', undefined],
    [
      'He had been immediately demoted to a lieutenant-colonel.',
      'had been',
      ['had been immediately', 'had immediately been'],
    ],
    ['The meeting closed at 6 p.m. and the delegates left.', '6 p.m.', ['6 p.m.', '6.00 p.m.', '6 P.M.']],
    ['The principal items were trucks, aircraft, steel and food for the front.', ' and food', ['', ',']],
    ['When the war ended, the Germans and the Italians withdrew from the region.', ' and the', undefined],
    [
      'Colonel Crockett asked whether the Soviet authorities would permit visits.',
      'whether',
      ['whether', 'if'],
    ],
    [
      'The Committee agreed that its next meeting should be held on August 28, 1944.',
      'August',
      ['August 28, 1944', '28 August 1944', 'August 28th, 1944', '28th August, 1944'],
    ],
  ])('%s (%s)', (text, target, expected) => {
    expect(alternativesAt(text, target)).toEqual(expected);
  });

  it('matches case at the start of a sentence and never touches a capitalised word elsewhere', () => {
    expect(alternativesAt('The talks ended. Although he agreed, nothing changed.', 'Although')).toEqual([
      'Although',
      'Though',
    ]);
    expect(
      findVariationPoints('He met Mr Although in London.').some((p) => p.alternatives[0] === 'Although'),
    ).toBe(false);
  });

  it('gives every -ize/-ise spelling of one stem one code position, so a copy spells it one way', () => {
    const points = findVariationPoints(
      'They organized the convoy. The organization of the convoy was organized well.',
    );
    const spellings = points.filter((p) => p.kind === 'spelling');
    expect(spellings).toHaveLength(3);
    expect(new Set(spellings.map((p) => p.codeId)).size).toBe(1);
  });
});

describe('findVariationPoints on the sample document', () => {
  const points = findVariationPoints(FIVE_PAGE_DOCUMENT);

  it('is deterministic, sorted, disjoint, with stable ids and alternatives[0] the original', () => {
    expect(findVariationPoints(FIVE_PAGE_DOCUMENT)).toEqual(points);
    expect(new Set(points.map((p) => p.id)).size).toBe(points.length);
    let end = 0;
    for (const point of points) {
      expect(point.start).toBeGreaterThanOrEqual(end);
      expect(FIVE_PAGE_DOCUMENT.slice(point.start, point.end)).toBe(point.alternatives[0]);
      end = point.end;
    }
  });

  it('finds many points that survive retyping (at least 8 per 100 words)', () => {
    const words = FIVE_PAGE_DOCUMENT.split(/\s+/u).length;
    expect(points.filter((p) => p.survivesRetyping).length / words).toBeGreaterThan(0.08);
    expect(new Set(points.map((p) => p.kind)).size).toBeGreaterThanOrEqual(9);
  });

  it('marks invisible marks, spacing and quote styles as lost in retyping, and only those', () => {
    for (const point of points) {
      expect(point.survivesRetyping).toBe(!['invisible', 'spacing', 'quote-style'].includes(point.kind));
    }
  });

  it('never touches quoted speech', () => {
    const quote = MEMORANDUM_1944.indexOf(QUOTED_SPEECH);
    const inside = findVariationPoints(MEMORANDUM_1944).filter(
      (p) => p.end > quote && p.start < quote + QUOTED_SPEECH.length,
    );
    expect(inside).toEqual([]);
  });

  describe('in every copy', () => {
    const key = new Uint8Array(32).map((_, i) => i * 7 + 1);
    const copies = [1, 2, 3, 17, 256, 9999].map((copyNumber) =>
      renderCopy({
        text: FIVE_PAGE_DOCUMENT,
        points,
        excluded: new Set(),
        key,
        copyNumber,
        copyCount: 10_000,
      }),
    );
    const datePattern =
      /(?:\d{1,2}(?:st|nd|rd|th)? )?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2}(?:st|nd|rd|th)?(?!\d))?(?:,? \d{4})?/gu;
    const dates = (text: string): string[] =>
      [
        ...text
          .replace(/[\u200B-\u200D\u2060]/gu, '')
          .replace(/\u00A0/gu, ' ')
          .matchAll(datePattern),
      ].map(([written]) => {
        const parsed = parseDate(written);
        return parsed === undefined
          ? written.replace(',', '')
          : `${parsed.month} ${parsed.day} ${parsed.year ?? ''}`;
      });
    const counted = (text: string): number[] => {
      const words = text.replace(/[\u200B-\u200D\u2060]/gu, '').split(/[\s.;:]+/u);
      const values: number[] = [];
      words.forEach((word, i) => {
        if (
          !/^(?:divisions|days|hours|ships|officers|locomotives|trucks|tons|wagons|months|civilians),?$/u.test(
            word,
          )
        )
          return;
        const before = words.slice(Math.max(0, i - 7), i).filter((w) => !/^\p{Lu}/u.test(w));
        const last = before.at(-1) ?? '';
        const value = /^\d[\d,]*$/u.test(last)
          ? Number(last.replace(/,/gu, ''))
          : findNumberIn(before.join(' '));
        if (value !== undefined) values.push(value);
      });
      return values.sort((x, y) => x - y);
    };

    it('keeps every date, number, proper name and quotation', () => {
      for (const copy of copies) {
        expect(copy).not.toBe(FIVE_PAGE_DOCUMENT);
        expect(dates(copy)).toEqual(dates(FIVE_PAGE_DOCUMENT));
        expect(counted(copy)).toEqual(counted(FIVE_PAGE_DOCUMENT));
        for (const name of NAMES) {
          expect(copy.split(name).length, name).toBe(FIVE_PAGE_DOCUMENT.split(name).length);
        }
        expect(copy).toContain(QUOTED_SPEECH);
      }
    });

    it('differs between any two copies', () => {
      expect(new Set(copies).size).toBe(copies.length);
    });
  });
});

/** The number written in words at the end of `words` (the longest suffix that parses). */
function findNumberIn(words: string): number | undefined {
  const parts = words.split(' ');
  for (let i = 0; i < parts.length; i++) {
    const value = parseNumberWords(parts.slice(i).join(' '));
    if (value !== undefined) return value;
  }
  return undefined;
}

describe('findVariationPoints on odd input', () => {
  it.each([
    ['empty', ''],
    ['blank', ' \n\n '],
    ['a lone quote', '"'],
    ['a year', '1944'],
    ['Cyrillic', 'ОСОБОЙ ВАЖНОСТИ'],
    ['zero-width only', '\u200B\u200B'],
    ['one long word', 'a'.repeat(20_000)],
    ['many brackets and quotes', '[<"'.repeat(5000)],
    ['many short sentences', 'He said so. He agreed. '.repeat(2000)],
  ])('returns well-formed points for %s', (_name, text) => {
    const points: VariationPoint[] = findVariationPoints(text);
    for (const point of points) expect(text.slice(point.start, point.end)).toBe(point.alternatives[0]);
  });
});
