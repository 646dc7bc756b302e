import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import striptags from 'striptags';
import { decode } from 'html-entities';
import { stripControls } from '../base/text.js';

/**
 * Feed text to items. The feed parser is lenient (it recovers from unclosed tags), so the
 * document is first checked for well-formedness: a broken feed is reported, not half-read.
 */

export interface ParsedItem {
  guid?: string;
  title: string;
  link?: string;
  summary?: string;
  published?: Date;
  updated?: Date;
}

export interface ParsedFeed {
  title?: string;
  items: ParsedItem[];
}

export class FeedParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedParseError';
  }
}

const MAX_SUMMARY = 600;
/** A headline longer than this is clipped when stored: one 1 MB title once became 111 Slack messages. */
const MAX_TITLE = 300;
/** Item ids and links past this length are not real ones; such an item is dropped or its id ignored. */
const MAX_GUID = 500;
const MAX_LINK = 2000;
/** Items kept per feed: the newest, by date. */
const MAX_ITEMS = 500;
/**
 * Items read from each end of a feed before the newest MAX_ITEMS are kept. The feed parser is
 * quadratic in the item count (10,000 items took 20 s), so a longer document is cut first.
 */
const READ_FROM_EACH_END = MAX_ITEMS;

export function parseFeedText(text: string, contentType = '', maxItems = MAX_ITEMS): ParsedFeed {
  const body = edgeItems(text.replace(/^\uFEFF/, '').trimStart(), READ_FROM_EACH_END, READ_FROM_EACH_END);
  if (!body) throw new FeedParseError('empty body');
  if (
    /^(<!doctype\s+html|<html[\s>])/i.test(body) ||
    (/text\/html/i.test(contentType) && !/^<\?xml|^<(rss|feed|rdf:RDF)[\s>]/i.test(body))
  ) {
    throw new FeedParseError('an HTML page, not a feed');
  }
  const valid = XMLValidator.validate(body, { allowBooleanAttributes: true });
  if (valid !== true) throw new FeedParseError(`malformed XML at line ${valid.err.line}: ${valid.err.msg}`);
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(body);
  } catch (err) {
    throw new FeedParseError(`not an RSS, Atom or RDF feed (${clip((err as Error).message, 100)})`);
  }
  const items: ParsedItem[] = [];
  for (const item of feed.items) {
    const title = clip(plain(item.title ?? ''), MAX_TITLE);
    if (!title) continue;
    const summary = clip(plain(item.description ?? item.content ?? ''), MAX_SUMMARY);
    const guid = item.id?.trim();
    const link = item.url?.trim();
    items.push({
      title,
      ...(guid && guid.length <= MAX_GUID && { guid }),
      ...(link && link.length <= MAX_LINK && { link }),
      ...(summary && { summary }),
      ...(item.published && { published: item.published }),
      ...(item.updated && { updated: item.updated }),
    });
  }
  return { ...(feed.title && { title: clip(plain(feed.title), MAX_TITLE) }), items: newest(items, maxItems) };
}

/**
 * Markup in titles and descriptions (often escaped HTML) to one line of text: entities decoded
 * first (so escaped tags are tags), then tags stripped, then control and direction characters removed.
 */
function plain(html: string): string {
  // Only the start of a huge text is ever shown; cleaning all of it would cost for nothing.
  const text = stripControls(striptags(decode(html.length > 20_000 ? html.slice(0, 20_000) : html), [], ' '));
  return defuseMentions(
    text
      .replace(/\s+/g, ' ')
      .replace(/ ([,.;:!?])/g, '$1')
      .trim(),
  );
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** The newest items by date (undated ones after, in document order), at most `max`. */
function newest(items: ParsedItem[], max: number): ParsedItem[] {
  if (items.length <= max) return items;
  const time = (i: ParsedItem) => (i.published ?? i.updated)?.getTime() ?? -Infinity;
  return items
    .map((item, at) => ({ item, at }))
    .sort((a, b) => time(b.item) - time(a.item) || a.at - b.at)
    .slice(0, max)
    .map((x) => x.item);
}

/**
 * The document with only its first `head` and last `tail` items (RSS, RDF) or entries (Atom):
 * the ones between are cut out, so the parser never sees more. Feeds list newest first, and
 * some oldest first; the newest are at one end or the other. Linear: one scan for closing tags.
 */
function edgeItems(xml: string, head: number, tail: number): string {
  const closing = /<\/(?:[\w.-]+:)?(?:item|entry)\s*>/gi;
  const ends: number[] = [];
  for (let m = closing.exec(xml); m; m = closing.exec(xml)) ends.push(m.index + m[0].length);
  if (ends.length <= head + tail) return xml;
  return xml.slice(0, ends[head - 1]) + xml.slice(ends[ends.length - tail - 1]);
}

/** Feed text is written by strangers: "@everyone" in a headline must not ping a server when shown. */
function defuseMentions(text: string): string {
  return text.replace(/@(?=\s*(everyone|here|channel|all)\b)/gi, '@\u200b');
}
