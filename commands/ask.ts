import { z } from 'zod';
import { defineCommand } from './types.js';

export const ask = defineCommand({
  name: 'ask',
  description:
    'Ask a question about the SCO in your own words (English, 中文, русский, हिन्दी, فارسی, اردو, Deutsch, español, français, Türkçe)',
  options: z.object({
    question: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .meta({ description: 'Your question, e.g. "when did Iran join the SCO?"', rest: true }),
  }),
  examples: [
    'ask when did Iran join the SCO?',
    'ask how many members did the SCO have in 2019',
    'ask who is the Secretary-General',
  ],
  handler: ({ question }, { services }) => services.ask.answer(question),
});
