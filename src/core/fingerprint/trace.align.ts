/**
 * Reads which alternative a leaked text shows at each variation point.
 *
 * The leak is cut into overlapping windows of tokens. Each window is placed in the original by the
 * word trigrams it shares with it (the most supported diagonal), then aligned to that stretch of the
 * token graph by an edit-distance alignment that may start and end anywhere in the original (the
 * leak may be an excerpt, reordered by paragraph, or carry insertions, deletions and typos). A fork's
 * alternative is read only when the aligned path matches that branch token for token, with a matched
 * token directly before and after it (one of the two may carry a typo); a point read differently by
 * two windows is not read at all.
 *
 * Readings depend only on the leak and the original, never on any copy's symbols, which is what
 * makes the false-accusation bound hold whatever the leak contains.
 */
import { buildTokenGraph, type TokenGraph } from './text.graph.js';
import { tokenizeText, type TokenMode } from './text.normalize.js';
import type { VariationPoint } from './variation.point.js';

const WINDOW = 48;
const STEP = 24;
const MARGIN = 28;
const DIAGONAL_SLACK = 4;
const MIN_ANCHORS = 2;
const SUBSTITUTE = 1;
const INSERT = 1;
const DELETE = 1;

const DIAGONAL = 1;
const SKIP = 2; // an original token missing from the leak
const EXTRA = 3; // a leaked token missing from the original

interface Step {
  readonly node: number;
  readonly op: 'match' | 'substitute' | 'skip' | 'extra';
  /** Global edge index by which the node was entered, −1 for a free start. */
  readonly edge: number;
}

/** Point index → alternative read in the leak, for the points this mode can read. */
export function readAlternatives(
  leaked: string,
  text: string,
  points: readonly VariationPoint[],
  excluded: ReadonlySet<string>,
  mode: TokenMode,
): Map<number, number> {
  const graph = buildTokenGraph(text, points, excluded, mode);
  const leakedIds = Int32Array.from(tokenizeText(leaked, mode), (token) => graph.vocabulary.get(token) ?? -1);
  const anchors = indexTrigrams(graph.baseline);
  const readings = new Map<number, number>();
  const conflicting = new Set<number>();
  for (let first = 0; first < leakedIds.length; first += STEP) {
    const last = Math.min(first + WINDOW, leakedIds.length);
    const diagonal = findDiagonal(leakedIds, first, last, anchors);
    if (diagonal !== undefined) {
      const steps = alignWindow(graph, leakedIds, first, last, diagonal);
      for (const [choice, alternative] of readSteps(graph, steps)) {
        const pointIndex = graph.choices[choice]!.pointIndex;
        const previous = readings.get(pointIndex);
        if (previous !== undefined && previous !== alternative) conflicting.add(pointIndex);
        readings.set(pointIndex, alternative);
      }
    }
    if (last === leakedIds.length) break;
  }
  for (const pointIndex of conflicting) readings.delete(pointIndex);
  return readings;
}

function trigramKey(a: number, b: number, c: number): number {
  return (a * 131072 + b) * 131072 + c;
}

function indexTrigrams(baseline: Int32Array): Map<number, number[]> {
  const index = new Map<number, number[]>();
  for (let i = 0; i + 2 < baseline.length; i++) {
    const key = trigramKey(baseline[i]!, baseline[i + 1]!, baseline[i + 2]!);
    const list = index.get(key);
    if (list === undefined) index.set(key, [i]);
    else if (list.length < 8) list.push(i);
  }
  return index;
}

/** The offset (original position − leak position) most trigrams of the window agree on. */
function findDiagonal(
  leaked: Int32Array,
  first: number,
  last: number,
  anchors: Map<number, number[]>,
): number | undefined {
  const diagonals: number[] = [];
  for (let j = first; j + 2 < last; j++) {
    const a = leaked[j]!,
      b = leaked[j + 1]!,
      c = leaked[j + 2]!;
    if (a < 0 || b < 0 || c < 0) continue;
    for (const position of anchors.get(trigramKey(a, b, c)) ?? []) diagonals.push(position - j);
  }
  diagonals.sort((x, y) => x - y);
  let best: number | undefined;
  let support = 0;
  let low = 0;
  for (let high = 0; high < diagonals.length; high++) {
    while (diagonals[high]! - diagonals[low]! > 2 * DIAGONAL_SLACK) low++;
    if (high - low + 1 > support) {
      support = high - low + 1;
      best = diagonals[low + Math.floor((high - low) / 2)];
    }
  }
  return support >= MIN_ANCHORS ? best : undefined;
}

