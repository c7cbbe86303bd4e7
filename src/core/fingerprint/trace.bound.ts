/**
 * The false-accusation bound. Given the observed symbols, an innocent copy's score is a sum of
 * independent terms, term j being +a_j with probability p_j (the copy happens to carry the observed
 * symbol) and −b_j otherwise — independent because an innocent copy's symbols are drawn independently
 * of everything the leakers saw. Its exact log moment generating function is
 *   Λ(λ) = Σ_j log(p_j e^{λ a_j} + (1 − p_j) e^{−λ b_j}),
 * and the Chernoff bound P(S ≥ s) ≤ exp(−(λ s − Λ(λ))) holds for every λ ≥ 0; we take the best λ.
 * No normal approximation and no worst-case Tardos constant is involved: any λ gives a valid bound,
 * so numerical error in the search can only make the bound looser, never wrong.
 *
 * A second, tighter bound is exact up to a rounding that can only overestimate: every term is rounded
 * up to a lattice of step δ, so the rounded score S' ≥ S always and P(S ≥ s) ≤ P(S' ≥ s); the
 * distribution of S' is computed exactly by convolution (two values per term), with a margin for
 * floating-point error and underflow. The bound used is the smaller of the two.
 *
 * Accusing every copy whose score reaches the threshold s* with n · P(S ≥ s*) ≤ ε gives, by the union
 * bound over at most n innocent copies, P(some innocent copy is accused) ≤ n · bound(s*) ≤ ε.
 */

export interface ScoreTerm {
  /** Probability that an innocent copy carries the observed symbol. */
  readonly p: number;
  readonly match: number;
  readonly mismatch: number;
}

const ITERATIONS = 80;

/** Λ(λ) and Λ'(λ), computed in a form that does not overflow for large λ. */
function evaluateLogMgf(terms: readonly ScoreTerm[], lambda: number): { value: number; slope: number } {
  let value = 0;
  let slope = 0;
  for (const { p, match, mismatch } of terms) {
    const tail = (1 - p) * Math.exp(-lambda * (match + mismatch));
    value += lambda * match + Math.log(p + tail);
    const weight = p / (p + tail);
    slope += weight * match - (1 - weight) * mismatch;
  }
  return { value, slope };
}

/** The largest score an innocent copy can reach: it matches at every observed position. */
export function computeMaximumScore(terms: readonly ScoreTerm[]): number {
  return terms.reduce((sum, term) => sum + term.match, 0);
}

function computeLogAllMatch(terms: readonly ScoreTerm[]): number {
  return terms.reduce((sum, term) => sum + Math.log(term.p), 0);
}

/** Upper bound on P(innocent score ≥ score), for one copy. */
export function boundInnocentTail(terms: readonly ScoreTerm[], score: number): number {
  if (!(score > 0) || terms.length === 0) return score > 0 ? 0 : 1;
  const maximum = computeMaximumScore(terms);
  if (score > maximum * (1 + 1e-12)) return 0;
  const allMatch = Math.exp(computeLogAllMatch(terms));
  if (score >= maximum * (1 - 1e-12)) return Math.min(1, allMatch);
  let low = 0;
  let high = 1;
  while (evaluateLogMgf(terms, high).slope < score && high < 1e6) high *= 2;
  let best = 0;
  for (let i = 0; i < ITERATIONS; i++) {
    const lambda = (low + high) / 2;
    const { value, slope } = evaluateLogMgf(terms, lambda);
    best = Math.max(best, lambda * score - value);
    if (slope < score) low = lambda;
    else high = lambda;
  }
  const { value } = evaluateLogMgf(terms, high);
  best = Math.max(best, high * score - value);
  return Math.min(1, Math.exp(-best));
}

/**
 * The smallest score s* with copyCount · P(S ≥ s*) ≤ epsilon (by the Chernoff bound), and the
 * resulting probability that any innocent copy is accused. `threshold` is Infinity when even a copy
 * matching every observed position could not be accused (too little evidence): nobody is accused
 * and the false-accusation probability is 0.
 */
