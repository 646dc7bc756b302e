import { latinWords } from '../../base/text.js';
import type { Intent } from './types.js';
import { firstSentence, subjects } from './shared.js';

/** "Is the EU a member?", "is NATO part of the SCO?", "what about ASEAN?": organisations are not members; what the data says about them. */
export const otherOrganisations: Intent = {
  id: 'other-organisations',
  priority: 62,
  examples: [
    { q: 'Is the EU a member?', must: ['No', 'European Union'] },
    { q: 'Is NATO part of the SCO?', must: ['No'] },
  ],
  match(q) {
    if (q.otherOrgs.length === 0 || subjects(q).length > 0) return undefined;
    // What one of its meetings agreed or when it was ("NATO's Hague spending commitment in numbers", "Qingdao vs the
    // Hague — the timing") is that meeting's, not the organisation's relation to the SCO.
    if (
      q.eventNamed &&
      q.events[0]?.kind === 'context' &&
      !q.main('member', 'partOf', 'partner', 'observer', 'status', 'join') &&
      (q.main('target', 'outcome', 'compare', 'before', 'after', 'difference', 'same') || q.form === 'how')
    )
      return undefined;
    // ("Did UN Secretary-General join SCO Plus in Bishkek?": its officer at an SCO meeting is who attended that meeting.)
    if (q.main('secgen', 'head') && q.eventNamed && q.events[0]?.sco === true) return undefined;
    // ("which big western players have no sco status at all? us, japan, eu, uk": the organisation among countries, all
    // asked of as having no standing, is one of those the data lists.)
    if (q.negated && q.main('status', 'partOf') && (q.form === 'which' || q.form === 'list') && q.countries.length > 0)
      return undefined;
    // A fragment naming one of its meetings ("nato hague summit dates?") is about that meeting.
    if (
      q.main('member', 'partOf', 'partner', 'observer', 'status', 'join') ||
      (q.form === 'fragment' && !(q.eventNamed && q.places.length > 0))
    )
      return 92;
    // "Who founded NATO?": about the other organisation itself, which the data does not cover.
    if (q.main('found', 'secgen', 'head', 'count', 'list') || q.form === 'who') return 90;
    return undefined;
  },
  answer(q, f) {
    const org = f.names.otherOrganisations[q.otherOrgs[0]!]!;
    const facts = org.facts.map((id) => f.store.orgFact(id)).filter((x) => x !== undefined);
    const events = org.events.map((id) => f.event(id)).filter((x) => x !== undefined);
    // "What status does the SCO have at the CIS?", "the SCO getting observer status at the CIS": the SCO's standing at
    // the other organisation, not the other's at the SCO.
    // (In any language: "l'OCS a-t-elle obtenu auprès de la CEI", "die SOZ bei der GUS".)
    const sco = q.words.findIndex((w) => /^(sco|ocs|soz|sio)$/.test(w));
    const orgWords = new Set(
      [org.name, ...Object.values(org.recognise).flat()]
        .map((n) => latinWords(n)[0])
        .filter((w): w is string => w !== undefined),
    );
    const after = (i: number) => {
      let k = i + 1;
      while (/^(the|de|la|le|l|der|die|dem|del|el)$/.test(q.words[k] ?? '') && k < i + 3) k++;
      return q.words[k] ?? '';
    };
    const scoAtOrg =
      q.sco &&
      ((sco >= 0 &&
        q.words.some(
          (w, i) => i > sco && /^(at|in|with|from|aupres|bei|ante|en)$/.test(w) && orgWords.has(after(i)),
        )) ||
        // ("上合组织在天津峰会上获得了独联体的什么地位？": in another script, the SCO's status named beside the other body.)
        (q.words.length === 0 && q.main('status')));
    const membership = (q.main('member', 'partOf', 'partner', 'join') || q.form === 'fragment') && !scoAtOrg;
    // A fact about the organisation and the SCO that the question's words point at ("observer status at the CIS").
    const pointed = facts.find(
      (x) =>
        (q.cues.some((c) => c.cue === 'observer') ||
          (scoAtOrg && q.main('status')) ||
          // ("sco vs cis - how are the two connected?": the tie between the two, which the SCO's status there is.)
          (q.main('status') && (q.form === 'how' || q.form === 'explain'))) &&
        /observer/i.test(x.text) &&
        !/guest/i.test(x.label),
    );
    if (!membership && pointed)
      return {
        kind: 'fact',
        title: () => pointed.label,
        ...(q.form === 'yesno' && { verdict: 'yes' as const }),
        lead: (l) => (l.lang === 'en' ? pointed.text : l.m.fromData(pointed.label)),
        ...(q.lang !== 'en' && { context: pointed.text }),
        sources: [pointed.sources],
      };
    if (!membership && q.form !== 'yesno') {
      return {
        kind: 'notHeld',
        title: () => 'Not in the data',
        lead: (l) => l.m.notHeldAbout(org.name),
        context: facts[0]?.text ?? (events[0] ? firstSentence(events[0].summary) : undefined),
        sources: [],
      };
    }
    return {
      kind: 'fact',
      title: () => `${org.name} and the SCO`,
      ...(q.form === 'yesno' && { verdict: 'no' as const }),
      lead: (l) => l.m.notAnOrgMember(org.name),
      context: facts[0]?.text ?? (events[0] ? firstSentence(events[0].summary) : undefined),
      sources: [...facts.map((x) => x.sources), ...events.map((e) => e.sources), f.topic('family')?.sources ?? []],
    };
  },
};
