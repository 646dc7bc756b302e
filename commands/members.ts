import { z } from 'zod';
import { defineCommand } from './types.js';
import { reply, type Section } from '../src/reply/model.js';
import { formatDate } from '../src/base/dates.js';
import { STATUS_LABEL } from '../src/facts/wording.js';

export const members = defineCommand({
  name: 'members',
  description: 'List the member states, the partners, or both',
  options: z.object({
    status: z
      .enum(['member', 'partner', 'all'])
      .default('member')
      .meta({ description: 'member (default), partner, or all' }),
  }),
  examples: ['members', 'members partner', 'members all'],
  handler: ({ status }, { services: { facts } }) => {
    const sections: Section[] = [];
    const sourceIds: string[][] = [];
    const members = facts.members();
    const partners = facts.partners();
    if (status !== 'partner') {
      sections.push({
        heading: `Member states (${members.length})`,
        items: members.map(({ country, record }) => {
          const since = record.from ? `since ${formatDate(record.from)}` : '';
          // The earliest accession is the founding: members are sorted by it.
          const founder = record.from === members[0]?.record.from ? 'founder' : '';
          return `${country.name} — ${[founder, since].filter(Boolean).join(', ')}`;
        }),
      });
      sourceIds.push(...members.map((m) => m.record.sources));
    }
    if (status !== 'member') {
      sections.push({
        heading: `SCO partners (${partners.length})`,
        text: 'Observers and dialogue partners were merged into one "SCO partner" category at the Tianjin summit on 1 September 2025.',
        items: partners.map(({ country }) => {
          const before = facts
            .membershipHistory(country.id)
            .filter((m) => m.status === 'observer' || m.status === 'dialogue-partner')
            .map((m) => `former ${STATUS_LABEL[m.status]}`);
          return `${country.name}${before.length ? ` (${before.at(-1)})` : ' (new in 2025)'}`;
        }),
      });
      sourceIds.push(...partners.map((p) => p.record.sources));
    }
    const title = status === 'member' ? 'SCO member states' : status === 'partner' ? 'SCO partners' : 'The SCO family';
    const summary =
      status === 'all'
        ? `${members.length} member states and ${partners.length} partners: ${members.length + partners.length} countries.`
        : status === 'member'
          ? `The SCO has ${members.length} member states.`
          : `The SCO has ${partners.length} partners.`;
    return reply({
      title,
      summary,
      sections,
      sources: facts.citations(...sourceIds).slice(0, 6),
      ...facts.stamp(),
      suggestions: ['/sco country India', status === 'member' ? '/sco members partner' : '/sco members'],
    });
  },
});
