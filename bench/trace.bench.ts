/**
 * Copy fingerprinting, simulated: 10,000 recipients of a five-page document (about 2,500 words),
 * excerpts leaked by one, two or three recipients and retyped, then traced.
 *
 * - Colluders mix their copies point by point, taking at every variation point a random choice among
 *   the renderings they see (the strongest strategy open to them that keeps the text plausible).
 * - Excerpt: a random run of 150, 500 or 2,500 words (the whole document) of the mixture.
 * - Retyping: zero-width characters, no-break spaces, curly quotes and line breaks are lost, and one
 *   word in a hundred gets a typo (a letter changed, dropped or swapped) or is left out.
 * - A new document key every 25 trials.
 *
 * Figures: identification rates, innocent accusations over all trials, points observed, trace time,
 * and the observed points needed next to the theoretical numbers.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { FIVE_PAGE_DOCUMENT } from '../src/core/fingerprint/fingerprint.fixture.js';
import { deriveCodePosition, findSymbol, type CodePosition } from '../src/core/fingerprint/tardos.code.js';
import { findVariationPoints, traceCopies, type VariationPoint } from '../src/core/fingerprint/index.js';
import type { Report } from './run.js';

const COPIES = 10_000;
const EPSILON = 1e-6;
/** Trials per cell; `TRIALS=50 npx tsx bench/run.ts trace` for a quick look (figures then less precise). */
const TRIALS = Number(process.env.TRIALS ?? 400);
const KEY_EVERY = 25;
const TYPO_RATE = 0.01;

/** xorshift32: the bench's own reproducible randomness (the module itself uses none). */
function createRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

interface Document {
  readonly text: string;
  readonly points: readonly VariationPoint[];
}

interface Keyed {
  readonly key: Uint8Array;
  readonly positions: Map<string, CodePosition>;
}

function createKey(document: Document, index: number): Keyed {
  const key = sha256(new TextEncoder().encode(`liaison trace bench key ${index}`));
  const positions = new Map<string, CodePosition>();
  for (const point of document.points) {
    if (!positions.has(point.codeId))
      positions.set(point.codeId, deriveCodePosition(key, point.codeId, point.alternatives.length));
  }
  return { key, positions };
}

type Strategy = 'random-choice' | 'sentence-mix';

/**
 * The colluders' mixture. `random-choice`: at each point, a random choice among the renderings they
 * hold. `sentence-mix`: whole sentences taken from their copies in turn.
 */
function mixCopies(
  document: Document,
  keyed: Keyed,
  colluders: readonly number[],
  random: () => number,
  strategy: Strategy,
): string {
  let text = '';
  let cursor = 0;
  let sentence = 0;
  for (const point of document.points) {
    const position = keyed.positions.get(point.codeId)!;
    const between = document.text.slice(cursor, point.start);
    sentence += (between.match(/[.!?](?=\s)/gu) ?? []).length;
    let symbol: number;
    if (strategy === 'sentence-mix') symbol = findSymbol(position, colluders[sentence % colluders.length]!);
    else {
      const seen = [...new Set(colluders.map((copy) => findSymbol(position, copy)))];
      symbol = seen[Math.floor(random() * seen.length)]!;
    }
    text += between + point.alternatives[symbol]!;
    cursor = point.end;
  }
  return text + document.text.slice(cursor);
}

function introduceTypo(word: string, random: () => number): string {
  const letters = [...word];
  const at = Math.floor(random() * letters.length);
  const kind = random();
  if (kind < 0.25) return '';
  if (kind < 0.5 && letters.length > 1) letters.splice(at, 1);
  else if (kind < 0.75 && at + 1 < letters.length)
    [letters[at], letters[at + 1]] = [letters[at + 1]!, letters[at]!];
  else letters[at] = 'etaoinshrdlu'[Math.floor(random() * 12)]!;
  return letters.join('');
}

/** A random run of `length` words, retyped: invisible marks and quote styles lost, some typos. */
function retypeExcerpt(text: string, length: number, random: () => number): string {
  const words = text
    .replace(/[\u200B-\u200D\u2060\uFEFF]/gu, '')
    .replace(/[\u201C\u201D]/gu, '"')
    .replace(/[\u2018\u2019]/gu, "'")
    .split(/\s+/u)
    .filter((word) => word.length > 0);
  const start = Math.floor(random() * Math.max(1, words.length - length + 1));
  return words
    .slice(start, start + length)
    .map((word) => (random() < TYPO_RATE ? introduceTypo(word, random) : word))
    .filter((word) => word.length > 0)
    .join(' ');
}

function pickCopies(count: number, random: () => number): number[] {
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(1 + Math.floor(random() * COPIES));
  return [...chosen];
}

interface Cell {
  readonly accusedRate: number;
  readonly top10Rate: number;
  readonly innocentAccusations: number;
  readonly observedPer100Words: number;
  readonly meanObserved: number;
  readonly meanMs: number;
  readonly maxBound: number;
}

