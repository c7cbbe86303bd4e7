/** Names for the people and offices a set of copies mentions (holders, takers, receipts, destruction). */
import type { DocumentCopy } from '../../core/dissemination/copy.js';
import type { Sql } from '../../db/database.js';
import { findOfficesByIds } from '../../db/office.repository.js';
import { findPeopleByIds } from '../../db/person.repository.js';
import type { Directory } from '../documents/document-view.js';

export async function loadPeopleOfCopies(sql: Sql, directory: Directory, copies: readonly DocumentCopy[]): Promise<Directory> {
  const personIds = new Set<string>();
  const officeIds = new Set<string>();
  for (const copy of copies) {
    if (copy.holder.kind === 'person') personIds.add(copy.holder.personId);
    if (copy.holder.kind === 'office') officeIds.add(copy.holder.officeId);
    for (const id of [copy.assignedTo, copy.receivedBy, copy.destroyedBy]) if (id) personIds.add(id);
  }
  const people = new Map(directory.people);
  for (const person of await findPeopleByIds(sql, [...personIds].filter((id) => !people.has(id)))) people.set(person.id, person);
  const offices = new Map(directory.offices);
  for (const office of await findOfficesByIds(sql, [...officeIds].filter((id) => !offices.has(id)))) offices.set(office.id, office);
  return { people, offices };
}
