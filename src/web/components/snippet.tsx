/**
 * A search snippet: the server marks matched words with « and ». They become <mark> elements built by
 * React from plain text, so nothing in a document can ever be injected as HTML.
 */

export interface SnippetPart {
  readonly text: string;
  readonly matched: boolean;
}

export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let matched = false;
  let current = '';
  const flush = () => {
    if (current !== '') parts.push({ text: current, matched });
    current = '';
  };
  for (const character of snippet) {
    if (character === '«' && !matched) {
      flush();
      matched = true;
    } else if (character === '»' && matched) {
      flush();
      matched = false;
    } else current += character;
  }
  flush();
  return parts;
}

export function Snippet({ text, label }: { readonly text: string; readonly label: string }) {
  return (
    <p className="snippet" aria-label={label}>
      {splitSnippet(text).map((part, index) =>
        part.matched ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </p>
  );
}
