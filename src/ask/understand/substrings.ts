/**
 * Which of many forms can occur in a text, found without looking each one up: a form can only occur when its first
 * letter does (its first letter after a space, for forms that start with one). The forms come back in their own
 * order, so a caller that looks each one up gets the same hits in the same order as a loop over all of them.
 */
export class FirstLetterIndex<T> {
  private readonly byLetter = new Map<string, number[]>();

  constructor(
    private readonly items: readonly T[],
    text: (item: T) => string,
  ) {
    items.forEach((item, i) => {
      const [letter] = text(item).trimStart(); // (a code point, as the text is read below)
      if (letter === undefined) return;
      const list = this.byLetter.get(letter);
      if (list) list.push(i);
      else this.byLetter.set(letter, [i]);
    });
  }

  /** The forms whose first letter the text holds, in the forms' order. */
  candidates(text: string): T[] {
    const found: number[] = [];
    const seen = new Set<string>();
    for (const ch of text) {
      if (seen.has(ch)) continue;
      seen.add(ch);
      const list = this.byLetter.get(ch);
      if (list) for (const i of list) found.push(i);
    }
    return found.sort((a, b) => a - b).map((i) => this.items[i]!);
  }
}
