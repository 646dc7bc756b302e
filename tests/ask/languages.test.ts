import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { choose } from '../../src/ask/engine.js';
import { readingProblems } from './reading.js';
import { fixtureEngine } from './fixture.js';

/**
 * Every family in the languages asked in: the question is read in its language, answered by its
 * family, the lead is in the asker's language (the reading checks' test) and the English detail
 * stands beside it.
 */
const here = dirname(fileURLToPath(import.meta.url));
const cases = JSON.parse(readFileSync(join(here, 'languages.json'), 'utf8')) as {
  family: string;
  lang: string;
  q: string;
}[];
const engine = fixtureEngine();
const IN_ENGLISH =
  /^(In English|英文原文|По-английски|अंग्रेज़ी में|به انگلیسی|انگریزی میں|Auf Englisch|En inglés|En anglais|İngilizcesi)$/;

describe('questions in ten languages', () => {
  it('cover at least nine languages besides English', () => {
    expect(new Set(cases.map((c) => c.lang)).size).toBeGreaterThanOrEqual(9);
  });

  for (const c of cases) {
    it(`[${c.lang}] ${c.family}: ${c.q}`, () => {
      const q = engine.understand(c.q);
      expect(q.lang).toBe(c.lang);
      expect(choose(q).id).toBe(c.family);
      const reply = engine.answer(c.q);
      const declined = c.family === 'decline';
      expect(readingProblems(c.q, declined ? 'refuse' : 'fact', reply)).toEqual([]);
      if (!declined) expect(reply.sections.some((s) => IN_ENGLISH.test(s.heading ?? ''))).toBe(true);
    });
  }
});
