import { describe, expect, it } from 'vitest';
import { buildTokenGraph } from './text.graph.js';
import { findVariationPoints } from './variation.find.js';

const text = 'In addition he said that the proposals had leaked out to the press.';
const points = findVariationPoints(text);

describe('buildTokenGraph', () => {
  const graph = buildTokenGraph(text, points, new Set(), 'normalized');
  const word = (node: number): string =>
    [...graph.vocabulary].find(([, id]) => id === graph.tokens[node])![0];

  it('keeps the original as its baseline', () => {
    const vocabulary = [...graph.vocabulary.keys()];
    expect([...graph.baseline].map((id) => vocabulary[id]).join(' ')).toBe(
      'In addition he said that the proposals had leaked out to the press .',
    );
  });

  it('has a fork for each readable point, with one branch per alternative', () => {
    const readable = points.filter((p) => p.survivesRetyping);
    expect(graph.choices.map((c) => c.pointIndex)).toEqual(readable.map((p) => points.indexOf(p)));
    const said = graph.choices.find((c) => points[c.pointIndex]!.alternatives[0] === 'said that')!;
    expect(said.firstNode.map((node) => (node < 0 ? '' : word(node)))).toEqual([
      'said',
      'said',
      'stated',
      'stated',
    ]);
    expect(said.lengths).toEqual([2, 1, 2, 1]);
  });

  it('lets an edge skip a fork by its empty alternative, and every edge points forward', () => {
    const other = 'In June the railway carried about forty tons.';
    const skipping = buildTokenGraph(
      other,
      findVariationPoints(other),
      new Set(),
      'normalized',
    ).edgeSkips.filter((skips) => skips.length > 0);
    expect(skipping.length).toBeGreaterThan(0);
    for (let node = 0; node < graph.tokens.length; node++) {
      for (let e = graph.edgeStart[node]!; e < graph.edgeStart[node + 1]!; e++)
        expect(graph.edgeFrom[e]).toBeLessThan(node);
    }
  });

  it('treats excluded points and, when normalized, invisible points as fixed text', () => {
    const excluded = new Set(points.map((p) => p.id));
    expect(buildTokenGraph(text, points, excluded, 'raw').choices).toEqual([]);
    const raw = buildTokenGraph(text, points, new Set(), 'raw');
    expect(raw.choices.length).toBe(points.length);
  });
});
