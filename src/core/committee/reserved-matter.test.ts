import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CIVIL_AFFAIRS_TERMS, checkReservedMatters, termPattern } from './reserved-matter.js';

const matters = [
  { topic: 'civil affairs', body: 'European Advisory Commission', terms: CIVIL_AFFAIRS_TERMS },
];

describe('checkReservedMatters', () => {
  it.each([
    ['Civil affairs in liberated Poland', '', 'civil affairs', 'title', 0],
    ['Poland', 'The CIVIL AFFAIRS staff.', 'civil affairs', 'text', 4],
    ['Poland', 'Civil-affairs officers', 'civil affairs', 'text', 0],
    ['Poland', 'civil\n  administration of towns', 'civil administration', 'text', 0],
    ['Military government of Germany', '', 'military government of', 'title', 0],
    ['Occupation', 'the zones of occupation', 'zones of occupation', 'text', 4],
    ['Germany', 'Occupation zones after the armistice', 'occupation zones', 'text', 0],
    ['Военное управление Германией', '', 'военное управление', 'title', 0],
    ['Германия', 'Границы зон оккупации союзных армий', 'зон оккупации', 'text', 8],
    ['Германия', 'О ГРАЖДАНСКИХ ДЕЛАХ не говорить', 'гражданских делах', 'text', 2],
  ])('flags %j / %j under "%s" in the %s at %i', (title, text, term, field, at) => {
    const check = checkReservedMatters({ title, text }, matters);
    expect(check.reserved).toBe(true);
    if (check.reserved) {
      expect(check.match).toMatchObject({
        term,
        field,
        at,
        topic: 'civil affairs',
        body: 'European Advisory Commission',
      });
      expect(check.explanation).toContain(`"${term}"`);
      expect(check.explanation).toContain(`in the ${field} at character ${at + 1}`);
      expect(check.explanation).toContain('European Advisory Commission');
    }
  });

  it.each([
    ['Civilian affairs', ''],
    ['Uncivil affairs', ''],
    ['Civil affairsmen', ''],
    ['Military government', 'of the railway timetable is not a term'],
    ['Bomb lines', 'weather reports'],
    ['Метеосводки', 'обмен метеорологическими сводками и линии бомбометания'],
    ['Гражданские', 'делами занимается другой орган'],
  ])('does not flag %j / %j (whole words and phrases only)', (title, text) => {
    expect(checkReservedMatters({ title, text }, matters).reserved).toBe(false);
  });

  it('prefers the title, then the earliest match, and lists every match', () => {
    const check = checkReservedMatters(
      { title: 'Zones of occupation', text: 'Civil affairs, then civil administration.' },
      matters,
    );
    expect(check.reserved && check.match.term).toBe('zones of occupation');
    expect(check.reserved && check.matches.map((match) => match.term)).toEqual([
      'zones of occupation',
      'civil affairs',
      'civil administration',
    ]);
  });

  it('reserves nothing without reserved matters', () => {
    expect(checkReservedMatters({ title: 'Civil affairs', text: '' }, []).reserved).toBe(false);
  });

  const word = fc
    .stringMatching(/^[a-z]{1,8}$/)
    .filter((candidate) => !['civil', 'affairs'].includes(candidate));
  it('flags a term wherever it stands between other words, at the right place (property)', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), fc.array(word, { maxLength: 8 }), (before, after) => {
        const prefix = before.length > 0 ? `${before.join(' ')} ` : '';
        const text = `${prefix}Civil Affairs${after.length > 0 ? ` ${after.join(' ')}` : ''}`;
        const check = checkReservedMatters({ title: 'x', text }, [
          { topic: 'civil affairs', body: 'EAC', terms: ['civil affairs'] },
        ]);
        return check.reserved && check.match.at === prefix.length && check.match.matched === 'Civil Affairs';
      }),
    );
  });

  it('never flags text made only of other words (property)', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), (words) => {
        return !checkReservedMatters({ title: words.join(' '), text: words.join('-') }, [
          { topic: 't', body: 'b', terms: ['civil affairs'] },
        ]).reserved;
      }),
    );
  });

  it('escapes a term: punctuation in it is literal', () => {
    expect(termPattern('u.s. zone')?.test('the u.s. zone')).toBe(true);
    expect(termPattern('u.s. zone')?.test('the uxsx zone')).toBe(false);
  });
});
