import { latinWords } from '../../base/text.js';
import type { Cue } from '../lexicon/cues.js';
import type { DisputedClaimT, RejectedSourceT } from '../../facts/schema.js';
import type { Verdict } from '../draft.js';
import type { AskFacts } from '../facts.js';
import type { Intent } from './types.js';
import type { Question } from '../understand/question.js';
import { asksWhichOnes, offersUnknown, sidesAt, subjects } from './shared.js';

const VERDICT: Record<DisputedClaimT['verdict'], Verdict> = {
  false: 'no',
  misleading: 'notQuite',
  incomplete: 'notQuite',
  unverified: 'unverified',
  correct: 'yes',
};

/** A request to keep, cite or use something ("ok to keep?", "can I cite it", "should we use it"). */
const KEEP = /\b((ok|okay|fine|safe) to|can (i|we)|should (i|we)) (keep|cite|use|quote)\b/;

/** Rejected references' addresses written so no client turns them into links ("sco-secretok[.]org"). */
function defang(f: AskFacts, text: string): string {
  const hosts = f.store.rejectedSources().map((r) =>
    r.url
      .replace(/^https?:\/\//, '')
      .split('/')[0]!
      .replace(/^www\./, ''),
  );
  return hosts.reduce((t, h) => t.split(h).join(h.replace(/\.([a-z]+)$/, '[.]$1')), text);
}

/** The seed article's claims and references: is it true that…, is this source real, which claims are wrong. */
export const claims: Intent = {
  id: 'claims',
  priority: 92,
  examples: [
    { q: 'was the qingdao meeting the 22nd meeting of defence ministers?', must: ['Not verified'] },
    {
      q: "an article says the sco 'boasts eight members', citing sco-secretok.org: what's wrong with it?",
      must: ['sectsco.org', '10'],
    },
    { q: 'did Dong Jun give a statement to Xinhua?', must: ['Not quite'] },
    { q: 'did dong jun talk to xinhua directly or was he just quoted', must: ['reported'] },
    { q: 'is Globe Insight a real source?', must: ['do not'] },
    { q: 'Which claims in the article are wrong?', must: ['eight members'] },
    { q: 'Which references should not be cited?', must: ['Globe Insight', 'Eurasianet'] },
    { q: 'explain which sources in the article are dubious', must: ['Globe Insight'] },
  ],
  match(q) {
    const cited = q.has('claimSource') || q.has('true') || q.has('reliable') || q.has('reference');
    if (
      (q.main('list') || q.form === 'which' || q.form === 'what') &&
      q.has('claimSource') &&
      whichClaims(q) &&
      // ("our guest said the US became an SCO dialogue partner in 2024 … what's the right line?": the line heard, which
      // the data contradicts, is what is to be corrected, not the article's claims.)
      !q.claims.some((c) => c.holds === false && (c.kind === 'status' || c.kind === 'joined')) &&
      // "What did India's MEA actually say?": an emphasis asks no truth of a claim.
      (q.cues.some((c) => c.cue === 'true' && !/^(actually|really|so)$/.test(q.words[c.at] ?? '')) ||
        q.terms.some((t) =>
          /^(wrong|false|errors?|mistakes?|inaccurate|incorrect|off|dodgy|fishy|misleading|bogus|mistaken)$/.test(t),
        ))
    )
      return 93;
    if (
      q.has('reference') &&
      (q.form === 'which' || q.form === 'explain' || q.main('list')) &&
      q.terms.some(
        (t) => /^(cite|cited|not|avoid|rejected|trust|reliable|fake|fabricated)$/.test(t) || q.has('reliable'),
      )
    )
      return 93;
    // "Walk me through which references in the seed article are dodgy": the article's references, asked about as a whole.
    if (
      q.main('reference') &&
      q.main('claimSource') &&
      (q.form === 'which' || q.form === 'explain' || q.form === 'what' || q.main('list')) &&
      (q.disputed[0]?.score ?? 0) < 3
    )
      return 88;
    const top = q.disputed[0];
    if (!top) return undefined;
    // ("Xinhua says Xi went on to Egypt …": a claim whose only word in the question is the source that says it is no
    // claim of that source's to check.)
    const keyAt = top.claim.keywords
      .map((k) => k.toLowerCase())
      .filter((k) => !k.includes(' '))
      .flatMap((k) => q.words.flatMap((w, i) => (w === k ? [i] : [])));
    if (
      keyAt.length > 0 &&
      keyAt.every((i) =>
        /^(says|said|say|reports|reported|claims|claimed|calls|called|line|quotes|quoted)$/.test(q.words[i + 1] ?? ''),
      ) &&
      top.claim.keywords.every((k) => !k.includes(' ') || !q.words.join(' ').includes(k.toLowerCase()))
    )
      return undefined;
    // ("was the NATO summit in The Hague in 2025?": a claim matched only by the name of the other organisation's meeting
    // the question asks yes or no of speaks of that meeting in passing; the meeting's record answers.)
    // ("was the qingdao defence meeting before or after the nato summit in the hague?": so does one asked of the order of
    // two meetings named.)
    const named = !q.eventNamed
      ? []
      : q.form === 'yesno'
        ? q.events.slice(0, 1)
        : q.form === 'choice'
          ? q.events.slice(0, 2)
          : [];
    const context = named.filter((e) => e.kind === 'context');
    if (context.length > 0) {
      const typed = ` ${q.words.join(' ')} `;
      const hits = top.claim.keywords.filter((k) => typed.includes(` ${latinWords(k).join(' ')} `));
      if (hits.length > 0 && hits.every((k) => context.some((e) => e.name.toLowerCase().includes(k.toLowerCase()))))
        return undefined;
    }
    // ("our script says the sco charter was signed in shanghai in 2001": a claim that never speaks of the thing the
    // question is about — the Charter, the Secretary-General — is another claim, however many words it shares.)
    const said = `${top.claim.claim} ${top.claim.correction ?? ''}`;
    if ((Object.keys(TOPIC_WORDS) as Cue[]).some((cue) => q.has(cue) && !TOPIC_WORDS[cue]!.test(said)))
      return undefined;
    // "How did Indian vs Pakistani media frame it": the countries' own recorded positions, not a claim to check.
    // "…can you list them? the article says eight": a source named aside while the question asks for a list; the list answers (the premise is corrected first).
    // "what was total trade … in 2025? i saw a eurasianet piece on it": so is one beside a question of a thing the data lacks.
    if (
      q.has('claimSource') &&
      !q.main('claimSource') &&
      (q.form === 'list' || (q.form !== 'yesno' && (q.foreignWords.length > 0 || q.headKnown === false))) &&
      // (A filler in an aside, "ok so …", asks no truth.)
      !q.main('true') &&
      !q.has('reliable')
    )
      return 75;
    // ("I'm citing the Charter that …": the asker's own citing, in an aside, asks nothing of a claim.)
    const reliable = q.cues.some(
      (c) => c.cue === 'reliable' && c.role === 'main' && !/^(m|im|am|re|are)$/.test(q.words[c.at - 1] ?? ''),
    );
    // ("I keep seeing that the SCO has eight members — can you list those eight?", "… which eight are they?": the list,
    // its count corrected first.)
    if (
      ((q.form === 'list' && q.main('list')) || asksWhichOnes(q)) &&
      // (The members may be named only in the quote: "'the SCO's eight members' … so which eight are they?"; "so" there
      // opens the question, it asks no truth.)
      q.has('member') &&
      !q.cues.some((c) => c.cue === 'true' && c.role === 'main' && q.words[c.at] !== 'so')
    )
      return 75;
    // ("Was Uzbekistan part of the Shanghai Five? My textbook is a bit vague on this": a source named only in an aside,
    // when the question shares none of a claim's own words and reports nothing it says, asks nothing of the claim.)
    // (One that reports a statement, "someone said it was the day after", gives a claim to check.)
    const sourceAside =
      q.has('claimSource') &&
      q.cues.every((c) => c.cue !== 'claimSource' || c.role === 'aside') &&
      top.own === 0 &&
      // ("… one of the drafts says so": a report of what the question itself states reports nothing of its own; nor does
      // the asker's own "is it right to say …".)
      !q.words.some(
        (w, i) =>
          /^(says|said|say|claims?|claimed|reports?|reported|writes|wrote|lists?|listed|states|stated)$/.test(w) &&
          q.words[i + 1] !== 'so' &&
          q.words[i - 1] !== 'to',
      );
    // "The Shanghai Five had six members, right?": a claim of the question's own that the data contradicts is what is
    // checked, not an article's claim the data upholds (whoever the question says made it: "viral post says the SCO was
    // founded in 2001 in beijing").
    if (top.claim.verdict === 'correct' && q.claims.some((c) => c.holds === false)) return undefined;
    // ("was the sco founded on 16 june 2001?": a claim upheld for its year says nothing of a day it does not name.)
    if (top.claim.verdict === 'correct' && q.time?.day !== undefined && !new RegExp(`\\b${q.time.day}\\b`).test(said))
      return undefined;
    // ("'Pakistan was a founding member of SCO in 2001' - tweet claim, true?": a claim the data upholds of the organisation
    // says nothing of the country the question is about.)
    if (top.claim.verdict === 'correct' && subjects(q).length > 0 && !subjects(q).some((c) => said.includes(c.name)))
      return undefined;
    // (Nor one the question states of another thing, a count, which holds: "our chronology records the member count as
    // six for 2001–2017, is that correct?" is checked by the count, not by an article's claim of the founding year.)
    if (top.claim.verdict === 'correct' && q.claims.some((c) => c.kind === 'count' && c.holds === true))
      return undefined;
    // ("rajnath singh signed the qingdao joint declaration in the end, right?": whether someone signed, which a claim about
    // what the document is called does not say.)
    if (
      q.form === 'yesno' &&
      q.main('sign') &&
      !q.has('refuse') &&
      q.people.some((p) => p.role === 'main') &&
      !q.people.some((p) => said.includes(p.official.name.split(' ').at(-1)!))
    )
      return undefined;
    if ((q.has('claimSource') && !sourceAside) || reliable) return sidesAt(q) && q.form !== 'yesno' ? 75 : 95;
    // "Is it true that…" about a claim's distinctive words; a plain yes/no question only with the claim's own words ("the 22nd meeting").
    // ("shanghai five vs sco — what's actually different?": outside a yes/no question an emphasis asks no truth.)
    const truthAsked = q.cues.some(
      (c) => c.cue === 'true' && (q.form === 'yesno' || !/^(actually|really)$/.test(q.words[c.at] ?? '')),
    );
    if (top.score >= 3 && truthAsked) return 91;
    // ("'Dong … gave a statement to Xinhua.' anything off?": a line put to be checked the other way round, in the claim's
    // own words.)
    if (top.own >= 3 && /\b(anything|something) (off|wrong|incorrect|inaccurate|amiss)\b/.test(q.words.join(' ')))
      return 91;
    // "Is Belousov still the minister in 2026?" asks about now, not whether a claim in the article was right.
    // (A choice offering a name the data does not know, "was it belousov or shoigu at qingdao?", is answered by the
    // record of the one it knows, not by a claim the data upholds.)
    if (
      top.own >= 3 &&
      (q.form === 'yesno' || (q.form === 'choice' && (top.claim.verdict !== 'correct' || !offersUnknown(q)))) &&
      !q.has('still') &&
      !q.has('current')
    )
      return 91;
    // "What did Dong tell Xinhua in his statement?": a question asked of what a wrong claim says happened is asked of a
    // false premise; the claim's correction answers it.
    if (
      top.own >= 3 &&
      (q.form === 'what' || q.form === 'how' || q.form === 'why') &&
      (top.claim.verdict === 'false' || top.claim.verdict === 'misleading')
    )
      return 90;
    return cited ? 75 : top.score >= 4 ? 60 : undefined;
  },
  answer(q, f) {
    // ("… which alphabet?": a which-question about a thing the data does not name is no request for the claims.)
    const listing =
      q.has('claimSource') &&
      (q.main('list') || q.form === 'which' || q.form === 'what') &&
      !q.has('reference') &&
      whichClaims(q);
    const found = q.disputed[0];
    if (listing && (!found || found.score < 3)) return list(f);
    if (
      q.has('reference') &&
      (q.form === 'which' || q.form === 'explain' || q.form === 'what' || q.main('list')) &&
      (!found || found.score < 3)
    )
      return references(f);
    if (!found) return references(f);
    const c = found.claim;
    // "An article says X, with refs to Y and Z — what's wrong with it?": every claim the question quotes well, up to three, each with its correction.
    const more =
      q.form === 'yesno'
        ? []
        : q.disputed
            .slice(1)
            .filter((d) => d.score >= 3 && d.claim.verdict !== 'correct')
            .slice(0, 4)
            .map((d) => d.claim);
    // "Is globainsight.com a good source?": a reference the data doubts is answered by why, after the verdict.
    const asSource =
      c.madeIn.includes('reference') &&
      c.verdict !== 'correct' &&
      q.has('reliable') &&
      (q.form === 'yesno' || q.form === 'fragment');
    if (asSource)
      return {
        kind: 'fact',
        title: () => `Claim check: ${c.verdict}`,
        // Whether to keep or cite a reference the data doubts ("ok to keep?") is a No; whether it is good, its doubt.
        verdict: KEEP.test(q.words.join(' ')) ? 'no' : VERDICT[c.verdict],
        verdictAlways: q.form === 'yesno' || q.form === 'fragment',
        lead: () => defang(f, c.correction),
        details: [{ items: [defang(f, `${c.madeIn}: ${c.claim}`)] }],
        sources: [c.sources],
      };
    return {
      kind: 'fact',
      title: () => `Claim check: ${c.verdict}`,
      verdict: VERDICT[c.verdict],
      // "An article says X — ok to keep?": a claim reported with no question word of its own asks whether it holds.
      verdictAlways:
        q.form === 'yesno' ||
        (q.has('true') && q.form !== 'what' && q.form !== 'which') ||
        (q.form === 'fragment' && q.has('claimSource')),
      lead: (l) => l.m.claim[c.verdict],
      context: defang(f, c.correction),
      details: [
        {
          items: [
            defang(f, `${c.madeIn}: ${c.claim}`),
            ...more.map((m) => defang(f, `${m.madeIn}: ${m.claim} ${m.correction}`)),
          ],
        },
      ],
      sources: [c.sources, ...more.map((m) => m.sources)],
    };
  },
};

function list(f: AskFacts) {
  const wrong = f.store.disputedClaims().filter((c) => c.verdict !== 'correct' && !c.madeIn.includes('reference'));
  return {
    kind: 'fact' as const,
    title: () => 'Claims that are wrong or need care',
    lead: (l: import('../draft.js').Loc) => l.m.claimsList(l.n(wrong.length)),
    details: [{ items: wrong.map((c) => defang(f, `${c.verdict}: ${c.claim} — ${c.correction}`)) }],
    sources: wrong.slice(0, 3).map((c) => c.sources),
  };
}

function references(f: AskFacts) {
  const rejected: readonly RejectedSourceT[] = f.store.rejectedSources();
  const backing = f.store.disputedClaims().filter((c) => c.madeIn.includes('reference'));
  return {
    kind: 'fact' as const,
    title: () => 'References not to cite',
    lead: (l: import('../draft.js').Loc) => l.m.referencesRejected(l.n(rejected.length)),
    details: [{ items: rejected.map((r) => defang(f, `${r.citedAs} — ${r.verdict}: ${r.reason}`)) }],
    sources: backing.slice(0, 3).map((c) => c.sources),
  };
}

/** "Which bits are wrong?", "what's off?": the question word asks for claims, not for another thing ("which alphabet?"). */
function whichClaims(q: Question): boolean {
  const at = q.words.findIndex((w) => w === 'which' || w === 'what' || w === 'whats');
  const governed = at >= 0 ? q.words[at + 1] : undefined;
  // ("the document list says 'dialogue partner', TASS says 'partner' - which one is right?": one of two sources' words,
  // each named, is chosen; no claim of the article's is asked.)
  if (
    governed === 'one' &&
    q.cues.some((c) => c.cue === 'true' && /^(right|correct|accurate)$/.test(q.words[c.at] ?? '')) &&
    q.has('claimSource')
  )
    return false;
  return (
    governed === undefined ||
    /^(claims?|bits?|parts?|things?|errors?|mistakes?|ones?|is|are|was|were|s|of|about|in|did|does|do|else|exactly|statements?|points?|lines?|sentences?|details?)$/.test(
      governed,
    )
  );
}

/** What a claim must speak of to be the one a question about that thing checks. */
const TOPIC_WORDS: Partial<Record<Cue, RegExp>> = {
  charter: /charter/i,
  secgen: /secretary/i,
  director: /RATS|director/i,
};
