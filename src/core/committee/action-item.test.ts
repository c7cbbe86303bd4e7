import { describe, expect, it } from 'vitest';
import { checkMayComplete, isCalendarDate, isOverdue, validateActionItem } from './action-item.js';

describe('action items', () => {
  it.each([
    ['open', '1944-10-09', '1944-10-09T23:59:00Z', false],
    ['open', '1944-10-09', '1944-10-10T00:00:00Z', true],
    ['done', '1944-10-09', '1944-10-20T00:00:00Z', false],
    ['open', '2999-01-01', '1944-10-20T00:00:00Z', false],
  ] as const)('%s, due %s, at %s: overdue %s', (state, dueDate, now, overdue) => {
    expect(isOverdue({ state, dueDate }, new Date(now))).toBe(overdue);
  });

  it('validates the title and due date, naming the field', () => {
    expect(validateActionItem({ title: '  Report  ', dueDate: '1944-10-09' })).toEqual({
      ok: true,
      value: { title: 'Report', dueDate: '1944-10-09' },
    });
    expect(validateActionItem({ title: '', dueDate: '1944-10-09' })).toMatchObject({ field: 'title' });
    for (const bad of ['1944-02-30', '09/10/1944', '1944-10-9'])
      expect(validateActionItem({ title: 'x', dueDate: bad })).toMatchObject({ field: 'dueDate' });
    expect(isCalendarDate('1944-02-29')).toBe(true);
  });

  it('is completed by its owner, a member or a secretary, once', () => {
    const open = { state: 'open' as const, ownerId: 'deane' };
    expect(checkMayComplete(open, 'deane', undefined).ok).toBe(true);
    expect(checkMayComplete(open, 'page', 'secretary').ok).toBe(true);
    expect(checkMayComplete(open, 'pavlov', 'interpreter')).toMatchObject({
      code: 'COMMITTEE_NOT_PERMITTED',
    });
    expect(checkMayComplete({ ...open, state: 'done' }, 'deane', 'member')).toMatchObject({
      code: 'COMMITTEE_STATE_CONFLICT',
    });
  });
});
