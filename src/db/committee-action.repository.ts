/** Action items of committee meetings, and the sweep that finds the newly overdue ones. */
import type { ActionItemState } from '../core/committee/action-item.js';
import type { Sql } from './database.js';

export interface ActionItemRecord {
  readonly id: string;
  readonly committeeId: string;
  readonly meetingId: string;
  readonly title: string;
  readonly ownerId: string;
  readonly dueDate: string;
  readonly state: ActionItemState;
  readonly assignedBy: string;
  readonly assignedAt: Date;
  readonly completedBy: string | null;
  readonly completedAt: Date | null;
}

export async function insertActionItem(
  sql: Sql,
  item: Omit<ActionItemRecord, 'state' | 'completedBy' | 'completedAt'>,
): Promise<void> {
  await sql.query(
    `INSERT INTO committee_action_items (id, committee_id, meeting_id, title, owner_id, due_date, assigned_by, assigned_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      item.id,
      item.committeeId,
      item.meetingId,
      item.title,
      item.ownerId,
      item.dueDate,
      item.assignedBy,
      item.assignedAt,
    ],
  );
}

interface ActionItemRow {
  id: string;
  committee_id: string;
  meeting_id: string;
  title: string;
  owner_id: string;
  due_date: string;
  state: ActionItemState;
  assigned_by: string;
  assigned_at: Date;
  completed_by: string | null;
  completed_at: Date | null;
}

const COLUMNS = `id, committee_id, meeting_id, title, owner_id, due_date, state, assigned_by, assigned_at, completed_by,
  completed_at`;

function toActionItem(row: ActionItemRow): ActionItemRecord {
  return {
    id: row.id,
    committeeId: row.committee_id,
    meetingId: row.meeting_id,
    title: row.title,
    ownerId: row.owner_id,
    dueDate: row.due_date,
    state: row.state,
    assignedBy: row.assigned_by,
    assignedAt: row.assigned_at,
    completedBy: row.completed_by,
    completedAt: row.completed_at,
  };
}

export async function listActionItems(sql: Sql, committeeId: string): Promise<ActionItemRecord[]> {
  const rows = await sql.query<ActionItemRow>(
    `SELECT ${COLUMNS} FROM committee_action_items WHERE committee_id = $1 ORDER BY due_date, assigned_at, id`,
    [committeeId],
  );
  return rows.map(toActionItem);
}

export async function findActionItem(
  sql: Sql,
  committeeId: string,
  id: string,
): Promise<ActionItemRecord | undefined> {
  const rows = await sql.query<ActionItemRow>(
    `SELECT ${COLUMNS} FROM committee_action_items WHERE committee_id = $1 AND id = $2`,
    [committeeId, id],
  );
  return rows[0] && toActionItem(rows[0]);
}

export async function completeActionItem(sql: Sql, id: string, by: string, at: Date): Promise<boolean> {
  const rows = await sql.query(
    `UPDATE committee_action_items SET state = 'done', completed_by = $2, completed_at = $3
      WHERE id = $1 AND state = 'open' RETURNING id`,
    [id, by, at],
  );
  return rows.length > 0;
}

/**
 * As the system: open items whose due date is before `today` and whose overdue notice has not gone
 * out, marked as noticed now. Each item is returned once, ever.
 */
export async function claimNewlyOverdue(
  sql: Sql,
  today: string,
  at: Date,
): Promise<{ id: string; committeeId: string; ownerId: string }[]> {
  const rows = await sql.query<{ id: string; committee_id: string; owner_id: string }>(
    `UPDATE committee_action_items SET overdue_noticed_at = $2
      WHERE state = 'open' AND due_date < $1::date AND overdue_noticed_at IS NULL
      RETURNING id, committee_id, owner_id`,
    [today, at],
  );
  return rows.map((row) => ({ id: row.id, committeeId: row.committee_id, ownerId: row.owner_id }));
}