function runCell(
  document: Document,
  colluderCount: number,
  length: number,
  trials: number,
  seed: number,
  strategy: Strategy = 'random-choice',
): Cell {
  const random = createRandom(seed);
  let keyed = createKey(document, seed);
  let accused = 0,
    top10 = 0,
    innocents = 0,
    observed = 0,
    words = 0,
    ms = 0,
    maxBound = 0;
  for (let trial = 0; trial < trials; trial++) {
    if (trial > 0 && trial % KEY_EVERY === 0) keyed = createKey(document, seed * 1000 + trial);
    const colluders = pickCopies(colluderCount, random);
    const leaked = retypeExcerpt(mixCopies(document, keyed, colluders, random, strategy), length, random);
    const started = performance.now();
    const traced = traceCopies({
      leaked,
      text: document.text,
      points: document.points,
      excluded: new Set(),
      key: keyed.key,
      copyCount: COPIES,
      epsilon: EPSILON,
    });
    ms += performance.now() - started;
    if (!traced.ok) throw new Error(traced.message);
    const { suspects, ranking, observedPoints, falseAccusationBound } = traced.value;
    const guilty = new Set(colluders);
    if (suspects.some((suspect) => guilty.has(suspect.copyNumber))) accused++;
    if (ranking.some((entry) => guilty.has(entry.copyNumber))) top10++;
    innocents += suspects.filter((suspect) => !guilty.has(suspect.copyNumber)).length;
    observed += observedPoints;
    words += leaked.split(' ').length;
    maxBound = Math.max(maxBound, falseAccusationBound);
  }
  return {
    accusedRate: accused / trials,
    top10Rate: top10 / trials,
    innocentAccusations: innocents,
    observedPer100Words: (100 * observed) / words,
    meanObserved: observed / trials,
    meanMs: ms / trials,
    maxBound,
  };
}

/** The shortest excerpt (of `lengths`) at which `rate` reaches `target`, and the points observed there. */
function findNeeded(
  document: Document,
  colluderCount: number,
  lengths: readonly number[],
  target: number,
  trials: number,
): { words: number; points: number } {
  for (const length of lengths) {
    const cell = runCell(document, colluderCount, length, trials, 7000 + colluderCount * 100 + length);
    if (cell.accusedRate >= target) return { words: length, points: cell.meanObserved };
  }
  return { words: Infinity, points: Infinity };
}

export async function run(report: Report): Promise<void> {
  const started = performance.now();
  findVariationPoints(FIVE_PAGE_DOCUMENT);
  const found = performance.now();
  const points = findVariationPoints(FIVE_PAGE_DOCUMENT);
  const document: Document = { text: FIVE_PAGE_DOCUMENT, points };
  const words = FIVE_PAGE_DOCUMENT.split(/\s+/u).length;
  report('trace.document_words', words, 'words');
  report('trace.variation_points', points.length, 'points');
  report(
    'trace.retypable_points_per_100w',
    (100 * points.filter((p) => p.survivesRetyping).length) / words,
    'points',
  );
  report(
    'trace.code_positions_retypable',
    new Set(points.filter((p) => p.survivesRetyping).map((p) => p.codeId)).size,
    'positions',
  );
  report('trace.find_points_ms_cold', found - started, 'ms');
  const warm = performance.now();
  findVariationPoints(FIVE_PAGE_DOCUMENT);
  report('trace.find_points_ms', performance.now() - warm, 'ms');

  let innocents = 0;
  let maxBound = 0;
  const cells = new Map<string, Cell>();
  for (const colluders of [1, 2, 3]) {
    for (const length of [150, 500, 2500]) {
      const cell = runCell(document, colluders, length, TRIALS, colluders * 10_000 + length);
      cells.set(`${colluders}:${length}`, cell);
      innocents += cell.innocentAccusations;
      maxBound = Math.max(maxBound, cell.maxBound);
      const name = colluders === 1 ? 'single' : colluders === 2 ? 'two_colluders' : 'three_colluders';
      report(`trace.${name}_${length}w_rate`, cell.accusedRate, 'accused');
      report(`trace.${name}_${length}w_top10_rate`, cell.top10Rate, 'in-top-10');
      report(`trace.${name}_${length}w_observed`, cell.meanObserved, 'points');
    }
  }
  const sentenceMix = runCell(document, 2, 2500, TRIALS, 424_242, 'sentence-mix');
  innocents += sentenceMix.innocentAccusations;
  report('trace.two_colluders_2500w_sentence_mix_rate', sentenceMix.accusedRate, 'accused');
  report('trace.trials_per_cell', TRIALS, 'trials');
  report('trace.innocent_accusations', innocents, 'copies');
  report('trace.max_false_accusation_bound', maxBound, 'probability');
  report('trace.observed_per_100_retyped_words', cells.get('1:500')!.observedPer100Words, 'points');
  report('trace.ms_10k', cells.get('1:2500')!.meanMs, 'ms');
  report('trace.ms_10k_500w', cells.get('1:500')!.meanMs, 'ms');
  report('trace.ms_10k_150w', cells.get('1:150')!.meanMs, 'ms');

  const logTerm = Math.log(COPIES / EPSILON);
  report('trace.theory_bits_single', Math.log2(COPIES / EPSILON), 'bits');
  const single = findNeeded(document, 1, [40, 60, 80, 100, 125, 150, 200, 250, 300, 400, 500], 0.99, 100);
  report('trace.needed_points_single_99', single.points, 'points');
  report('trace.needed_words_single_99', single.words, 'words');
  for (const colluders of [2, 3]) {
    report(
      `trace.theory_points_${colluders}_colluders`,
      (Math.PI ** 2 / 2) * colluders ** 2 * logTerm,
      'points',
    );
    const needed = findNeeded(document, colluders, [250, 500, 750, 1000, 1500, 2000, 2500], 0.95, 60);
    report(`trace.needed_points_${colluders}_colluders_95`, needed.points, 'points');
    report(`trace.needed_words_${colluders}_colluders_95`, needed.words, 'words');
  }
  await Promise.resolve();
}
