/**
 * A committee's marked business: agenda items (and the consents that put a referred one back on the
 * agenda), meetings with their marking, papers and attendance. Row-level security shows them only to
 * the committee's participants, and only what rules 1-3 let each read.
 */
import type { ReservedMatterMatch } from '../core/committee/reserved-matter.js';
import type { Marking } from '../core/marking/marking.js';
import { parseMarking } from '../core/marking/marking.parse.js';
import type { ClassificationScheme } from '../core/marking/scheme.js';
import type { Sql } from './database.js';

export interface Referral {
  readonly topic: string;
  readonly body: string;
  readonly explanation: string;
  readonly matches: readonly ReservedMatterMatch[];
}

export interface AgendaItemRecord {
  readonly id: string;
  readonly committeeId: string;
  readonly proposedBy: string;
  readonly originator: string;
  readonly title: string;
  readonly text: string;
  readonly banner: string;
  readonly marking: Marking;
  readonly status: 'proposed' | 'referred' | 'withdrawn';
  readonly referredTo: string | null;
  readonly referral: Referral | null;
  readonly overriddenAt: Date | null;
  readonly meetingId: string | null;
  readonly position: number | null;
  /** The meeting its proposer asked for, whether or not it was placed on its agenda. */
  readonly requestedMeetingId: string | null;
  readonly proposedAt: Date;
  readonly consents: readonly { party: string; personId: string; reason: string; at: Date }[];
}

export interface MeetingRecord {
  readonly id: string;
  readonly committeeId: string;
  readonly number: number;
  readonly scheduledFor: Date;
  readonly place: string;
  readonly status: 'scheduled' | 'held';
  readonly convenedBy: string;
  readonly createdAt: Date;
  readonly originator: string;
  readonly banner: string;
  readonly marking: Marking;
}

function markingColumns(marking: Marking) {
  return {
    level: marking.level,
    compartments: marking.compartments,
    releasability: marking.releasability.kind,
    relTo: marking.releasability.kind === 'rel-to' ? marking.releasability.parties : [],
  };
}

function parseStored(
  banner: string,
  originator: string,
  scheme: ClassificationScheme,
  what: string,
): Marking {
  const marking = parseMarking(banner, scheme, { party: originator });
  if (!marking.ok) throw new Error(`stored banner of ${what} no longer parses: ${marking.message}`);
  return marking.value;
}

