import { describe, expect, it } from 'vitest';
import { reply } from '../../src/reply/model.js';
import { toPlainText } from '../../src/reply/plain-text.js';
import { truncate } from '../../src/reply/limits.js';

describe('the plain-text fallback of a reply', () => {
  it('carries the title, every section, numbered sources and the as-of date', () => {
    const text = toPlainText(
      reply({
        title: 'Iran',
        summary: 'Member since 4 July 2023.',
        sections: [{ heading: 'Names', fields: [{ label: 'ISO', value: 'IR' }], items: ['Persia (old name)'] }],
        sources: [
          { id: 's', publisher: 'Sputnik', title: 'Iran joins', url: 'https://example.org/a', date: '2023-07-04' },
        ],
        asOf: '2026-04-27',
      }),
    );
    expect(text.split('\n')).toEqual([
      'Iran',
      'Member since 4 July 2023.',
      '',
      'Names',
      'ISO: IR',
      '• Persia (old name)',
      '',
      'Sources:',
      '[1] Sputnik, "Iran joins" (2023-07-04) https://example.org/a',
      '',
      'Data as of 27 April 2026',
    ]);
  });

  it('lists a source cited twice only once', () => {
    const s = { id: 'x', publisher: 'P', title: 'T', url: 'https://example.org' };
    expect(reply({ title: 't', sources: [s, s] }).sources).toHaveLength(1);
  });

  it('shortens with a marker and never splits a surrogate pair', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('ab😀cd', 4)).toBe('ab…');
    expect(truncate('abc', 4)).toBe('abc');
  });
});
