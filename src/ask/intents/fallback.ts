import type { Intent } from './types.js';
import { starterQuestions } from './shared.js';

/** Nothing else fits and nothing in the question is about the SCO: say what the bot answers. */
export const offTopic: Intent = {
  id: 'off-topic',
  priority: 1,
  examples: [{ q: 'how do magnets work', must: ['outside what I answer'], kind: 'decline' }],
  match() {
    return 1;
  },
  answer(_q, f) {
    return {
      kind: 'decline',
      title: (l) => l.m.declineTitle,
      lead: (l) => l.m.decline.offTopic,
      context: (l) => l.m.help,
      sources: [],
      suggestions: [...starterQuestions(f).slice(0, 2), '/sco help'],
    };
  },
};
