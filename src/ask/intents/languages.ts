import type { Verdict } from '../draft.js';
import type { Intent } from './types.js';

/** "What are the official languages of the SCO?", "is English an official language?" */
export const languages: Intent = {
  id: 'languages',
  priority: 68,
  examples: [
    { q: 'what are the official languages of the sco', must: ['Chinese', 'Russian'] },
    { q: 'Is English an official language of the SCO?', must: ['No', 'Chinese', 'Russian'] },
    { q: 'Какие официальные языки ШОС', must: ['китайский', 'Chinese'] },
    { q: 'fact check: the SCO has only two official languages. true?', must: ['Yes', 'Chinese', 'Russian'] },
    { q: 'does the sco have three official languages?', must: ['No', 'Chinese', 'Russian'] },
    {
      q: "the SCO's three official languages are Chinese, Russian and English. When was English added?",
      must: ['English is not', 'Chinese and Russian'],
    },
  ],
  match(q) {
    // "our student insists English is an official SCO language too — is she right?", "since English became an official
    // language, …": a language said to be official, in a statement checked or a premise, is the relation asked.
    const stated =
      q.languages.length > 0 && q.form === 'yesno' && q.words.some(isOfficial) && q.words.some(isLanguageWord);
    if (!q.main('language') && !stated) return undefined;
    // "languages spoken across SCO countries" is about the countries, not the organisation.
    if (q.terms.some((t) => /^(spoken|speak|speaks|speaking)$/.test(t))) return undefined;
    // ("What level of Turkish delegation attended …?", "a turkish listener asks …": a people's word before what it
    // qualifies names no language.)
    const languageCue = q.cues.find((c) => c.cue === 'language' && c.role === 'main');
    if (
      languageCue &&
      q.cues.filter((c) => c.cue === 'language').length === 1 &&
      /^(delegation|delegations|side|government|president|minister|ministers|leader|leaders|officials?|diplomats?|media|press|embassy|team|troops|army|forces|envoy|representatives?|pm|premier|foreign|listeners?|viewers?|readers?|callers?|audience|students?|colleagues?|friends?|journalists?|reporters?|people|citizens|public|tourists?|visitors?|teachers?|professors?|lecturers?|guy|man|woman|lady|classmates?|neighbou?rs?|editors?|boss|tv|newspapers?|outlets?|channels?)$/.test(
        q.words[languageCue.at + 1] ?? '',
      )
    )
      return undefined;
    // ("since English became an official SCO language, …": a language named as official is checked before what rests on it.)
    if (stated) return 94;
    return q.main('language') ? 90 : 88;
  },
  answer(q, f) {
    const fact = f.topic('officialLanguages');
    const codes = fact?.languages ?? [];
    const asked = q.languages.filter((c) => !(q.form === 'what' && codes.includes(c)));
    // "the SCO has only two official languages. true?": a count of them, checked when no language is named.
    const count = asked.length === 0 ? q.numbers.find((n) => n.stance !== 'ordinal' && !n.noun) : undefined;
    const verdict: Verdict | undefined =
      q.form !== 'yesno'
        ? undefined
        : asked.length
          ? asked.every((c) => codes.includes(c))
            ? 'yes'
            : 'no'
          : count && codes.length > 0
            ? count.value === codes.length
              ? 'yes'
              : 'no'
            : undefined;
    const others = asked.filter((c) => !codes.includes(c));
    // ("Is French or English an official SCO language?": neither of the two put is, a No.)
    const neither = q.form === 'choice' && asked.length >= 2 && others.length === asked.length;
    return {
      kind: 'fact',
      title: (l) => l.list(codes.map((c) => l.language(c))),
      ...(verdict && { verdict }),
      ...(neither && { verdict: 'no' as const, verdictAlways: true }),
      // A language named as official that is not ("the three official languages, Chinese, Russian and English — when was
      // English added?") is said not to be, whatever the form: the question rests on it.
      lead: (l) =>
        others.length
          ? `${others.map((c) => l.m.isOfficialLanguage(cap(l.language(c)), false)).join(' ')} ${l.m.officialLanguages(l.list(codes.map((c) => l.language(c))))}`
          : l.m.officialLanguages(l.list(codes.map((c) => l.language(c)))),
      context: fact?.text,
      sources: [fact?.sources ?? []],
    };
  },
};

/** "Official" in the Latin-script languages (folded): what makes a language named a claim about the organisation. */
const isOfficial = (w: string) =>
  /^(official|oficial|oficiales|officiel|officielle|officielles|officiels|amtssprache|amtssprachen|resmi)$/.test(w);
/** A word for "language" itself, not a language's name ("Urdu channel" names no official language). */
const isLanguageWord = (w: string) =>
  /^(language|languages|langs|lang|sprache|sprachen|amtssprache|amtssprachen|idioma|idiomas|lengua|lenguas|langue|langues|dil|dili|dilleri|diller)$/.test(
    w,
  );

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
