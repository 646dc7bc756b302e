import { z } from 'zod';
import { defineCommand } from './types.js';
import { reply } from '../src/reply/model.js';

export const sources = defineCommand({
  name: 'sources',
  description: 'The sources behind a topic or a country, and references we reject',
  options: z.object({
    topic: z.string().trim().min(1).max(200).meta({ description: 'A topic (Qingdao, membership, NATO) or a country', rest: true }),
  }),
  examples: ['sources Iran', 'sources Qingdao', 'sources secretariat'],
  handler: ({ topic }, { services: { facts } }) => {
    const ids: string[][] = [];
    const covers: string[] = [];
    const r = facts.resolver.resolve(topic);
    if (r.found) {
      const c = r.country;
      covers.push(`${c.name}: profile, status and officials`);
      ids.push(c.sources, ...facts.membershipHistory(c.id).map((m) => m.sources), ...facts.officials({ country: c.id }).map((o) => o.sources));
    }
    const hits = facts.search(topic);
    for (const hit of hits.filter((h) => h.kind !== 'rejected')) {
      covers.push(hit.kind === 'claim' ? `Disputed: ${hit.label}` : hit.label);
      ids.push(hit.sources);
    }
    const rejected = hits.filter((h) => h.kind === 'rejected').map((h) => facts.rejectedSources().find((s) => s.id === h.id)!);
    const citations = facts.citations(...ids);

    if (citations.length === 0 && rejected.length === 0) {
      return reply({
        title: 'No sources found',
        summary: `The data holds nothing on "${topic.slice(0, 60)}".`,
        suggestions: ['/sco sources membership', '/sco sources Qingdao', '/sco about'],
      });
    }
    return reply({
      title: `Sources: ${topic.slice(0, 80)}`,
      summary: `${citations.length} source${citations.length === 1 ? '' : 's'} behind ${covers.length} fact${covers.length === 1 ? '' : 's'}.`,
      sections: [
        ...(covers.length ? [{ heading: 'Covers', items: covers.slice(0, 15) }] : []),
        ...(rejected.length ? [{ heading: 'References we do not cite', items: rejected.map((s) => `${s.citedAs} — ${s.verdict}: ${s.reason}`) }] : []),
      ],
      sources: citations,
      ...facts.stamp(),
    });
  },
});
