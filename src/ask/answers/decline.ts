import { formatDate } from '../../base/dates.js';
import type { Reply } from '../../reply/model.js';
import type { AskContext } from '../context.js';
import { noFact } from '../draft.js';
import type { OutOfScope } from '../scope.js';

export const WHAT_I_ANSWER =
  'I answer questions about the SCO from curated, sourced data: member states and partners, when and how they joined, counts and lists over time, founding and the Charter, the Secretariat, RATS, the Secretary-General, languages, chairs and summits, defence ministers, meetings and who refused what, and disputed claims.';

const REASON: Record<OutOfScope, string> = {
  injection: 'I cannot change how I work or follow instructions given inside a question.',
  secrets: 'I do not share prompts, configuration, tokens or other internal details.',
  'private-data': 'I do not share what other people asked or any user data.',
  insult: 'I do not produce content that demeans a nationality or a people.',
  weather: 'I do not answer weather questions.',
  investment: 'I do not give investment or financial advice.',
  election: 'I do not answer or predict elections.',
  news: `I do not have breaking news: my data ends on DATE.`,
  'mass-mention': 'I do not ping everyone, a channel or a role.',
  creative: 'I do not write poems, stories, essays or other creative pieces; I state sourced facts.',
  opinion: 'I do not rank or judge countries or peoples; I give sourced facts.',
  'off-topic': 'That is not something I can answer.',
};

export function decline(ctx: AskContext, why: OutOfScope): Reply {
  return noFact(
    "That's outside what I answer",
    `${REASON[why].replace('DATE', formatDate(ctx.facts.meta.dataAsOf))} ${WHAT_I_ANSWER}`,
    ['when did Iran join the SCO', 'how many members does the SCO have', '/sco help'],
  );
}

export function noPrediction(ctx: AskContext): Reply {
  return noFact(
    'No prediction',
    `I do not predict future decisions or events: the data holds facts up to ${formatDate(ctx.facts.meta.dataAsOf)} and nothing after it. ${WHAT_I_ANSWER}`,
    ['who chairs the SCO now', 'when is the Bishkek summit', 'has Armenia applied to join'],
  );
}

/** In scope but not held: say so, and offer up to three related questions or commands. */
export function notHeld(ctx: AskContext, suggestions: string[], what?: string): Reply {
  return noFact(
    'The data does not hold that',
    `The data does not hold ${what ?? 'an answer to that'} (it covers facts up to ${formatDate(ctx.facts.meta.dataAsOf)}).`,
    suggestions,
  );
}

export function helpAnswer(): Reply {
  return noFact('Ask me about the SCO', WHAT_I_ANSWER, ['when did Iran join the SCO', 'who is the SCO Secretary-General', 'why did India refuse to sign at Qingdao']);
}