export async function insertAgendaItem(
  sql: Sql,
  item: Omit<AgendaItemRecord, 'consents' | 'overriddenAt'>,
): Promise<void> {
  const marking = markingColumns(item.marking);
  await sql.query(
    `INSERT INTO committee_agenda_items (id, committee_id, proposed_by, originator, title, text, banner, level, compartments,
       releasability, rel_to, status, referred_to, referral, meeting_id, position, requested_meeting_id, proposed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
    [
      item.id,
      item.committeeId,
      item.proposedBy,
      item.originator,
      item.title,
      item.text,
      item.banner,
      marking.level,
      marking.compartments,
      marking.releasability,
      marking.relTo,
      item.status,
      item.referredTo,
      item.referral === null ? null : JSON.stringify(item.referral),
      item.meetingId,
      item.position,
      item.requestedMeetingId,
      item.proposedAt,
    ],
  );
}

interface AgendaItemRow {
  id: string;
  committee_id: string;
  proposed_by: string;
  originator: string;
  title: string;
  text: string;
  banner: string;
  status: AgendaItemRecord['status'];
  referred_to: string | null;
  referral: Referral | null;
  overridden_at: Date | null;
  meeting_id: string | null;
  position: number | null;
  requested_meeting_id: string | null;
  proposed_at: Date;
}

const AGENDA_COLUMNS = `id, committee_id, proposed_by, originator, title, text, banner, status, referred_to, referral,
  overridden_at, meeting_id, position, requested_meeting_id, proposed_at`;

export async function listAgendaItems(
  sql: Sql,
  committeeId: string,
  scheme: ClassificationScheme,
  filter: { meetingId?: string; referredFrom?: string } = {},
): Promise<AgendaItemRecord[]> {
  const rows =
    filter.meetingId !== undefined
      ? await sql.query<AgendaItemRow>(
          `SELECT ${AGENDA_COLUMNS} FROM committee_agenda_items WHERE committee_id = $1 AND meeting_id = $2
            ORDER BY position`,
          [committeeId, filter.meetingId],
        )
      : filter.referredFrom !== undefined
        ? await sql.query<AgendaItemRow>(
            `SELECT ${AGENDA_COLUMNS} FROM committee_agenda_items
              WHERE committee_id = $1 AND requested_meeting_id = $2 AND status = 'referred' ORDER BY proposed_at, id`,
            [committeeId, filter.referredFrom],
          )
        : await sql.query<AgendaItemRow>(
            `SELECT ${AGENDA_COLUMNS} FROM committee_agenda_items WHERE committee_id = $1 ORDER BY proposed_at, id`,
            [committeeId],
          );
  return toAgendaItems(sql, rows, scheme);
}

export async function findAgendaItem(
  sql: Sql,
  committeeId: string,
  id: string,
  scheme: ClassificationScheme,
): Promise<AgendaItemRecord | undefined> {
  const rows = await sql.query<AgendaItemRow>(
    `SELECT ${AGENDA_COLUMNS} FROM committee_agenda_items WHERE committee_id = $1 AND id = $2`,
    [committeeId, id],
  );
  return (await toAgendaItems(sql, rows, scheme))[0];
}

async function toAgendaItems(
  sql: Sql,
  rows: readonly AgendaItemRow[],
  scheme: ClassificationScheme,
): Promise<AgendaItemRecord[]> {
  if (rows.length === 0) return [];
  const consents = await sql.query<{
    item_id: string;
    party: string;
    person_id: string;
    reason: string;
    consented_at: Date;
  }>(
    `SELECT item_id, party, person_id, reason, consented_at FROM committee_override_consents
      WHERE item_id = ANY($1::uuid[]) ORDER BY consented_at, party`,
    [rows.map((row) => row.id)],
  );
  return rows.map((row) => ({
    id: row.id,
    committeeId: row.committee_id,
    proposedBy: row.proposed_by,
    originator: row.originator,
    title: row.title,
    text: row.text,
    banner: row.banner,
    marking: parseStored(row.banner, row.originator, scheme, `agenda item ${row.id}`),
    status: row.status,
    referredTo: row.referred_to,
    referral: row.referral,
    overriddenAt: row.overridden_at,
    meetingId: row.meeting_id,
    position: row.position,
    requestedMeetingId: row.requested_meeting_id,
    proposedAt: row.proposed_at,
    consents: consents
      .filter((consent) => consent.item_id === row.id)
      .map((consent) => ({
        party: consent.party,
        personId: consent.person_id,
        reason: consent.reason,
        at: consent.consented_at,
      })),
  }));
}

export async function insertOverrideConsent(
  sql: Sql,
  consent: { itemId: string; party: string; personId: string; reason: string; at: Date },
): Promise<void> {
  await sql.query(
    `INSERT INTO committee_override_consents (item_id, party, person_id, reason, consented_at) VALUES ($1, $2, $3, $4, $5)`,
    [consent.itemId, consent.party, consent.personId, consent.reason, consent.at],
  );
}

/** Every party consented: the item is back on the list of proposed items, the referral kept on record. */
export async function markOverridden(sql: Sql, itemId: string, at: Date): Promise<boolean> {
  const rows = await sql.query(
    `UPDATE committee_agenda_items SET status = 'proposed', overridden_at = $2
      WHERE id = $1 AND status = 'referred' RETURNING id`,
    [itemId, at],
  );
  return rows.length > 0;
}

/** Places a proposed item at the end of a meeting's agenda. */
export async function placeOnAgenda(sql: Sql, itemId: string, meetingId: string): Promise<boolean> {
  const rows = await sql.query(
    `UPDATE committee_agenda_items SET meeting_id = $2, position = liaison_committee_next_position($2, 'agenda')
      WHERE id = $1 AND status = 'proposed' AND meeting_id IS NULL RETURNING id`,
    [itemId, meetingId],
  );
  return rows.length > 0;
}

export async function insertMeeting(sql: Sql, meeting: Omit<MeetingRecord, 'status'>): Promise<void> {
  const marking = markingColumns(meeting.marking);
  await sql.query(
    `INSERT INTO committee_meetings (id, committee_id, number, scheduled_for, place, convened_by, created_at, banner,
       originator, level, compartments, releasability, rel_to)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      meeting.id,
      meeting.committeeId,
      meeting.number,
      meeting.scheduledFor,
      meeting.place,
      meeting.convenedBy,
      meeting.createdAt,
      meeting.banner,
      meeting.originator,
      marking.level,
      marking.compartments,
      marking.releasability,
      marking.relTo,
    ],
  );
}

/** The next meeting number, counted as the system (a participant may not see every meeting). */
export async function nextMeetingNumber(sql: Sql, committeeId: string): Promise<number> {
  const [row] = await sql.query<{ next: number }>(
    `SELECT liaison_committee_next_meeting_number($1) AS next`,
    [committeeId],
  );
  return row?.next ?? 1;
}

