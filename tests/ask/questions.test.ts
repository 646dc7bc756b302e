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
    const byBatch = new Map<number, { n: number; ok: number }>();
    for (const item of questions) {
      const problems = judge(item, engine.answer(item.q));
      const b = byBatch.get(item.batch ?? 1) ?? { n: 0, ok: 0 };
      b.n++;
      if (problems.length > 0) failures.push(`  [${item.family}] ${item.q} → ${problems.join('; ')}`);
      else b.ok++;
      byBatch.set(item.batch ?? 1, b);
    }
    const accuracy = (questions.length - failures.length) / questions.length;
    const batches = [...byBatch].sort((a, b) => a[0] - b[0]).map(([k, b]) => `batch ${k}: ${b.ok}/${b.n}`).join(', ');
    console.log(`ask accuracy: ${(accuracy * 100).toFixed(1)}% (${questions.length - failures.length}/${questions.length}; ${batches})`);
    if (failures.length > 0) console.log(`failures:\n${failures.join('\n')}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });
});
