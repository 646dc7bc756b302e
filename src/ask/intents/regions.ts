import type { CountryT } from '../../facts/schema.js';
import type { Loc } from '../draft.js';
import type { Question } from '../understand/question.js';
import type { Intent } from './types.js';
import { inRegion } from './shared.js';

/**
 * "Which South Asian countries are SCO partners?", "gulf states in the sco family?", "se asian partners": the members and
 * partners of today in a region the question names, as the data's countries carry it (the UN M49 region and sub-region).
 */
export const regions: Intent = {
  id: 'regions',
  priority: 69,
  examples: [
    { q: 'which south asian countries are sco partners', must: ['Nepal', 'Sri Lanka'], mustNot: ['India'] },
    { q: 'any southeast asian countries linked to the SCO?', must: ['Cambodia', 'Laos'] },
    { q: 'central asian members of the sco', must: ['Kazakhstan', 'Uzbekistan'], mustNot: ['Laos'] },
    { q: 'south and south-east asian partners?', must: ['Nepal', 'Cambodia'] },
    { q: 'any partners in africa or the americas', must: ['Egypt'], mustNot: ['United States'] },
  ],
  match(q) {
    if (q.regions.length === 0 || q.otherOrgs.length > 0 || q.eventNamed || q.people.length > 0) return undefined;
    // ("is India a south asian member?": one country asked about is that country's standing.)
    if (q.countries.some((c) => c.role === 'main' && c.by !== 'demonym' && !leftOut(q, c.at)) && q.form === 'yesno')
      return undefined;
    // ("gulf states — bahrain / kuwait / qatar / saudi / uae — all partners?": countries named are each asked about.)
    // ("nepal, sri lanka and who else": countries named as a start of the list are no question of their own.)
    const rest = /\b(who|what|which) else\b|\band others\b|\bdid i miss\b|\bany others?\b/.test(q.words.join(' '));
    if (!rest && q.countries.filter((c) => c.by !== 'demonym' && !leftOut(q, c.at)).length >= 2) return undefined;
    // ("which gulf states were dialogue partners before the 2025 merger": the categories of before are the partners'
    // own story, which lists them.)
    if (q.main('dialogue', 'observer') || (q.time && q.tense === 'past')) return undefined;
    // What the countries of a region are to the SCO: a standing, the family, or the countries "linked" to it.
    const standing =
      q.main('member', 'partner', 'observer', 'dialogue', 'family', 'partOf', 'status') ||
      q.words.some((w) => /^(countries|states|nations|linked|connected|involved)$/.test(w)) ||
      q.form === 'list' ||
      q.form === 'which';
    if (!standing || q.main('join', 'apply', 'chair', 'summit', 'meeting', 'minister', 'secgen')) return undefined;
    // ("… a brief for African delegations; could you tell me when the SCO was founded …": when, not the region's states.)
    if (q.form === 'when' && q.main('found')) return undefined;
    return 93;
  },
  answer(q, f) {
    // ("south and south-east asian partners", "africa or the americas": each region named, in the order named.)
    const keys = q.regions;
    // The standing asked, else every standing the SCO gives ("linked", "the family").
    // ("South Asian partners of SCO (not members) — which ones?": the category said not to be asked is not.)
    const notMembers = q.cues.some(
      (c) => c.cue === 'member' && /^(not|non|excluding|except)$/.test(q.words[c.at - 1] ?? ''),
    );
    // ("… in any category, members plus partners?": both standings asked are both answered.)
    const partnersAsked = (q.main('partner') && !q.main('member')) || (notMembers && q.has('partner'));
    const membersAsked = q.main('member') && !q.main('partner') && !notMembers;
    // ("… other than india and pak?": the countries named to leave out are left out.)
    const left = new Set(q.countries.filter((c) => leftOut(q, c.at)).map((c) => c.country.id));
    const of = <T extends { country: CountryT }>(key: string, list: readonly T[]) =>
      list.filter((m) => inRegion(m.country, key) && !left.has(m.country.id));
    const allOf = (ks: readonly string[]) =>
      f.store.countries().filter((c) => ks.some((k) => inRegion(c, k)) && !left.has(c.id));
    const each = keys.map((key) => ({
      key,
      members: partnersAsked ? [] : of(key, f.members()),
      partners: membersAsked ? [] : of(key, f.partners()),
    }));
    const region = (l: Loc, key: string) => f.names.regions[key]?.display[l.lang] ?? key;
    const names = (l: Loc, list: { country: CountryT }[]) => l.list(list.map((m) => l.c(m.country)));
    const lead = (l: Loc) =>
      each
        .flatMap(({ key, members, partners }) => [
          ...(partnersAsked
            ? []
            : [
                members.length
                  ? l.m.regionMembers(region(l, key), names(l, members))
                  : l.m.regionNoMember(region(l, key)),
              ]),
          ...(membersAsked
            ? []
            : [
                partners.length
                  ? l.m.regionPartners(region(l, key), names(l, partners))
                  : l.m.regionNoPartner(region(l, key)),
              ]),
        ])
        .join(' ');
    const listed = each.flatMap((r) => [...r.members, ...r.partners]);
    // ("capitals of the central asian members pls": each one's capital, the region's list beside it.)
    const capitals = (l: Loc) =>
      listed.map((m) => l.m.capital(l.c(m.country), l.place(m.country.capital.replace(/,.*$/, '')))).join(' ');
    if (q.main('capital') && listed.length > 0)
      return {
        kind: 'fact',
        title: (l) => `${l.org}: ${keys.map((k) => region(l, k)).join(' · ')}`,
        lead: capitals,
        context: lead,
        sources: [...listed.slice(0, 3).map((m) => m.country.sources)],
      };
    return {
      kind: 'fact',
      title: (l) => `${l.org}: ${keys.map((k) => region(l, k)).join(' · ')}`,
      // ("does the sco have any african members": whether any is, then which.)
      // ("are all five central asian countries sco members?": all of them, so No when a country of the region the data
      // holds is not among them.)
      ...(q.form === 'yesno' && {
        verdict:
          listed.length > 0 && !(q.main('all') && allOf(keys).some((c) => !listed.some((m) => m.country.id === c.id)))
            ? ('yes' as const)
            : ('no' as const),
      }),
      lead,
      // (How a region is drawn is said once, in English beside the lead: the standard the countries' data follows.)
      context: (l) => l.m.regionNote,
      // The countries' own records first (their region comes from the dataset they cite), then their standings'.
      sources: [...(listed[0] ? [listed[0].country.sources] : []), ...listed.slice(0, 2).map((m) => m.record.sources)],
    };
  },
};

/** A country named after "other than", "besides", "except" (within a few words: "other than india and pak"). */
function leftOut(q: Question, at: number): boolean {
  const before = q.words.slice(Math.max(0, at - 4), at).join(' ');
  return /\b(other than|besides|except|excluding|apart from|not counting|beyond)\b/.test(before);
}
