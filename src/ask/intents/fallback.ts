import type { Intent } from './types.js';

/** Nothing else fits and nothing in the question is about the SCO: say what the bot answers. */
export const offTopic: Intent = {
  id: 'off-topic',
  priority: 1,
  examples: [{ q: 'how do magnets work', must: ['outside what I answer'], kind: 'decline' }],
  match() {
    return 1;
  },
  answer() {
    return {
      kind: 'decline',
      title: (l) => l.m.declineTitle,
      lead: (l) => l.m.decline.offTopic,
      context: (l) => l.m.help,
      sources: [],
      suggestions: ['when did Iran join the SCO', 'who is the SCO Secretary-General', '/sco help'],
    };
  },
};
