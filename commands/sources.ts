import { z } from 'zod';
import { defineCommand } from './types.js';
import { reply } from '../src/reply/model.js';
import { normaliseName } from '../src/facts/normalise.js';

export const sources = defineCommand({
  name: 'sources',
  description: 'The sources behind a topic or a country, and references we reject',
  options: z.object({
    topic: z.string().trim().min(1).max(200).meta({ description: 'A topic (Qingdao, membership, NATO) or a country', rest: true }),
  }),
  examples: ['sources Iran', 'sources Qingdao', 'sources secretariat'],
  handler: ({ topic }, { services: { facts } }) => {
    const d = facts.data;
    const ids: string[][] = [];
    const found: string[] = [];
    const key = normaliseName(topic);
    const words = key.split(' ').filter((w) => w.length > 2);
    const mentions = (text: string) => {
      const t = normaliseName(text);
      return t.includes(key) || (words.length > 0 && words.every((w) => t.includes(w)));
    };

    const r = facts.resolver.resolve(topic);
    if (r.found) {
      const c = r.country;
      found.push(`${c.name}: profile, status and officials`);
      ids.push(c.sources, ...facts.membershipHistory(c.id).map((m) => m.sources), ...facts.officials({ country: c.id }).map((o) => o.sources));
    }
    for (const f of d.organisation) if (mentions(`${f.topic} ${f.label} ${f.text}`)) (found.push(f.label), ids.push(f.sources));
    for (const e of d.events) {
      if (mentions(`${e.name} ${e.city} ${e.summary}`)) {
        found.push(e.name);
        ids.push(e.sources, ...e.outcomes.map((o) => o.sources), ...e.positions.map((p) => p.sources));
      }
    }
    for (const c of d.disputedClaims) if (mentions(`${c.claim} ${c.keywords.join(' ')}`)) (found.push(`Disputed: ${c.claim}`), ids.push(c.sources));
    const rejected = d.rejectedSources.filter((s) => mentions(`${s.citedAs} ${s.url}`));
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
      summary: `${citations.length} source${citations.length === 1 ? '' : 's'} behind ${found.length} fact${found.length === 1 ? '' : 's'}.`,
      sections: [
        ...(found.length ? [{ heading: 'Covers', items: found.slice(0, 15) }] : []),
        ...(rejected.length
          ? [{ heading: 'References we do not cite', items: rejected.map((s) => `${s.citedAs} — ${s.verdict}: ${s.reason}`) }]
          : []),
      ],
      sources: citations,
      asOf: facts.meta.dataAsOf,
    });
  },
});
