import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { facts, TEST_NOW } from '../helpers/app.js';
import { AskEngine } from '../../src/ask/engine.js';
import { judge, loadQuestions } from './evaluate.js';
import { expectOnlyKnown } from './known-list.js';
import { readingKindOf, readingProblems } from './reading.js';

/**
 * The regression suite: every question the engine has been asked in evaluation (questions.json),
 * against the real data on a frozen day. There is no percentage gate: known-failures.json lists
 * the questions that fail today, and the test fails on any new failure and on any listed question
 * that now passes (remove it from the list), so the list only shrinks.
 */
const here = dirname(fileURLToPath(import.meta.url));
const known = JSON.parse(readFileSync(join(here, 'known-failures.json'), 'utf8')) as {
  answers: string[];
  reading: string[];
};
const questions = loadQuestions();
const engine = new AskEngine(facts().withClock(TEST_NOW));

describe('the ask regression set', () => {
  it('holds its questions across every family', () => {
    expect(questions.length).toBeGreaterThanOrEqual(1101);
    const families = new Set(questions.map((q) => q.family));
    for (const f of [
      'status',
      'join',
      'i18n',
      'founding',
      'counts',
      'structure',
      'capital-code',
      'officials',
      'events',
      'compare',
      'claims',
      'decline',
      'future',
      'unknown',
    ])
      expect(families).toContain(f);
  });

  const replies = new Map(questions.map((item) => [item.q, engine.answer(item.q)]));

  it('fails no question outside the known-failures list, and every listed question still fails', () => {
    const failing = new Map<string, string>();
    for (const item of questions) {
      const problems = judge(item, replies.get(item.q)!);
      if (problems.length > 0) failing.set(item.q, problems.join('; '));
    }
    expectOnlyKnown(
      new Set(failing.keys()),
      known.answers,
      'failures',
      'known-failures.json',
      (q) => `${q} → ${failing.get(q)}`,
    );
  });

  it('reads well: no reading-check failure outside the known list, and every listed one still fails', () => {
    const failing = new Set<string>();
    for (const item of questions) {
      for (const p of readingProblems(
        item.q,
        readingKindOf(item.q, item.kind, engine.understand(item.q).lang),
        replies.get(item.q)!,
      ))
        failing.add(`${item.q} :: ${p}`);
    }
    expectOnlyKnown(failing, known.reading, 'reading failures', 'known-failures.json');
  });
});
