/**
 * Copy fingerprinting: every recipient's copy of a document differs in many small, meaning-preserving
 * ways chosen from a per-document key and the copy number; a leaked excerpt, even retyped, shortened,
 * edited or mixed from several copies, is traced back to the copies it came from with a bound on the
 * probability of accusing an innocent one. See README.md beside this file.
 */
export { findVariationPoints } from './variation.find.js';
export {
  checkPoints,
  MAX_ALTERNATIVES,
  MAX_COPY_COUNT,
  MIN_KEY_BYTES,
  type FingerprintErrorCode,
  type VariationKind,
  type VariationPoint,
} from './variation.point.js';
export { renderCheckedCopy, renderCopy, type RenderInput } from './copy.render.js';
export { DEFAULT_EPSILON, traceCopies, type Suspect, type TraceInput, type TraceResult } from './trace.js';
export { matchDocument, type DocumentMatch } from './document.match.js';
export { normalizeText } from './text.normalize.js';
