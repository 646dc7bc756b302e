import type { Intent } from './types.js';
import { RELATION_CUES } from '../understand/index.js';
import { namedAfterOrg } from './shared.js';

/** "What is the SCO?", "give me a summary of the SCO": founding, members, seat, in a few lines. */
export const about: Intent = {
  id: 'about',
  priority: 20,
  examples: [
    { q: "what's the SCO", must: ['15 June 2001', 'Beijing'] },
    { q: 'give me a summary of the sco', must: ['2001'] },
    { q: 'Что такое ШОС?', must: ['2001'] },
  ],
  match(q) {
    // ("what does pahalgam have to do with the sco": a place named beside it is what is asked about.)
    if (
      !q.sco ||
      q.countries.length ||
      q.people.length ||
      q.events.length ||
      q.bodies.length ||
      q.otherOrgs.length ||
      q.places.length
    )
      return undefined;
    if (q.cues.some((c) => c.role === 'main' && RELATION_CUES.has(c.cue))) return undefined;
    if (q.foreignWords.length) return undefined;
    // ("what is 'sco plus'?": a thing named after the organisation, not the organisation.)
    if (q.headKnown === false && namedAfterOrg(q)) return undefined;
    // ("hi bot, so what even is the sco": a greeting and an opening "so" ask nothing of their own.)
    if (
      q.cues.some(
        (c) =>
          c.role === 'main' &&
          !['explain', 'how', 'current', 'all', 'greeting'].includes(c.cue) &&
          // ("how would I explain the sco": "would" asks nothing of what is to come.)
          !(c.cue === 'future' && q.words[c.at] === 'would' && q.form === 'explain') &&
          // ("what the sco actually is": an emphasis asks no truth.)
          !(c.cue === 'true' && /^(so|actually|really|even|exactly|basically)$/.test(q.words[c.at] ?? '')) &&
          // ("… to a class that has never heard of it": a negation in a clause about whom it is for.)
          !(
            c.cue === 'not' &&
            /^(that|who)$/.test(q.words[c.at - 2] ?? '') &&
            /^(has|have|had|is|are)$/.test(q.words[c.at - 1] ?? '')
          ),
      )
    )
      return undefined;
    return q.form === 'what' || q.form === 'explain' || q.form === 'fragment' ? 65 : undefined;
  },
  answer(_q, f) {
    const fact = f.topic('founding');
    const seat = f.topic('secretariatSeat');
    const langs = f.topic('officialLanguages');
    const members = f.members(f.factDay);
    const partners = f.partners(f.factDay);
    const date = fact?.date ?? '';
    return {
      kind: 'fact',
      title: (l) => l.orgFull,
      lead: (l) => l.m.about(l.orgFull, l.d(date), l.place(fact?.place ?? ''), l.n(members.length)),
      ...(seat?.place && { context: (l) => l.m.seat(l.body('secretariat'), l.place(seat.place!)) }),
      details: [
        {
          items: [
            `Member states (${members.length}): ${members.map((m) => m.country.name).join(', ')}`,
            `SCO partners: ${partners.length}`,
            ...(langs ? [langs.text] : []),
          ],
        },
      ],
      sources: [fact?.sources ?? [], seat?.sources ?? [], members.at(-1)?.record.sources ?? []],
    };
  },
};
