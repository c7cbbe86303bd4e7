import { describe, expect, it } from 'vitest';
import type { Person } from '../person/person.js';
import { load1944Scheme } from '../testing/scheme.fixture.js';
import { checkPersonnelAction, type PersonnelAction } from './personnel.rules.js';

const scheme = load1944Scheme();
const person = (fields: Partial<Person> & Pick<Person, 'username' | 'party'>): Person => ({
  id: fields.username,
  displayName: fields.username,
  title: '',
  clearance: 3,
  roles: [],
  status: 'active',
  compartments: [],
  offices: [],
  ...fields,
});
const harriman = person({
  username: 'harriman',
  party: 'USA',
  roles: ['security-officer'],
  compartments: ['OVERLORD'],
});
const stalin = person({
  username: 'stalin',
  party: 'SUN',
  clearance: 4,
  roles: ['security-officer'],
  compartments: ['BAGRATION'],
});
const deane = person({ username: 'deane', party: 'USA', compartments: ['OVERLORD'] });
const marshall = person({ username: 'marshall', party: 'USA' });
const antonov = person({ username: 'antonov', party: 'SUN', compartments: ['BAGRATION'] });
const page = person({ username: 'page', party: 'USA' });

describe('checkPersonnelAction', () => {
  it.each<[string, Person, Person, PersonnelAction, string | true]>([
    [
      'a US officer reads a US person into OVERLORD',
      harriman,
      marshall,
      { kind: 'grant-compartment', compartment: 'OVERLORD' },
      true,
    ],
    [
      'BAGRATION does not exist for a US officer not read into it',
      harriman,
      marshall,
      { kind: 'grant-compartment', compartment: 'BAGRATION' },
      'PERSONNEL_INVALID',
    ],
    [
      'a US officer read into BAGRATION still cannot read anyone into it',
      { ...harriman, compartments: [...harriman.compartments, 'BAGRATION'] },
      marshall,
      { kind: 'grant-compartment', compartment: 'BAGRATION' },
      'PERSONNEL_NOT_AUTHORISED',
    ],
    [
      'a US officer may read his own people out of BAGRATION without being read in',
      harriman,
      { ...marshall, compartments: [...marshall.compartments, 'BAGRATION'] },
      { kind: 'revoke-compartment', compartment: 'BAGRATION' },
      true,
    ],
    [
      'the Soviet officer may read Deane into BAGRATION',
      stalin,
      deane,
      { kind: 'grant-compartment', compartment: 'BAGRATION' },
      true,
    ],
    [
      'the Soviet officer may read Deane out of BAGRATION',
      stalin,
      { ...deane, compartments: ['BAGRATION'] },
      { kind: 'revoke-compartment', compartment: 'BAGRATION' },
      true,
    ],
    [
      'a US officer reads a US person out of a Soviet compartment',
      harriman,
      { ...deane, compartments: ['BAGRATION'] },
      { kind: 'revoke-compartment', compartment: 'BAGRATION' },
      true,
    ],
    [
      'a US officer cannot touch a Soviet person',
      { ...harriman, compartments: [...harriman.compartments, 'BAGRATION'] },
      antonov,
      { kind: 'revoke-compartment', compartment: 'BAGRATION' },
      'PERSONNEL_NOT_AUTHORISED',
    ],
    [
      'a person who is not an officer cannot',
      deane,
      marshall,
      { kind: 'suspend' },
      'PERSONNEL_NOT_AUTHORISED',
    ],
    [
      'a suspended officer cannot',
      { ...harriman, status: 'suspended' },
      marshall,
      { kind: 'suspend' },
      'PERSONNEL_NOT_AUTHORISED',
    ],
    ['an officer suspends one of their own', harriman, deane, { kind: 'suspend' }, true],
    ['nobody suspends themselves', harriman, harriman, { kind: 'suspend' }, 'PERSONNEL_NOT_AUTHORISED'],
    [
      'nobody reads themselves in',
      harriman,
      harriman,
      { kind: 'grant-compartment', compartment: 'OVERLORD' },
      'PERSONNEL_NOT_AUTHORISED',
    ],
    ['an officer lowers a clearance', harriman, page, { kind: 'set-clearance', level: 2 }, true],
    [
      'no clearance above the officer’s own',
      harriman,
      page,
      { kind: 'set-clearance', level: 4 },
      'PERSONNEL_INVALID',
    ],
    [
      'no clearance of a foreign person',
      stalin,
      page,
      { kind: 'set-clearance', level: 2 },
      'PERSONNEL_NOT_AUTHORISED',
    ],
    [
      'no change is no change',
      harriman,
      deane,
      { kind: 'grant-compartment', compartment: 'OVERLORD' },
      'PERSONNEL_NO_CHANGE',
    ],
    [
      'an unknown compartment',
      harriman,
      deane,
      { kind: 'grant-compartment', compartment: 'ULTRA' },
      'PERSONNEL_INVALID',
    ],
  ])('%s', (_what, officer, subject, action, expected) => {
    const result = checkPersonnelAction(officer, subject, action, 'talked out of turn', scheme);
    if (expected === true) expect(result.ok).toBe(true);
    else expect(result).toMatchObject({ ok: false, code: expected });
  });

  it('requires a reason', () => {
    expect(checkPersonnelAction(harriman, deane, { kind: 'suspend' }, '  ', scheme)).toMatchObject({
      ok: false,
      field: 'reason',
    });
  });

  it('lets an officer raise someone no higher than themselves', () => {
    const secretOfficer = { ...harriman, clearance: 2 };
    expect(
      checkPersonnelAction(
        secretOfficer,
        { ...page, clearance: 1 },
        { kind: 'set-clearance', level: 3 },
        'x',
        scheme,
      ),
    ).toMatchObject({
      ok: false,
      code: 'PERSONNEL_NOT_AUTHORISED',
    });
  });
});
