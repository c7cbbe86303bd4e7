/**
 * GET /api/notifications: a server-sent event stream of what concerns the caller. Each event is
 * checked for this person when it happens; a change to their access is told at once, and a suspension
 * or an ended session closes the stream.
 */
import type { FastifyRequest } from 'fastify';
import { authenticateSession } from '../../app/auth/authenticate.js';
import type { AppContext } from '../../app/context.js';
import type { LiaisonEvent } from '../../app/events.js';
import { committeeNoticeFor } from '../../app/notifications/committee-notice-for.js';
import { isStillActive, noticeFor, recallNoticeFor } from '../../app/notifications/notice-for.js';
import { presentNotice } from '../presenters.js';
import type { LiaisonServer } from '../app.js';
import { callerOf, sessionTokenOf } from '../auth.js';

export const HEARTBEAT_MS = 20_000;

export function registerNotificationRoutes(app: LiaisonServer, ctx: AppContext): void {
  app.get(
    '/api/notifications',
    {
      onRequest: app.requirePerson,
      schema: {
        summary:
          'Server-sent events: documents reaching you (document-available), changes to your access (access-changed), committee business awaiting you (committee-*).',
        description:
          'Each event is decided for you when it happens: nothing is told of a document you may not read. ' +
          'Committee events: committee-agenda-item (participants who may read the item), committee-minutes-awaiting-approval ' +
          "(members whose party has not approved), committee-recommendation-awaiting-response (each party's chiefs), " +
          'committee-action-item-overdue (its owner). ' +
          'A suspension or an ended session sends session-ended and closes the stream.',
        tags: ['notifications'],
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const raw = reply.raw;
      const headers: Record<string, string | number | string[]> = {};
      for (const [name, value] of Object.entries(reply.getHeaders()))
        if (value !== undefined) headers[name] = value;
      reply.hijack();
      raw.writeHead(200, {
        ...headers,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      let open = true;
      let queue = Promise.resolve();
      const send = (event: string, data: unknown) => {
        if (open) raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      };
      const close = () => {
        if (!open) return;
        open = false;
        unsubscribe();
        clearInterval(heartbeat);
        raw.end();
      };
      const stillEntitled = async () =>
        (await isStillActive(ctx, caller)) && (await sessionStillValid(request));
      const handle = async (event: LiaisonEvent) => {
        if (!open) return;
        if (event.type === 'document-available') {
          const notice = await noticeFor(ctx, caller, event.documentId);
          if (notice.ok) send('document-available', notice.value);
        } else if (event.type === 'document-recalled') {
          const notice = await recallNoticeFor(ctx, caller, event.documentId);
          if (notice.ok) send('document-recalled', presentNotice(notice.value));
        } else if (event.type === 'committee') {
          const notice = await committeeNoticeFor(ctx, caller, event);
          if (notice.ok) send(notice.value.event, notice.value.data);
        } else if (event.personId === caller.personId) {
          if (await stillEntitled()) send('access-changed', {});
          else {
            send('session-ended', {});
            close();
          }
        }
      };
      const unsubscribe = ctx.events.subscribe((event) => {
        // One event at a time per stream, in order.
        queue = queue
          .then(() => handle(event))
          .catch((error: unknown) => request.log.error({ err: error }, 'notification failed'));
      });
      const heartbeat = setInterval(() => {
        queue = queue
          .then(async () => {
            if (!open) return;
            if (await stillEntitled()) raw.write(': heartbeat\n\n');
            else {
              send('session-ended', {});
              close();
            }
          })
          .catch(() => close());
      }, HEARTBEAT_MS);
      raw.on('close', close);
      send('ready', { personId: caller.personId });
      await Promise.resolve();
    },
  );

  async function sessionStillValid(request: FastifyRequest): Promise<boolean> {
    if (request.authentication?.method !== 'session') return true;
    const token = sessionTokenOf(request);
    return token !== undefined && (await authenticateSession(ctx, token)) !== undefined;
  }
}
