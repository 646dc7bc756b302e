import type { CountryT } from '../../facts/schema.js';
import { formatDate } from '../../base/dates.js';
import type { Reply } from '../../reply/model.js';
import type { AskContext } from '../context.js';
import { listNames, toReply } from '../draft.js';
import { nextUnknown } from './org.js';

/** "Has India chaired the SCO?", "when did Kazakhstan chair?" */
export function chairOfCountryAnswer(ctx: AskContext, c: CountryT, relation?: 'before' | 'after'): Reply {
  const { facts } = ctx;
  const all = facts.chairs();
  const terms = all.filter((x) => x.country === c.id);
  const rotation = facts.orgFact('chair-rotation')!;
  if (terms.length === 0 && (relation === 'after' || ctx.c.has('next'))) return nextUnknown(ctx);
  if (relation && terms.length > 0) {
    const i = all.indexOf(relation === 'before' ? terms[0]! : terms.at(-1)!);
    const other = all[relation === 'before' ? i - 1 : i + 1];
    if (!other) {
      if (relation === 'after') return nextUnknown(ctx);
      return toReply(facts, { title: `Chair before ${c.name}`, summary: `The data holds the chairs from 2021–22 on; ${c.name}'s term (from ${formatDate(terms[0]!.from)}) is the earliest it holds. ${rotation.text}`, sources: [rotation.sources] });
    }
    return toReply(facts, {
      title: `Chair ${relation} ${c.name}: ${facts.nameOf(other.country)}`,
      summary: `${relation === 'before' ? 'Before' : 'After'} ${c.name} the rotating chair was held by ${facts.nameOf(other.country)}, from ${formatDate(other.from)}${other.to ? ` to ${formatDate(other.to)}` : ''}. ${rotation.text}`,
      sources: [other.sources, rotation.sources],
    });
  }
  if (terms.length === 0) {
    return toReply(facts, {
      title: `${c.name} and the chair`,
      summary: `The data records no chairmanship by ${c.name}. It holds the chairs from 2021–22 on: ${listNames(facts.chairs().map((x) => facts.nameOf(x.country)))}. ${rotation.text}`,
      sources: [rotation.sources],
    });
  }
  const current = facts.chairOn();
  return toReply(facts, {
    title: `${c.name}: SCO chair ${terms.map((t) => `${t.from.slice(0, 4)}–${t.to ? t.to.slice(2, 4) : '26'}`).join(', ')}`,
    summary: `${c.name} held the rotating chair ${terms.map((t) => `from ${formatDate(t.from)}${t.to ? ` to ${formatDate(t.to)}` : ' (current as of the data date)'}`).join('; ')}.${current?.country === c.id ? ` It is the chair as of ${formatDate(facts.meta.dataAsOf)}, the data date.` : ''}`,
    sources: terms.map((t) => t.sources),
  });
}
