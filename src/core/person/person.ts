/** A person of a party, as the rest of the core sees them. */
import type { PartyCode } from '../marking/scheme.js';
import type { OfficeId, PersonId, Reader } from '../policy/policy.js';

export const ROLES = [
  'ambassador',
  'mission-chief',
  'liaison-officer',
  'interpreter',
  'secretary',
  'chief-of-staff',
  'registry-clerk',
  'security-officer',
  'declassification-reviewer',
  'archivist',
  'administrator',
] as const;
export type Role = (typeof ROLES)[number];

export interface Person {
  readonly id: PersonId;
  readonly username: string;
  readonly displayName: string;
  readonly title: string;
  readonly party: PartyCode;
  readonly clearance: number;
  readonly roles: readonly Role[];
  readonly status: 'active' | 'suspended';
  readonly compartments: readonly string[];
  readonly offices: readonly OfficeId[];
}

export function toReader(person: Person): Reader {
  return {
    id: person.id,
    party: person.party,
    clearance: person.clearance,
    compartments: new Set(person.compartments),
    offices: new Set(person.offices),
    isRegistryClerk: person.roles.includes('registry-clerk'),
    active: person.status === 'active',
  };
}

/** The name a PERSONAL FOR line uses for a person: their username in capitals ("STALIN"). */
export function bannerNameOf(person: Pick<Person, 'username'>): string {
  return person.username.toUpperCase();
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
