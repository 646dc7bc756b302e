import { z } from 'zod';
import { defineCommand } from './types.js';
import { reply, type Section } from '../src/reply/model.js';
import { formatDate } from '../src/base/dates.js';
import { STATUS_LABEL } from '../src/facts/wording.js';
import { asReplyImage } from '../src/pictures/types.js';

export const members = defineCommand({
  name: 'members',
  description: 'List the member states, the partners, or both',
  options: z.object({
    status: z
      .enum(['member', 'partner', 'all'])
      .default('member')
      .meta({ description: 'member (default), partner, or all' }),
    picture: z.boolean().default(false).meta({ description: 'Attach a timeline of membership over the years' }),
  }),
  examples: ['members', 'members partner', 'members all', 'members picture:true'],
  handler: ({ status, picture }, { services: { facts, pictures }, locale }) => {
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
      // The general record of how the partner category came about, dated the day most partners' status began.
      const origin = facts.orgFacts('membership').find((f) => f.countries.length === 0 && f.date && partners.some((p) => p.record.from === f.date));
      sections.push({
        heading: `SCO partners (${partners.length})`,
        ...(origin && { text: `${origin.label} (${formatDate(origin.date!)}).` }),
        items: partners.map(({ country, record }) => {
          const before = facts
            .membershipHistory(country.id)
            .filter((m) => m.status === 'observer' || m.status === 'dialogue-partner')
            .map((m) => `former ${STATUS_LABEL[m.status]}`);
          const since = record.from ? `partner since ${formatDate(record.from)}` : 'partner';
          return `${country.name} (${before.at(-1) ?? since})`;
        }),
      });
      sourceIds.push(...(origin ? [origin.sources] : []), ...partners.map((p) => p.record.sources));
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
      ...(picture && !pictures && { footer: 'Pictures are not drawn in this process.' }),
      ...(picture && pictures && { image: asReplyImage(pictures.timeline(locale)) }),
      suggestions: ['/sco country India', status === 'member' ? '/sco members partner' : '/sco members'],
    });
  },
});
