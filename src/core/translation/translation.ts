/**
 * Translations of a document: each attributed to its translator (seed 001: "Mr. Pavlov, Soviet
 * interpreter"), each in one language, none authoritative: the original is. A translation carries its
 * document's marking (it is the same content), so whoever may read the document may read it, and
 * nobody else.
 */
import { fail, succeed, type Result } from '../result.js';

/** Languages of the coalition's work (ISO 639-1), the interface's own first. */
export const LANGUAGES = ['en', 'ru', 'fr', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export type TranslationErrorCode = 'TRANSLATION_INVALID' | 'TRANSLATION_EXISTS' | 'TRANSLATION_NOT_PERMITTED';

export interface TranslationInput {
  readonly language: string;
  readonly originalLanguage: string;
  readonly title: string;
  readonly body: string;
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

export function validateTranslation(
  input: TranslationInput,
  existing: readonly { readonly language: string; readonly originalLanguage: string }[],
): Result<TranslationInput & { language: Language; originalLanguage: Language }, TranslationErrorCode> {
  const problem = (field: string, message: string) =>
    fail('TRANSLATION_INVALID', `${field}: ${message}`, { field });
  if (!isLanguage(input.language)) return problem('language', `one of ${LANGUAGES.join(', ')}`);
  if (!isLanguage(input.originalLanguage))
    return problem('originalLanguage', `one of ${LANGUAGES.join(', ')}`);
  if (input.language === input.originalLanguage)
    return problem('language', 'a translation is into another language than the original');
  const declared = existing[0]?.originalLanguage;
  if (declared !== undefined && declared !== input.originalLanguage)
    return problem('originalLanguage', `earlier translations give the original as '${declared}'`);
  if (existing.some((translation) => translation.language === input.language))
    return fail(
      'TRANSLATION_EXISTS',
      `language: the document already has a translation into '${input.language}'`,
      {
        field: 'language',
      },
    );
  const title = input.title.trim();
  if (title === '' || title.length > 300) return problem('title', '1 to 300 characters');
  if (input.body.trim() === '' || input.body.length > 1_000_000)
    return problem('body', '1 to 1,000,000 characters');
  return succeed({ ...input, language: input.language, originalLanguage: input.originalLanguage, title });
}

/** Translating is an interpreter's work. */
export function checkMayTranslate(roles: readonly string[]): Result<true, TranslationErrorCode> {
  return roles.includes('interpreter')
    ? succeed(true)
    : fail('TRANSLATION_NOT_PERMITTED', 'translations are made by interpreters');
}
