import type { FactStore } from '../facts/store.js';
import type { Reply } from '../reply/model.js';
import { AskFacts } from './facts.js';
import { corrections } from './corrections.js';
import { combine, render, startReply } from './render.js';
import type { AskService } from './types.js';
import { INTENTS } from './intents/index.js';
import type { Intent } from './intents/types.js';
import { Understander } from './understand/index.js';
import type { Question } from './understand/question.js';

/**
 * Answers free-form questions from the fact store alone: deterministic, no outside service.
 * The question is understood once; every intent scores it; the best answers (ties: README.md).
 */
export class AskEngine implements AskService {
  private readonly understander: Understander;

  constructor(private readonly facts: FactStore) {
    // The indexes depend on the facts only: a store read against another clock shares them.
    let u = understanders.get(facts.data);
    if (!u) {
      u = new Understander(facts);
      understanders.set(facts.data, u);
    }
    this.understander = u;
  }

  answer(raw: string): Reply {
    startReply();
    const today = this.facts.now();
    const f = new AskFacts(this.facts, today);
    const q = this.understander.understand(raw, today);
    if (q.parts) {
      // A part nothing answers (off-topic) is left out when another part is answered.
      const chosen = q.parts.map((p) => ({ p, intent: choose(p) }));
      const answered = chosen.filter((c) => c.intent.id !== 'off-topic');
      return combine((answered.length > 0 ? answered : chosen).map((c) => this.one(c.p, f, c.intent)));
    }
    return this.one(q, f);
  }

  /** The question as understood (for tests and tools). */
  understand(raw: string): Question {
    return this.understander.understand(raw, this.facts.now());
  }

  private one(q: Question, f: AskFacts, intent = choose(q)): Reply {
    const answered = intent.answer(q, f);
    // A meeting asked about with a city, year or kind it does not have: whatever else holds, the answer is No.
    // A yes/no question whose own claim the data contradicts ("Belarus joined in 2023 with Iran, correct?") is answered No
    // when the answer found gives no verdict of its own.
    const claimFails =
      q.form === 'yesno' &&
      answered.kind === 'fact' &&
      (q.eventConflict || q.claims.some((c) => c.holds === false && c.stance !== 'reported'));
    // "Laos was admitted as the 11th member — is that right?": a claim the question asks about that the data contradicts is a No,
    // whatever else the answer found agrees with.
    const askedFails = q.form === 'yesno' && q.claims.some((c) => c.holds === false && c.stance === 'asked');
    const draft =
      ((q.eventConflict || askedFails) && answered.verdict === 'yes') || (claimFails && answered.verdict === undefined)
        ? { ...answered, verdict: 'no' as const }
        : answered;
    // A decline states no fact, not even a correction.
    return render(draft, q, f, draft.kind === 'decline' ? [] : corrections(q, f, intent.id), q.declines);
  }
}

/** Every intent's score for the question, best first (ties broken by priority, then by the order of INTENTS). */
function rank(q: Question): { intent: Intent; score: number }[] {
  const scored: { intent: Intent; score: number }[] = [];
  // Words the data never uses ("budget", "troops") weigh against every answer that would ignore them.
  const uncovered = Math.min(2, q.foreignWords.length) * 6;
  for (const intent of INTENTS) {
    const score = intent.match(q);
    if (score !== undefined) scored.push({ intent, score: COVERS_ANY.has(intent.id) ? score : score - uncovered });
  }
  return scored.sort((a, b) => b.score - a.score || b.intent.priority - a.intent.priority);
}

/** Intents whose answer is right whatever words the data lacks: declines, "not in the data", unknown names, the fallback search. */
const COVERS_ANY = new Set([
  'decline',
  'prediction',
  'not-held',
  'unknown-country',
  'search',
  'off-topic',
  'other-organisations',
  'leaders',
]);

export function choose(q: Question): Intent {
  return rank(q)[0]!.intent;
}

const understanders = new WeakMap<object, Understander>();
const engines = new WeakMap<FactStore, AskEngine>();

/** One engine per fact store, built on first use (its indexes are reused by every question). */
export function answerFor(facts: FactStore): AskEngine {
  let engine = engines.get(facts);
  if (!engine) {
    engine = new AskEngine(facts);
    engines.set(facts, engine);
  }
  return engine;
}
