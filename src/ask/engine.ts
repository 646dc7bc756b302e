import type { FactStore } from '../facts/store.js';
import type { Reply } from '../reply/model.js';
import { parseQuestion } from './text.js';
import { conceptsOf } from './lexicon.js';
import { EntityFinder } from './entities.js';
import { route } from './router.js';
import { splitQuestions } from './split.js';
import { combine } from './draft.js';

/**
 * Answers free-form questions from the fact store alone: deterministic, no outside service.
 * A language model, if ever added, goes behind this same `answer` and keeps the citations.
 */
export class AskEngine {
  private readonly finder: EntityFinder;

  constructor(private readonly facts: FactStore) {
    this.finder = new EntityFinder(facts);
  }

  answer(raw: string): Reply {
    const q = parseQuestion(raw);
    const e = this.finder.find(q);
    const whole = route({ facts: this.facts, q, c: conceptsOf(q, e.nameWords), e, raw });
    const parts = splitQuestions(q, e);
    if (parts.length < 2) return whole;
    // Two questions in one line: both answers, when each is a sourced fact and they differ.
    const answers = parts.map((p) => this.answerOne(p));
    if (answers.some((a) => a.sources.length === 0) || new Set(answers.map((a) => a.title)).size < answers.length) return whole;
    return combine(answers);
  }

  private answerOne(raw: string): Reply {
    const q = parseQuestion(raw);
    const e = this.finder.find(q);
    const c = conceptsOf(q, e.nameWords);
    return route({ facts: this.facts, q, c, e, raw });
  }
}

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
