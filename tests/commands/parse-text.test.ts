import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseOptions, splitCommand, tokenize } from '../../commands/parse-text.js';
import { defineCommand, type AnyCommand } from '../../commands/types.js';

const sample = defineCommand({
  name: 'sample',
  description: 'for tests',
  options: z.object({
    country: z.string().optional().meta({ description: 'a country' }),
    count: z.number().int().optional().meta({ description: 'how many' }),
    verbose: z.boolean().optional().meta({ description: 'more' }),
    text: z.string().optional().meta({ description: 'the rest', rest: true }),
  }),
  examples: [],
  handler: () => ({ tone: 'info', title: '', sections: [], sources: [] }),
}) as AnyCommand;

describe('text command parsing', () => {
  it('splits off the command name, with or without a leading /sco', () => {
    expect(splitCommand('/sco Country iran')).toEqual({ name: 'country', rest: 'iran' });
    expect(splitCommand('members')).toEqual({ name: 'members', rest: '' });
  });

  it('keeps quoted words together, straight or curly quotes', () => {
    expect(tokenize('"Saudi Arabia" “Sri Lanka” x').map((t) => t.value)).toEqual(['Saudi Arabia', 'Sri Lanka', 'x']);
  });

  it('fills options by position and coerces numbers and booleans', () => {
    expect(parseOptions(sample, 'India 3 yes')).toEqual({ country: 'India', count: 3, verbose: true });
  });

  it('lets the last free-text option take the rest of the line as typed', () => {
    expect(parseOptions(sample, 'India 3 no when did   it join?')).toEqual({
      country: 'India',
      count: 3,
      verbose: false,
      text: 'when did   it join?',
    });
  });

  it('takes name:value and name=value in any order, leaving the rest to positions', () => {
    expect(parseOptions(sample, 'count:5 Iran text="a b"')).toEqual({ count: 5, country: 'Iran', text: 'a b' });
  });

  it('does not mistake a clock time for a named option', () => {
    expect(parseOptions(sample, 'x 1 no daily 08:00')).toMatchObject({ text: 'daily 08:00' });
  });

  it('leaves a value it cannot coerce for the schema to reject', () => {
    expect(parseOptions(sample, 'India many')).toEqual({ country: 'India', count: 'many' });
  });
});
