/**
 * The original text as a graph of tokens: fixed text is a chain, and each variation point is a fork
 * with one branch per alternative (an empty alternative is an edge that skips the fork). Every copy of
 * the document, and every mixture of copies, is a path through this graph; tracing aligns the leak
 * to it. Nodes are numbered in text order, so every edge goes from a lower to a higher number.
 */
import { tokenizeText, type TokenMode } from './text.normalize.js';
import type { VariationPoint } from './variation.point.js';

export interface GraphChoice {
  /** Index of the point in the points array. */
  readonly pointIndex: number;
  /** First node of each alternative's branch, or −1 for an empty alternative. */
  readonly firstNode: readonly number[];
  readonly lengths: readonly number[];
}

export interface TokenGraph {
  /** Token id of each node. */
  readonly tokens: Int32Array;
  /** Position of each node in the original's own token stream (`baseline`). */
  readonly coords: Int32Array;
  /** Predecessors of node v: `edgeFrom[edgeStart[v] .. edgeStart[v + 1])`. */
  readonly edgeStart: Int32Array;
  readonly edgeFrom: Int32Array;
  /** The forks each edge passes by their empty alternative (indices into `choices`). */
  readonly edgeSkips: readonly (readonly number[])[];
  /** For each node: its fork (−1 for fixed text), alternative and place in the branch. */
  readonly nodeChoice: Int32Array;
  readonly nodeAlternative: Int32Array;
  readonly nodeOffset: Int32Array;
  readonly choices: readonly GraphChoice[];
  /** Token ids of the original text, in order. */
  readonly baseline: Int32Array;
  readonly vocabulary: ReadonlyMap<string, number>;
}

interface FrontierEntry {
  readonly node: number;
  readonly skips: readonly number[];
}

/** Points that can be read in this mode: their alternatives differ once tokenized. */
function tokenizeAlternatives(point: VariationPoint, mode: TokenMode): string[][] | undefined {
  if (mode === 'normalized' && !point.survivesRetyping) return undefined;
  const alternatives = point.alternatives.map((alternative) => tokenizeText(alternative, mode));
  const keys = new Set(alternatives.map((tokens) => tokens.join('\u0001')));
  return keys.size === alternatives.length ? alternatives : undefined;
}

export function buildTokenGraph(
  text: string,
  points: readonly VariationPoint[],
  excluded: ReadonlySet<string>,
  mode: TokenMode,
): TokenGraph {
  const vocabulary = new Map<string, number>();
  const idOf = (token: string): number => {
    let id = vocabulary.get(token);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(token, id);
    }
    return id;
  };
  const tokens: number[] = [];
  const coords: number[] = [];
  const nodeChoice: number[] = [];
  const nodeAlternative: number[] = [];
  const nodeOffset: number[] = [];
  const edgeStart: number[] = [];
  const edgeFrom: number[] = [];
  const edgeSkips: (readonly number[])[] = [];
  const baseline: number[] = [];
  const choices: GraphChoice[] = [];
  let frontier: FrontierEntry[] = [];

  const addNode = (
    token: number,
    coord: number,
    preds: readonly FrontierEntry[],
    choice: number,
    alternative: number,
    offset: number,
  ): number => {
    const node = tokens.length;
    tokens.push(token);
    coords.push(coord);
    nodeChoice.push(choice);
    nodeAlternative.push(alternative);
    nodeOffset.push(offset);
    edgeStart.push(edgeFrom.length);
    for (const pred of preds) {
      edgeFrom.push(pred.node);
      edgeSkips.push(pred.skips);
    }
    return node;
  };
  const addFixed = (segment: string): void => {
    for (const token of tokenizeText(segment, mode)) {
      const id = idOf(token);
      const node = addNode(id, baseline.length, frontier, -1, -1, 0);
      baseline.push(id);
      frontier = [{ node, skips: [] }];
    }
  };

  let cursor = 0;
  points.forEach((point, pointIndex) => {
    if (excluded.has(point.id)) return;
    const alternatives = tokenizeAlternatives(point, mode);
    if (alternatives === undefined) return;
    addFixed(text.slice(cursor, point.start));
    cursor = point.end;
    const choice = choices.length;
    const start = baseline.length;
    const original = alternatives[0] ?? [];
    const next: FrontierEntry[] = [];
    const firstNode: number[] = [];
    alternatives.forEach((branch, alternative) => {
      if (branch.length === 0) {
        firstNode.push(-1);
        for (const entry of frontier) next.push({ node: entry.node, skips: [...entry.skips, choice] });
        return;
      }
      let preds: readonly FrontierEntry[] = frontier;
      branch.forEach((token, offset) => {
        const node = addNode(
          idOf(token),
          start + Math.min(offset, original.length),
          preds,
          choice,
          alternative,
          offset,
        );
        if (offset === 0) firstNode.push(node);
        preds = [{ node, skips: [] }];
      });
      next.push(...preds);
    });
    for (const token of original) baseline.push(idOf(token));
    choices.push({ pointIndex, firstNode, lengths: alternatives.map((branch) => branch.length) });
    frontier = next;
  });
  addFixed(text.slice(cursor));
  edgeStart.push(edgeFrom.length);

  return {
    tokens: Int32Array.from(tokens),
    coords: Int32Array.from(coords),
    edgeStart: Int32Array.from(edgeStart),
    edgeFrom: Int32Array.from(edgeFrom),
    edgeSkips,
    nodeChoice: Int32Array.from(nodeChoice),
    nodeAlternative: Int32Array.from(nodeAlternative),
    nodeOffset: Int32Array.from(nodeOffset),
    choices,
    baseline: Int32Array.from(baseline),
    vocabulary,
  };
}
