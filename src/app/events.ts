/**
 * Events inside one server process, published after the transaction that caused them commits:
 * a document reached new readers; a person's access changed. Notification streams listen here and
 * decide, per person and per event, what may be delivered.
 */
export type LiaisonEvent =
  | { readonly type: 'document-available'; readonly documentId: string }
  | { readonly type: 'access-changed'; readonly personId: string }
  | { readonly type: 'document-recalled'; readonly documentId: string }
  | {
      readonly type: 'committee';
      readonly notice: CommitteeNotice;
      readonly committeeId: string;
      /** The agenda item, minutes, recommendation or action item concerned. */
      readonly subjectId: string;
      /** Who caused it (not told of their own act), or null for the server's own checks. */
      readonly actorId: string | null;
    };

/** Committee events: who may be told is decided per person (src/app/notifications/committee-notice-for.ts). */
export type CommitteeNotice =
  | 'agenda-item'
  | 'minutes-awaiting-approval'
  | 'recommendation-awaiting-response'
  | 'action-item-overdue';

export type Listener = (event: LiaisonEvent) => void;

export class EventBus {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: LiaisonEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A broken listener must not stop the others.
      }
    }
  }

  get size(): number {
    return this.listeners.size;
  }
}