function findFirstNodeAt(coords: Int32Array, coord: number): number {
  let low = 0;
  let high = coords.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (coords[middle]! < coord) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Edit-distance alignment of leak tokens [first, last) to the graph near `diagonal`; the path, in order. */
function alignWindow(
  graph: TokenGraph,
  leaked: Int32Array,
  first: number,
  last: number,
  diagonal: number,
): Step[] {
  const n0 = findFirstNodeAt(graph.coords, first + diagonal - MARGIN);
  const n1 = findFirstNodeAt(graph.coords, last + diagonal + MARGIN);
  const width = last - first;
  const columns = width + 1;
  const rows = n1 - n0;
  if (rows <= 0 || width <= 0) return [];
  const cost = new Int32Array(rows * columns);
  const back = new Int32Array(rows * columns);
  for (let v = 0; v < rows; v++) {
    const node = n0 + v;
    const token = graph.tokens[node]!;
    const edgeFirst = graph.edgeStart[node]!;
    const edgeLast = graph.edgeStart[node + 1]!;
    for (let j = 0; j <= width; j++) {
      const substitution = j > 0 && leaked[first + j - 1] === token ? 0 : SUBSTITUTE;
      let best = Number.MAX_SAFE_INTEGER;
      let code = 0;
      for (let e = edgeFirst; e < edgeLast; e++) {
        const u = graph.edgeFrom[e]! - n0;
        if (u < 0) continue;
        if (j > 0) {
          const c = cost[u * columns + j - 1]! + substitution;
          if (c < best) {
            best = c;
            code = ((e + 1) << 2) | DIAGONAL;
          }
        }
      }
      if (j > 0 && (j - 1) * INSERT + substitution < best) {
        best = (j - 1) * INSERT + substitution;
        code = DIAGONAL;
      }
      for (let e = edgeFirst; e < edgeLast; e++) {
        const u = graph.edgeFrom[e]! - n0;
        if (u < 0) continue;
        const c = cost[u * columns + j]! + DELETE;
        if (c < best) {
          best = c;
          code = ((e + 1) << 2) | SKIP;
        }
      }
      if (j * INSERT + DELETE < best) {
        best = j * INSERT + DELETE;
        code = SKIP;
      }
      if (j > 0) {
        const c = cost[v * columns + j - 1]! + INSERT;
        if (c < best) {
          best = c;
          code = EXTRA;
        }
      }
      cost[v * columns + j] = best;
      back[v * columns + j] = code;
    }
  }
  let end = -1;
  let endCost = width * INSERT;
  for (let v = 0; v < rows; v++) {
    if (cost[v * columns + width]! < endCost) {
      endCost = cost[v * columns + width]!;
      end = v;
    }
  }
  const steps: Step[] = [];
  let v = end;
  let j = width;
  while (v >= 0) {
    const code = back[v * columns + j]!;
    const op = code & 3;
    const edge = (code >> 2) - 1;
    const node = n0 + v;
    if (op === EXTRA) {
      steps.push({ node, op: 'extra', edge: -1 });
      j--;
      continue;
    }
    if (op === DIAGONAL) {
      steps.push({ node, op: leaked[first + j - 1] === graph.tokens[node] ? 'match' : 'substitute', edge });
      j--;
    } else steps.push({ node, op: 'skip', edge });
    v = edge < 0 ? -1 : graph.edgeFrom[edge]! - n0;
  }
  return steps.reverse();
}

/** Fork → alternative, for the forks the path crosses cleanly. */
function readSteps(graph: TokenGraph, steps: readonly Step[]): Map<number, number> {
  const readings = new Map<number, number>();
  const isMatch = (i: number): boolean => steps[i]?.op === 'match';
  // A neighbour may carry a typo (substitution) if the other neighbour is an exact match.
  const isAligned = (i: number): boolean => steps[i]?.op === 'match' || steps[i]?.op === 'substitute';
  for (let i = 1; i < steps.length; i++) {
    const step = steps[i]!;
    if (step.op !== 'match' || !isAligned(i - 1)) continue;
    if (
      step.edge >= 0 &&
      graph.edgeFrom[step.edge] === steps[i - 1]!.node &&
      (isMatch(i - 1) || isMatch(i + 1))
    ) {
      for (const choice of graph.edgeSkips[step.edge] ?? []) {
        const empty = graph.choices[choice]!.firstNode.indexOf(-1);
        if (empty >= 0) readings.set(choice, empty);
      }
    }
    const choice = graph.nodeChoice[step.node]!;
    if (choice < 0 || graph.nodeOffset[step.node] !== 0) continue;
    const alternative = graph.nodeAlternative[step.node]!;
    const length = graph.choices[choice]!.lengths[alternative]!;
    let isClean = isAligned(i + length) && (isMatch(i - 1) || isMatch(i + length));
    for (let k = 0; k < length && isClean; k++) {
      const inner = steps[i + k];
      isClean =
        inner !== undefined &&
        inner.op === 'match' &&
        graph.nodeChoice[inner.node] === choice &&
        graph.nodeAlternative[inner.node] === alternative &&
        (k === 0 || graph.edgeFrom[inner.edge] === steps[i + k - 1]!.node);
    }
    if (isClean) readings.set(choice, alternative);
  }
  return readings;
}
