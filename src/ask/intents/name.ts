import { COMMON } from '../lexicon/common.js';
import type { Intent } from './types.js';
import { subjects } from './shared.js';

/** "What does SCO stand for?", "what's the SCO called in full?" */
export const name: Intent = {
  id: 'name',
  priority: 76,
  examples: [
    { q: 'what does SCO stand for', must: ['Shanghai Cooperation Organisation'] },
    { q: 'whats the sco called in full', must: ['Shanghai Cooperation Organisation'] },
    { q: 'Was bedeutet die Abkürzung SOZ?', must: ['Shanghaier Organisation für Zusammenarbeit'] },
  ],
  match(q) {
    // ("pak defence minister at qingdao, full name pls": a person's full name, not the organisation's.)
    if (q.main('standFor')) {
      // ("what do the colours on the SCO flag stand for?": a word the data does not know is what stands for something.)
      // (The subject is what stands between "does" and the cue: "hi all, newbie here — what does sco even stand for" is
      // the acronym.)
      const at = q.cues.find((c) => c.cue === 'standFor')?.at ?? 0;
      let from = at;
      while (from > 0 && !/^(do|does|did)$/.test(q.words[from - 1]!)) from--;
      // (Without "does", an English line's word just before the cue: "qingdao plenary venue, full name".)
      const own = (w: string) => q.unknownWords.includes(w) && !COMMON.has(w);
      const ownSubject =
        from > 0
          ? q.words.slice(from, at).some(own)
          : q.lang === 'en' &&
            (own(q.words[at - 1] ?? '') ||
              q.cues.some(
                (c) => c.at + (c.len ?? 1) === at && (c.cue === 'host' || c.cue === 'summit' || c.cue === 'meeting'),
              ));
      // ("the full name of the strategy document adopted at tianjin", "strateji belgesinin tam adı": the name of a document or
      // meeting named beside it.)
      const namesAnother = q.cues.some(
        (c) => c.at !== at && Math.abs(c.at - at) <= 4 && /^(strategy|statement|outcome|declaration)$/.test(c.cue),
      );
      return ownSubject ||
        namesAnother ||
        q.bodies.length ||
        q.otherOrgs.length ||
        q.people.length ||
        q.main('minister', 'secgen', 'director')
        ? undefined
        : 92;
    }
    // ("why is it called 'Shanghai' if the headquarters isn't there?": "it", with nothing else named, is the SCO.)
    // (A body named only in what follows "if" is no subject of the name; "why is it called RATS" asks of the body.)
    const named =
      /^(?:why|how come) (?:is|was) it (?:called|named) (?:the )?(\w+)(?: cooperation organi[sz]ation)?(?: (?:if|when|though|although|but)\b|$)/.exec(
        q.words.join(' '),
      );
    const itCalled =
      !!named &&
      !/^(rats|secretariat|headquarters|hq|structure|council|bank)$/.test(named[1]!) &&
      q.countries.length === 0 &&
      q.people.length === 0;
    if (
      q.main('called') &&
      (q.sco || itCalled) &&
      !q.has('before') &&
      !q.has('previous') &&
      subjects(q).length === 0 &&
      !q.main('secgen', 'chair', 'director', 'language', 'tourism') &&
      // ("ایس سی او کے دس رکن ممالک کے نام بتا دیں": the names of its members are its members.)
      !q.main('member', 'partner', 'observer') &&
      // ("did the sco run any joint military exercises in 2026? names and dates?": the names of a thing the data does not
      // know, not the organisation's.)
      !q.unknownWords.some((w) => w.length > 3 && !COMMON.has(w))
    )
      return 80;
    return undefined;
  },
  answer(_q, f) {
    const fact = f.topic('founding');
    return {
      kind: 'fact',
      title: (l) => `${l.org}: ${l.orgFull}`,
      lead: (l) => l.m.standsFor(l.org, l.orgFull),
      ...(fact?.date && fact.place && { context: (l) => l.m.founded(l.d(fact.date!), l.place(fact.place!)) }),
      sources: [fact?.sources ?? []],
    };
  },
};
