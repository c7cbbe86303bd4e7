/**
 * A variation point: a place in the text where copies may differ, with the renderings it may take.
 * Points with the same `codeId` carry one symbol of the fingerprinting code (so that, for example,
 * every "-ize" spelling of one word agrees within a copy); their `alternatives` are parallel: index k
 * means the same style in each of them.
 */
import { fail, succeed, type Result } from '../result.js';
import { isTokenBoundary } from './text.normalize.js';

export type VariationKind =
  /** Optional or alternative punctuation that survives retyping: serial comma, introductory comma, `;`/`.`, `Mr.`/`Mr`. */
  | 'punctuation'
  /** Ordinary space or no-break space. Lost in retyping. */
  | 'spacing'
  /** Digits or words, with or without a thousands separator. The value never changes. */
  | 'number-format'
  /** `June 21` / `21 June` / `June 21st` / `21st June`. The date never changes. */
  | 'date-format'
  /** A curated synonym that keeps meaning and register (`said`/`stated`, `each other`/`one another`). */
  | 'synonym'
  /** A spelling variant (`-ize`/`-ise`, `to-day`/`today`, `major-general`/`major general`). */
  | 'spelling'
  /** A word that may be left out (`said that he` / `said he`). */
  | 'optional-word'
  /** Two members of a clearly unordered pair swapped (`General Marshall and General Eisenhower`). */
  | 'reordering'
  /** A zero-width character after a word. Lost in retyping. */
  | 'invisible'
  /** Straight or curly double quotes. Lost in retyping. */
  | 'quote-style';

export interface VariationPoint {
  /** Stable for the same text: `${kind}:${start}`. */
  readonly id: string;
  readonly kind: VariationKind;
  /** Span in the original text; both ends fall between tokens, never inside a word. */
  readonly start: number;
  readonly end: number;
  /** The possible renderings; `alternatives[0]` is the original. */
  readonly alternatives: string[];
  /** False for invisible marks, spacing and quote styles, which a retyped copy loses. */
  readonly survivesRetyping: boolean;
  /** The code position this point carries; shared by points that must agree within one copy. */
  readonly codeId: string;
}

export const MAX_ALTERNATIVES = 6;

export type FingerprintErrorCode =
  | 'FINGERPRINT_KEY_INVALID'
  | 'FINGERPRINT_COPY_COUNT_INVALID'
  | 'FINGERPRINT_COPY_NUMBER_INVALID'
  | 'FINGERPRINT_EPSILON_INVALID'
  | 'FINGERPRINT_TEXT_INVALID'
  | 'FINGERPRINT_POINTS_INVALID';

export const MIN_KEY_BYTES = 16;
export const MAX_COPY_COUNT = 1_000_000;

/** Checks that `points` were found in `text`: sorted, disjoint, in bounds, alternatives[0] the original. */
export function checkPoints(
  text: unknown,
  points: unknown,
): Result<readonly VariationPoint[], FingerprintErrorCode> {
  if (typeof text !== 'string')
    return fail('FINGERPRINT_TEXT_INVALID', 'the text must be a string', { field: 'text' });
  if (!Array.isArray(points))
    return fail('FINGERPRINT_POINTS_INVALID', 'points must be an array', { field: 'points' });
  const groups = new Map<string, number>();
  let previousEnd = 0;
  let previousStart = -1;
  for (const [index, value] of (points as unknown[]).entries()) {
    const field = `points.${index}`;
    if (!isVariationPointShape(value))
      return fail('FINGERPRINT_POINTS_INVALID', 'not a variation point', { field });
    const point = value;
    if (
      point.start < previousEnd ||
      point.start < previousStart ||
      (point.start === previousStart && point.start === point.end)
    )
      return fail('FINGERPRINT_POINTS_INVALID', 'points must be sorted and must not overlap', {
        field,
        at: point.start,
      });
    if (point.end > text.length || text.slice(point.start, point.end) !== point.alternatives[0])
      return fail('FINGERPRINT_POINTS_INVALID', 'alternatives[0] must be the text at the span', {
        field,
        at: point.start,
      });
    if (!isTokenBoundary(text, point.start) || !isTokenBoundary(text, point.end))
      return fail('FINGERPRINT_POINTS_INVALID', 'a span must not cut a word', { field, at: point.start });
    const size = groups.get(point.codeId);
    if (size !== undefined && size !== point.alternatives.length)
      return fail('FINGERPRINT_POINTS_INVALID', 'points sharing a codeId must have as many alternatives', {
        field,
      });
    groups.set(point.codeId, point.alternatives.length);
    previousEnd = point.end;
    previousStart = point.start;
  }
  return succeed(points as readonly VariationPoint[]);
}

function isVariationPointShape(value: unknown): value is VariationPoint {
  if (typeof value !== 'object' || value === null) return false;
  const point = value as Record<string, unknown>;
  const alternatives = point['alternatives'];
  return (
    typeof point['id'] === 'string' &&
    typeof point['kind'] === 'string' &&
    typeof point['codeId'] === 'string' &&
    typeof point['survivesRetyping'] === 'boolean' &&
    Number.isInteger(point['start']) &&
    Number.isInteger(point['end']) &&
    (point['start'] as number) >= 0 &&
    (point['end'] as number) >= (point['start'] as number) &&
    Array.isArray(alternatives) &&
    alternatives.length >= 2 &&
    alternatives.length <= MAX_ALTERNATIVES &&
    alternatives.every((a) => typeof a === 'string') &&
    new Set(alternatives).size === alternatives.length
  );
}

/** Is `key` a usable document key (bytes, at least 16 of them)? */
export function isUsableKey(key: unknown): key is Uint8Array {
  return key instanceof Uint8Array && key.length >= MIN_KEY_BYTES;
}
