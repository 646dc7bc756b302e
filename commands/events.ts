import { z } from 'zod';
import { defineCommand } from './types.js';
import { errorReply, reply } from '../src/reply/model.js';
import { IsoDate } from '../src/facts/schema.js';
import { formatDate, isoToDate } from '../src/base/dates.js';
import { eventWhereAndTiming, verificationNote } from '../src/facts/wording.js';
import { unknownSentence } from '../src/facts/time.js';
import { unknownCountry } from './format.js';

const DATE_LIKE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export const events = defineCommand({
  name: 'events',
  description: 'SCO events and meetings, newest first; optionally for one country or since a date',
  options: z.object({
    country: z.string().trim().max(100).optional().meta({
      description: 'Only events this country hosted, attended or took a position at',
      autocomplete: 'country',
    }),
    since: z
      .string()
      .trim()
      .optional()
      .meta({ description: 'Only events since this date: YYYY, YYYY-MM or YYYY-MM-DD' }),
  }),
  examples: ['events', 'events India', 'events since:2025', 'events Kyrgyzstan 2026'],
  handler: (args, { services: { facts } }) => {
    let { country, since } = args;
    // "events 2025" means since 2025, not a country called 2025.
    if (country && DATE_LIKE.test(country) && !since) [country, since] = [undefined, country];
    if (since && !IsoDate.safeParse(since).success) {
      return errorReply(
        'Check the date',
        `"${since}" is not a date I can read. Use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-06.`,
        ['/sco events since:2025'],
      );
    }
    let code: string | undefined;
    let countryName: string | undefined;
    if (country) {
      const r = facts.resolver.resolve(country);
      if (!r.found) return unknownCountry(facts, country, 'events');
      code = r.country.id;
      countryName = r.country.name;
    }
    const list = facts.events({ ...(code && { country: code }), ...(since && { since: isoToDate(since) }) });
    const scope = [countryName && `involving ${countryName}`, since && `since ${formatDate(since)}`]
      .filter(Boolean)
      .join(' ');
    if (list.length === 0) {
      return reply({
        title: 'No events found',
        summary: `${`The data holds no events ${scope || ''}`.trim()}.`,
        ...facts.stamp(),
        suggestions: ['/sco events', '/sco brief'],
      });
    }
    const upcoming = list.filter((e) => facts.eventPhase(e) === 'upcoming').length;
    return reply({
      title: `SCO events${scope ? ` ${scope}` : ''}`,
      summary: `${list.length} event${list.length === 1 ? '' : 's'}, newest first; ${upcoming === 0 ? 'none after today' : `${upcoming} after today`}.`,
      sections: list.map((e) => {
        // What the data lacks about it, unless its date already says so (a meeting not known to have taken place).
        const phase = facts.eventPhase(e);
        const missing = phase === 'unconfirmed' ? [] : facts.unknowns({ event: e.id });
        // A meeting still ahead today shows no account of how it went, even where the data (dated later) holds one.
        if (phase === 'upcoming' && e.status === 'held') {
          return { heading: e.name, text: `${eventWhereAndTiming(e, facts)}${verificationNote(e)}` };
        }
        return {
          heading: `${e.name}${e.sco ? '' : ' (context, not an SCO event)'}`,
          text:
            `${eventWhereAndTiming(e, facts)}${verificationNote(e)}\n${e.summary}` +
            (e.outcomes.length ? `\n${e.outcomes.map((o) => `• ${o.text}${verificationNote(o)}`).join('\n')}` : '') +
            (e.positions.length
              ? `\n${e.positions.map((p) => `• ${facts.nameOf(p.country)}: ${p.stance}${p.reason ? ` — ${p.reason}` : ''}`).join('\n')}`
              : '') +
            (missing.length ? `\n${missing.map((u) => `• ${unknownSentence(u)}`).join('\n')}` : ''),
        };
      }),
      sources: facts.citations(...list.map((e) => e.sources), ...list.flatMap((e) => e.outcomes.map((o) => o.sources))),
      ...facts.stamp(),
      suggestions: ['/sco brief', '/sco sources Qingdao'],
    });
  },
});
