import { describe, expect, it } from 'vitest';
import { FirstLetterIndex } from '../../src/ask/understand/substrings.js';

describe('the first-letter index of script forms', () => {
  const forms = ['秘书处', ' секретариат', 'ШОС', ' सचिवालय', '𠀋字', '上合'];
  const index = new FirstLetterIndex(forms, (f) => f);

  it('offers every form that occurs in the text, in the forms own order', () => {
    const text = 'ШОС и секретариат 上合 秘书处';
    const offered = index.candidates(text);
    expect(offered).toEqual(['秘书处', ' секретариат', 'ШОС', '上合']);
    // The same hits as a look-up of every form.
    expect(offered.filter((f) => text.includes(f))).toEqual(forms.filter((f) => text.includes(f)));
  });

  it('leaves out forms whose first letter the text lacks', () => {
    expect(index.candidates('где РАТ?')).toEqual([]);
  });

  it('finds a form that opens with a letter beyond the basic plane', () => {
    expect(index.candidates('这是𠀋字')).toEqual(['𠀋字']);
  });
});