interface MeetingRow {
  id: string;
  committee_id: string;
  number: number;
  scheduled_for: Date;
  place: string;
  status: MeetingRecord['status'];
  convened_by: string;
  created_at: Date;
  originator: string;
  banner: string;
}

const MEETING_COLUMNS =
  'id, committee_id, number, scheduled_for, place, status, convened_by, created_at, originator, banner';

export async function listMeetings(
  sql: Sql,
  committeeId: string,
  scheme: ClassificationScheme,
): Promise<MeetingRecord[]> {
  const rows = await sql.query<MeetingRow>(
    `SELECT ${MEETING_COLUMNS} FROM committee_meetings WHERE committee_id = $1 ORDER BY number`,
    [committeeId],
  );
  return rows.map((row) => toMeeting(row, scheme));
}

export async function findMeeting(
  sql: Sql,
  committeeId: string,
  id: string,
  scheme: ClassificationScheme,
): Promise<MeetingRecord | undefined> {
  const rows = await sql.query<MeetingRow>(
    `SELECT ${MEETING_COLUMNS} FROM committee_meetings WHERE committee_id = $1 AND id = $2`,
    [committeeId, id],
  );
  return rows[0] && toMeeting(rows[0], scheme);
}

function toMeeting(row: MeetingRow, scheme: ClassificationScheme): MeetingRecord {
  return {
    id: row.id,
    committeeId: row.committee_id,
    number: row.number,
    scheduledFor: row.scheduled_for,
    place: row.place,
    status: row.status,
    convenedBy: row.convened_by,
    createdAt: row.created_at,
    originator: row.originator,
    banner: row.banner,
    marking: parseStored(row.banner, row.originator, scheme, `meeting ${row.id}`),
  };
}

export async function updateMeetingMarking(
  sql: Sql,
  meetingId: string,
  marking: Marking,
  banner: string,
): Promise<void> {
  const columns = markingColumns(marking);
  await sql.query(
    `UPDATE committee_meetings SET banner = $2, level = $3, compartments = $4, releasability = $5, rel_to = $6 WHERE id = $1`,
    [meetingId, banner, columns.level, columns.compartments, columns.releasability, columns.relTo],
  );
}

export async function markMeetingHeld(sql: Sql, meetingId: string): Promise<void> {
  await sql.query(`UPDATE committee_meetings SET status = 'held' WHERE id = $1`, [meetingId]);
}

export interface PaperRecord {
  readonly documentId: string;
  readonly position: number;
  readonly addedBy: string;
  readonly addedAt: Date;
}

export async function insertPaper(
  sql: Sql,
  paper: { meetingId: string; documentId: string; addedBy: string; addedAt: Date },
): Promise<void> {
  await sql.query(
    `INSERT INTO committee_meeting_papers (meeting_id, document_id, position, added_by, added_at)
     VALUES ($1, $2, liaison_committee_next_position($1, 'papers'), $3, $4)`,
    [paper.meetingId, paper.documentId, paper.addedBy, paper.addedAt],
  );
}

/** The papers of a meeting the person in context may read (row-level security filters the rest). */
export async function listPapers(sql: Sql, meetingId: string): Promise<PaperRecord[]> {
  const rows = await sql.query<{ document_id: string; position: number; added_by: string; added_at: Date }>(
    `SELECT document_id, position, added_by, added_at FROM committee_meeting_papers WHERE meeting_id = $1 ORDER BY position`,
    [meetingId],
  );
  return rows.map((row) => ({
    documentId: row.document_id,
    position: row.position,
    addedBy: row.added_by,
    addedAt: row.added_at,
  }));
}

export async function listAttendance(sql: Sql, meetingId: string): Promise<string[]> {
  const rows = await sql.query<{ person_id: string }>(
    'SELECT person_id FROM committee_meeting_attendance WHERE meeting_id = $1 ORDER BY person_id',
    [meetingId],
  );
  return rows.map((row) => row.person_id);
}

export async function replaceAttendance(
  sql: Sql,
  meetingId: string,
  personIds: readonly string[],
  recordedBy: string,
): Promise<void> {
  await sql.query('DELETE FROM committee_meeting_attendance WHERE meeting_id = $1', [meetingId]);
  for (const personId of personIds)
    await sql.query(
      'INSERT INTO committee_meeting_attendance (meeting_id, person_id, recorded_by) VALUES ($1, $2, $3)',
      [meetingId, personId, recordedBy],
    );
}
