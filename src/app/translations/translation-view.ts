/** A document's translations as its reader sees them: the original authoritative, each translation attributed. */
import type { LiaisonDocument } from '../../core/document/document.js';
import type { TranslationRecord } from '../../db/translation.repository.js';
import type { PersonRef } from '../committees/committee-view.js';

export interface TranslationsView {
  readonly documentId: string;
  readonly original: { readonly language: string; readonly title: string; readonly authoritative: true };
  readonly translations: readonly {
    readonly id: string;
    readonly language: string;
    readonly title: string;
    readonly body: string;
    readonly translator: PersonRef;
    readonly authoritative: false;
    readonly createdAt: Date;
  }[];
}

export function viewTranslations(
  document: LiaisonDocument,
  translations: readonly TranslationRecord[],
  person: (id: string) => PersonRef,
): TranslationsView {
  return {
    documentId: document.id,
    original: {
      language: translations[0]?.originalLanguage ?? 'en',
      title: document.title,
      authoritative: true,
    },
    translations: translations.map((translation) => ({
      id: translation.id,
      language: translation.language,
      title: translation.title,
      body: translation.body,
      translator: person(translation.translatorId),
      authoritative: false,
      createdAt: translation.createdAt,
    })),
  };
}
