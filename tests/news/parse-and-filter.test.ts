import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeedText } from '../../src/news/parse-feed.js';
import { RelevanceFilter } from '../../src/news/relevance.js';
import { cleanLink, normaliseUrl } from '../../src/base/url.js';
import { titleFingerprint } from '../../src/news/fingerprint.js';
import { facts } from '../helpers/app.js';
import { fixture } from './feed-server.js';

describe('parsing feeds', () => {
  it('reads an RSS 2.0 feed into items with plain-text summaries and dates', () => {
    const { title, items } = parseFeedText(fixture('wire-rss2.xml'));
    expect(title).toBe('Wire Service — World');
    expect(items).toHaveLength(6);
    expect(items[0]).toMatchObject({
      guid: 'wire-1',
      title: 'Leaders gather in Tianjin for Shanghai Cooperation Organisation summit',
      link: 'https://news.example/world/sco-summit-tianjin?utm_source=rss&utm_medium=feed',
      summary: 'Heads of state from China, Russia and India arrive for the two-day meeting.',
    });
    expect(items[0]!.published?.toISOString()).toBe('2026-11-26T08:00:00.000Z');
  });

  it('reads an Atom feed with Chinese entries', () => {
    const { items } = parseFeedText(fixture('xinhua-atom.xml'));
    expect(items.map((i) => i.title)).toEqual(['上合组织外长理事会会议在比什凯克举行', '北京今日天气晴朗']);
    expect(items[0]).toMatchObject({
      guid: 'tag:cn.example,2026:1',
      link: 'https://cn.example/world/2026-11/26/c_1.htm',
    });
  });

  it('reads an RDF (RSS 1.0) feed with Russian items and Dublin Core dates', () => {
    const { items } = parseFeedText(fixture('tass-rdf.xml'));
    expect(items[0]).toMatchObject({ title: 'Саммит ШОС пройдёт в Бишкеке', link: 'https://ru.example/news/1' });
    expect(items[0]!.published?.toISOString()).toBe('2026-11-26T05:00:00.000Z');
  });

  it('rejects malformed XML with the line of the fault, instead of half-reading it', () => {
    expect(() => parseFeedText(fixture('malformed.xml'))).toThrow(FeedParseError);
    expect(() => parseFeedText(fixture('malformed.xml'))).toThrow(/malformed XML at line 8/);
  });

  it('says an HTML page is not a feed', () => {
    expect(() => parseFeedText(fixture('page.html'), 'text/html')).toThrow(/an HTML page, not a feed/);
  });

  it('says well-formed XML of another kind is not a feed', () => {
    expect(() => parseFeedText('<?xml version="1.0"?><catalog><book>SCO</book></catalog>')).toThrow(
      /not an RSS, Atom or RDF feed/,
    );
  });

  it('defuses @everyone in a headline so showing it cannot ping a server', () => {
    const { items } = parseFeedText(fixture('wire-rss2.xml'));
    const title = items.find((i) => i.guid === 'wire-6')!.title;
    expect(title).not.toMatch(/@everyone/);
    expect(title).toContain('@\u200beveryone');
  });
});

describe('the relevance filter', () => {
  const filter = new RelevanceFilter(facts());

  it.each([
    ['the English name', 'Leaders gather for Shanghai Cooperation Organization summit'],
    ['the British spelling', 'Shanghai Cooperation Organisation expands'],
    ['SCO in capitals', 'SCO defence chiefs hold talks'],
    ['ШОС', 'Саммит ШОС пройдёт в Бишкеке'],
    ['the Russian full name, declined', 'Генсек Шанхайской организации сотрудничества выступил'],
    ['上合组织', '上合组织外长理事会会议在比什凯克举行'],
    ['上海合作组织', '上海合作组织成立25周年'],
  ])('keeps an item that names the organisation (%s)', (_label, title) => {
    expect(filter.judge(title)).toMatchObject({ keep: true, reason: 'organisation' });
  });

  it.each([
    ['sco in lower case', 'sco is a word in some dialects'],
    ['SCO inside a longer word', 'SCOTUS ruling and Scottish football results'],
    ['no SCO word at all', 'Stock markets close higher in London'],
  ])('drops an item that does not (%s)', (_label, title) => {
    expect(filter.judge(title).keep).toBe(false);
  });

  it('keeps a member state named with an SCO-event word, and tags both countries', () => {
    expect(filter.judge('India and Pakistan foreign ministers meet in Bishkek')).toEqual({
      keep: true,
      reason: 'member-and-event',
      countries: ['IN', 'PK'],
    });
  });

  it('drops a member state named without an event word', () => {
    expect(filter.judge('Kazakhstan announces new wheat export figures')).toMatchObject({
      keep: false,
      countries: ['KZ'],
    });
  });

  it('tags countries named in Russian and Chinese text', () => {
    expect(filter.judge('Саммит ШОС', 'Россия и Казахстан подтвердили участие.').countries).toEqual(['RU', 'KZ']);
    expect(filter.judge('上合组织外长理事会会议', '中国和吉尔吉斯斯坦外长出席会议。').countries.sort()).toEqual([
      'CN',
      'KG',
    ]);
  });
});

describe('address normalisation', () => {
  it('makes tracking, fragment, trailing slash, scheme and host case variants one address', () => {
    const a = normaliseUrl('https://news.example/world/story?utm_source=rss&utm_medium=feed');
    expect(a).toBe('https://news.example/world/story');
    expect(normaliseUrl('http://NEWS.Example/world/story/?utm_campaign=x#top')).toBe(a);
    expect(normaliseUrl('https://www.news.example/world/story')).toBe(a);
  });

  it('keeps parameters that choose the article, in a stable order', () => {
    expect(normaliseUrl('https://n.example/a?id=7&lang=en&utm_term=x')).toBe(
      normaliseUrl('https://n.example/a?lang=en&id=7'),
    );
    expect(normaliseUrl('https://n.example/a?id=7')).not.toBe(normaliseUrl('https://n.example/a?id=8'));
  });

  it('refuses addresses that are not web pages', () => {
    expect(normaliseUrl('javascript:alert(1)')).toBeUndefined();
    expect(cleanLink('mailto:a@b.example')).toBeUndefined();
  });

  it('gives readers the link without tracking parameters or fragment', () => {
    expect(cleanLink('https://news.example/a?utm_source=rss&id=3#c')).toBe('https://news.example/a?id=3');
  });
});

describe('title fingerprints', () => {
  it('match headlines that differ only in case, punctuation and spacing', () => {
    expect(titleFingerprint('LEADERS GATHER IN TIANJIN FOR SHANGHAI COOPERATION ORGANISATION SUMMIT!')).toBe(
      titleFingerprint('Leaders gather in Tianjin for  Shanghai Cooperation Organisation summit'),
    );
  });

  it('differ for different headlines', () => {
    expect(titleFingerprint('SCO energy ministers meet in Astana')).not.toBe(
      titleFingerprint('SCO energy ministers meet in Tashkent'),
    );
  });

  it('are not made for headlines too short to identify a story', () => {
    expect(titleFingerprint('Update')).toBeUndefined();
    expect(titleFingerprint('上合组织峰会开幕')).toBeDefined();
  });
});