export function findAccusationThreshold(
  terms: readonly ScoreTerm[],
  copyCount: number,
  epsilon: number,
): { threshold: number; falseAccusationBound: number } {
  const target = Math.log(copyCount / epsilon);
  if (terms.length === 0 || -computeLogAllMatch(terms) < target)
    return { threshold: Infinity, falseAccusationBound: 0 };
  const rate = (lambda: number): { rate: number; slope: number } => {
    const { value, slope } = evaluateLogMgf(terms, lambda);
    return { rate: lambda * slope - value, slope };
  };
  let low = 0;
  let high = 1;
  while (rate(high).rate < target && high < 1e6) high *= 2;
  for (let i = 0; i < ITERATIONS; i++) {
    const lambda = (low + high) / 2;
    if (rate(lambda).rate < target) low = lambda;
    else high = lambda;
  }
  const { rate: reached, slope } = rate(high);
  if (reached < target) return { threshold: Infinity, falseAccusationBound: 0 };
  const bound = Math.min(epsilon, copyCount * Math.exp(-reached));
  return { threshold: slope, falseAccusationBound: bound };
}

/** The exact tail of the innocent score rounded up to a lattice: P(S' ≥ k·δ) for every k. */
export interface LatticeTail {
  readonly step: number;
  /** Lowest value of S' / step. */
  readonly lowest: number;
  /** tail[i] bounds P(S' ≥ (lowest + i) · step), margins included. */
  readonly tail: Float64Array;
}

const LATTICE_BUDGET = 6_000_000;
const MIN_STEP = 0.004;

export function computeLatticeTail(terms: readonly ScoreTerm[]): LatticeTail {
  const spread = terms.reduce((sum, term) => sum + term.match + term.mismatch, 0);
  const step = Math.max(MIN_STEP, (spread * terms.length) / LATTICE_BUDGET);
  let lowest = 0;
  const jumps: number[] = [];
  for (const term of terms) {
    const up = Math.ceil(term.match / step);
    const down = Math.ceil(-term.mismatch / step);
    lowest += down;
    jumps.push(up - down);
  }
  const size = jumps.reduce((sum, jump) => sum + jump, 0) + 1;
  const mass = new Float64Array(size);
  mass[0] = 1;
  let top = 0;
  terms.forEach((term, j) => {
    const jump = jumps[j]!;
    for (let k = top; k >= 0; k--) {
      const value = mass[k]!;
      if (value === 0) continue;
      mass[k + jump] = mass[k + jump]! + term.p * value;
      mass[k] = value * (1 - term.p);
    }
    top += jump;
  });
  const inflation = 1 + terms.length * 2 ** -48;
  const underflow = terms.length * size * 2.3e-308;
  const tail = new Float64Array(size);
  let sum = 0;
  for (let k = size - 1; k >= 0; k--) {
    sum += mass[k]!;
    tail[k] = Math.min(1, sum * inflation + underflow);
  }
  return { step, lowest, tail };
}

/** P(innocent score ≥ score) from the lattice: the tail at the first lattice point at or above it. */
export function readLatticeTail(lattice: LatticeTail, score: number): number {
  const index = Math.ceil(score / lattice.step - 1e-9) - lattice.lowest;
  if (index <= 0) return 1;
  return index >= lattice.tail.length ? 0 : lattice.tail[index]!;
}

/** The smallest lattice score whose tail, times copyCount, is at most epsilon (Infinity if none). */
export function findLatticeThreshold(
  lattice: LatticeTail,
  copyCount: number,
  epsilon: number,
): { threshold: number; bound: number } {
  const { tail } = lattice;
  if (tail.length === 0 || copyCount * tail[tail.length - 1]! > epsilon)
    return { threshold: Infinity, bound: 0 };
  let low = 0;
  let high = tail.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (copyCount * tail[middle]! <= epsilon) high = middle;
    else low = middle + 1;
  }
  return { threshold: (lattice.lowest + low) * lattice.step, bound: copyCount * tail[low]! };
}
