import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { folded, GateSet, gated, gateOf, needsOf } from '../../src/base/literal-gate.js';

const questions = (
  JSON.parse(readFileSync(new URL('../ask/questions.json', import.meta.url), 'utf8')) as { q: string }[]
).map((x) => x.q);

/** Patterns with the shapes the gate must read right: alternations, optional and repeated parts, look-arounds, flags. */
const SHAPES = [
  /\b(write|draft) (me )?(a |an )?(poem|essay|song)\b/,
  /\b(feel free|free|go ahead) to (speculate|guess)\b|\bwho (would|will|could) win\b/,
  /(?<!\bnot )\bmembers?\b/,
  /\b(?:is|are) (?:it|they) (?:still )?(?:ok|fine)\b/i,
  /SCO|ШОС|上合/iu,
  /(abc)?x/,
  /\bhow (?:many|much)\b.{0,30}\b(?:members?|states?)\b/,
  /[^\p{L}\p{N}]+/u,
  /^\s*(?:hi|hello)\b/i,
  /(?:напиш|написа)\S*[^.?!]{0,40}(речь|стих)/iu,
  /\b(\w+) \1\b/,
  /a{2,}b|(?:cd)+e/,
  /\bsum(?:mit)?s?\b/,
];

describe('a literal gate', () => {
  it('finds the words every match of a pattern must hold', () => {
    expect(needsOf(/\bwrite (me )?an? essay\b/)?.sort()).toEqual(['write ']);
    expect(needsOf(/\b(poem|essay)s?\b/)?.sort()).toEqual(['essay', 'poem']);
    expect(needsOf(/\bWho Won\b/i)).toEqual(['who won']);
  });

  it('says a pattern cannot match a text that holds none of those words', () => {
    const gate = gateOf(/\b(write|draft) (me )?(a |an )?(poem|essay)\b/);
    expect(gate.mayMatch('when did iran join the sco?')).toBe(false);
    expect(gate.mayMatch('please write me a poem about the sco')).toBe(true);
  });

  it('has no gate for a pattern whose every match may be short or empty', () => {
    expect(gateOf(/(abc)?x/).mayMatch('nothing here')).toBe(true);
    expect(gateOf(/\s+/).mayMatch('')).toBe(true);
  });

  it('folds case as a case-insensitive pattern does, the long s and the Kelvin sign included', () => {
    expect(gated(/sco/iu).test('The ſCO summit')).toBe(true);
    expect(gated(/\bKazakh/iu).test('the \u212Aazakh delegation')).toBe(true);
    expect(gated(/ШОС/iu).test('шос')).toBe(true);
  });

  it('answers exactly as the pattern does over the whole question set', () => {
    for (const re of SHAPES) {
      const g = gated(re);
      for (const q of questions) {
        for (const text of [q, q.toLowerCase()]) expect(g.test(text), `${re} on ${text}`).toBe(re.test(text));
      }
    }
  });

  it('in a set, tries only the alternatives whose words the text holds, and matches where any pattern does', () => {
    const patterns = [/\bpoem\b|\bweather\b/, /(x)?y/, /\bstocks?\b/i, /写/];
    const set = new GateSet(patterns);
    expect(set.gatedCount).toBe(4);
    for (const text of ['Write a POEM about STOCK prices', 'a poem on the weather', 'why', 'nothing', '写一首诗'])
      expect(set.test(text), text).toBe(patterns.some((re) => re.test(text)));
  });

  it('folds every character a case-insensitive ASCII or Cyrillic letter matches to that letter', () => {
    // Every UTF-16 code unit, against every letter the gate compares case-insensitively.
    const all = Array.from({ length: 0xffff }, (_, i) => String.fromCharCode(i))
      .filter((c) => !/[\ud800-\udfff]/.test(c))
      .join('');
    const letters = [...'abcdefghijklmnopqrstuvwxyz'].concat(
      Array.from({ length: 0x100 }, (_, i) => String.fromCharCode(0x400 + i).toLowerCase()),
    );
    for (const flags of ['giu', 'gi']) {
      for (const l of letters) {
        for (const m of all.matchAll(new RegExp(l, flags)))
          expect(folded(m[0]), `${l} ${flags} U+${m[0].charCodeAt(0).toString(16)}`).toContain(l);
      }
    }
  });

  it('refuses a pattern whose test keeps state', () => {
    expect(() => gated(/sco/g)).toThrow(/global or sticky/);
  });

  it('gates no alternative apart from a pattern that refers back to a group', () => {
    const re = /\b(\w+) \1\b|\bsummit\b/;
    for (const text of ['the the', 'a summit', 'none']) expect(gated(re).test(text)).toBe(re.test(text));
  });
});
