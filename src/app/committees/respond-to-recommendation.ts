/**
 * A party's chiefs respond to a recommendation the committee adopted: approved, approved with changes,
 * declined, or noted, with a comment. Each party's chiefs answer for their own party, once; the
 * committee's members cannot answer for them (the committee decides nothing).
 */
import { respondTo, type Recommendation } from '../../core/committee/recommendation.js';
import { fail, succeed } from '../../core/result.js';
import { findText, insertResponse } from '../../db/committee-text.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';
import { loadCommittee } from './committee-context.js';
import { loadText } from './load-text.js';
import { negotiationOf, viewText, type TextView } from './text-view.js';

export function respondToRecommendation(
  ctx: AppContext,
  caller: Caller,
  committeeId: string,
  textId: string,
  input: { response: string; comment: string },
): Promise<AppResult<TextView>> {
  return withActor(ctx, caller, async (actor) => {
    const loaded = await loadCommittee(ctx, actor, committeeId, { forChange: true });
    if (!loaded.ok) return loaded;
    const committee = loaded.value;
    const text = await loadText(ctx, actor, committee, 'recommendation', textId);
    if (!text.ok) return text;
    const record = text.value.record;
    const target = { kind: 'committee-recommendation', id: record.id };
    const refuse = async <F extends { ok: false; code: string; field?: string }>(failure: F) => {
      await actor.audit({
        action: 'committee.recommendation.respond',
        target,
        decision: 'refused',
        rule: failure.code,
        details: { field: failure.field ?? null },
      });
      return failure;
    };
    if (committee.standing !== 'chief')
      return refuse(
        fail(
          'COMMITTEE_NOT_PERMITTED',
          "a recommendation is answered by each party's chiefs, not by the committee or its staff",
        ),
      );
    const recommendation: Recommendation = {
      negotiation: negotiationOf(committee, record),
      responses: new Map(
        record.responses.map((response) => [
          response.party,
          { response: response.response, comment: response.comment },
        ]),
      ),
    };
    const answered = respondTo(recommendation, actor.person.party, input.response, input.comment);
    if (!answered.ok) return refuse(answered);
    const given = answered.value.responses.get(actor.person.party);
    if (!given) throw new Error('response missing after respondTo');
    await insertResponse(actor.sql, {
      textId: record.id,
      party: actor.person.party,
      personId: actor.person.id,
      response: given.response,
      comment: given.comment,
      at: ctx.now(),
    });
    await actor.audit({
      action: 'committee.recommendation.respond',
      target,
      decision: 'done',
      details: { party: actor.person.party, response: given.response },
    });
    const saved = await findText(actor.sql, committee.record.id, record.id);
    const view = saved && (await viewText(ctx, actor, committee, saved));
    if (!view) throw new Error(`recommendation ${record.id} not readable after response`);
    return succeed(view);
  });
}
