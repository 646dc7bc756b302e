import { describe, expect, it } from 'vitest';
import { anyOf, JOINED_MAX } from '../../src/ask/understand/declines.js';

describe('a list of decline patterns joined for one scan', () => {
  // 600 patterns of about 60 characters: some 36 KB in all, past the 20 KB V8 compiles without its optimisations.
  const words = Array.from({ length: 600 }, (_, i) => `word${i}`);
  const list = words.map(
    (w) => new RegExp(`\\b(?:write|draft) (?:me )?(?:a |an )?${w}(?: about| on)? (?:the )?sco\\b`),
  );

  it('keeps every joined pattern under its size limit, however long the list', () => {
    const joined = anyOf(list);
    expect(joined.sources.length).toBeGreaterThan(1);
    for (const source of joined.sources) expect(source.length).toBeLessThanOrEqual(JOINED_MAX);
  });

  it('matches exactly where one of the patterns does', () => {
    const joined = anyOf(list);
    for (const text of [
      'write me a word599 about the sco',
      'draft a word0 on sco',
      'write me a word600 about the sco',
      'sco',
    ])
      expect(joined.test(text)).toBe(list.some((r) => r.test(text)));
  });

  it('refuses a pattern with flags, which a join would lose', () => {
    expect(() => anyOf([/sco/i])).toThrow(/flags/);
  });
});
