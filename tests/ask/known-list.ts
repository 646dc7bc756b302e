import { expect } from 'vitest';

/**
 * The known-failures rule, shared by the regression sets: nothing fails outside the committed list, and nothing on the
 * list passes (remove it), so the list only shrinks. `show` says how a new failure is printed.
 */
export function expectOnlyKnown(
  failing: ReadonlySet<string>,
  listed: readonly string[],
  what: string,
  file: string,
  show: (key: string) => string = (key) => key,
): void {
  const known = new Set(listed);
  expect([...failing].filter((k) => !known.has(k)).map(show), `new ${what}`).toEqual([]);
  expect(
    listed.filter((k) => !failing.has(k)),
    `listed as failing but now pass: remove them from ${file}`,
  ).toEqual([]);
}
