import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersForCopies, chooseCopy, expandCopies, isFingerprinted, isHeldBy, type DocumentCopy } from './copy.js';

const copy = (number: number, holder: DocumentCopy['holder'], fields: Partial<DocumentCopy> = {}): DocumentCopy => ({
  id: `c${number}`,
  documentId: 'd',
  number,
  holder,
  assignedTo: null,
  receivedAt: null,
  receivedBy: null,
  destroyedAt: null,
  destroyedBy: null,
  destructionNote: null,
  ...fields,
});
// Seed 001: "copy to General Deane, 3 copies to Ambassador".
const memcon = [
  copy(1, { kind: 'person', personId: 'deane' }),
  copy(2, { kind: 'office', officeId: 'ambassador' }),
  copy(3, { kind: 'office', officeId: 'ambassador' }),
  copy(4, { kind: 'office', officeId: 'ambassador' }),
];
const harriman = { id: 'harriman', party: 'USA', offices: new Set(['ambassador', 'embassy']) };
const deane = { id: 'deane', party: 'USA', offices: new Set(['usmm']) };

describe('expandCopies', () => {
  it('makes one copy per slot, in the order of the distribution', () => {
    const copies = expandCopies([{ copies: 1, to: 'deane' }, { copies: 3, to: 'ambassador' }]);
    expect(copies.map((entry) => entry.to)).toEqual(['deane', 'ambassador', 'ambassador', 'ambassador']);
  });
});

describe('chooseCopy', () => {
  it('gives a person their own copy', () => {
    expect(chooseCopy(deane, memcon)).toMatchObject({ kind: 'copy', copy: { number: 1 }, take: false });
  });

  it('gives an office member a free copy of the office, to take', () => {
    expect(chooseCopy(harriman, memcon)).toMatchObject({ kind: 'copy', copy: { number: 2 }, take: true });
    const taken = memcon.map((c) => (c.number === 2 ? { ...c, assignedTo: 'harriman' } : c));
    expect(chooseCopy(harriman, taken)).toMatchObject({ copy: { number: 2 }, take: false });
    expect(chooseCopy({ id: 'page', party: 'USA', offices: new Set(['ambassador']) }, taken)).toMatchObject({ copy: { number: 3 }, take: true });
  });

  it('skips destroyed copies, and says so when nothing else is held', () => {
    const destroyed = memcon.map((c) => (c.number === 1 ? { ...c, destroyedAt: new Date(0), destroyedBy: 'deane' } : c));
    expect(chooseCopy(deane, destroyed)).toMatchObject({ kind: 'destroyed', copy: { number: 1 } });
    expect(chooseCopy({ id: 'marshall', party: 'USA', offices: new Set(['jcs']) }, memcon)).toEqual({ kind: 'none' });
  });

  it('never hands anyone a copy held by another person, or taken by another member (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            holder: fc.oneof(
              fc.constantFrom('p1', 'p2').map((personId) => ({ kind: 'person' as const, personId })),
              fc.constantFrom('o1', 'o2').map((officeId) => ({ kind: 'office' as const, officeId })),
              fc.constantFrom('USA', 'GBR').map((party) => ({ kind: 'party' as const, party })),
            ),
            assignedTo: fc.option(fc.constantFrom('p1', 'p2', 'p3'), { nil: null }),
            destroyed: fc.boolean(),
          }),
          { maxLength: 8 },
        ),
        fc.constantFrom('p1', 'p2', 'p3'),
        (specs, id) => {
          const copies = specs.map((spec, index) =>
            copy(index + 1, spec.holder, {
              assignedTo: spec.holder.kind === 'person' ? null : spec.assignedTo,
              ...(spec.destroyed ? { destroyedAt: new Date(0), destroyedBy: 'x' } : {}),
            }),
          );
          const reader = { id, party: 'USA', offices: new Set(['o1']) };
          const choice = chooseCopy(reader, copies);
          if (choice.kind !== 'copy') return;
          const chosen = choice.copy;
          expect(chosen.destroyedAt).toBeNull();
          if (chosen.holder.kind === 'person') expect(chosen.holder.personId).toBe(id);
          if (choice.take) expect(chosen.assignedTo).toBeNull();
          if (chosen.assignedTo !== null && chosen.assignedTo !== id) {
            // A shared office or party copy, only when no copy of theirs is free.
            expect(chosen.holder.kind).not.toBe('person');
            expect(copies.some((c) => c.assignedTo === null && c.destroyedAt === null && c.holder.kind !== 'person' && (c.holder.kind === 'party' ? c.holder.party === 'USA' : c.holder.officeId === 'o1'))).toBe(false);
          }
        },
      ),
    );
  });
});

describe('who answers for copies', () => {
  it.each([
    [{ id: 'page', party: 'USA', roles: ['registry-clerk'] }, true],
    [{ id: 'harriman', party: 'USA', roles: ['security-officer'] }, true],
    [{ id: 'eden', party: 'USA', roles: [] }, false],
    [{ id: 'burrows', party: 'GBR', roles: ['security-officer'] }, false],
    [{ id: 'drafter', party: 'GBR', roles: [] }, true],
  ])('%j: %s', (person, expected) => {
    expect(answersForCopies(person, { drafterId: 'drafter', originator: 'USA' })).toBe(expected);
  });

  it('a copy is held by its person, or by the member who took it', () => {
    expect(isHeldBy(memcon[0] as DocumentCopy, deane)).toBe(true);
    expect(isHeldBy(memcon[1] as DocumentCopy, harriman)).toBe(true);
    expect(isHeldBy({ ...(memcon[1] as DocumentCopy), assignedTo: 'page' }, harriman)).toBe(false);
  });
});

describe('isFingerprinted', () => {
  it('makes classified copies unique, and leaves public texts word for word', () => {
    expect(isFingerprinted({ marking: { level: 0 } })).toBe(false);
    expect(isFingerprinted({ marking: { level: 1 } })).toBe(true);
    expect(isFingerprinted({ marking: { level: 3 } })).toBe(true);
  });
});
