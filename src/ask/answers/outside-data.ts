import type { CountryT } from '../../facts/schema.js';
import { formatDate } from '../../base/dates.js';
import { STATUS_LABEL } from '../../facts/wording.js';
import type { Reply } from '../../reply/model.js';
import type { AskContext } from '../context.js';
import { listNames, toReply } from '../draft.js';
import { quoteSafely } from '../safety.js';
import { STOPWORDS } from '../stopwords.js';

/** "Will Armenia join?", "will India leave?" — no prediction, and what the data does hold. */
export function futureCountryAnswer(ctx: AskContext, c: CountryT): Reply {
  const { facts } = ctx;
  const now = facts.statusOn(c.id);
  const acc = facts.accession(c.id);
  const held = acc
    ? `${c.name} is a member state since ${formatDate(acc.from!)}.`
    : now.length
      ? `${c.name}: ${now.map((m) => (m.status === 'none' ? 'not connected to the SCO in any category.' : `${STATUS_LABEL[m.status]}${m.from ? ` since ${formatDate(m.from)}` : ''}. ${m.how}`)).join(' ')}${now.some((m) => m.status === 'applicant-member') ? ' No decision on its application is recorded.' : ''}`
      : '';
  return toReply(facts, {
    title: 'No prediction',
    summary: `I do not predict future decisions; the data holds facts up to ${formatDate(facts.meta.dataAsOf)}. What it holds: ${held}`,
    sources: acc ? [acc.sources] : now.map((m) => m.sources),
    suggestions: [`/sco country ${c.name}`],
  });
}

 const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'many', 'more', 'new', 'other', 'any', 'some', 'most', 'full', 'all']);

/** Words that sit where a name would but never are one. */
const FUNCTION_WORDS = new Set(['but', 'not', 'and', 'also', 'just', 'only', 'still', 'even', 'ever', 'yet', 'then', 'there', 'here', 'this', 'that', 'these', 'those', 'they', 'them', 'its', 'it', 'you', 'your', 'our', 'any', 'some', 'every', 'each', 'both', 'either', 'neither']);

/** Where a country's name sits in a membership question: "is ___ a member", "when did ___ join", "___'s status". */
const NAME_SLOTS = [
  / (?:is|was|are|were|has|have|isn t|wasn t) (?:the )?([a-z]+(?: [a-z]+){0,2}) (?:a |an |the |still |ever |already |now |currently |also |really )*(?:member|members|partner|partners|observer|observers|part|in the sco|in sco|inside|joining|applying|applicant|dialogue|sco member|full member)\b/,
  / (?:did|does|has|when did|when has|will) (?:the )?([a-z]+(?: [a-z]+){0,2}) (?:ever |already |officially |formally )?(?:join|joined|become|became|enter|entered|apply|applied|get in|accede)\b/,
  / (?:status|membership) of (?:the )?([a-z]+(?: [a-z]+){0,2}) /,
  / ([a-z]+(?: [a-z]+)?) s (?:status|membership|role|relationship) /,
  // Fragments: "north korea sco member?", "brazil membership"
  /^ ([a-z]+(?: [a-z]+){0,2}) (?:an? |the )?(?:sco |shanghai )?(?:member|membership|status|partner|observer|joined|join)\b/,
];

/** "Is Brazil a member?" — a name the data does not hold, asked about membership. */
export function unknownCountryAnswer(ctx: AskContext): Reply | undefined {
  const { c, facts } = ctx;
  if (!(c.has('member') || c.has('join') || c.has('partner') || c.has('status') || / (in|inside|within) (the )?sco /.test(ctx.q.padded))) return undefined;
  if (['charter', 'secgen', 'secretariat', 'rats', 'language', 'chair', 'summit', 'founded', 'defence', 'meeting'].some((x) => c.has(x as never))) return undefined;
  if (c.has('count') || c.has('list') && !c.has('yesno')) return undefined;
  const slot = NAME_SLOTS.map((r) => r.exec(ctx.q.padded)).find(Boolean);
  if (!slot) return undefined;
  // Every word of the slot must be outside the vocabulary: "are partners but not members" names nobody.
  // (A greedy slot may carry "an sco" at its end: that is trimmed first.)
  const span = slot[1]!.split(' ');
  while (span.length > 0 && ['a', 'an', 'the', 'sco', 'shanghai'].includes(span.at(-1)!)) span.pop();
  if (span.some((w) => w !== 'the' && !c.unknown.includes(w))) return undefined;
  const words = span.filter((w) => c.unknown.includes(w) && w.length >= 3 && !STOPWORDS.has(w) && !NUMBER_WORDS.has(w) && !FUNCTION_WORDS.has(w) && /^[a-z]+$/.test(w));
  if (words.length === 0 || words.length > 3) return undefined;
  const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  const members = facts.members();
  const partners = facts.partners();
  return toReply(facts, {
    title: `${quoteSafely(name, 40)}: not in the data`,
    summary: `The data holds no country called "${quoteSafely(name, 40)}", so it is not among the SCO's ${members.length} member states or ${partners.length} partners (as of ${formatDate(facts.meta.dataAsOf)}, the data date). If you meant another country, try its usual English name.`,
    sections: [{ heading: 'Member states', text: listNames(members.map((m) => m.country.name)) }],
    sources: [facts.orgFact('sco-family-27')!.sources],
    suggestions: ['list the SCO partners', '/sco members all'],
  });
}
