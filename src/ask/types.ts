import type { Reply } from '../reply/model.js';

/** Free-form questions, answered from the fact store alone (deterministic, no outside service). */
export interface AskService {
  answer(question: string): Reply;
}
