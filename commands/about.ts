import { z } from 'zod';
import { defineCommand } from './types.js';
import { reply, type Section } from '../src/reply/model.js';
import { formatDate } from '../src/base/dates.js';
import { freshnessLine, STALE_AFTER_DAYS } from '../src/facts/time.js';
import { likelyOutOfDate } from '../src/facts/review.js';

export const about = defineCommand({
  name: 'about',
  description: 'What the bot knows: data date and its age, coverage and counts',
  options: z.object({}),
  examples: ['about'],
  handler: (_args, { services: { facts } }) => {
    const d = facts.data;
    const fresh = facts.freshness();
    const sections: Section[] = [{ heading: 'Coverage', text: d.meta.coverageNote }];
    if (fresh.stale) {
      sections.push({
        heading: `Older than ${STALE_AFTER_DAYS} days: most likely out of date`,
        items: likelyOutOfDate(facts),
      });
    }
    sections.push({
      heading: 'In the data',
      fields: [
        { label: 'Countries', value: String(d.countries.length), inline: true },
        { label: 'Status records', value: String(d.memberships.length), inline: true },
        { label: 'Events', value: String(d.events.length), inline: true },
        { label: 'Officials', value: String(d.officials.length), inline: true },
        { label: 'Disputed claims', value: String(d.disputedClaims.length), inline: true },
        { label: 'Sources', value: String(d.sources.length), inline: true },
        { label: 'Open questions the data does not answer', value: String(facts.unknowns().length), inline: true },
      ],
    });
    return reply({
      title: 'About SCO Briefing Bot',
      summary: `${freshnessLine(d.meta.dataAsOf, facts.now())}. Curated facts on the Shanghai Cooperation Organization, every one with its sources.`,
      sections,
      // The summary already states the data date and its age; the footer does not repeat it.
      footer: `Compiled ${formatDate(d.meta.compiled)}`,
      suggestions: ['/sco brief', '/sco help'],
    });
  },
});
