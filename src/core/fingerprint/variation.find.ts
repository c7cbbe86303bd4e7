/**
 * Finds the variation points of a text: every place where copies may differ, with the renderings
 * each may take. Deterministic for a given text. Candidates from all finders compete for the text;
 * where two overlap the one with the higher priority wins (dates and numbers, then words, then
 * punctuation, then the invisible marks), so no two points overlap and every span starts and ends
 * between tokens.
 */
import { isTokenBoundary } from './text.normalize.js';
import { findClauseVariations } from './variation.clauses.js';
import { buildTextContext, type Candidate } from './variation.context.js';
import { findInvisibleVariations } from './variation.invisible.js';
import { findNumberVariations } from './variation.numbers.js';
import { MAX_ALTERNATIVES, type VariationPoint } from './variation.point.js';
import { findPunctuationVariations } from './variation.punctuation.js';
import { findWordVariations } from './variation.words.js';

export function findVariationPoints(text: string): VariationPoint[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const context = buildTextContext(text);
  const candidates = [
    ...findNumberVariations(context),
    ...findWordVariations(context),
    ...findPunctuationVariations(context),
    ...findClauseVariations(context),
    ...findInvisibleVariations(context),
  ].filter((candidate) => isWellFormed(text, candidate));
  candidates.sort((a, b) => b.priority - a.priority || a.start - b.start || a.end - b.end);

  const owner = new Int32Array(text.length).fill(-1);
  const hasInsertion = new Uint8Array(text.length + 1);
  const accepted: Candidate[] = [];
  for (const candidate of candidates) {
    if (isOverlapping(candidate, owner, hasInsertion)) continue;
    const index = accepted.length;
    accepted.push(candidate);
    if (candidate.start === candidate.end) hasInsertion[candidate.start] = 1;
    else owner.fill(index, candidate.start, candidate.end);
  }
  accepted.sort((a, b) => a.start - b.start || a.end - b.end);

  const ids = new Set<string>();
  return accepted.map((candidate) => {
    let id = `${candidate.kind}:${candidate.start}`;
    if (ids.has(id)) id = `${id}-${candidate.end}`;
    ids.add(id);
    return {
      id,
      kind: candidate.kind,
      start: candidate.start,
      end: candidate.end,
      alternatives: [...candidate.alternatives],
      survivesRetyping: candidate.survivesRetyping,
      codeId: candidate.codeId ?? id,
    };
  });
}

function isWellFormed(text: string, candidate: Candidate): boolean {
  const { start, end, alternatives } = candidate;
  return (
    start >= 0 &&
    end <= text.length &&
    text.slice(start, end) === alternatives[0] &&
    alternatives.length >= 2 &&
    alternatives.length <= MAX_ALTERNATIVES &&
    new Set(alternatives).size === alternatives.length &&
    isTokenBoundary(text, start) &&
    isTokenBoundary(text, end)
  );
}

function isOverlapping(candidate: Candidate, owner: Int32Array, hasInsertion: Uint8Array): boolean {
  const { start, end } = candidate;
  // An insertion may not touch another point (`In addition` + `,` could render as `In addition,,`).
  if (start === end) {
    return (
      hasInsertion[start] === 1 ||
      (start > 0 && owner[start - 1] !== -1) ||
      (owner[start] !== undefined && owner[start] !== -1)
    );
  }
  for (let i = start; i < end; i++) if (owner[i] !== -1) return true;
  for (let i = start; i <= end; i++) if (hasInsertion[i] === 1) return true;
  return false;
}
