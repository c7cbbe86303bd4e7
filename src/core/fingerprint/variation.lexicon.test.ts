import { describe, expect, it } from 'vitest';
import {
  INTRODUCTORY_PHRASES,
  IZE_STEMS,
  LEXICON,
  NUMBER_UNITS,
  REPORTING_VERBS,
} from './variation.lexicon.js';
import { MAX_ALTERNATIVES } from './variation.point.js';

describe('the curated lexicon', () => {
  it('has unique entries whose forms are distinct, in lower case, and replaceable only among themselves', () => {
    expect(new Set(LEXICON.map((entry) => entry.id)).size).toBe(LEXICON.length);
    for (const entry of LEXICON) {
      expect(new Set(entry.forms).size, entry.id).toBe(entry.forms.length);
      expect(entry.forms.length).toBeLessThanOrEqual(MAX_ALTERNATIVES);
      for (const form of entry.forms) expect(form, entry.id).toBe(form.toLowerCase());
      for (const form of entry.replaceable ?? []) expect(entry.forms, entry.id).toContain(form);
    }
  });

  it('keeps spelling variants the same throughout a copy', () => {
    for (const entry of LEXICON.filter((e) => e.kind === 'spelling'))
      expect(entry.isUniformInCopy, entry.id).toBe(true);
  });

  it('has no -ize stem that is also an always -ise word', () => {
    for (const word of ['advis', 'surpris', 'supervis', 'compris', 'exercis', 'revis']) {
      expect(IZE_STEMS.some((stem) => word.startsWith(stem))).toBe(false);
    }
  });

  it('lists plural units, introductory phrases with at most three synonyms, and reporting verbs', () => {
    for (const unit of NUMBER_UNITS) expect(unit).toMatch(/^[a-z]+$/u);
    for (const phrases of INTRODUCTORY_PHRASES)
      expect(phrases.length * 2).toBeLessThanOrEqual(MAX_ALTERNATIVES);
    expect(REPORTING_VERBS[0]!.forms).toEqual(['said', 'stated']);
  });
});
