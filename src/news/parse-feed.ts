import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import striptags from 'striptags';
import { decode } from 'html-entities';

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

export function parseFeedText(text: string, contentType = ''): ParsedFeed {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (!body) throw new FeedParseError('empty body');
  if (/^(<!doctype\s+html|<html[\s>])/i.test(body) || (/text\/html/i.test(contentType) && !/^<\?xml|^<(rss|feed|rdf:RDF)[\s>]/i.test(body))) {
    throw new FeedParseError('an HTML page, not a feed');
  }
  const valid = XMLValidator.validate(body, { allowBooleanAttributes: true });
  if (valid !== true) throw new FeedParseError(`malformed XML at line ${valid.err.line}: ${valid.err.msg}`);
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(body);
  } catch (err) {
    throw new FeedParseError(`not an RSS, Atom or RDF feed (${(err as Error).message})`);
  }
  const items: ParsedItem[] = [];
  for (const item of feed.items) {
    const title = plain(item.title ?? '');
    if (!title) continue;
    const summary = plain(item.description ?? item.content ?? '');
    items.push({
      title,
      ...(item.id && { guid: item.id.trim() }),
      ...(item.url && { link: item.url }),
      ...(summary && { summary: summary.length > MAX_SUMMARY ? `${summary.slice(0, MAX_SUMMARY - 1)}…` : summary }),
      ...(item.published && { published: item.published }),
      ...(item.updated && { updated: item.updated }),
    });
  }
  return { ...(feed.title && { title: plain(feed.title) }), items };
}

/** Markup in titles and descriptions (often escaped HTML) to one line of text. */
function plain(html: string): string {
  return defuseMentions(decode(striptags(html, [], ' '))
      .replace(/\s+/g, ' ')
      .replace(/ ([,.;:!?])/g, '$1')
      .trim());
}

/** Feed text is written by strangers: "@everyone" in a headline must not ping a server when shown. */
function defuseMentions(text: string): string {
  return text.replace(/@(?=\s*(everyone|here|channel|all)\b)/gi, '@\u200b');
}
