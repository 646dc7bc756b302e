import { z } from 'zod';
import { defineCommand } from './types.js';
import { reply } from '../src/reply/model.js';
import { formatDate } from '../src/base/dates.js';

export const about = defineCommand({
  name: 'about',
  description: 'What the bot knows: data date, coverage and counts',
  options: z.object({}),
  examples: ['about'],
  handler: (_args, { services: { facts } }) => {
    const d = facts.data;
    return reply({
      title: 'About SCO Briefing Bot',
      summary: `Curated facts on the Shanghai Cooperation Organization, every one with its sources. The data runs to ${formatDate(d.meta.dataAsOf)}.`,
      sections: [
        { heading: 'Coverage', text: d.meta.coverageNote },
        {
          heading: 'In the data',
          fields: [
            { label: 'Countries', value: String(d.countries.length), inline: true },
            { label: 'Status records', value: String(d.memberships.length), inline: true },
            { label: 'Events', value: String(d.events.length), inline: true },
            { label: 'Officials', value: String(d.officials.length), inline: true },
            { label: 'Disputed claims', value: String(d.disputedClaims.length), inline: true },
            { label: 'Sources', value: String(d.sources.length), inline: true },
          ],
        },
      ],
      asOf: d.meta.dataAsOf,
      footer: `Compiled ${formatDate(d.meta.compiled)}`,
      suggestions: ['/sco help', '/sco members'],
    });
  },
});
