/**
 * A diff between two versions shown in the reader's own copies. The comparison runs on the originals
 * (so that the differences are the authors' and not the fingerprints'), then every part is written out
 * from the reader's numbered copy of the version it comes from: equal and inserted parts from the new
 * version's copy, deleted parts from the old one's. A variation point renders the same in a span as in
 * the whole copy (it depends only on the key, its code position and the copy number), so the parts read
 * as the reader's copies do: the new version's parts joined are exactly the reader's copy of it.
 */
import { renderCopy, type VariationPoint } from '../fingerprint/index.js';
import type { DiffPart } from './text.diff.js';

/** Writes out a span [start, end) of a version's original text as the reader's copy has it. */
export type SpanRenderer = (start: number, end: number) => string;

export interface CopyRendering {
  readonly text: string;
  readonly points: readonly VariationPoint[];
  readonly excluded: ReadonlySet<string>;
  readonly key: Uint8Array;
  readonly copyNumber: number;
  readonly copyCount: number;
}

/** The original itself (the reader is its drafter, or holds no numbered copy). */
export function originalRenderer(text: string): SpanRenderer {
  return (start, end) => text.slice(start, end);
}

/**
 * Writes spans of a copy. For spans that partition the text in order (`partition`: the new version,
 * whose equal and inserted parts cover it), a variation point is written whole with the span it starts
 * in, so the spans joined are exactly the copy. For scattered spans (`excerpt`: the deleted parts of the
 * old version), a point not wholly inside a span shows as in the original, so no words go missing.
 */
export function copyRenderer(copy: CopyRendering, mode: 'partition' | 'excerpt'): SpanRenderer {
  const pieces = piecesOf(copy);
  return (start, end) => {
    let out = '';
    for (const piece of pieces) {
      if (piece.point === undefined) {
        const from = Math.max(start, piece.start);
        const to = Math.min(end, piece.end);
        if (from < to) out += copy.text.slice(from, to);
        continue;
      }
      const startsHere =
        piece.start >= start && (piece.start < end || (piece.start === end && end === copy.text.length));
      const inside = piece.start >= start && piece.end <= end && startsHere;
      if (mode === 'partition' ? startsHere : inside) out += piece.rendered;
      else if (mode === 'excerpt') {
        const from = Math.max(start, piece.start);
        const to = Math.min(end, piece.end);
        if (from < to) out += copy.text.slice(from, to);
      }
    }
    return out;
  };
}

interface Piece {
  readonly start: number;
  readonly end: number;
  /** A variation point, written as this copy writes it; absent for text between points. */
  readonly point?: VariationPoint;
  readonly rendered: string;
}

/** The original cut into text and points, in order, as renderCopy walks it (skipping the points it skips). */
function piecesOf(copy: CopyRendering): Piece[] {
  const pieces: Piece[] = [];
  let cursor = 0;
  for (const point of copy.points) {
    if (point.start < cursor || copy.text.slice(point.start, point.end) !== point.alternatives[0]) continue;
    if (point.start > cursor)
      pieces.push({ start: cursor, end: point.start, rendered: copy.text.slice(cursor, point.start) });
    const rendered = renderCopy({
      text: copy.text.slice(point.start, point.end),
      points: [{ ...point, start: 0, end: point.end - point.start }],
      excluded: copy.excluded,
      key: copy.key,
      copyNumber: copy.copyNumber,
      copyCount: copy.copyCount,
    });
    pieces.push({ start: point.start, end: point.end, point, rendered });
    cursor = point.end;
  }
  if (cursor < copy.text.length)
    pieces.push({ start: cursor, end: copy.text.length, rendered: copy.text.slice(cursor) });
  return pieces;
}

/** The diff's parts, each written from the reader's copy of its side. */
export function renderDiff(
  parts: readonly DiffPart[],
  before: SpanRenderer,
  after: SpanRenderer,
): DiffPart[] {
  let inBefore = 0;
  let inAfter = 0;
  return parts.map((part) => {
    const length = part.text.length;
    switch (part.op) {
      case 'equal': {
        const text = after(inAfter, inAfter + length);
        inBefore += length;
        inAfter += length;
        return { op: part.op, text };
      }
      case 'delete': {
        const text = before(inBefore, inBefore + length);
        inBefore += length;
        return { op: part.op, text };
      }
      case 'insert': {
        const text = after(inAfter, inAfter + length);
        inAfter += length;
        return { op: part.op, text };
      }
    }
  });
}
