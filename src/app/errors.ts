/**
 * The codes a use case may fail with, beyond the core's own. One table at the HTTP edge
 * (src/server/error.table.ts) maps every code to a status.
 */
import type { CommitteeErrorCode } from '../core/committee/committee.js';
import type { DocumentErrorCode } from '../core/document/document.rules.js';
import type { MarkingErrorCode } from '../core/marking/marking.parse.js';
import type { PersonnelErrorCode } from '../core/personnel/personnel.rules.js';
import type { Result } from '../core/result.js';
import type { TranslationErrorCode } from '../core/translation/translation.js';

export type AppErrorCode =
  | MarkingErrorCode
  | DocumentErrorCode
  | PersonnelErrorCode
  | CommitteeErrorCode
  | TranslationErrorCode
  | 'NOT_FOUND'
  | 'LOGIN_FAILED'
  | 'COPY_DESTROYED'
  | 'SECOND_FACTOR_REQUIRED'
  | 'FORBIDDEN'
  | 'INVALID_INPUT'
  | 'VERSION_CONFLICT'
  | 'UNKNOWN_RECIPIENT'
  | 'ALREADY_EXISTS';

export type AppResult<T> = Result<T, AppErrorCode>;

/** The one answer for a document that is missing or that the caller may not read: they are the same. */
export const DOCUMENT_NOT_FOUND = 'no such document';
