import type { FactStore } from '../facts/store.js';
import type { Concepts } from './lexicon.js';
import type { Entities } from './entities.js';
import type { Question } from './text.js';

/** Everything an answer family reads: the store, the parsed question, its concepts and names. */
export interface AskContext {
  facts: FactStore;
  q: Question;
  c: Concepts;
  e: Entities;
  raw: string;
}
