import { describe, expect, it } from 'vitest';
import { facts } from '../helpers/app.js';
import { AskEngine } from '../../src/ask/engine.js';
import { judge, loadQuestions } from './evaluate.js';

const questions = loadQuestions();
const engine = new AskEngine(facts());

describe('the ask evaluation set', () => {
  it('holds at least 150 questions across every family', () => {
    expect(questions.length).toBeGreaterThanOrEqual(150);
    const families = new Set(questions.map((q) => q.family));
    for (const f of ['status', 'join', 'i18n', 'founding', 'counts', 'structure', 'capital-code', 'officials', 'events', 'compare', 'claims', 'decline', 'future', 'unknown']) {
      expect(families).toContain(f);
    }
  });

  it('answers at least 95% of the questions correctly, with sources for every fact', () => {
    const failures: string[] = [];
    for (const item of questions) {
      const problems = judge(item, engine.answer(item.q));
      if (problems.length > 0) failures.push(`  [${item.family}] ${item.q} → ${problems.join('; ')}`);
    }
    const accuracy = (questions.length - failures.length) / questions.length;
    console.log(`ask accuracy: ${(accuracy * 100).toFixed(1)}% (${questions.length - failures.length}/${questions.length})`);
    if (failures.length > 0) console.log(`failures:\n${failures.join('\n')}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });
});
