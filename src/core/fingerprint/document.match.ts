/**
 * Which document a leaked excerpt comes from: a cheap pre-filter before tracing. Each text is reduced
 * to its word 3-shingles (lower case, punctuation and invisible marks ignored, so copies of one
 * document share almost all of them); the similarity of a candidate is the share of the excerpt's
 * shingles that occur in it (containment, not Jaccard, so a short excerpt of a long document scores
 * high). Sorted best first.
 */
import { tokenizeWords } from './text.normalize.js';

const SHINGLE = 3;

export interface DocumentMatch {
  readonly id: string;
  /** 0 … 1: the share of the excerpt's word 3-shingles found in the candidate. */
  readonly similarity: number;
}

function hashShingles(text: string): Set<number> {
  const words = tokenizeWords(text);
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let hash = 0x811c9dc5;
    for (let k = 0; k < SHINGLE; k++) {
      const word = words[i + k]!;
      for (let c = 0; c < word.length; c++) hash = Math.imul(hash ^ word.charCodeAt(c), 0x01000193);
      hash = Math.imul(hash ^ 0x20, 0x01000193);
    }
    shingles.add(hash >>> 0);
  }
  return shingles;
}

export function matchDocument(
  leaked: string,
  candidates: readonly { id: string; text: string }[],
): DocumentMatch[] {
  const excerpt = typeof leaked === 'string' ? hashShingles(leaked) : new Set<number>();
  const matches = candidates.map(({ id, text }) => {
    if (excerpt.size === 0 || typeof text !== 'string') return { id, similarity: 0 };
    const document = hashShingles(text);
    let shared = 0;
    for (const shingle of excerpt) if (document.has(shingle)) shared++;
    return { id, similarity: shared / excerpt.size };
  });
  return matches.sort((a, b) => b.similarity - a.similarity);
}
