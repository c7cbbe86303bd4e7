/**
 * The one table from failure codes to HTTP statuses. Every use-case failure leaves the server through
 * here as `{ "error": { "code", "message", "field"? } }`.
 */
import type { FastifyReply } from 'fastify';
import type { AppErrorCode } from '../app/errors.js';
import type { Failure } from '../core/result.js';

const STATUS: Record<AppErrorCode, number> = {
  INVALID_INPUT: 400,
  DOCUMENT_INVALID: 400,
  MARKING_EMPTY: 400,
  MARKING_TOO_LONG: 400,
  MARKING_INVALID_CHARACTER: 400,
  MARKING_NOT_UPPERCASE: 400,
  MARKING_EMPTY_SEGMENT: 400,
  MARKING_UNKNOWN_LEVEL: 400,
  MARKING_LEVEL_NOT_IN_VOCABULARY: 400,
  MARKING_UNKNOWN_COMPARTMENT: 400,
  MARKING_UNKNOWN_CONTROL: 400,
  MARKING_UNKNOWN_PARTY: 400,
  MARKING_UNKNOWN_PERSON: 400,
  MARKING_INVALID_NAME: 400,
  MARKING_EMPTY_LIST: 400,
  MARKING_DUPLICATE: 400,
  MARKING_CONFLICT: 400,
  MARKING_OUT_OF_ORDER: 400,
  UNKNOWN_RECIPIENT: 400,
  DOCUMENT_NO_DISTRIBUTION: 400,
  DISSEMINATION_DUPLICATE: 409,
  LOGIN_FAILED: 401,
  COPY_DESTROYED: 410,
  SECOND_FACTOR_REQUIRED: 401,
  MARKING_NOT_PERMITTED: 403,
  DISSEMINATION_NOT_PERMITTED: 403,
  DISSEMINATION_NOT_RELEASABLE: 422,
  DISSEMINATION_RECIPIENT_CANNOT_READ: 422,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  DOCUMENT_NOT_DRAFT: 409,
  DOCUMENT_RECALLED: 409,
  VERSION_CONFLICT: 409,
  ALREADY_EXISTS: 409,
  PERSONNEL_INVALID: 400,
  PERSONNEL_NOT_AUTHORISED: 403,
  PERSONNEL_NO_CHANGE: 409,
  COMMITTEE_INVALID: 400,
  COMMITTEE_NOT_PERMITTED: 403,
  COMMITTEE_NOT_IN_FORCE: 409,
  COMMITTEE_RESERVED_MATTER: 409,
  COMMITTEE_STATE_CONFLICT: 409,
  COMMITTEE_STALE_VERSION: 409,
  COMMITTEE_NOT_SHARED: 422,
  COMMITTEE_MARKING_BELOW_SOURCES: 422,
  TRANSLATION_INVALID: 400,
  TRANSLATION_EXISTS: 409,
  TRANSLATION_NOT_PERMITTED: 403,
};

export interface ErrorBody {
  error: { code: string; message: string; field?: string; at?: number };
}

export function errorBody(failure: Pick<Failure, 'code' | 'message' | 'field' | 'at'>): ErrorBody {
  return {
    error: {
      code: failure.code,
      message: failure.message,
      ...(failure.field === undefined ? {} : { field: failure.field }),
      ...(failure.at === undefined ? {} : { at: failure.at }),
    },
  };
}

export function sendFailure(reply: FastifyReply, failure: Failure<AppErrorCode>): FastifyReply {
  return reply.code(STATUS[failure.code]).send(errorBody(failure));
}

export function statusOf(code: AppErrorCode): number {
  return STATUS[code];
}
