import type { Reply } from '../reply/model.js';

/** The ask feature's port: a question in plain words in, a reply out (commands depend on this, not on the engine). */
export interface AskService {
  answer(question: string): Reply;
}
