/**
 * Renders copy k of a document: at every variation point that is not excluded, the alternative named
 * by the copy's code symbol at the point's code position. Excluded points keep the original.
 */
import { fail, succeed, type Result } from '../result.js';
import { deriveCodePosition, findSymbol, type CodePosition } from './tardos.code.js';
import {
  checkPoints,
  isUsableKey,
  MAX_COPY_COUNT,
  type FingerprintErrorCode,
  type VariationPoint,
} from './variation.point.js';

export interface RenderInput {
  readonly text: string;
  readonly points: readonly VariationPoint[];
  readonly excluded: ReadonlySet<string>;
  /** The document's secret key (32 random bytes). */
  readonly key: Uint8Array;
  /** 1 … copyCount. */
  readonly copyNumber: number;
  readonly copyCount: number;
}

/**
 * The text of one numbered copy. Deterministic in (text, points, excluded, key, copyNumber).
 * Expects valid input (see `renderCheckedCopy`); points that overlap an earlier one or do not match
 * the text are left as they are rather than corrupting it.
 */
export function renderCopy(input: RenderInput): string {
  const { text, points, key, copyNumber } = input;
  const excluded = hasSetShape(input.excluded) ? input.excluded : new Set<string>();
  const positions = new Map<string, CodePosition>();
  let rendered = '';
  let cursor = 0;
  for (const point of points) {
    if (point.start < cursor || text.slice(point.start, point.end) !== point.alternatives[0]) continue;
    rendered += text.slice(cursor, point.start);
    cursor = point.end;
    if (excluded.has(point.id)) {
      rendered += point.alternatives[0];
      continue;
    }
    let position = positions.get(point.codeId);
    if (position === undefined) {
      position = deriveCodePosition(key, point.codeId, point.alternatives.length);
      positions.set(point.codeId, position);
    }
    rendered += point.alternatives[findSymbol(position, copyNumber)] ?? point.alternatives[0];
  }
  return rendered + text.slice(cursor);
}

export function hasSetShape(value: unknown): value is ReadonlySet<string> {
  return typeof (value as { has?: unknown } | null | undefined)?.has === 'function';
}

/** `renderCopy` after checking the key, the copy number and that the points belong to the text. */
export function renderCheckedCopy(input: RenderInput): Result<string, FingerprintErrorCode> {
  if (!isUsableKey(input.key))
    return fail('FINGERPRINT_KEY_INVALID', 'the key must be at least 16 bytes', { field: 'key' });
  if (!Number.isInteger(input.copyCount) || input.copyCount < 1 || input.copyCount > MAX_COPY_COUNT)
    return fail(
      'FINGERPRINT_COPY_COUNT_INVALID',
      `copyCount must be an integer from 1 to ${MAX_COPY_COUNT}`,
      {
        field: 'copyCount',
      },
    );
  if (!Number.isInteger(input.copyNumber) || input.copyNumber < 1 || input.copyNumber > input.copyCount)
    return fail('FINGERPRINT_COPY_NUMBER_INVALID', 'copyNumber must be an integer from 1 to copyCount', {
      field: 'copyNumber',
    });
  const checked = checkPoints(input.text, input.points);
  if (!checked.ok) return checked;
  return succeed(renderCopy(input));
}
