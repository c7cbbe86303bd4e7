import type { Person } from '../../core/person/person.js';
import { listPeople as listAll } from '../../db/person.repository.js';
import type { AppContext } from '../context.js';

/** Everyone, for the administrator's CLI. */
export function listPeople(ctx: AppContext): Promise<Person[]> {
  return ctx.db.asSystem((sql) => listAll(sql));
}
