/** Words for values the server sends as codes: document forms and Admiralty grades. */
import { useT } from '../messages/locale.context.js';
import { messageIdFor } from '../messages/messages.js';

/** The name of a document's form; a form this interface does not know yet is shown as the server names it. */
export function useKindLabel(): (kind: string) => string {
  const t = useT();
  return (kind) => {
    const id = messageIdFor('kind', kind);
    return id ? t(id) : kind;
  };
}

/** What a reliability (A–F) or credibility (1–6) grade means, if it is one. */
export function useGradeMeaning(): (
  scale: 'reliability' | 'credibility',
  grade: string,
) => string | undefined {
  const t = useT();
  return (scale, grade) => {
    const id = messageIdFor(scale, grade);
    return id ? t(id) : undefined;
  };
}
