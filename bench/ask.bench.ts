import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { benchSetup } from './setup.js';
import { summarise, table } from './stats.js';

/**
 * /sco ask latency over the whole evaluation question set, through the registry (validation
 * + engine), against `/sco country Iran` (a single lookup) measured in the same run.
 * Two views: every call (sensitive to whatever else the machine is doing), and each
 * question's median over the rounds (what the question itself costs) — the budget applies
 * to the p99 of those per-question medians.
 */
const ROUNDS = 10;
const BUDGET_MS = 1;

interface Item {
  q: string;
  family: string;
}
const questions = JSON.parse(readFileSync(new URL('../tests/ask/questions.json', import.meta.url), 'utf8')) as Item[];

const { registry, ctx } = benchSetup();

async function time(name: string, raw: Record<string, unknown>): Promise<number> {
  const t0 = performance.now();
  await registry.run(name, raw, ctx);
  return performance.now() - t0;
}

// Warm-up: one pass of everything builds the engine's indexes and lets the JIT settle.
for (const { q } of questions) await time('ask', { question: q });
for (let i = 0; i < 500; i++) await time('country', { name: 'Iran' });

const all: number[] = [];
const byFamily = new Map<string, number[]>();
const perQuestion: number[][] = questions.map(() => []);
const baseline: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  for (const [i, { q, family }] of questions.entries()) {
    const ms = await time('ask', { question: q });
    all.push(ms);
    perQuestion[i]!.push(ms);
    // Pushed, not copied: the bench's own bookkeeping must not make garbage the timed calls then collect.
    const samples = byFamily.get(family);
    if (samples) samples.push(ms);
    else byFamily.set(family, [ms]);
    baseline.push(await time('country', { name: 'Iran' }));
  }
}

const a = summarise(all);
const b = summarise(baseline);
const medians = summarise(perQuestion.map((samples) => summarise(samples).p50));
const rows: (string | number)[][] = [
  [
    'ask, per-question medians',
    medians.n,
    medians.p50 * 1000,
    medians.p99 * 1000,
    medians.p50 / b.p50,
    medians.p99 <= BUDGET_MS ? 'ok' : 'OVER',
  ],
  ['ask, every call', a.n, a.p50 * 1000, a.p99 * 1000, a.p50 / b.p50, a.p99 <= BUDGET_MS ? 'ok' : 'over (load)'],
  ['baseline: country Iran', b.n, b.p50 * 1000, b.p99 * 1000, 1, ''],
];
for (const [family, samples] of [...byFamily].sort()) {
  const s = summarise(samples);
  rows.push([`  ask: ${family}`, s.n, s.p50 * 1000, s.p99 * 1000, s.p50 / b.p50, s.p99 <= BUDGET_MS ? 'ok' : 'OVER']);
}
process.stdout.write(`/sco ask over ${questions.length} questions × ${ROUNDS} rounds (µs)\n`);
process.stdout.write(
  `${table(['case', 'calls', 'p50 µs', 'p99 µs', 'p50 ÷ baseline', `p99 ≤ ${BUDGET_MS} ms`], rows)}\n`,
);
process.stdout.write(
  `ask over ${questions.length} questions: p50 ${(medians.p50 * 1000).toFixed(0)} µs, p99 ${(medians.p99 * 1000).toFixed(0)} µs (per-question medians; budget ${BUDGET_MS * 1000} µs); every call: p50 ${(a.p50 * 1000).toFixed(0)} µs, p99 ${(a.p99 * 1000).toFixed(0)} µs\n`,
);
if (medians.p99 > BUDGET_MS) process.exitCode = 1;
