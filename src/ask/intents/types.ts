import type { AskFacts } from '../facts.js';
import type { Draft } from '../draft.js';
import type { Question } from '../understand/question.js';

/** A question an intent must answer well: what the answer must (and must not) contain. An entry that is a list is met by any one of its strings. */
interface Example {
  q: string;
  must: (string | string[])[];
  mustNot?: string[];
  /** fact (default): cites sources; decline: states no fact and cites none; noData: says what the data does not hold. */
  kind?: 'fact' | 'decline' | 'noData';
}

/**
 * One family of questions. `match` scores how well the question fits (undefined: not at all);
 * the engine takes the best score (ties: see README.md). `answer` composes the draft from the
 * question and the facts, never from the raw text.
 */
export interface Intent {
  id: string;
  /** Breaks ties between equal scores only: the higher wins (documented in README.md). */
  priority: number;
  examples: Example[];
  match(q: Question): number | undefined;
  answer(q: Question, f: AskFacts): Draft;
  /** The day the answered fact began (a joining, a founding, a meeting), for "how long ago?" counted to today. */
  since?(q: Question, f: AskFacts): string | undefined;
}
