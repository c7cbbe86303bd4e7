/**
 * The q-ary Tardos code with the symmetric Škorić score, spread over the variation points.
 *
 * Each code position j (a `codeId` with q alternatives) has a secret bias vector p_j, drawn once per
 * document from the key: a symmetric Dirichlet(κ, …, κ) with κ = 4, quantised to multiples of 1/256
 * with every p_{j,k} ≥ 8/256 (the cut-off), so that a copy's symbol is exactly one keystream byte
 * looked up in a 256-entry table. Copy i's symbol X_ij is alternative k with probability p_{j,k},
 * independently for every copy and position.
 *
 * Score of copy i against an observed symbol y_j (symmetric Škorić):
 *   +sqrt((1 − p)/p) if X_ij = y_j, −sqrt(p/(1 − p)) otherwise, with p = p_{j,y_j}.
 * For an innocent copy, whose symbols are independent of the leak, each term has mean 0 and variance 1.
 *
 * Why κ = 4 rather than the arcsine law (κ = ½): a 2,500-word page yields only about 200 code
 * positions, so the code is tuned for the coalitions it can actually catch (one or two recipients).
 * Near-uniform biases give each observed point more entropy (a single leaker's observed symbols are
 * rarely the common ones) and a higher expected score for one or two colluders; a spread bias is what
 * resists a three-colluder minority vote, which no code can beat with so few positions anyway. The
 * README has the measured comparison of κ = 1, 2 and 4.
 */
import {
  BIAS_NONCE,
  computeChachaBlock,
  derivePositionKey,
  readKeystreamByte,
  SYMBOL_NONCE,
  visitKeystream,
} from './code.keystream.js';

export const BIAS_RESOLUTION = 256;
export const MIN_BIAS_COUNT = 8;

export interface CodePosition {
  readonly codeId: string;
  /** Number of alternatives. */
  readonly q: number;
  /** p_k × 256 for each alternative; they sum to 256. */
  readonly counts: readonly number[];
  /** The symbol a keystream byte stands for. */
  readonly symbolOfByte: Uint8Array;
  readonly key: Uint32Array;
}

/** Shape κ of the symmetric Dirichlet(κ, …, κ) the biases are drawn from (see the module comment). */
export const BIAS_SHAPE = 4;

/** Derives the bias and symbol table of one code position from the document key. */
export function deriveCodePosition(documentKey: Uint8Array, codeId: string, q: number): CodePosition {
  const key = derivePositionKey(documentKey, codeId);
  // Gamma(κ) variates as sums of κ exponentials, each from 24 keystream bits; normalised, they are
  // Dirichlet(κ, …, κ).
  const gammas = new Array<number>(q).fill(0);
  let word = 0;
  visitKeystream(key, BIAS_NONCE, 0, 3 * q * BIAS_SHAPE - 1, (index, byte) => {
    word = word * 256 + byte;
    if (index % 3 === 2) {
      const k = Math.floor(index / (3 * BIAS_SHAPE));
      gammas[k] = gammas[k]! - Math.log((word + 0.5) / 16777216);
      word = 0;
    }
  });
  const total = gammas.reduce((sum, g) => sum + g, 0);
  const spare = BIAS_RESOLUTION - q * MIN_BIAS_COUNT;
  const exact = gammas.map((g) => (spare * g) / total);
  const counts = exact.map((x) => Math.floor(x));
  let missing = spare - counts.reduce((sum, c) => sum + c, 0);
  const order = exact
    .map((x, k) => ({ k, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.k - b.k);
  for (const { k } of order) {
    if (missing-- <= 0) break;
    counts[k] = counts[k]! + 1;
  }
  for (let k = 0; k < q; k++) counts[k] = counts[k]! + MIN_BIAS_COUNT;
  const symbolOfByte = new Uint8Array(BIAS_RESOLUTION);
  let byte = 0;
  counts.forEach((count, symbol) => {
    for (let i = 0; i < count; i++) symbolOfByte[byte++] = symbol;
  });
  return { codeId, q, counts, symbolOfByte, key };
}

/** The alternative copy `copyNumber` carries at this position. */
export function findSymbol(position: CodePosition, copyNumber: number): number {
  return position.symbolOfByte[readKeystreamByte(position.key, SYMBOL_NONCE, copyNumber)]!;
}

/** The two values a score term can take when `symbol` was observed: +match, −mismatch. */
export function computeScoreTerm(
  position: CodePosition,
  symbol: number,
): { p: number; match: number; mismatch: number } {
  const p = (position.counts[symbol] ?? 0) / BIAS_RESOLUTION;
  return { p, match: Math.sqrt((1 - p) / p), mismatch: Math.sqrt(p / (1 - p)) };
}

/**
 * Adds this position's score term to every copy's score: `scores[i]` is copy i + 1's.
 * One ChaCha20 block gives the symbols of 64 copies.
 */
export function addScores(position: CodePosition, observed: number, scores: Float64Array): void {
  const term = computeScoreTerm(position, observed);
  const table = new Float64Array(BIAS_RESOLUTION);
  for (let b = 0; b < BIAS_RESOLUTION; b++)
    table[b] = position.symbolOfByte[b] === observed ? term.match : -term.mismatch;
  const block = new Uint32Array(16);
  const nonce = [SYMBOL_NONCE, 0, 0];
  const copyCount = scores.length;
  for (let counter = 0; counter * 64 <= copyCount; counter++) {
    computeChachaBlock(position.key, counter, nonce, block);
    const base = counter * 64 - 1;
    for (let w = 0; w < 16; w++) {
      const word = block[w]!;
      const at = base + 4 * w;
      if (at >= 0 && at < copyCount) scores[at] = scores[at]! + table[word & 0xff]!;
      if (at + 1 < copyCount) scores[at + 1] = scores[at + 1]! + table[(word >>> 8) & 0xff]!;
      if (at + 2 < copyCount) scores[at + 2] = scores[at + 2]! + table[(word >>> 16) & 0xff]!;
      if (at + 3 < copyCount) scores[at + 3] = scores[at + 3]! + table[word >>> 24]!;
    }
  }
}
