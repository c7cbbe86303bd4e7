/**
 * Traces a leaked excerpt to the copies it came from.
 *
 * 1. Read which alternative the leak shows at each variation point (`trace.align.ts`), from the
 *    retyping-proof tokens and, when the leak still carries invisible marks, from its raw characters.
 * 2. Fold the readings into one observed symbol per code position (points sharing a codeId vote;
 *    a tie is no observation).
 * 3. Score every copy with the symmetric Škorić score (`tardos.code.ts`).
 * 4. Accuse the copies whose score reaches the threshold at which the probability that any innocent
 *    copy reaches it is at most ε (`trace.bound.ts`). With little evidence the threshold is out of
 *    reach and nobody is accused.
 */
import { fail, succeed, type Result } from '../result.js';
import { hasSetShape } from './copy.render.js';
import { readAlternatives } from './trace.align.js';
import {
  boundInnocentTail,
  computeLatticeTail,
  findAccusationThreshold,
  findLatticeThreshold,
  readLatticeTail,
  type ScoreTerm,
} from './trace.bound.js';
import { DIGITAL_COPY_MARKS } from './text.normalize.js';
import { addScores, computeScoreTerm, deriveCodePosition } from './tardos.code.js';
import {
  checkPoints,
  isUsableKey,
  MAX_COPY_COUNT,
  type FingerprintErrorCode,
  type VariationPoint,
} from './variation.point.js';

export interface TraceInput {
  readonly leaked: string;
  readonly text: string;
  readonly points: readonly VariationPoint[];
  readonly excluded: ReadonlySet<string>;
  readonly key: Uint8Array;
  readonly copyCount: number;
  /** Largest acceptable probability that any innocent copy is accused; default 1e-6. */
  readonly epsilon?: number;
}

export interface Suspect {
  readonly copyNumber: number;
  readonly score: number;
  /**
   * Bound on the probability that some innocent copy, among copyCount, would score this high:
   * min(1, copyCount × P(innocent score ≥ score)). At most epsilon for every accused copy.
   */
  readonly pValue: number;
}

export interface TraceResult {
  /** Code positions read in the excerpt (points that must agree within a copy count once). */
  readonly observedPoints: number;
  /** Accused copies, best first. */
  readonly suspects: Suspect[];
  /** The ten best scores, accused or not. */
  readonly ranking: { copyNumber: number; score: number }[];
  /** Bound on the probability that this run accuses any innocent copy (≤ epsilon; 0 if nobody can be accused). */
  readonly falseAccusationBound: number;
  /** The score an accused copy must reach (Infinity when the evidence cannot accuse anybody). */
  readonly threshold: number;
}

export const DEFAULT_EPSILON = 1e-6;
const RANKING_SIZE = 10;

export function traceCopies(input: TraceInput): Result<TraceResult, FingerprintErrorCode> {
  const epsilon = input.epsilon ?? DEFAULT_EPSILON;
  if (typeof input.leaked !== 'string')
    return fail('FINGERPRINT_TEXT_INVALID', 'the leaked text must be a string', { field: 'leaked' });
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
  if (typeof epsilon !== 'number' || !(epsilon > 0 && epsilon < 1))
    return fail('FINGERPRINT_EPSILON_INVALID', 'epsilon must be a probability strictly between 0 and 1', {
      field: 'epsilon',
    });
  const checked = checkPoints(input.text, input.points);
  if (!checked.ok) return checked;
  const excluded = hasSetShape(input.excluded) ? input.excluded : new Set<string>();

  const observed = observeSymbols(input.leaked, input.text, input.points, excluded);
  const scores = new Float64Array(input.copyCount);
  const terms: ScoreTerm[] = [];
  for (const [codeId, { symbol, q }] of observed) {
    const position = deriveCodePosition(input.key, codeId, q);
    addScores(position, symbol, scores);
    terms.push(computeScoreTerm(position, symbol));
  }

  const best = selectBest(scores, RANKING_SIZE);
  const chernoff = findAccusationThreshold(terms, input.copyCount, epsilon);
  const lattice = computeLatticeTail(terms);
  const exact = findLatticeThreshold(lattice, input.copyCount, epsilon);
  const { threshold, falseAccusationBound } =
    exact.threshold < chernoff.threshold
      ? { threshold: exact.threshold, falseAccusationBound: exact.bound }
      : chernoff;
  const boundTail = (score: number): number =>
    Math.min(boundInnocentTail(terms, score), readLatticeTail(lattice, score));
  const suspects: Suspect[] = [];
  if (Number.isFinite(threshold)) {
    for (let i = 0; i < scores.length; i++) {
      const score = scores[i]!;
      if (score >= threshold) suspects.push({ copyNumber: i + 1, score, pValue: 0 });
    }
  }
  suspects.sort((a, b) => b.score - a.score);
  const withPValues = suspects.map((suspect) => ({
    ...suspect,
    pValue: Math.min(1, input.copyCount * boundTail(suspect.score)),
  }));
  return succeed({
    observedPoints: observed.size,
    suspects: withPValues,
    ranking: best.map((index) => ({ copyNumber: index + 1, score: scores[index]! })),
    falseAccusationBound,
    threshold,
  });
}

/** codeId → the symbol the leak shows there (majority of its points) and the number of alternatives. */
export function observeSymbols(
  leaked: string,
  text: string,
  points: readonly VariationPoint[],
  excluded: ReadonlySet<string>,
): Map<string, { symbol: number; q: number }> {
  const readings = readAlternatives(leaked, text, points, excluded, 'normalized');
  if (DIGITAL_COPY_MARKS.test(leaked)) {
    for (const [pointIndex, alternative] of readAlternatives(leaked, text, points, excluded, 'raw')) {
      if (points[pointIndex]?.survivesRetyping === false) readings.set(pointIndex, alternative);
    }
  }
  const votes = new Map<string, { counts: number[]; q: number }>();
  for (const [pointIndex, alternative] of readings) {
    const point = points[pointIndex]!;
    let vote = votes.get(point.codeId);
    if (vote === undefined) {
      vote = { counts: new Array<number>(point.alternatives.length).fill(0), q: point.alternatives.length };
      votes.set(point.codeId, vote);
    }
    vote.counts[alternative] = (vote.counts[alternative] ?? 0) + 1;
  }
  const symbols = new Map<string, { symbol: number; q: number }>();
  for (const [codeId, { counts, q }] of votes) {
    const top = Math.max(...counts);
    const winners = counts.flatMap((count, symbol) => (count === top ? [symbol] : []));
    if (winners.length === 1) symbols.set(codeId, { symbol: winners[0]!, q });
  }
  return symbols;
}

/** Indices of the `size` largest values, largest first. */
function selectBest(values: Float64Array, size: number): number[] {
  const best: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (best.length === size && value <= values[best[size - 1]!]!) continue;
    let at = best.length;
    while (at > 0 && values[best[at - 1]!]! < value) at--;
    best.splice(at, 0, i);
    if (best.length > size) best.pop();
  }
  return best;
}
