import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { facts, TEST_NOW } from '../helpers/app.js';
import { AskEngine } from '../../src/ask/engine.js';
import { toPlainText } from '../../src/reply/plain-text.js';
import { loadQuestions } from './evaluate.js';

/** Dates are read as people write them ("4 July 2023", through Intl), never as the data stores them. */
const here = dirname(fileURLToPath(import.meta.url));
const fresh = ['fresh-a', 'fresh-b', 'fresh-d', 'fresh-e'].flatMap(
  (set) => JSON.parse(readFileSync(join(here, 'fresh', `${set}.json`), 'utf8')) as { q: string }[],
);
const questions = [...loadQuestions().map((q) => q.q), ...fresh.map((i) => i.q)];
const engine = new AskEngine(facts().withClock(TEST_NOW));
const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;

describe('dates in ask replies', () => {
  it('are never shown in the data’s own YYYY-MM-DD form, in the answer, its lists or its sources', () => {
    const shown = questions
      .map((q) => ({ q, text: toPlainText(engine.answer(q)).replace(/https?:\/\/\S+/g, '') }))
      .filter(({ text }) => ISO_DAY.test(text))
      .map(({ q, text }) => `${q} → ${text.match(ISO_DAY)![0]}`);
    expect(shown).toEqual([]);
  });
});
