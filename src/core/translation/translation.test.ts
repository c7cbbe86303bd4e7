import { describe, expect, it } from 'vitest';
import { checkMayTranslate, validateTranslation } from './translation.js';

const input = { language: 'ru', originalLanguage: 'en', title: 'Протокол', body: 'Присутствовали.' };

describe('translations', () => {
  it('accepts a translation into another language', () => {
    expect(validateTranslation(input, [])).toMatchObject({
      ok: true,
      value: { language: 'ru', originalLanguage: 'en' },
    });
  });

  it.each([
    [{ language: 'xx' }, 'language', 'TRANSLATION_INVALID'],
    [{ language: 'en' }, 'language', 'TRANSLATION_INVALID'],
    [{ originalLanguage: 'zz' }, 'originalLanguage', 'TRANSLATION_INVALID'],
    [{ title: ' ' }, 'title', 'TRANSLATION_INVALID'],
    [{ body: '' }, 'body', 'TRANSLATION_INVALID'],
  ])('refuses %o, naming %s', (overrides, field, code) => {
    expect(validateTranslation({ ...input, ...overrides }, [])).toMatchObject({ ok: false, field, code });
  });

  it('one translation per language; the original’s language agrees with earlier translations', () => {
    expect(validateTranslation(input, [{ language: 'ru', originalLanguage: 'en' }])).toMatchObject({
      code: 'TRANSLATION_EXISTS',
    });
    expect(
      validateTranslation({ ...input, language: 'fr', originalLanguage: 'ru' }, [
        { language: 'ru', originalLanguage: 'en' },
      ]),
    ).toMatchObject({
      field: 'originalLanguage',
    });
  });

  it('is an interpreter’s work', () => {
    expect(checkMayTranslate(['interpreter']).ok).toBe(true);
    expect(checkMayTranslate(['mission-chief'])).toMatchObject({ code: 'TRANSLATION_NOT_PERMITTED' });
  });
});
