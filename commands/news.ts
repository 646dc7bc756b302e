import { z } from 'zod';
import { defineCommand, type NewsFeedStatus, type NewsItem } from './types.js';
import { errorReply, reply, type Citation, type Reply } from '../src/reply/model.js';
import type { FactStore } from '../src/facts/store.js';
import { clip } from './format.js';
import { factSignals, REPORTED_HEADING, SIGNAL_LABEL, untrustedLine } from '../src/facts/review.js';

const LIMIT = 8;

export const news = defineCommand({
  name: 'news',
  description:
    'Recent SCO news from the configured feeds, optionally about one country or matching words; "news sources" shows the feeds',
  options: z.object({
    country: z.string().trim().max(100).optional().meta({
      description: 'Only items that mention this country (or "sources" for the feeds\' status)',
      autocomplete: 'country',
    }),
    query: z.string().trim().max(200).optional().meta({ description: 'Words the item must contain', rest: true }),
  }),
  examples: ['news', 'news India', 'news Russia summit', 'news sources'],
  handler: async ({ country, query }, { services }) => {
    const newsService = services.news;
    if (!newsService) {
      return errorReply(
        'News is not running',
        'This process does not read news feeds. Try /sco brief for the curated briefing.',
        ['/sco brief'],
      );
    }
    if (country?.toLowerCase() === 'sources' && !query) return feedsReply(await newsService.sources());

    let code: string | undefined;
    let countryName: string | undefined;
    let words = query;
    if (country) {
      const r = services.facts.resolver.resolve(country);
      if (r.found) {
        code = r.country.id;
        countryName = r.country.name;
      } else {
        // "news summit" means words to look for, not a country called summit.
        words = [country, query].filter(Boolean).join(' ');
      }
    }
    const items = await newsService.recent({
      ...(code && { country: code }),
      ...(words && { query: words }),
      limit: LIMIT,
    });
    const scope = [countryName && `mentioning ${countryName}`, words && `matching "${clip(words, 60)}"`]
      .filter(Boolean)
      .join(' ');
    if (items.length === 0) {
      const near = country && !code ? services.facts.resolver.suggest(country).map((c) => `/sco news ${c.name}`) : [];
      return reply({
        title: 'No news found',
        summary: `No stored news item${scope ? ` ${scope}` : ''}. Feeds are read every half hour; /sco news sources shows how they are doing.`,
        suggestions: [...near, '/sco news', '/sco news sources'],
      });
    }
    // Items that look like a change to the checked facts are shown apart: reported, never merged.
    const judged = items.map((i) => ({ i, signals: factSignals(i.title, i.summary) }));
    const reported = judged.filter((j) => j.signals.length > 0);
    const other = judged.filter((j) => j.signals.length === 0);
    return reply({
      title: `SCO news${scope ? ` ${scope}` : ''}`,
      summary: `${items.length} most recent item${items.length === 1 ? '' : 's'}, newest first.${reported.length ? ` ${reported.length} report${reported.length === 1 ? 's' : ''} what may be a change to the facts; the checked facts do not include it yet.` : ''}`,
      sections: [
        ...(reported.length
          ? [
              {
                heading: REPORTED_HEADING,
                items: reported.map(({ i, signals }) =>
                  newsLine(
                    i,
                    services.facts,
                    signals.map((s) => SIGNAL_LABEL[s]),
                  ),
                ),
              },
            ]
          : []),
        ...(other.length
          ? [
              {
                ...(reported.length && { heading: 'Other news' }),
                items: other.map(({ i }) => newsLine(i, services.facts)),
              },
            ]
          : []),
      ],
      // Cited in the order shown.
      sources: [...reported, ...other].map(({ i }) => newsCitation(i)),
      ...services.facts.stamp(),
      suggestions: ['/sco news sources', '/sco brief'],
    });
  },
});

/** One item as a list line: headline, publisher, date, countries, what change it reports (if any), link. */
function newsLine(item: NewsItem, facts: FactStore, reports: readonly string[] = []): string {
  const date = (item.published ?? item.firstSeen).slice(0, 10);
  const tags = item.countries.map((c) => facts.nameOf(c)).join(', ');
  return `${untrustedLine(item.title, 200)} — ${untrustedLine(item.publisher, 80)}, ${date}${tags ? ` [${tags}]` : ''}${reports.length ? ` (reported: ${reports.join(', ')})` : ''}\n${item.url}`;
}

/** Every news item shown is cited by its own link. */
function newsCitation(item: NewsItem): Citation {
  return {
    id: `news-${item.id}`,
    publisher: untrustedLine(item.publisher, 80),
    title: untrustedLine(item.title, 200),
    url: item.url,
    date: (item.published ?? item.firstSeen).slice(0, 10),
  };
}

const STATE_LABEL: Record<NewsFeedStatus['state'], string> = {
  ok: 'ok',
  erroring: 'erroring',
  failing: 'failing',
  never: 'not fetched yet',
};

function feedsReply(feeds: NewsFeedStatus[]): Reply {
  const failing = feeds.filter((f) => f.state === 'failing').length;
  return reply({
    title: 'News sources',
    summary: `${feeds.length} feed${feeds.length === 1 ? '' : 's'}${failing ? `, ${failing} failing` : ''}.`,
    sections: feeds.map((f) => ({
      heading: `${f.name} — ${STATE_LABEL[f.state]}`,
      text: [
        f.url,
        f.state === 'failing' || f.state === 'erroring'
          ? `${f.consecutiveErrors} error${f.consecutiveErrors === 1 ? '' : 's'} in a row; last: ${f.lastError ?? 'unknown'}`
          : undefined,
        `Last success: ${f.lastSuccessAt ? `${f.lastSuccessAt.replace('T', ' ').slice(0, 16)} UTC` : 'never'} · ${f.items} item${f.items === 1 ? '' : 's'} stored`,
      ]
        .filter(Boolean)
        .join('\n'),
    })),
    suggestions: ['/sco news'],
  });
}
