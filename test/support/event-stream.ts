/** A server-sent event stream read in a test: events queue up; `next` waits for the next one. */
export interface StreamEvent {
  readonly event: string;
  readonly data: Record<string, unknown>;
}

export async function openEventStream(url: string, headers: Record<string, string>) {
  const controller = new AbortController();
  const response = await fetch(url, { headers, signal: controller.signal });
  if (!response.body) throw new Error(`no stream: ${response.status}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const events: StreamEvent[] = [];
  const waiters: (() => void)[] = [];
  let ended = false;
  void (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let split: number;
        while ((split = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, split);
          buffer = buffer.slice(split + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) as Record<string, unknown> });
          waiters.splice(0).forEach((wake) => wake());
        }
      }
    } catch {
      // aborted
    }
    ended = true;
    waiters.splice(0).forEach((wake) => wake());
  })();
  return {
    status: response.status,
    events,
    get ended() {
      return ended;
    },
    /** The next event of this type not yet taken, waiting up to `ms`. */
    async next(type: string, ms = 10_000): Promise<StreamEvent> {
      const deadline = Date.now() + ms;
      for (;;) {
        const index = events.findIndex((event) => event.event === type);
        if (index !== -1) return events.splice(index, 1)[0] as StreamEvent;
        if (ended) throw new Error(`stream ended without ${type}`);
        if (Date.now() > deadline) throw new Error(`no ${type} within ${ms} ms`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
    },
    close: () => controller.abort(),
  };
}
