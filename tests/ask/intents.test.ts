import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INTENTS } from '../../src/ask/intents/index.js';
import { choose } from '../../src/ask/engine.js';
import { judge } from './evaluate.js';
import { readingKindOf, readingProblems } from './reading.js';
import { fixtureEngine } from './fixture.js';

const engine = fixtureEngine();
const here = dirname(fileURLToPath(import.meta.url));

describe('the intents', () => {
  it('have unique ids and unique priorities (a tie in score is broken by priority alone)', () => {
    expect(new Set(INTENTS.map((i) => i.id)).size).toBe(INTENTS.length);
    expect(new Set(INTENTS.map((i) => i.priority)).size).toBe(INTENTS.length);
  });

  it('each have at least one example, and the tie rules document every one of them', () => {
    const readme = readFileSync(join(here, '..', '..', 'src', 'ask', 'intents', 'README.md'), 'utf8');
    for (const i of INTENTS) {
      expect(i.examples.length, i.id).toBeGreaterThan(0);
      expect(readme, `README.md lists ${i.id}`).toContain(`\`${i.id}\``);
    }
  });
});

// Every intent's examples, on the fixture data: the example is answered by its own intent, with
// what it must (and must not) say, and it reads well.
for (const intent of INTENTS) {
  describe(`intent ${intent.id}`, () => {
    for (const ex of intent.examples) {
      it(ex.q, () => {
        const q = engine.understand(ex.q);
        expect(choose(q).id).toBe(intent.id);
        const reply = engine.answer(ex.q);
        expect(
          judge(
            { q: ex.q, family: intent.id, kind: ex.kind ?? 'fact', must: ex.must, mustNot: ex.mustNot ?? [] },
            reply,
          ),
        ).toEqual([]);
        expect(readingProblems(ex.q, readingKindOf(ex.q, ex.kind ?? 'fact', q.lang), reply)).toEqual([]);
      });
    }
  });
}
