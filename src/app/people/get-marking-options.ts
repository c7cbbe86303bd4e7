/**
 * The markings a person may apply, for the compose form's picker: only levels within their clearance
 * in their own party's words, only compartments they are read into, and the delegations they sit on.
 */
import { succeed } from '../../core/result.js';
import { bannerNameOf, type Person } from '../../core/person/person.js';
import { listOffices } from '../../db/office.repository.js';
import { listPeople } from '../../db/person.repository.js';
import type { AppContext, Caller } from '../context.js';
import type { AppResult } from '../errors.js';
import { withActor } from '../with-actor.js';

export interface MarkingOptions {
  readonly party: string;
  readonly levels: readonly { rank: number; name: string }[];
  readonly compartments: readonly { name: string; description: string }[];
  readonly parties: readonly { code: string; name: string }[];
  readonly controls: readonly string[];
  readonly personalForCandidates: readonly { name: string; displayName: string; party: string }[];
  readonly delegations: readonly { id: string; name: string; party: string }[];
}

export function getMarkingOptions(ctx: AppContext, caller: Caller): Promise<AppResult<MarkingOptions>> {
  return withActor<MarkingOptions>(ctx, caller, async (actor) => {
    const person: Person = actor.person;
    const vocabulary = ctx.scheme.parties.get(person.party);
    const levels = [...(vocabulary?.nameByRank.entries() ?? [])]
      .filter(([rank]) => rank <= person.clearance)
      .sort(([a], [b]) => a - b)
      .map(([rank, name]) => ({ rank, name }));
    const offices = await listOffices(actor.sql);
    const people = await listPeople(actor.sql);
    return succeed({
      party: person.party,
      levels,
      compartments: person.compartments.map((name) => ({
        name,
        description: ctx.scheme.compartments.get(name)?.description ?? '',
      })),
      parties: [...ctx.scheme.parties.values()].map((party) => ({ code: party.code, name: party.name })),
      controls: ['NOFORN', 'ORCON', 'PERSONAL FOR', 'EMBARGO UNTIL AGREED'],
      personalForCandidates: people
        .filter((candidate) => candidate.status === 'active')
        .map((candidate) => ({
          name: bannerNameOf(candidate),
          displayName: candidate.displayName,
          party: candidate.party,
        })),
      delegations: offices
        .filter((office) => office.kind === 'delegation' && office.members.includes(person.id))
        .map((office) => ({ id: office.id, name: office.name, party: office.party })),
    });
  });
}
