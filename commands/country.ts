import { z } from 'zod';
import { defineCommand } from './types.js';
import { reply, type Field, type Section } from '../src/reply/model.js';
import { formatDate } from '../src/facts/dates.js';
import { eventWhenWhere, STATUS_LABEL, statusPhrase, verificationNote } from '../src/facts/wording.js';
import { unknownCountry } from './format.js';
import { normaliseName } from '../src/facts/normalise.js';
import { asReplyImage } from '../src/pictures/types.js';

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
      summary = `${c.name} is an SCO member state since ${formatDate(accession.from!)}${summit ? ` (${summit.name})` : ''}.`;
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

    const officials = facts.officials({ country: c.id });
    if (officials.length > 0) {
      sections.push({
        heading: 'Officials',
        items: officials.map((o) => {
          const when = o.event ? ` (at the ${facts.event(o.event)?.name ?? o.event})` : o.from ? ` (from ${formatDate(o.from)}${o.to ? ` to ${formatDate(o.to)}` : ''})` : '';
          return `${o.roleLabel}: ${o.name}${when}, as of ${formatDate(o.asOf)}${verificationNote(o)}`;
        }),
      });
      sourceIds.push(...officials.map((o) => o.sources));
    }

    const events = facts.events({ country: c.id, scoOnly: true }).slice(0, 5);
    if (events.length > 0) {
      sections.push({ heading: 'Recent SCO events', items: events.map((e) => `${e.name} — ${eventWhenWhere(e, facts)}`) });
    }
    const positions = facts.events({ country: c.id }).flatMap((e) => e.positions.filter((p) => p.country === c.id).map((p) => ({ e, p })));
    if (positions.length > 0) {
      sections.push({
        heading: 'Positions and disagreements',
        items: positions.map(({ e, p }) => `${e.name}: ${p.stance}${p.reason ? ` — ${p.reason}` : ''}`),
      });
      sourceIds.push(...positions.map(({ p }) => p.sources));
    }

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
      asOf: facts.meta.dataAsOf,
      ...(notes.length > 0 && { footer: notes.join(' ') }),
      ...(picture && pictures && { image: asReplyImage(pictures.map([...typedIn, ...(locale ? [locale] : [])], c.id)) }),
      suggestions: [`/sco events ${c.name}`, `/sco sources ${c.name}`],
    });
  },
});

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
