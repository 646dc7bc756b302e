import { z } from 'zod';
import { defineCommand } from './types.js';
import { reply, type Field, type Section } from '../src/reply/model.js';
import { formatDate, isoToDate } from '../src/base/dates.js';
import { STATUS_LABEL, statusPhrase, verificationNote } from '../src/facts/wording.js';
import { chairSentence, officialSentence, unknownSentence } from '../src/facts/time.js';
import type { FactStore } from '../src/facts/store.js';
import type { OfficialT } from '../src/facts/schema.js';
import { unknownCountry } from './format.js';
import { normaliseName } from '../src/base/text.js';
import { asReplyImage } from '../src/pictures/types.js';

/** Organisation facts about this many countries or fewer are about them, not about the SCO at large. */
const OWN_FACT_COUNTRIES = 2;
const MAX_OWN_FACTS = 6;

export const country = defineCommand({
  name: 'country',
  description: "One country's profile: status in the SCO, since when, officials, events",
  options: z.object({
    name: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .meta({ description: 'Country: name, ISO code, alias or native name', autocomplete: 'country', rest: true }),
    picture: z.boolean().default(false).meta({ description: 'Attach a map of members and partners with this country outlined' }),
  }),
  examples: ['country Iran', 'country KZ', 'country Беларусь', 'country India picture:true'],
  handler: ({ name, picture }, { services: { facts, pictures }, locale }) => {
    const resolution = facts.resolver.resolve(name);
    if (!resolution.found) return unknownCountry(facts, name, 'country');
    const c = resolution.country;
    const now = facts.statusOn(c.id);
    const history = facts.membershipHistory(c.id);
    const sourceIds: string[][] = [c.sources];

    const current = now.length > 0 ? now.map(statusPhrase).join('; ') : 'no recorded status';
    const accession = facts.accession(c.id);
    const summit = accession?.event ? facts.event(accession.event) : undefined;
    let summary = `${c.name} is ${now.some((m) => m.status === 'none') ? 'not part of the SCO in any category' : `an SCO ${current}`}.`;
    if (accession) {
      const how = summit ? (summit.kind === 'founding' ? ', a founding member' : `, admitted at the ${summit.name}`) : '';
      summary = `${c.name} is an SCO member state since ${formatDate(accession.from!)}${how}.`;
      sourceIds.push(accession.sources);
    }
    const fields: Field[] = [
      { label: 'Official name', value: c.officialName },
      { label: 'ISO codes', value: `${c.id} / ${c.iso3}`, inline: true },
      { label: 'Capital', value: c.capital + (c.capitalNote ? ` (${c.capitalNote})` : ''), inline: true },
    ];
    if (c.nativeNames.length > 0) {
      fields.push({ label: 'Native names', value: c.nativeNames.map((n) => n.name + (n.latin ? ` (${n.latin})` : '')).join(', ') });
    }
    const otherNames = [...c.aliases, ...c.oldNames.map((n) => `${n} (old name)`)];
    if (otherNames.length > 0) fields.push({ label: 'Also called', value: otherNames.join(', ') });

    const sections: Section[] = [{ fields }];
    if (history.length > 0 && !now.some((m) => m.status === 'none')) {
      sections.push({
        heading: 'Status in the SCO',
        items: history.map((m) => `${capitalise(statusPhrase(m))}: ${m.how}${verificationNote(m)}`),
      });
      sourceIds.push(...history.map((m) => m.sources));
    } else {
      const none = now.find((m) => m.status === 'none');
      if (none) {
        sections.push({ heading: 'Status in the SCO', text: `${none.how}${verificationNote(none)}` });
        sourceIds.push(none.sources);
      }
    }

    const today = facts.now();
    const chairTerms = facts.chairs().filter((t) => t.country === c.id);
    const standing = facts.chairStanding();
    if (chairTerms.length > 0) {
      const items = chairTerms.map((t) =>
        standing.kind !== 'none' && standing.chair === t
          ? chairSentence(standing, facts, today)!
          : `Rotating chair from ${formatDate(t.from)}${t.to ? ` to ${formatDate(t.to)}` : ''}.`,
      );
      // A term over with no successor in the data: say what is missing, once.
      const ended = standing.kind === 'ended' && standing.chair.country === c.id;
      if (ended) items.push(...facts.unknowns({ topic: 'chair' }).map(unknownSentence));
      sections.push({ heading: 'SCO chair', items });
      sourceIds.push(...chairTerms.map((t) => t.sources));
    }

    const officials = facts.officials({ country: c.id });
    if (officials.length > 0) {
      sections.push({ heading: 'Officials', items: officials.map((o) => officialLine(o, facts)) });
      sourceIds.push(...officials.map((o) => [...o.sources, ...(o.ended?.sources ?? [])]));
    }

    const events = facts.past({ country: c.id, scoOnly: true }).slice(0, 5);
    const ahead = facts.upcoming({ country: c.id, scoOnly: true });
    if (ahead.length > 0) sections.push({ heading: 'Coming up', items: ahead.map((e) => `${e.name}: ${facts.eventTiming(e)}`) });
    if (events.length > 0) {
      sections.push({ heading: 'Recent SCO events', items: events.map((e) => `${e.name}: ${facts.eventTiming(e)}`) });
    }
    const positions = facts.events({ country: c.id }).flatMap((e) => e.positions.filter((p) => p.country === c.id).map((p) => ({ e, p })));
    if (positions.length > 0) {
      sections.push({
        heading: 'Positions and disagreements',
        items: positions.map(({ e, p }) => `${e.name}: ${p.stance}${p.reason ? ` — ${p.reason}` : ''}`),
      });
      sourceIds.push(...positions.map(({ p }) => p.sources));
    }
    // Facts about this country alone (or with one other), known by today; the officials above already cover leadership.
    const own = facts
      .orgFacts()
      .filter((f) => f.countries.includes(c.id) && f.countries.length <= OWN_FACT_COUNTRIES && f.topic !== 'leadership')
      .filter((f) => isoToDate(f.asOf) <= today && (f.date === undefined || isoToDate(f.date) <= today))
      .slice(0, MAX_OWN_FACTS);
    if (own.length > 0) {
      sections.push({ heading: 'Also on record', items: own.map((f) => `${f.text}${verificationNote(f)}`) });
      sourceIds.push(...own.map((f) => f.sources));
    }
    const missing = facts.unknowns({ country: c.id }).filter((u) => u.topic !== 'chair' || !(standing.kind === 'ended' && standing.chair.country === c.id));
    if (missing.length > 0) sections.push({ heading: 'Not in the data', items: missing.map(unknownSentence) });

    const notes = [
      resolution.matchedBy === 'fuzzy' || resolution.matchedBy === 'misspelling' ? `Showing ${c.name} for "${resolution.text}".` : undefined,
      picture && !pictures ? 'Pictures are not drawn in this process.' : undefined,
    ].filter(Boolean);
    // A name typed in one of its native languages labels the map in that language (Беларусь is Belarusian and Russian).
    const typedIn = resolution.matchedBy === 'native-name' ? c.nativeNames.filter((n) => normaliseName(n.name) === normaliseName(resolution.text)).map((n) => n.lang) : [];
    return reply({
      title: `${c.name} — ${now.map((m) => STATUS_LABEL[m.status]).join(', ') || 'profile'}`,
      summary,
      sections,
      sources: facts.citations(...sourceIds),
      ...facts.stamp(),
      ...(notes.length > 0 && { footer: notes.join(' ') }),
      ...(picture && pictures && { image: asReplyImage(pictures.map([...typedIn, ...(locale ? [locale] : [])], c.id)) }),
      suggestions: [`/sco events ${c.name}`, `/sco sources ${c.name}`],
    });
  },
});

/**
 * An official as of today. The caveat is repeated unless the sentence already says the post has
 * not been confirmed since (an official known only from one meeting).
 */
function officialLine(o: OfficialT, facts: FactStore): string {
  const standing = facts.officialStanding(o);
  const sentence = officialSentence(o, facts.now(), facts);
  const unconfirmed = standing.kind === 'in-office' && o.from === undefined;
  const note = unconfirmed && o.verification === 'verified' ? '' : verificationNote(o);
  return note ? `${sentence.replace(/\.$/, '')}${note}.` : sentence;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
