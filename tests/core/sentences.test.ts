import { describe, expect, it } from 'vitest';
import { firstSentence, sentences } from '../../src/base/text.js';

describe('splitting a text into sentences', () => {
  it('ends a sentence at a full stop followed by a capital', () => {
    expect(sentences('One thing happened. Another followed.')).toEqual(['One thing happened.', 'Another followed.']);
  });

  it('does not end one after a title, an initial or inside a number', () => {
    expect(sentences('Chaired by Adm. Dong Jun. Then 3.5% of the U.S. delegates left.')).toEqual([
      'Chaired by Adm. Dong Jun.',
      'Then 3.5% of the U.S. delegates left.',
    ]);
  });

  it('ends one at Chinese, Devanagari and Arabic-script stops without a following space', () => {
    expect(sentences('第一句。第二句。')).toEqual(['第一句。', '第二句。']);
    expect(sentences('पहला वाक्य। दूसरा।')).toEqual(['पहला वाक्य।', 'दूसरा।']);
    expect(sentences('پہلا جملہ۔ دوسرا۔')).toEqual(['پہلا جملہ۔', 'دوسرا۔']);
  });

  it('keeps a last sentence without a stop, and gives nothing for blank text', () => {
    expect(sentences('Done. And more')).toEqual(['Done.', 'And more']);
    expect(sentences('   ')).toEqual([]);
    expect(firstSentence('')).toBe('');
  });
});
