/**
 * The difference between two versions of a text, word by word (Myers' algorithm on words and the
 * spaces between them), so that an amendment to minutes or a revision of a proposal shows exactly
 * what it changes. Joining the 'equal' and 'delete' parts gives the old text back; joining the
 * 'equal' and 'insert' parts gives the new one.
 */
export interface DiffPart {
  readonly op: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

/** Words, runs of spaces and single punctuation marks: the units a reader sees changed. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}'’_-]+|\s+|[^\p{L}\p{N}\s]/gu) ?? [];
}

/** Above this many changed units the comparison falls back to whole lines (still exact). */
const MAX_EDIT_DISTANCE = 2000;

export function diffTexts(before: string, after: string): DiffPart[] {
  const words = diffTokens(tokenize(before), tokenize(after));
  if (words) return merge(words);
  const lines = diffTokens(splitLines(before), splitLines(after), Number.POSITIVE_INFINITY);
  return merge(lines ?? []);
}

function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Myers' O(ND) diff; undefined when the edit distance exceeds the limit. */
function diffTokens(
  a: readonly string[],
  b: readonly string[],
  limit = MAX_EDIT_DISTANCE,
): DiffPart[] | undefined {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head: DiffPart[] = start > 0 ? [{ op: 'equal', text: a.slice(0, start).join('') }] : [];
  const tail: DiffPart[] = endA < a.length ? [{ op: 'equal', text: a.slice(endA).join('') }] : [];
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  const n = x.length;
  const m = y.length;
  const max = n + m;
  if (max === 0) return [...head, ...tail];
  const offset = max + 1;
  const v = new Array<number>(2 * max + 3).fill(0);
  const trace: number[][] = [];
  for (let d = 0; d <= max; d++) {
    if (d > limit) return undefined;
    // Only the diagonals step d can reach back to: the trace grows with d squared, not d times the length.
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let i = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let j = i - k;
      while (i < n && j < m && x[i] === y[j]) {
        i++;
        j++;
      }
      v[offset + k] = i;
      if (i >= n && j >= m) return [...head, ...backtrack(trace, x, y, d), ...tail];
    }
  }
  return undefined;
}

function backtrack(trace: number[][], x: readonly string[], y: readonly string[], depth: number): DiffPart[] {
  const parts: DiffPart[] = [];
  let i = x.length;
  let j = y.length;
  for (let d = depth; d > 0; d--) {
    const row = trace[d] as number[];
    const at = (k: number) => row[k + d + 1] ?? 0;
    const k = i - j;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousI = at(previousK);
    const previousJ = previousI - previousK;
    while (i > previousI && j > previousJ) {
      parts.push({ op: 'equal', text: x[i - 1] as string });
      i--;
      j--;
    }
    if (down) parts.push({ op: 'insert', text: y[j - 1] as string });
    else parts.push({ op: 'delete', text: x[i - 1] as string });
    i = previousI;
    j = previousJ;
  }
  while (i > 0 && j > 0) {
    parts.push({ op: 'equal', text: x[i - 1] as string });
    i--;
    j--;
  }
  return parts.reverse();
}

/**
 * Joins each change into one deletion followed by one insertion, absorbing the lone spaces between
 * changed words ("asked for" -> "stated that" is one change, not two with a shared space).
 */
function merge(parts: readonly DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted !== '') merged.push({ op: 'delete', text: deleted });
    if (inserted !== '') merged.push({ op: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  const changed = (index: number) => {
    const part = parts[index];
    return part !== undefined && part.op !== 'equal';
  };
  for (const [index, part] of parts.entries()) {
    if (part.text === '') continue;
    if (part.op === 'delete') deleted += part.text;
    else if (part.op === 'insert') inserted += part.text;
    else if (/^\s+$/.test(part.text) && changed(index - 1) && changed(index + 1)) {
      deleted += part.text;
      inserted += part.text;
    } else {
      flush();
      const last = merged.at(-1);
      if (last?.op === 'equal') merged[merged.length - 1] = { op: 'equal', text: last.text + part.text };
      else merged.push(part);
    }
  }
  flush();
  return merged;
}

/** The old (`delete`) or new (`insert`) text back from a diff. */
export function sideOf(parts: readonly DiffPart[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'insert' : 'delete';
  return parts
    .filter((part) => part.op !== skip)
    .map((part) => part.text)
    .join('');
}
