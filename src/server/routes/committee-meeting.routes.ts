/** A committee's meetings: schedule, agenda, papers, attendance, and the draft of their minutes. */
import { Type } from 'typebox';
import type { AppContext } from '../../app/context.js';
import { attachPaper } from '../../app/committees/attach-paper.js';
import { draftMinutes } from '../../app/committees/draft-minutes.js';
import { getMeeting } from '../../app/committees/get-meeting.js';
import { listCommitteeMeetings } from '../../app/committees/list-meetings.js';
import { placeItemOnAgenda } from '../../app/committees/place-on-agenda.js';
import { recordAttendance } from '../../app/committees/record-attendance.js';
import { scheduleMeeting } from '../../app/committees/schedule-meeting.js';
import type { LiaisonServer } from '../app.js';
import { callerOf } from '../auth.js';
import { presentMeeting, presentMeetingSummary, presentText } from '../committee.presenters.js';
import {
  CommitteeParamsSchema,
  MeetingBodySchema,
  MeetingParamsSchema,
  MeetingSchema,
  MeetingSummarySchema,
  MinutesBodySchema,
  TextSchema,
} from '../committee.schemas.js';
import { sendFailure } from '../error.table.js';
import { ErrorSchema } from '../schemas.js';
import { COMMITTEE_ERRORS } from './committee.routes.js';

export function registerCommitteeMeetingRoutes(app: LiaisonServer, ctx: AppContext): void {
  const tags = ['committees'];

  app.get(
    '/api/committees/:id/meetings',
    {
      onRequest: app.requirePerson,
      schema: {
        summary:
          'The meetings the caller may read, each marked with the high-water mark of its papers and agenda.',
        tags,
        params: CommitteeParamsSchema,
        response: {
          200: Type.Object({ items: Type.Array(MeetingSummarySchema) }),
          401: ErrorSchema,
          403: ErrorSchema,
          404: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const result = await listCommitteeMeetings(ctx, callerOf(request), request.params.id);
      if (!result.ok) return sendFailure(reply, result);
      return { items: result.value.map((meeting) => presentMeetingSummary(meeting, ctx.scheme)) };
    },
  );

  app.post(
    '/api/committees/:id/meetings',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: 'Schedule a meeting (a member or secretary).',
        tags,
        params: CommitteeParamsSchema,
        body: MeetingBodySchema,
        response: { 201: MeetingSchema, ...COMMITTEE_ERRORS },
      },
    },
    async (request, reply) => {
      const result = await scheduleMeeting(ctx, callerOf(request), request.params.id, request.body);
      if (!result.ok) return sendFailure(reply, result);
      return reply.code(201).send(presentMeeting(result.value, ctx.scheme));
    },
  );

  app.get(
    '/api/committees/:id/meetings/:meetingId',
    {
      onRequest: app.requirePerson,
      schema: {
        summary:
          'One meeting: its marking, agenda, papers (those the caller may read), attendance, minutes and action items.',
        tags,
        params: MeetingParamsSchema,
        response: { 200: MeetingSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      const result = await getMeeting(ctx, callerOf(request), request.params.id, request.params.meetingId);
      if (!result.ok) return sendFailure(reply, result);
      return presentMeeting(result.value, ctx.scheme);
    },
  );

  app.post(
    '/api/committees/:id/meetings/:meetingId/agenda',
    {
      onRequest: app.requirePerson,
      schema: {
        summary:
          "Put a proposed item on the meeting's agenda; a referred item is refused (409), its body named.",
        tags,
        params: MeetingParamsSchema,
        body: Type.Object({ itemId: Type.String({ maxLength: 36 }) }, { additionalProperties: false }),
        response: { 200: MeetingSchema, ...COMMITTEE_ERRORS },
      },
    },
    async (request, reply) => {
      const result = await placeItemOnAgenda(
        ctx,
        callerOf(request),
        request.params.id,
        request.params.meetingId,
        request.body,
      );
      if (!result.ok) return sendFailure(reply, result);
      return presentMeeting(result.value, ctx.scheme);
    },
  );

  app.put(
    '/api/committees/:id/meetings/:meetingId/attendance',
    {
      onRequest: app.requirePerson,
      schema: {
        summary: 'Record who attended (usernames of the committee’s people); the meeting is then held.',
        tags,
        params: MeetingParamsSchema,
        body: Type.Object(
          { attendees: Type.Array(Type.String({ maxLength: 32 }), { maxItems: 100 }) },
          { additionalProperties: false },
        ),
        response: { 200: MeetingSchema, ...COMMITTEE_ERRORS },
      },
    },
    async (request, reply) => {
      const result = await recordAttendance(
        ctx,
        callerOf(request),
        request.params.id,
        request.params.meetingId,
        request.body,
      );
      if (!result.ok) return sendFailure(reply, result);
      return presentMeeting(result.value, ctx.scheme);
    },
  );

  app.post(
    '/api/committees/:id/meetings/:meetingId/papers',
    {
      onRequest: app.requirePerson,
      schema: {
        summary:
          'Attach a paper: an issued document releasable to every party and already readable by every member.',
        description: "The meeting's marking rises to the paper's (combineMarkings: high-water mark).",
        tags,
        params: MeetingParamsSchema,
        body: Type.Object({ documentId: Type.String({ maxLength: 36 }) }, { additionalProperties: false }),
        response: { 200: MeetingSchema, ...COMMITTEE_ERRORS },
      },
    },
    async (request, reply) => {
      const result = await attachPaper(
        ctx,
        callerOf(request),
        request.params.id,
        request.params.meetingId,
        request.body,
      );
      if (!result.ok) return sendFailure(reply, result);
      return presentMeeting(result.value, ctx.scheme);
    },
  );

  app.post(
    '/api/committees/:id/meetings/:meetingId/minutes',
    {
      onRequest: app.requirePerson,
      schema: {
        summary:
          'Draft the minutes of a held meeting (a secretary); issued EMBARGO UNTIL AGREED to the delegations for approval.',
        description:
          "Marked at least as high as the meeting (its papers' and agenda's high-water mark). Each party's member then approves " +
          'or amends them; they are issued only when every party has approved the current version.',
        tags,
        params: MeetingParamsSchema,
        body: MinutesBodySchema,
        response: { 201: TextSchema, ...COMMITTEE_ERRORS },
      },
    },
    async (request, reply) => {
      const result = await draftMinutes(
        ctx,
        callerOf(request),
        request.params.id,
        request.params.meetingId,
        request.body,
      );
      if (!result.ok) return sendFailure(reply, result);
      return reply.code(201).send(presentText(result.value));
    },
  );
}
