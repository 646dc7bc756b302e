import { describe, expect, it } from 'vitest';
import { facts } from '../helpers/app.js';

/** [as typed, expected ISO alpha-2]: how people really name the member states and partners. */
const RESOLVES: [string, string][] = [
  // Short and official names, any casing and spacing
  ['India', 'IN'],
  ['india', 'IN'],
  ['  IRAN ', 'IR'],
  ['Republic of Kazakhstan', 'KZ'],
  ['the Russian Federation', 'RU'],
  ["People's Republic of China", 'CN'],
  ['Kyrgyz Republic', 'KG'],
  ['Islamic Republic of Pakistan', 'PK'],
  ['Belarus', 'BY'],
  ['Iran!', 'IR'],
  // ISO codes in any case
  ['IND', 'IN'],
  ['in', 'IN'],
  ['kz', 'KZ'],
  ['BY', 'BY'],
  ['by', 'BY'],
  ['RUS', 'RU'],
  ['chn', 'CN'],
  ['UZB', 'UZ'],
  ['tj', 'TJ'],
  ['PAK', 'PK'],
  ['IRN', 'IR'],
  ['KGZ', 'KG'],
  // Aliases and old names
  ['Bharat', 'IN'],
  ['Hindustan', 'IN'],
  ['PRC', 'CN'],
  ['Zhongguo', 'CN'],
  ['Mainland China', 'CN'],
  ['RF', 'RU'],
  ['Rossiya', 'RU'],
  ['Qazaqstan', 'KZ'],
  ['Tojikiston', 'TJ'],
  ["O'zbekiston", 'UZ'],
  ['O‘zbekiston', 'UZ'],
  ['Persia', 'IR'],
  ['Kirghizia', 'KG'],
  ['Kirgizia', 'KG'],
  ['Byelorussia', 'BY'],
  ['Belorussia', 'BY'],
  ['White Russia', 'BY'],
  ['Turkey', 'TR'],
  ['Türkiye', 'TR'],
  ['UAE', 'AE'],
  ['Burma', 'MM'],
  ['Lao PDR', 'LA'],
  ['UK', 'GB'],
  // Demonyms
  ['Chinese', 'CN'],
  ['Russian', 'RU'],
  ['Kazakh', 'KZ'],
  ['Iranian', 'IR'],
  ['Indian', 'IN'],
  ['Pakistani', 'PK'],
  ['Belarusian', 'BY'],
  ['Uzbek', 'UZ'],
  ['Tajik', 'TJ'],
  ['Kyrgyz', 'KG'],
  // Native-language names
  ['中国', 'CN'],
  ['中华人民共和国', 'CN'],
  ['Россия', 'RU'],
  ['Российская Федерация', 'RU'],
  ['Қазақстан', 'KZ'],
  ['Казахстан', 'KZ'],
  ['Кыргызстан', 'KG'],
  ['Тоҷикистон', 'TJ'],
  ['Ўзбекистон', 'UZ'],
  ['भारत', 'IN'],
  ['پاکستان', 'PK'],
  ['ایران', 'IR'],
  ['Беларусь', 'BY'],
  // Misspellings, listed and by small edit distance
  ['Kazakstan', 'KZ'],
  ['Kazahstan', 'KZ'],
  ['Kyrgystan', 'KG'],
  ['Kirgizstan', 'KG'],
  ['Tadjikistan', 'TJ'],
  ['Tajikstan', 'TJ'],
  ['Usbekistan', 'UZ'],
  ['Uzbekstan', 'UZ'],
  ['Pakistn', 'PK'],
  ['Rusia', 'RU'],
  ['Belarrus', 'BY'],
  ['Kazakhstn', 'KZ'],
  ['Mongolai', 'MN'],
  // Partners and non-participants are known too, so "is X a member?" has an answer
  ['Mongolia', 'MN'],
  ['Afghanistan', 'AF'],
  ['Armenia', 'AM'],
  ['Laos', 'LA'],
  ['Saudi Arabia', 'SA'],
  ['United States', 'US'],
  ['USA', 'US'],
  ['Japan', 'JP'],
];

/** Names that are no country, and the suggestions they should still get. */
const UNKNOWN: [string, string[]][] = [
  ['Iarn', ['Iran']],
  ['Chna', ['China']],
  ['Narnia', []],
  ['Atlantis', []],
  ['xyz', []],
];

describe('country name resolution', () => {
  const { resolver } = facts();

  it.each(RESOLVES)('resolves %j to %s', (typed, code) => {
    const result = resolver.resolve(typed);
    expect(result.found ? result.country.id : `not found (${result.suggestions.map((c) => c.id).join(',')})`).toBe(
      code,
    );
  });

  it.each(UNKNOWN)('does not invent a country for %j, suggesting at most three near names', (typed, expected) => {
    const result = resolver.resolve(typed);
    expect(result.found).toBe(false);
    if (result.found) return;
    expect(result.suggestions.length).toBeLessThanOrEqual(3);
    for (const name of expected) expect(result.suggestions.map((c) => c.name)).toContain(name);
  });

  it('says which kind of name matched', () => {
    const kinds = ['Persia', 'IND', 'Kazakstan', 'Pakistn', 'भारत'].map((n) => {
      const r = resolver.resolve(n);
      return r.found ? r.matchedBy : 'none';
    });
    expect(kinds).toEqual(['old-name', 'iso3', 'misspelling', 'fuzzy', 'native-name']);
  });

  it('finds every country named in a sentence, codes only when written in capitals', () => {
    const found = resolver.findMentions(
      'Did kazakstan join before IN? And what about 中国, Россия and the Persian gulf? in any case…',
    );
    expect(found.map((m) => m.country.id)).toEqual(['KZ', 'IN', 'CN', 'RU', 'IR']);
  });

  it('leaves misspellings out of a sentence only when asked to skip the fuzzy search', () => {
    const sentence = 'Pakistn and Iran at the summit';
    expect(resolver.findMentions(sentence).map((m) => m.matchedBy)).toEqual(['fuzzy', 'name']);
    expect(resolver.findMentions(sentence, { fuzzy: false }).map((m) => m.country.id)).toEqual(['IR']);
  });

  it('completes a prefix for autocomplete, names first, at most 25', () => {
    expect(resolver.complete('kaz').map((c) => c.id)).toEqual(['KZ']);
    expect(resolver.complete('').length).toBeLessThanOrEqual(25);
    expect(resolver.complete('be').map((c) => c.id)).toContain('BY');
  });
});
