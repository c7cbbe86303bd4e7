/**
 * A security officer changes what a person may know: reads them into or out of a compartment, sets
 * their clearance, suspends or reinstates them, always with a reason. Checked by the core's rules, and
 * again by the database. Recorded on the officer's chain, and on the person's party's chain too when it
 * is another. Takes effect at once: the person is loaded afresh on every request, a suspension ends
 * their sessions and tokens, and notification streams hear of it.
 */
import type { AuditEvent } from '../../core/audit/audit-entry.js';
import { checkPersonnelAction, compartmentsKnownTo, type PersonnelAction } from '../../core/personnel/personnel.rules.js';
import type { Person } from '../../core/person/person.js';
import { fail, succeed } from '../../core/result.js';
import {
  addReadIn,
  findPersonByUsername,
  removeReadIn,
  setClearance,
  setStatus,
} from '../../db/person.repository.js';
import { endAllSessions } from '../../db/session.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { resolveLevel } from './resolve-level.js';

export type PersonnelRequest =
  | { readonly kind: 'grant-compartment'; readonly compartment: string }
  | { readonly kind: 'revoke-compartment'; readonly compartment: string }
  /** A level name in the person's party's words, or the shared scale's. */
  | { readonly kind: 'set-clearance'; readonly level: string }
  | { readonly kind: 'suspend' }
  | { readonly kind: 'reinstate' };

export async function changePersonnel(
  ctx: AppContext,
  caller: Caller,
  username: string,
  request: PersonnelRequest,
  reason: string,
): Promise<AppResult<Person>> {
  const result = await withActor<Person>(ctx, caller, async (actor) => {
    const subject = await findPersonByUsername(actor.sql, username);
    if (!subject) return fail('NOT_FOUND', `no person '${username}'`);
    let action: PersonnelAction;
    if (request.kind === 'set-clearance') {
      const level = resolveLevel(ctx.scheme, subject.party, request.level);
      if (level === undefined)
        return fail('PERSONNEL_INVALID', `level: '${request.level}' is not a level of ${subject.party}`, {
          field: 'level',
        });
      action = { kind: 'set-clearance', level };
    } else {
      action = request;
    }
    const target = { kind: 'person', id: subject.id };
    const details = { username: subject.username, ...describe(request), reason };
    const checked = checkPersonnelAction(actor.person, subject, action, reason, ctx.scheme);
    if (!checked.ok) {
      await actor.audit({
        action: `person.${request.kind}`,
        target,
        decision: 'refused',
        rule: checked.code,
        details,
      });
      return checked;
    }
    const now = ctx.now();
    switch (action.kind) {
      case 'grant-compartment':
        await addReadIn(actor.sql, subject.id, action.compartment);
        break;
      case 'revoke-compartment':
        await removeReadIn(actor.sql, subject.id, action.compartment);
        break;
      case 'set-clearance':
        await setClearance(actor.sql, subject.id, action.level);
        break;
      case 'suspend':
        await setStatus(actor.sql, subject.id, 'suspended');
        await endAllSessions(actor.sql, subject.id, now);
        break;
      case 'reinstate':
        await setStatus(actor.sql, subject.id, 'active');
        break;
    }
    await actor.audit({ action: `person.${request.kind}`, target, decision: 'done', details });
    if (subject.party !== actor.person.party) {
      // The person's own party keeps its record of what another party did to its people.
      const event: AuditEvent = {
        actor: { id: actor.person.id, username: actor.person.username, party: actor.person.party },
        action: `person.${request.kind}`,
        target,
        decision: 'done',
        rule: null,
        address: actor.address,
        details,
      };
      await recordAudit(ctx, actor.sql, event, subject.party);
    }
    const updated = await findPersonByUsername(actor.sql, username);
    if (!updated) throw new Error(`person ${username} vanished`);
    // The officer is shown only the compartments that exist for them.
    const known = compartmentsKnownTo(actor.person, updated, ctx.scheme);
    return succeed({ ...updated, compartments: updated.compartments.filter((name) => known.has(name)) });
  });
  if (result.ok) ctx.events.publish({ type: 'access-changed', personId: result.value.id });
  return result;
}

function describe(request: PersonnelRequest): Record<string, string> {
  switch (request.kind) {
    case 'grant-compartment':
    case 'revoke-compartment':
      return { compartment: request.compartment };
    case 'set-clearance':
      return { level: request.level };
    case 'suspend':
    case 'reinstate':
      return {};
  }
}
