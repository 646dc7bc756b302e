import { fold } from './text.js';
import { latinFold, latinWords } from '../../base/text.js';
import type { Role } from './question.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import { ANYTHING_OFF, CHECK_TAG_END, framedClaim, WHOLE_TAG } from './claim-frame.js';
import { isMonth } from './time.js';

/**
 * The question cut into segments (sentences, dash- or colon-separated parts, parenthetical
 * asides) and, inside the segment that asks, the main clause apart from subordinate clauses
 * ("who was the chair | when Iran joined"). Roles let an incidental word — a year in an aside,
 * a country in a relative clause — count for less than the words the question is about.
 */
export interface Token {
  /** Folded Latin word ("secretary", "2019", "22nd"). */
  w: string;
  /** Segment index. */
  seg: number;
  /** Comma part inside the segment. */
  part: number;
  role: Role;
  /** A name put first, before the question proper ("Sri Lanka — SCO member?"). */
  topic?: boolean;
  /** In a statement put as a tag question ("… in 2025, right?") that a later question points back at: the asker checks it. */
  tagged?: boolean;
  /** In a premise put first ("since the SCO has 8 members, …"): taken for granted, not asked. */
  premise?: boolean;
  /** In a statement put before the question, which the question points back at. */
  stated?: boolean;
  /** Who said or read the statement put first ("my cousin swears", "I keep reading that"): no part of what is asked. */
  said?: boolean;
  /** A word of a request to check the statement ("everything in it" of "is everything in it correct?"): no cue of its own. */
  check?: boolean;
}

/** A bare tag after a statement ("true?", "is that right?", "correct or not?"). */
// ("… — yes?", "I'd like a plain yes or no.": the answer's form asked after the statement is its tag too.)
// ("… correct or off by a day?": the other way, said of the dates.)
// ("… depuis le sommet de Tianjin. Vrai ou faux ?": the same pair in French, Spanish and German.)
const BARE_TAG =
  /^(is (that|this|it) )?(true|right|correct|accurate|really|so|legit|real|wrong|false)( or (not|false|wrong|off by (a|one) (day|year)))?$|^(yes|(?:(?:i d|i would) like |i want |give me |just |only )?(?:a )?(?:plain |simple |straight |clear |short )?yes or no(?: answer)?(?: please| pls)?)$|^(?:vrai ou faux|verdadero o falso|richtig oder falsch|wahr oder falsch)$/;

/** The words of a request to check that say how the statement stands ("is it correct"): they keep their cues. */
const CHECK_WORD = new Set([
  'is',
  'was',
  'true',
  'right',
  'correct',
  'accurate',
  'ok',
  'okay',
  'fine',
  'fair',
  'legit',
  'still',
]);

export interface Segments {
  tokens: Token[];
  /** Index of the segment that asks the question. */
  main: number;
  /** Does the main segment end with a question mark? */
  asks: boolean;
  /** The main segment's words, in order (for form and head detection). */
  mainWords: string[];
  /** The index of the first main-segment token. */
  mainStart: number;
}

const WH = new Set([
  'who',
  'whom',
  'whose',
  'what',
  'whats',
  'which',
  'when',
  'where',
  'why',
  'how',
  'hows',
  'wheres',
  'whos',
  'whens',
  // "Die SOZ hat acht Mitglieder – welche sind das?": which, in the other Latin-script languages (folded).
  'welche',
  'cuales',
  'quels',
  'quelles',
]);
/** ("Guten Tag aus Berlin. Wann genau fand … statt": the sentence a question word of another language opens asks, not the greeting.) */
const WH_OTHER = new Set([
  'wer',
  'wann',
  'wo',
  'warum',
  'wieso',
  'weshalb',
  'welcher',
  'welches',
  'welchen',
  'welchem',
  'quien',
  'quienes',
  'cuando',
  'donde',
  'cual',
  'cuantos',
  'cuantas',
  'quand',
  'combien',
  'pourquoi',
  'quel',
  'quelle',
  'kim',
  'nerede',
  'hangi',
  'neden',
  // (A request that opens a sentence asks too: "Erklären Sie bitte …", "Explícame …".)
  'erklaren',
  'erklaeren',
  'beschreiben',
  'nennen',
  'explica',
  'explicame',
  'explique',
  'expliquez',
  'dime',
  'digame',
  'acikla',
  'anlat',
  // (So does a polite "can you" in another language: "Pouvez-vous retracer … — observateur, partenaire — jusqu'à …?")
  'pouvez',
  'pourriez',
  'pourrais',
  'podria',
  'podrias',
]);
/** "How" in German (the French "comment" also opens what a request to explain asks of). */
const HOW_OTHER = new Set(['wie']);
const AUX = new Set([
  'is',
  'are',
  'was',
  'were',
  'do',
  'does',
  'did',
  'has',
  'have',
  'had',
  'can',
  'could',
  'will',
  'would',
  'should',
  'shall',
  'may',
  'might',
  'isn',
  'aren',
  'wasn',
  'weren',
  'didn',
  'doesn',
  'hasn',
  'haven',
]);
const COMMAND = new Set([
  'lay',
  'tell',
  'list',
  'name',
  'explain',
  'describe',
  'give',
  'show',
  'compare',
  'walk',
  'summarise',
  'summarize',
  'outline',
  'define',
  'identify',
  'enumerate',
  'confirm',
  'check',
  'verify',
  'remind',
  'brief',
  'recap',
]);
/** Openers that are not the question: greetings, context about the asker. */
/** Words that point back at things named before ("what is known about each", "compare them"). */
const BACK_REFERENCE = new Set([
  'each',
  'both',
  'them',
  'either',
  'these',
  'those',
  'they',
  'beide',
  'jeweils',
  'ambos',
  'ambas',
  'chacun',
  'chacune',
  'deux',
  'ikisi',
  'ikisinin',
]);

/**
 * Whether a word points back at things named before ("what is known about each", "compare them", "what did each summit
 * change"); "each of the 10 SCO member states" names its own.
 */
function pointsBackAt(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  if (!BACK_REFERENCE.has(w)) return false;
  if (!/^(each|both|either)$/.test(w) || words[i + 1] !== 'of') return true;
  const after = words.slice(i + 2).find((x) => !/^(the|its|their|all|\d+)$/.test(x));
  return after === undefined || /^(them|these|those|us|you|it)$/.test(after);
}
/** Words that alone ask only for a form of answer ("timeline?", "quick summary", "step by step"). */
const FORM_TAG = new Set([
  'timeline',
  'chronology',
  'summary',
  'overview',
  'rundown',
  'breakdown',
  'history',
  'explain',
  'explained',
  'recap',
  'tldr',
  'tl',
  'dr',
  'quick',
  'brief',
  'short',
  'step',
  'by',
  'steps',
  'details',
  'pls',
  'please',
]);

const FILLER = new Set([
  'hi',
  'hello',
  'salam',
  'salaam',
  'namaste',
  'hey',
  'so',
  'ok',
  'okay',
  'and',
  'also',
  'please',
  'pls',
  'plz',
  'quick',
  'q',
  'question',
  'well',
  'um',
  'uh',
  'yo',
  'btw',
  'sorry',
  'thanks',
  'thank',
  'you',
  'oh',
  'now',
  'then',
  'but',
  'just',
  'one',
  'more',
  'again',
  'out',
  'of',
  'curiosity',
  'bot',
  'sco',
  'dear',
  'folks',
  'guys',
  'team',
  'right',
  'alright',
  'honestly',
  'actually',
  'basically',
  'simple',
  'really',
  // ("Respected Sir/Madam, …": a formal salutation.)
  'respected',
  'sir',
  'madam',
  // Chat interjections ("lol is persia in the sco", "ngl when did…").
  'lol',
  'lmao',
  'haha',
  'omg',
  'bruh',
  'ngl',
  'tbh',
  'hmm',
  // ("wait when was sco even founded", "yeah but who chairs it")
  'wait',
  'yeah',
  'yea',
  'ah',
]);
/** Words that open a subordinate clause when they are not the question's first word. */
const SUBORDINATE = new Set([
  'when',
  'where',
  'whereas',
  'while',
  'if',
  'because',
  'although',
  'though',
  'unless',
  'whether',
  'once',
]);
/** Time words that open a clause only when a verb follows ("before Belarus joined", not "before 2017"). */
const TEMPORAL = new Set(['after', 'before', 'since', 'until', 'till']);
const CLAUSE_VERBS = new Set([
  'joined',
  'acceded',
  'accede',
  'join',
  'joins',
  // "before joining", "after becoming a member": a clause of its own, with its subject left out.
  'joining',
  'acceding',
  'accession',
  'becoming',
  'entering',
  'getting',
  'leaving',
  'became',
  'become',
  'was',
  'were',
  'is',
  'are',
  'got',
  'had',
  'has',
  'have',
  'entered',
  'admitted',
  'left',
  'took',
  'came',
  'did',
  'held',
  'hosted',
  'chaired',
  'signed',
  'refused',
  'applied',
  // ("Kazakhstan's defence minister Kosanov — appointed when?": an office taken, asked of the name before.)
  'appointed',
  'elected',
  'replaced',
  'happened',
  'met',
  'merged',
  'founded',
  'created',
  'formed',
  'expanded',
  'grew',
]);

/**
 * "What" opening a piece of a line ("what's the status of …"): what a thing is, then a yes/no of it, asks both. (Not "how
 * does the rotation work — is it alphabetical?", "when did … — was it at Tianjin?": there the yes/no is the question.)
 */
const WH_OPENS = /^(?:what|whats|what's|what is|what are|what were|what was)\b/i;
/** Any question word opening a part. */
const ANY_WH_OPENS = /^(?:who|whom|whose|what|whats|what's|when|where|which|how)\b/i;
/** Whether two things just asked about were one ("was it the same summit?", "same day?"). */
const SAME_ASKED =
  /^(?:(?:was|were|is|are)\s+(?:it|that|this|they|both)\s+(?:at\s+|on\s+|in\s+)?)?(?:the\s+)?same\s+(?:summit|meeting|day|date|time|year|event)\b/i;
/**
 * Whether what was just named exists yet ("is it a real thing yet", "has it actually been set up", "is it up and
 * running"): a yes/no that asks no more than the question before it does. (Not "— did it include the 2035 strategy?",
 * which asks a thing of its own.)
 */
const POINTED_YES_NO =
  /^(?:is|was|has|does)\s+(?:it|that|this)\s+(?:(?:actually|already|really|even|now|finally|officially)\s+)?(?:a\s+real\s+thing|real|a\s+thing|up\s+and\s+running|operating|operational|exist|functioning|in\s+place|(?:been\s+)?(?:(?:legally|officially|formally)\s+)?(?:set\s+up|constituted|created|established|founded|launched|decided))\b/i;

/** Whether what was just asked is settled ("is that official", "was it confirmed", "is that decided already"). */
const SETTLED_YET =
  /^(is|was|has) (that|this|it) (\w+ ){0,2}(official|officially|confirmed|decided|final|settled|announced|agreed|certain)\b/;

/** A hedge that ends a statement ("…, I believe", "… iirc"): the statement stands without it. */
const HEDGE_AT_END =
  / (?:i (?:believe|think|guess|reckon|assume|suppose)|iirc|if i (?:remember|recall)(?: (?:right|rightly|correctly))?)$/;

/** An attribute asked of what was named before ("the exact date", "a date", "its name"). */
// ("… — any tentative dates yet?": "any" asks one too.)
const ATTRIBUTE_ASKED =
  /\b(the|that|this|a|its|any) (\w+ )?(number|figure|date|day|name|spelling|year)s?\b|^what dates\b/;

/** The asker introducing themselves ("editor here", "quick q from a student here"). */
const SELF_INTRO =
  // ("fact-check desk:", "Kurze Frage für meinen Unterricht:": who the asker is, or that a question follows.)
  // ("Follow-up to my earlier one —": that a question follows another.)
  /^(\w+ ){0,4}(here|desk)$|^(\w+ ){1,2}(q|question)( for (a|an|my|our|the) \w+)?$|^((hallo|hi|hello|hey|hola|salut|bonjour|merhaba)( zusammen| leute| alle| everyone| all| a todos| a tous)? )?(\w+ )?(frage|pregunta|question|soru|вопрос)( (fur|furs|fuer|fuers|pour|para|icin|для) (\w+ ){0,3}\w+)?$|^(quick|short|kurze|kurzer|petite|pequena|breve|kucuk|kisa) (q|question|frage|ruckfrage|nachfrage|zwischenfrage|pregunta|soru|vergleich)\b|^(quick|short) (check|one|thing)( before (we|i|u) \w+)?$|^(a |one )?(quick )?follow ?up( q| question)?( to (my|the|our|your|that) (earlier|last|previous|first|other) (one|q|question))?$/;
/** What the asker is doing ("making a quiz for my class"): it may name the topic, but it is not what asks. */
const DOING =
  /^(making|writing|preparing|doing|building|working on|putting together|drafting|creating|updating|revising|studying|teaching|researching)\b/;

/** Split a question into segments and roles. Works on any script; words are folded Latin (other scripts give no words). */
/** A yes/no tag that closes a part ("… or nah", "… or not", "… right"). */
const TAG_AT_END = / (or (nah|not|no|nope)|right|correct|true or false|yes or no)$/;

/**
 * A request to tell that names nothing of its own ("could you tell me?"). (Not one to check or confirm: the statement
 * before it is then the claim to check.)
 */
const BARE_REQUEST =
  /^(?:(?:so|and|but|pls|please|kindly) )*(?:(?:could|can|would|will) (?:you|u) (?:please |pls |kindly )?)?(?:tell|say|advise|clarify|answer|help)(?: (?:me|us|that|this|it|with (?:that|this|it)))?(?: (?:please|pls|thanks|thank you))*$/;

export function segment(text: string): Segments {
  // A statement given to be checked is asked with its request ("'…' - fair?" reads as "… fair?"), and where it comes
  // from goes last, as an aside ("copy line:", "my student wrote"): it names nothing asked.
  const framed = framedClaim(text);
  const rawSegments = framed
    ? [
        // (A check the other way round, "anything off?", asks no yes or no: a Yes would mean the statement is wrong.)
        { text: `${framed.claim} ${framed.tag}`, asks: !ANYTHING_OFF.test(latinWords(framed.tag).join(' ')) },
        ...(framed.rest ? splitSegments(framed.rest) : []),
        ...(framed.frame ? [{ text: framed.frame, asks: false }] : []),
      ]
    : splitSegments(text);
  const tokens: Token[] = [];
  rawSegments.forEach((s, seg) => {
    s.text.split(/,|，|、/).forEach((partText, part) => {
      for (const w of latinWords(partText)) tokens.push({ w, seg, part, role: 'aside' });
    });
  });
  // Shorthand for "established" before a year ("sco est. 2002", "estd 2001") reads as the word.
  tokens.forEach((t, i) => {
    if (
      (t.w === 'est' || t.w === 'estd') &&
      /^(1[89]|20)\d\d$/.test(tokens[i + (tokens[i + 1]?.w === 'in' ? 2 : 1)]?.w ?? '')
    )
      t.w = 'established';
  });
  // A plural typed "-ys" for "-ies" after a consonant ("countrys", "citys") reads as the word.
  for (const t of tokens) if (/^[a-z]{2,}[^aeiouy]ys$/.test(t.w)) t.w = `${t.w.slice(0, -2)}ies`;
  // The segment that asks: a question mark, a question word or auxiliary at its start, not a remark about the asker.
  let main = 0;
  let best = -Infinity;
  rawSegments.forEach((s, seg) => {
    const words = wordsIn(tokens, seg);
    const first = firstContent(words);
    let score = 0;
    // (Another language's question word opens a question of its own only with words after it: "¿Dónde" alone, cut from
    // "¿Dónde y cuándo …?", asks of the sentence before.)
    // ("Erklären Sie kurz: Wie hat sich der Streit um das Abschlussdokument in Qingdao entwickelt?": "how" opens a question
    // too, though the form reads it apart.)
    const opensAsking =
      first !== undefined &&
      (WH.has(first) ||
        ((WH_OTHER.has(first) || HOW_OTHER.has(first)) && words.length >= 3) ||
        AUX.has(first) ||
        COMMAND.has(first));
    // ("azerbaijan's membership bid - approved at tianjin or nah": a statement that ends in a yes/no tag asks, mark or none.)
    if (s.asks || (!opensAsking && TAG_AT_END.test(words.join(' ')))) score += 3;
    if (opensAsking) score += 3;
    if (words.some((w) => WH.has(w) || (WH_OTHER.has(w) && words.length >= 3))) score += 1;
    // "the sco has 8 members, right? can you list them": a request after a tag question is what is asked.
    if (
      /^(can|could|would|will) (you|u) (please |pls )?(list|name|give|show|tell|explain|summari[sz]e|outline)\b/.test(
        words.join(' '),
      )
    )
      score += 1;
    // ("I need the exact founding date of the SCO", "for a bibliography entry I need …": what the asker needs is asked.)
    if (
      /^(i|im|i m|my|we|for|as)$/.test(words[0] ?? '') &&
      !(first && WH.has(first)) &&
      // (Not "for our export catalogue I need:", what is needed put after the colon.)
      !/^(?:for (?:\w+ ){1,5})?(?:i|we) (?:need|want|require|would like|d like)\b(?= \S)/.test(words.join(' '))
    )
      score -= 2;
    if (SELF_INTRO.test(words.join(' ')) || DOING.test(words.join(' '))) score -= 2;
    // ("quick check before we go live at 9 — the SCO development bank, is it …?": a request to check that names nothing
    // labels the question after it.)
    if (first && CHECK_COMMAND.test(first) && !s.asks && rawSegments.some((r, k) => k > seg && r.asks)) {
      // ("pls verify this line before it goes to print: …": so is when it goes out.)
      const own = words.findIndex((w, k) => /^(before|so)$/.test(w) && /^(i|we|it)$/.test(words[k + 1] ?? ''));
      // ("hey, quick check for the copy desk: …": a greeting before the label, and whom the check is for after it, add
      // nothing to it.)
      const forAt = words.indexOf('for');
      const label =
        own >= 0 ? words.slice(0, own) : forAt > 0 && words.length - forAt <= 5 ? words.slice(0, forAt) : words;
      if (label.every((w) => CHECK_LABEL_WORDS.has(w) || FILLER.has(w))) score -= 3;
    }
    if (/^(true|right|correct|accurate|really|no|yes|is that|isn t)$/.test(words.join(' '))) score -= 1;
    // ("six founders of the sco? i've got china, russia, kazakstan... who else": "who else" asks the rest of what was
    // asked before it, which the whole of it answers.)
    if (
      /^(?:and |so |ok )?(?:who|which|what) else$/.test(words.join(' ')) &&
      rawSegments.slice(0, seg).some((r) => r.asks)
    )
      score -= 4;
    // "pahalgam attack — date and death toll": the attributes asked of a topic put first ask, mark or none.
    // (Only when no other part asks: "… at which summit — city and year" asks by its question word.)
    // ("… — date and death toll, need exact for a script": the attributes before what they are needed for.)
    const firstPart = tokens.filter((t) => t.seg === seg && t.part === 0).map((t) => t.w);
    if (
      seg > 0 &&
      !s.asks &&
      firstPart.length > 0 &&
      firstPart.length <= 6 &&
      firstPart.every((w) => ATTRIBUTE_REQUEST.has(w)) &&
      (firstPart.length === words.length || NEEDED_FOR.test(words.slice(firstPart.length).join(' '))) &&
      !rawSegments.some((r, k) => k !== seg && (r.asks || wordsIn(tokens, k).some((w) => WH.has(w)))) &&
      // (Of a short topic: "timeline of sco summits 2024, 2025, 2026 - place" is a request with its detail.)
      wordsIn(tokens, seg - 1).filter((w) => !FILLER.has(w) && !TOPIC_GLUE.has(w)).length <= 4
    )
      score += 3;
    if (words.length === 0) score -= 10;
    // ("I need the exact founding date of the SCO (day, month and year), please": the bracket details what is asked.)
    if (s.bracketed) score -= 10;
    // ("OCS: fecha y lugar de la cumbre de Biskek 2026, confirmar para el cable": a word or two before a colon label
    // what follows.)
    if (words.length <= 2 && rawSegments[seg + 1]?.sep === ':') score -= 1;
    // "who refused to sign at qingdao — name and role?": fields named after a question ask them of it; "name" there
    // is no command.
    if (seg > 0 && fieldsOnly(words) && asksOpen(wordsIn(tokens, seg - 1))) score = -Infinity;
    if (score > best) {
      best = score;
      main = seg;
    }
  });
  // The segment before the one that asks is read with it (what it asks is asked of what that segment says).
  const readWithBefore = () => {
    for (const t of tokens) if (t.seg === main - 1) t.seg = main;
  };
  // "A student asks why Japan became an SCO dialogue partner — what year was that?": a bare "when was that" after a
  // statement asks it of that statement, read with it.
  // ("kyrgyzstan's 2025-26 chairmanship was its third one — which were the other two?": the others of what it names.)
  if (
    main > 0 &&
    (WHEN_WAS_THAT.test(wordsIn(tokens, main).join(' ')) || OTHERS_ASKED.test(wordsIn(tokens, main).join(' '))) &&
    rawSegments[main - 1]!.asks === false
  )
    readWithBefore();
  // ("Wang Yi keeps saying the SCO 'family' has 27 countries. What's the breakdown behind that number?": the number pointed
  // back to is asked of, with what it counts.)
  if (
    main > 0 &&
    rawSegments[main - 1]!.asks === false &&
    THAT_NUMBER.test(wordsIn(tokens, main).join(' ')) &&
    wordsIn(tokens, main - 1).some((w) => /^\d{1,3}$/.test(w))
  )
    readWithBefore();
  // ("Explain the Tianjin change where observers and dialogue partners got merged - what was the set-up before and after?":
  // after a request to explain, a dash and a question of the thing's sides asks them of what the request names.)
  if (
    main > 0 &&
    rawSegments[main]!.sep === '-' &&
    /^(explain|describe|outline|summari[sz]e)$/.test(wordsIn(tokens, main - 1)[0] ?? '') &&
    BEFORE_AND_AFTER.test(wordsIn(tokens, main).join(' '))
  )
    readWithBefore();
  // ("Iran's acting defence minister after 28 Feb 2026 — what's his name?": the name asked of the one a topic before
  // describes.)
  if (
    main > 0 &&
    rawSegments[main]!.sep === '-' &&
    !rawSegments[main - 1]!.asks &&
    /^(?:so |and |ok )?(?:what s|whats|what is|what was) (?:his|her|their) (?:full )?names?$/.test(
      wordsIn(tokens, main).join(' '),
    )
  )
    readWithBefore();
  // ("Seit wann ist Belarus bei der SOZ dabei – erst Dialogpartner, dann Beobachter, dann Mitglied?": the steps listed after
  // a question spell out what it asks, read with it.)
  if (
    main > 0 &&
    wordsIn(tokens, main - 1).some((w) => WH.has(w) || WH_OTHER.has(w)) &&
    STEPS_LISTED.test(wordsIn(tokens, main).join(' '))
  )
    readWithBefore();
  // ("iran became a full member at which summit — the one in delhi, right?": the one guessed, after a question put without
  // its mark, is a guess at what that question asks, read with it.)
  if (
    main > 0 &&
    rawSegments[main - 1]!.asks === false &&
    wordsIn(tokens, main - 1).some((w) => WH.has(w)) &&
    GUESSED_ONE.test(wordsIn(tokens, main).join(' '))
  )
    readWithBefore();
  // ("2025-26 was kyrgyzstan's which chairmanship — 3rd or 4th?", "how many times has Kyrgyzstan chaired the SCO — is
  // 2025-26 its 3rd or its 4th?": two answers offered after a question put without its mark offer answers to it.)
  if (main > 0 && rawSegments[main - 1]!.asks === false && wordsIn(tokens, main - 1).some((w) => WH.has(w))) {
    const asked = wordsIn(tokens, main).join(' ');
    if (TWO_OFFERED.test(asked)) readWithBefore();
  }
  // ("Regarding the 2024 summit in Beijing at which Belarus joined — kindly confirm the dates": the topic put before a dash
  // is what the request after it is asked of.)
  if (
    main > 0 &&
    rawSegments[main]!.sep === '-' &&
    /^(regarding|concerning|re|about|as for|as to|with regard to|with respect to)\b/.test(
      wordsIn(tokens, main - 1).join(' '),
    )
  )
    readWithBefore();
  // ("We understand that Kyrgyzstan continues as SCO Chair until 31 December 2026. Kindly confirm so the notification may
  // state the same.": a bare request to confirm asks it of the statement just before.)
  // ("I'm confused about Afghanistan. Is it in the SCO or not?": what the asker is unsure about is what "it" asks of.)
  if (
    main > 0 &&
    rawSegments[main - 1]!.asks === false &&
    UNSURE_ABOUT.test(wordsIn(tokens, main - 1).join(' ')) &&
    wordsIn(tokens, main).some((w) => /^(it|its|they|them|their|he|his|she|her)$/.test(w))
  )
    readWithBefore();
  // ("… necesito la lista completa de los Estados miembros … ¿Me la podéis pasar?": so does a bare request to be sent
  // what was just named.)
  if (
    main > 0 &&
    rawSegments[main - 1]!.asks === false &&
    (BARE_CONFIRM.test(wordsIn(tokens, main).join(' ')) || BARE_SEND.test(wordsIn(tokens, main).join(' ')))
  )
    readWithBefore();
  // ("explain Afghanistan's status in the SCO today — is it actually participating?": a yes/no that points back at what a
  // request to explain put before it asks within that explanation; the request is what is asked.)
  if (
    main > 0 &&
    !rawSegments[main - 1]!.asks &&
    EXPLAIN_REQUEST.has(firstContent(wordsIn(tokens, main - 1)) ?? '') &&
    POINTS_BACK_YESNO.test(wordsIn(tokens, main).join(' '))
  ) {
    for (const t of tokens) if (t.seg === main) t.seg = main - 1;
    main -= 1;
  }
  // ("is the CIS thing true - SCO got observer status at the CIS at tianjin?": a check asked first, the statement it asks
  // of after it, is read with it.)
  if (main === 0 && rawSegments.length > 1 && CHECK_FIRST.test(wordsIn(tokens, 0).join(' ')))
    for (const t of tokens) if (t.seg === 1) t.seg = 0;
  // "tianjin summit dates?? one wire says …, another says …. which is it": a bare "which is it" after reports asks the
  // question put before them again.
  if (main > 0 && WHICH_IS_IT.test(wordsIn(tokens, main).join(' '))) {
    const asked = rawSegments.findIndex((s, k) => k < main - 1 && s.asks);
    if (asked >= 0) main = asked;
    // ("Tianjin outcome docs — seen 24 in one place and 15 in another. which is right?": with no question before, the
    // topic put first is what is asked.)
    else if (main >= 2 && rawSegments[1]?.sep === '-' && wordsIn(tokens, 0).length <= 5) main = 0;
    // ("I have read both 'nine' and 'ten' for the number of defence ministers present in Qingdao. Which figure is the
    // reliable one?": the statement of the two figures just before is what is asked of.)
    else if (rawSegments[main - 1]?.asks === false && WHICH_FIGURE.test(wordsIn(tokens, main).join(' ')))
      readWithBefore();
  }
  // "what's the code of Belarus. and the capital": a short part after the question, opened by "and" and asking
  // nothing of its own, adds a thing to what the question asks.
  for (let s = main + 1; s < rawSegments.length; s++) {
    const words = wordsIn(tokens, s);
    const adds =
      words.length >= 2 &&
      words.length <= 4 &&
      /^(and|also|plus)$/.test(words[0]!) &&
      !words.slice(1).some((w) => WH.has(w) || AUX.has(w));
    if (!adds) break;
    for (const t of tokens) if (t.seg === s) t.seg = main;
  }
  for (let s = main + 1; s < rawSegments.length && fieldsOnly(wordsIn(tokens, s)); s++)
    for (const t of tokens) if (t.seg === s) t.seg = main;
  // "and russia's guy at qingdao? the defence minister i mean": a clarification after the question says what it asks.
  for (let s = main + 1; s < rawSegments.length; s++) {
    const words = wordsIn(tokens, s);
    // (Not a reason given for the question: "… in shanghai right? i mean its literally called shanghai cooperation".)
    const clarifies =
      words.length >= 3 &&
      ((words.at(-2) === 'i' && words.at(-1) === 'mean') || (words[0] === 'i' && words[1] === 'mean')) &&
      !words.some((w) => /^(it|its|they|he|she|that|this|there|is|are|was|were|called|because|cause|cuz)$/.test(w));
    if (clarifies) for (const t of tokens) if (t.seg === s) t.seg = main;
  }
  // ("give me the full qingdao roster — every defence minister and their country": what the request names, spelled out
  // after it, is asked too.)
  {
    const words = wordsIn(tokens, main + 1);
    if (
      words.length >= 2 &&
      words.length <= 8 &&
      /^(every|each|all)$/.test(words[0]!) &&
      !words.some((w) => WH.has(w) || AUX.has(w)) &&
      !wordsIn(tokens, main).some((w) => WH.has(w))
    )
      for (const t of tokens) if (t.seg === main + 1) t.seg = main;
  }
  // "are gulf states in the sco? like qatar kuwait bahrain uae": examples given after the question are what it asks of.
  {
    const words = wordsIn(tokens, main + 1);
    if (
      words.length >= 2 &&
      /^(like|eg|e g|such as|for example|for instance)\b/.test(words.join(' ')) &&
      !words.some((w) => WH.has(w) || AUX.has(w)) &&
      // (Of a group the question names: "gulf states", "arab countries".)
      wordsIn(tokens, main).some((w) => /^(states|countries|nations)$/.test(w))
    )
      for (const t of tokens) if (t.seg === main + 1) t.seg = main;
  }
  // A request to check put before a statement ("fact check pls: post says English is an official language") asks
  // about that statement: the request and the statement are one question.
  const request0 = wordsIn(tokens, main);
  // ("my roommate swears the SCO has 27 members. is that true? sounds like a lot": "that" points back at the statement
  // before, not at the remark after.)
  const pointsBackAtStatement =
    request0.includes('that') && main > 0 && !rawSegments[main - 1]!.asks && wordsIn(tokens, main - 1).length >= 3;
  if (
    main < rawSegments.length - 1 &&
    !pointsBackAtStatement &&
    /^(fact ?check|factcheck|check|verify|confirm|true or false|is this true|is that true|(quote|claim|line|sentence|statement) to (check|verify)|(check|verify) (this|the|a) (quote|claim|line|sentence|statement))( this| that)?( pls| please| plz)?$/.test(
      request0.join(' '),
    )
  ) {
    for (const t of tokens) if (t.seg === main) t.seg = main + 1;
    main += 1;
  }
  // A bare tag ("true?", "right?", "correct?") asks about the statement before it: that statement is the main clause.
  // So does a request to check it ("… - can u confirm", "… ok to keep?"): it asks whether the statement holds.
  const mainWords0 = wordsIn(tokens, main);
  const bareTag = BARE_TAG.test(mainWords0.join(' '));
  if (
    main > 0 &&
    (bareTag || WHOLE_TAG.test(mainWords0.join(' '))) &&
    // (Not a remark on where the statement came from: "I wrote 'eight member states', which is what I remember from
    // my last posting. That's still right, isn't it?")
    !/\b(which|that) (is|was) what (i|we)\b/.test(wordsIn(tokens, main - 1).join(' '))
  ) {
    // The tag goes with the statement, so the statement reads as asked yes or no ("… at Tianjin — is that right?").
    // (The words of a longer request to check name nothing asked: "is everything in it correct?", "can I leave it as is?")
    const longer = mainWords0.length >= 3 && !bareTag;
    for (const t of tokens)
      if (t.seg === main) {
        t.seg = main - 1;
        if (longer && !CHECK_WORD.has(t.w)) t.check = true;
      }
    main -= 1;
    // ("… observers for years before 2017 — since 2005. true?": a short addition after a dash continues the statement.)
    const added = wordsIn(tokens, main).filter((w) => !WH.has(w));
    if (main > 0 && rawSegments[main]?.sep === '-' && added.length <= 3 && !added.some((w) => AUX.has(w))) {
      for (const t of tokens) if (t.seg === main) t.seg = main - 1;
      main -= 1;
    }
  } else if (main > 0 && ANYTHING_OFF.test(mainWords0.join(' '))) {
    // ("'India refused to sign the joint declaration at Qingdao.' anything off?": the statement is what is asked about;
    // a Yes would mean it is wrong, so it asks no yes or no of its own.)
    for (const t of tokens) if (t.seg === main) t.seg = main - 1;
    main -= 1;
  } else if (
    // ("belarus joined in 2024? true?": the statement was asked first; the tag after it is still its tag. So is "same yr
    // as india?" after "ok and pakistan?".)
    /^(is (that|this|it) )?(true|right|correct|accurate|legit|real)( or (not|false))?$|^same (day|date|year|yr|time|summit|meeting) as\b/.test(
      wordsIn(tokens, main + 1).join(' '),
    )
  )
    for (const t of tokens) if (t.seg === main + 1) t.seg = main;
  // A bare request for a form ("iran's road to membership — timeline?", "… - quick summary pls") asks for that form of the part before it.
  // ("kyrgyz defence minister who met dong jun in qingdao — name?": so does a bare field asked of the part before it.)
  if (
    main > 0 &&
    mainWords0.length > 0 &&
    (mainWords0.every((w) => FORM_TAG.has(w) || FILLER.has(w)) ||
      // (Of the one part before it: after a remark on a topic, "— that was a new guy right? name?", the topic is first.)
      // (Not after a statement of its own: "pre-Tianjin the SCO had 2 observers. names?" asks the names of what it counts.)
      (main === 1 &&
        mainWords0.length <= 2 &&
        mainWords0.every((w) => FIELD_WORDS.has(w) || FILLER.has(w)) &&
        !wordsIn(tokens, 0).some((w) => /^\d+$/.test(w))))
  )
    readWithBefore();
  // A name put first ("Sri Lanka — SCO member?", "qingdao meeting - who chaired"): a short part before the question, without a verb of its own, is its topic.
  // A longer one still is when the question points back at it ("SCO family of 27 countries — how does that number break down?").
  // So is one before a bare tag that names no relation of its own ("Kazakhstan's capital for a map label — still Nur-Sultan?").
  const asked0 = wordsIn(tokens, main);
  // A bare follow-up ("… observer right? what year", "… applied for membership? when was that") asks its question of
  // the sentence before it, question or not: that sentence is its topic, and the follow-up gives the form.
  // So does a question pointing back ("… at Tianjin in 2025, right? what else happened there") after a tag question.
  const priorWords = tokens.filter((t) => t.seg === main - 1).map((t) => t.w);
  const afterTag =
    rawSegments[main - 1]?.asks === true &&
    /^(right|correct|true|yes|yeah|no|innit|eh)$/.test(priorWords.at(-1) ?? '') &&
    (asked0.some(
      (w, i) =>
        /^(there|then|that|it|he|his|she|her|they|them|their)$/.test(w) &&
        // "was that true?" is the tag itself; "was that in person?" asks more of it.
        (!/^(is|are|was|were)$/.test(asked0[i - 1] ?? '') || asked0.length - i > 2),
    ) ||
      // "… in december right? who's going": a short question naming nothing of its own asks of the statement.
      (WH.has(firstContent(asked0) ?? '') && asked0.filter((w) => !FILLER.has(w) && w !== 's').length <= 3));
  // "thread says afghanistan was the first observer. which country was really first?", "an account posted that … in 2017.
  // what year was it really": a question of the true value asks it of the statement reported before it, which is its
  // topic (who reported it is an aside).
  const reported = REPORTED.exec(priorWords.join(' '));
  const reportedAsked =
    main > 0 &&
    reported !== null &&
    WH.has(firstContent(asked0) ?? '') &&
    asked0.some((w) => /^(really|actually|real|true|correct|right)$/.test(w));
  if (reported && reportedAsked) {
    const skip = reported[0].trim().split(' ').length;
    let k = 0;
    // (Who reported it stays in the part before, an aside.)
    for (const t of tokens)
      if (t.seg === main - 1 && k++ >= skip) {
        t.seg = main;
        t.topic = true;
        t.premise = true;
      }
  }
  if (
    !reportedAsked &&
    main > 0 &&
    (bareFollowUp(asked0) ||
      // ("… the SCO had 2 observers. names?": the ones the sentence before counts, asked for.)
      (rawSegments[main]?.sep === undefined && NAMES_ASKED.test(asked0.filter((w) => !FILLER.has(w)).join(' '))) ||
      asksResponse(asked0) ||
      /\b(this|that) time\b/.test(asked0.join(' ')) ||
      afterTag ||
      // ("next summit 2027 will be in Pakistan? is that officially decided already?": whether the statement asked is settled.)
      (rawSegments[main - 1]?.asks === true && SETTLED_YET.test(asked0.join(' '))))
  ) {
    const prior = tokens.filter((t) => t.seg === main - 1);
    // ("hi, first time here. what is sco exactly?": who the asker is is no topic.)
    if (prior.length >= 2 && !prior.some((t) => WH.has(t.w)) && !SELF_INTRO.test(prior.map((t) => t.w).join(' '))) {
      for (const t of prior) {
        t.seg = main;
        t.topic = true;
        t.premise = true;
        if (afterTag) t.tagged = true;
      }
      // ("this year's summit — has it already taken place? where?": what "it" there points at, named before a dash, is
      // the topic too.)
      const named = tokens.filter((t) => t.seg === main - 2);
      const namedWords = named.map((t) => t.w);
      // ("Compare the structure before and after 1 September 2025: 10 + 2 + 14 versus 10 + 17. What changed?": so is the
      // request before a part of bare figures.)
      const figuresOnly = prior.every((t) => /^(\d+|vs|versus|to|and|plus|or|then)$/.test(t.w));
      if (
        ((rawSegments[main - 1]?.sep === '-' && prior.some((t) => /^(it|they|he|she)$/.test(t.w))) ||
          (figuresOnly && COMMAND.has(firstContent(namedWords) ?? ''))) &&
        named.length > 0 &&
        named.length <= (figuresOnly ? 12 : 6) &&
        !namedWords.some((w) => WH.has(w) || AUX.has(w) || /^(i|im|my|we|our|you)$/.test(w))
      )
        for (const t of named) {
          t.seg = main;
          t.topic = true;
        }
    }
  }
  // ("how did the pahalgam issue play out across sco meetings? first qingdao in june and then tianjin in september, if i
  // remember right": the meetings listed in order after the question are the ones it asks across; a hedge after them
  // stays an aside.)
  const listedAfter = tokens.filter((t) => t.seg === main + 1);
  if (
    rawSegments[main]?.asks === true &&
    /^(first|firstly|from)$/.test(listedAfter[0]?.w ?? '') &&
    listedAfter.some((t) => t.w === 'then' || t.w === 'to')
  ) {
    const hedgeAt = listedAfter.findIndex(
      (t, i) => t.w === 'if' || (t.w === 'i' && /^(think|believe|guess|recall)$/.test(listedAfter[i + 1]?.w ?? '')),
    );
    for (const [i, t] of listedAfter.entries())
      if (hedgeAt < 0 || i < hedgeAt) {
        t.seg = main;
        t.role = 'sub';
      }
  }
  // "… — what was the exact date?": an attribute asked of what the part before names.
  // ("… — has a date been set yet?": an attribute asked without its article's "the" too.)
  const attributeBack = ATTRIBUTE_ASKED.test(asked0.join(' '));
  const pointsBack =
    /\b(that|this|those|these|the) (number|figure|count|total|list|date|name|one|spelling|breakdown|split)s?\b/.test(
      asked0.join(' '),
    ) ||
    attributeBack ||
    // "kazakhstan's defence minister at qingdao — new guy? who'd he replace": a pronoun asks of what was named before it.
    asked0.some((w) => /^(he|him|his|she|her|they|them|their)$/.test(w)) ||
    // ("that development strategy they adopted in tianjin — it runs to which year?": "it" opening the question too.)
    (asked0[0] === 'it' && rawSegments[main]?.asks === true) ||
    // ("belarus defence minister at qingdao — that was khrenin, right?": a guess put of "that" is of what was named.)
    (rawSegments[main]?.asks === true && /^(that|it|this) (was|is|s|were)\b/.test(asked0.join(' '))) ||
    // ("what's the deal with the 'tourism and cultural capital' thing — which city has it for 2025–26?": "it" as the
    // object of a question word's verb is the thing named before.)
    (WH.has(asked0[0] ?? '') &&
      /\b(has|have|had|holds|held|got|gets|won|hosts|hosted|chairs|chaired|heads|headed|runs|ran|signed|adopted) it\b/.test(
        asked0.join(' '),
      )) ||
    // "Qingdao vs the NATO Hague summit — how did the timing line up?": the question asks of the two things set side by side.
    tokens.some((t) => t.seg === main - 1 && (t.w === 'vs' || t.w === 'versus')) ||
    // ("… Nasirzadeh — still in the job?": articles not counted.)
    // ("… — belousov or still shoigu?": two names offered, one word each.)
    (rawSegments[main]?.asks === true &&
      /^[a-z]+ or (?:still )?[a-z]+(?: and (?:the |his |her )?(?:first|full|last) name)?$/.test(asked0.join(' '))) ||
    (rawSegments[main]?.asks === true &&
      asked0.filter((w) => !TOPIC_GLUE.has(w)).length <= 3 &&
      !asked0.some((w) => WH.has(w) || AUX.has(w))) ||
    // "heads of government council 2025 - where and when": question words alone ask of the part before them.
    (asked0.length > 0 &&
      asked0.length <= 5 &&
      asked0.every((w) => WH.has(w) || AUX.has(w) || CLAUSE_VERBS.has(w) || w === 'and' || FILLER.has(w)));
  // "… — when exactly, mid-sept?", "… — early march 2026, exact date?", "… — based where": a question naming nothing of its
  // own (question words, a time, an attribute asked) asks of the part before it, though that part is long.
  // ("… — spelling for the strap?": what the answer is for, last, names nothing asked.)
  const forWhat = /^(.*?) for (?:the|a|an|our|my|this) [a-z]+$/.exec(asked0.join(' '));
  const asked1 = forWhat?.[1] ? forWhat[1].split(' ') : asked0;
  const namesNothing =
    asked1.length > 0 &&
    asked1.length <= 6 &&
    // ("kazakh defence minister at qingdao was new? name?": a name asked for.)
    asked1.some((w) => WH.has(w) || /^(date|dates|day|name|names|spelling)$/.test(w)) &&
    asked1.every(
      (w) =>
        WH.has(w) ||
        AUX.has(w) ||
        FILLER.has(w) ||
        FOCUS.has(w) ||
        isMonth(w) ||
        /^\d/.test(w) ||
        // ("…, date in march 2026?": the time the date falls in.)
        // ("… Which town, and for which years?": the span it holds for.)
        /^(in|around|during|on|at|for)$/.test(w) ||
        // ("the SCO got observer status at the CIS. True, and when?": whether it holds, and more of it.)
        /^(true|right|correct|and)$/.test(w) ||
        // ("explain the afghanistan situation in sco terms — still an observer or what?": a standing offered, still.)
        (/^(or|still|a|an)$/.test(w) && asked1.some((x) => /^(dialogue|partner|observer|member|status)$/.test(x))) ||
        // ("belarus history with sco before membership — dialogue partner when, observer when?": the standings of the
        // topic asked when.)
        /^(dialogue|partner|partners|observer|observers|member|members|membership|status)$/.test(w) ||
        BARE_ATTRIBUTE.has(w),
    );
  // "with its eight members the SCO is... wait which are the eight again?": "the eight" are the eight the part before counts.
  const counted = /\bthe (two|three|four|five|six|seven|eight|nine|ten|\d{1,2})( again| then)?$/.exec(
    asked0.join(' '),
  )?.[1];
  const countedBack =
    counted !== undefined && wordsIn(tokens, main - 1).some((w, i, ws) => w === counted && ws[i + 1] !== undefined);
  // "We need the accession date of Belarus for a database. When did it become a full member?": what the asker says they
  // need names what "it" in the question after it is (the need and what it is for name nothing asked).
  // ("we are learning about the qingdao meeting in class. can someone explain what happend?": what the asker studies
  // names what a question of what happened, naming nothing, asks of.)
  const happenedBare = /\bwhat (?:happened|happend|happens|went on|went down|was decided|came out of it)$/.test(
    asked0.filter((w) => !FILLER.has(w) && !/^(step|by|exactly|there|then|again)$/.test(w)).join(' '),
  );
  if (
    main > 0 &&
    (/\b(did|does|do|has|have|had|was|were|is|are|will) (it|they)\b/.test(asked0.join(' ')) || happenedBare)
  ) {
    const words = wordsIn(tokens, main - 1);
    const need =
      /^(?:(?:hi|hello|ok|so) )*(?:i|we) (?:need|want|needed|wanted|would like|d like|m looking for|am looking for|re looking for|are looking for|m after|am after|(?:am|are|m|re) (?:learning|studying|reading|writing|covering|researching) (?:about|on)) (?:(?:the|a|an|some) )?/.exec(
        words.join(' '),
      );
    if (need) {
      const from = need[0].trim().split(' ').length;
      const purpose = / (?:for (?:a|an|my|our|the|this|some)|in (?:class|school|college|our class|my class)) /.exec(
        ` ${words.join(' ')} `,
      );
      const to = purpose ? ` ${words.join(' ')} `.slice(0, purpose.index).trim().split(' ').length : words.length;
      let k = 0;
      for (const t of tokens)
        if (t.seg === main - 1) {
          if (k >= from && k < to) {
            t.seg = main;
            t.topic = true;
          }
          k++;
        }
    }
  }
  // (After "walk me through X" or "explain X", only a question pointing back at it: "— how does it add up?"; not "… —
  // who wants in and how do they decide?".)
  const pointing = tokens.some((t) => t.seg >= main && /^(it|its|that|this)$/.test(t.w));
  for (let s = main - 1; s >= 0; s--) {
    const words = wordsIn(tokens, s);
    // "the 2026 summit — did it happen? where and when?": a short question pointing back, between the topic and a bare
    // question, asks of the same topic; both are read as one question of it.
    if (
      s === main - 1 &&
      namesNothing &&
      words.length <= 5 &&
      AUX.has(words[0] ?? '') &&
      words.some((w) => /^(it|that|this|they)$/.test(w))
    ) {
      for (const t of tokens) if (t.seg === s) t.seg = main;
      continue;
    }
    // "the summit where iran joined — who chaired it?": a meeting named by a clause is the topic, whatever its length.
    // So is a statement or meeting named first before a short question ("the june 2025 sco statement on … - did india go along?").
    const meetingTopic =
      // ("we're doing the 2024 summit where Iran joined — …": after what the asker is doing.)
      /^(?:(?:i m|im|i am|we re|we are) [a-z]+ing )?(the|that) (\w+ )?(summit|meeting) (where|when|at which|in which)\b/.test(
        words.join(' '),
      ) ||
      // ("june 2025 sco statement on israel strikes - did all members sign on": a date may open it).
      (/^(?:for |about |on |regarding |re |at )?(?:[a-z]+ and )?(the|that|(?:[a-z]+ )?(?:19|20)\d\d)\b.{0,60}\b(summit|meeting|statement|declaration|communique)\b/.test(
        words.join(' '),
      ) &&
        words.length <= 14 &&
        asked0.length <= 6) ||
      // ("In June 2025 the SCO condemned Israel's strikes on Iran. Did every member sign on?": a condemnation dated, before
      // a question of its own that names nothing it was.)
      (/^in (?:[a-z]+ )?(?:19|20)\d\d\b.{0,60}\b(statement|declaration|communique|condemned|condemnation)\b/.test(
        words.join(' '),
      ) &&
        words.length <= 14 &&
        asked0.length <= 6 &&
        AUX.has(asked0[0] ?? ''));
    // ("our lecturer said the SCO Charter was signed in 2002 — in which city?", "I understand the 2025 summit was in
    // Tianjin. Could you give the dates?": who said it stays an aside; what they said is the topic.)
    const teller = TELLER.exec(`${words.join(' ')} `);
    const told = teller ? teller[0].trim().split(' ').length : 0;
    // "the chinese diplomat who became SG in 2025 — what's his name": a noun phrase with a relative clause names, it does not ask.
    const relative = /^(the|that|this|those|these)$/.test(words[told] ?? '') && !WH.has(words[told + 1] ?? '');
    // A short question that only points back ("what was the exact date?") asks of a longer part before it too.
    // ("the Chinese diplomat who became SCO secretary general in jan 2025 — what's his name": a long noun phrase.)
    // ("nato in the hague vs sco defence ministers in qingdao. compare outcomes": two things set side by side, each named
    // in full.)
    const sideBySide = s === main - 1 && words.some((w) => w === 'vs' || w === 'versus');
    // A bare request ("… — give me the steps with years", "… - list the key dates") asks of the part before it too.
    // ("… — can you lay out the steps with years": a polite request is one too.)
    const politeAt = /^(can|could|would|will)$/.test(asked0[0] ?? '') && /^(you|u)$/.test(asked0[1] ?? '') ? 2 : 0;
    const request = COMMAND.has(firstContent(asked0.slice(politeAt)) ?? '');
    const limit =
      (attributeBack || (relative && pointsBack) || sideBySide) && asked0.length <= 10
        ? 16
        : pointsBack || request || namesNothing
          ? // ("A colleague mentioned that a Kyrgyz lakeside town was named … Which town?": a statement told, in full.)
            told > 0 && namesNothing
            ? 12
            : 8
          : 4;
    // "I'm citing the Charter that was signed in … — the exact day?": what the asker is doing names the topic.
    // ("we're doing the 2024 summit where Iran joined — where was it held again?": so it does for a question of "it".)
    const doing =
      attributeBack || pointing ? /^(?:i m|im|i am|we re|we are) [a-z]+ing /.exec(`${words.join(' ')} `) : null;
    // "ok and what about belarus — when did it…": "what about" only puts a topic, it asks nothing of its own.
    // ("walk me through the '27 countries' figure — how does it add up?": a request to explain only puts a topic too; so
    // does "what's the deal with the 'tourism and cultural capital' thing — which city has it?".)
    const about = (
      pointing
        ? /^(?:(?:ok|okay|so|and|now|then) )*(?:(?:what|how) about|(?:walk|take|talk) (?:me|us) through|explain|(?:what s|whats|what is) the (?:deal|story) with) (?=\S)/
        : /^(?:(?:ok|okay|so|and|now|then) )*(?:what|how) about (?=\S)/
    ).exec(words.join(' '));
    // ("kazakhstan's capital for my map — it's nur-sultan, right?": what the asker wants it for names nothing.)
    // ("the charter details for our legal department: …": who it is for, a word or two before their unit.)
    const purpose =
      /(?:^| )for (?:my|our|a|an) (?:\S+$|(?:[a-z]+ ){1,2}(?:department|dept|team|office|unit|division|board|committee|class|clients?)$)/.exec(
        words.join(' '),
      );
    // ("the previous RATS director was from Uzbekistan, I believe — name and years?": a hedge after it names nothing, before
    // a bare request of attributes.)
    const hedge =
      asked0.length <= 4 && !asked0.some((w) => WH.has(w) || AUX.has(w))
        ? HEDGE_AT_END.exec(` ${words.join(' ')}`)
        : null;
    const cut = (purpose ? purpose[0].trim().split(' ').length : 0) + (hedge ? hedge[0].trim().split(' ').length : 0);
    const base = doing
      ? words.slice(doing[0].trim().split(' ').length)
      : about
        ? words.slice(about[0].split(' ').length - 1)
        : words.slice(told);
    const own = base.slice(0, cut > 0 ? base.length - cut : undefined);
    if (
      !meetingTopic &&
      !(countedBack && s === main - 1) &&
      (words.length === 0 ||
        // (Who reported the statement asked about names no topic: "thread says …".)
        reportedAsked ||
        // ("editor here: …", "student here -": who the asker is names no topic.)
        SELF_INTRO.test(words.join(' ')) ||
        // ("Bonus round idea: what was …", "tiebreaker q: …": a label for the asker's quiz piece names no topic.)
        PIECE_LABEL.test(words.join(' ')) ||
        // ("Hi — drafting a donor brief on Central Asian multilateralism. Could you confirm when the SCO Charter …?": what
        // the asker is doing names no topic of a question that asks its own, pointing at nothing before it.)
        (!pointing && !attributeBack && !about && asked0.some((w) => WH.has(w)) && DOING.test(own.join(' '))) ||
        // (What someone told the asker is the topic only of a question that names none of its own: "I understand Iran
        // left. Kindly confirm the current number of member states" asks the count.)
        (told > 0 && !asksOfNothingNamed(asked1)) ||
        // (Counted without fillers and articles: "sco summit in astana 2024 — …" puts a topic.)
        (about || purpose || told || hedge ? own : words).filter((w) => !FILLER.has(w) && !TOPIC_GLUE.has(w)).length >
          limit ||
        own.some(
          (w, i) =>
            (!relative &&
              !doing &&
              // ("kyrgyz DM who met dong in qingdao — name?": "who" after a noun opens a relative clause, not a question.)
              // (What someone told the asker is a statement: its verb asks nothing.)
              // ("2017 astana, where india and pakistan came in — exact date?": "where" after a place opens one too.)
              ((WH.has(w) &&
                !(i > 0 && (w === 'who' || (w === 'where' && i < own.length - 1)) && !FILLER.has(own[i - 1]!))) ||
                (AUX.has(w) && told === 0))) ||
            /^(i|im|my|we|you)$/.test(w),
        ))
    )
      break;
    // (The words that put the topic stay outside the question.)
    let skip = about ? words.length - own.length : told;
    // (What someone told the asker is taken as true by the question: checked as its premise.)
    const asserted = told > 0 && own.some((w) => AUX.has(w) || CLAUSE_VERBS.has(w));
    for (const t of tokens)
      if (t.seg === s && skip-- <= 0) {
        t.seg = main;
        t.topic = true;
        if (asserted) t.premise = true;
      }
  }
  // A request before the question ("compare Astana 2024 with Bishkek 2026 - what is known about each"): when the
  // question only points back at what the request (or an earlier question) names ("each", "both", "them"), that part is asked too.
  // So does a short "what's X" before "is it…?" ("what's 'Kirghizia' — is it in the SCO?"): "it" is X.
  const asked = wordsIn(tokens, main);
  // The part just before is what "each" points at even when it only names things ("armenia vs azerbaijan bids — where does each stand").
  // ("… the SCO development bank — has it actually been set up?": "has it" too.)
  const pointsAtIt = /^(is|was|are|were|has|have) (it|they)\b/.test(asked.join(' '));
  // ("iran's defence minister who was at qingdao - is he still in office?": "he" is the one described just before.)
  // (Not "is she right?": a check of what she said.)
  const pointsAtHolder = /^(is|was|has) (he|she)\b(?! (right|wrong|correct|mistaken|true|sure))/.test(asked.join(' '));
  let itNamed = false;
  // A short question after a request ("brief me on the Feb 2026 Bishkek meeting: how many countries?") asks it of what the request names.
  const prior = wordsIn(tokens, main - 1);
  // (A part before that itself points back names nothing this one can ask more of.)
  const priorPointsBack = prior.some((w) => /^(it|its|they|them|that|this|he|she)$/.test(w));
  // ("explain the '27 countries' figure — how does it add up?", "… — who handed over to whom?": five words; a count asked,
  // "… — how many countries, which ones?", asks of its own beyond four.)
  const askedWords = asked.filter((w) => !FILLER.has(w)).length;
  const shortAfterRequest =
    main > 0 &&
    (askedWords <= 4 || (askedWords <= 5 && !/^how (many|much)\b/.test(asked.join(' ')))) &&
    WH.has(firstContent(asked) ?? '') &&
    (COMMAND.has(firstContent(prior) ?? '') ||
      // ("india & pakistan joined same day? which summit": two words after a question of its own ask more of it.)
      (rawSegments[main - 1]?.asks === true &&
        askedWords <= 2 &&
        // (Not one that itself points back: "SCO development bank — has it been set up? which sectors?".)
        !priorPointsBack) ||
      // ("new partner admitted at tianjin - which country?": two words after a short topic that asks nothing of its own ask
      // it of that topic.)
      (askedWords <= 2 &&
        prior.length > 0 &&
        prior.length <= 8 &&
        !prior.some((w) => WH.has(w) || AUX.has(w)) &&
        !priorPointsBack));
  // "Belarus joined when exactly - at Tianjin right?": a short check put after a question of its own is checked of it;
  // the question before still asks.
  const checkAfterQuestion =
    main > 0 &&
    asked.length <= 4 &&
    !asked.some((w) => WH.has(w) || AUX.has(w)) &&
    CHECK_TAG_END.test(asked.join(' ')) &&
    prior.some((w) => WH.has(w)) &&
    !priorPointsBack;
  const backReference = asked.some((_, i) => pointsBackAt(asked, i));
  // ("Our Tashkent office asked which SCO body is located in their city. Could you tell me?": a request to tell that names
  // nothing asks what the sentence before it says.)
  const bareRequest = main > 0 && prior.length > 0 && BARE_REQUEST.test(asked.join(' '));
  // ("People keep writing 'SCO family of 27 countries'. How is this 27 counted?": "this 27" is the 27 just named.)
  const numberBack = asked.some(
    (w, i) => /^\d+$/.test(w) && /^(this|that)$/.test(asked[i - 1] ?? '') && prior.includes(w),
  );
  // (The request's own words ask nothing: the sentence before gives the question its form.)
  const requestWords = bareRequest ? tokens.filter((t) => t.seg === main) : [];
  if (
    backReference ||
    pointsAtIt ||
    pointsAtHolder ||
    shortAfterRequest ||
    checkAfterQuestion ||
    bareRequest ||
    numberBack
  )
    for (let s = main - 1; s >= 0; s--) {
      const words = wordsIn(tokens, s);
      const first = firstContent(words);
      // ("Iran vs Belarus — both 'newer members' in my client's report. Can you compare how each one got there?": what is
      // set side by side is what "each" points at, a remark between.)
      const sideBySide = words.some((w) => w === 'vs' || w === 'versus');
      if (
        first === undefined ||
        !(COMMAND.has(first) || WH.has(first) || AUX.has(first) || s === main - 1 || sideBySide)
      )
        break;
      if (pointsAtIt && !backReference) {
        // ("kyrgyz chairmanship ran from when to when? is it over now?": a question of its own before "is it …" is what
        // "it" is, however long.)
        // ("azerbaijan applied for full membership? is it approved already?": a yes/no question too.)
        const asksToo = rawSegments[s]?.asks === true;
        // (So is a request put before it, however long, when "it" is asked whether it is in being: "could you explain the
        // SCO development bank — has it been set up?")
        const inBeing =
          words.slice(0, 4).some((w) => COMMAND.has(w)) &&
          /\b(set up|established|operational|running|launched|real)\b/.test(asked.join(' '));
        if ((words.length > 4 && !asksToo && !inBeing) || s < main - 1) break;
        itNamed = true;
      }
      // ("he" alone points at the part just before.)
      if (pointsAtHolder && !pointsAtIt && !backReference && !shortAfterRequest && !checkAfterQuestion && s < main - 1)
        break;
      for (const t of tokens)
        if (t.seg === s) {
          t.seg = main;
          t.topic = true;
        }
    }
  // A statement put before the question that the question points back at ("the 2024 summit in New Delhi admitted
  // Belarus — what else happened there?", "… joined at the 2017 Tashkent summit — why Tashkent?"): the question
  // builds on it, so it is read as the question's premise (checked, and corrected when false), not as an aside.
  const before = main > 0 && !rawSegments[main - 1]?.asks ? main - 1 : -1;
  if (
    before >= 0 &&
    // ("Reza from Shiraz here. heads of government meeting 2025, where …": who the asker is states nothing asked of.)
    !SELF_INTRO.test(wordsIn(tokens, before).join(' ')) &&
    !PIECE_LABEL.test(wordsIn(tokens, before).join(' ')) &&
    statesPremise(wordsIn(tokens, before), asked, rawSegments[main]?.sep === '-', rawSegments[main]?.sep === undefined)
  ) {
    // ("A patron mentions the 'SCO Development Strategy'. …": who said it names nothing asked.)
    const opening = openingWords(wordsIn(tokens, before));
    let k = 0;
    for (const t of tokens)
      if (t.seg === before) {
        t.seg = main;
        t.topic = true;
        t.premise = true;
        t.stated = true;
        if (k++ < opening) t.said = true;
      }
  }
  // What the statement names frames the question (a clause of it), the question's own words ask.
  // "… — is that a written rule?": a question about the statement itself ("that", "this") asks of its relation too.
  // So does "… — when was that decided?": a question word asked of "that" asks about the statement's own relation.
  const ofStatement = OF_STATEMENT.test(asked.filter((w) => !FILLER.has(w)).join(' '));
  // "Die SOZ hat acht Mitglieder – welche sind das?": a question of only a question word and a pronoun asks what the statement names.
  // So does "azerbaijan says india blocked its bid — what's the actual status?": a standing asked of nothing named is
  // the standing of what the statement names.
  const bareAsk =
    asked.length > 0 &&
    // ("draft has Iran joining the SCO in 2022. what's the actual date?": an attribute asked alone in a sentence of its own.)
    ((main > 0 && rawSegments[main]?.sep === undefined && attributeOnly(asked.filter((w) => !FILLER.has(w)))) ||
      asked.every(
        (w) => WH.has(w) || AUX.has(w) || FILLER.has(w) || POINTS_BACK.has(w) || STOPWORDS.has(w) || STANDING.has(w),
      ));
  for (const t of tokens)
    if (t.seg === main) t.role = t.said ? 'aside' : t.stated && !ofStatement && !bareAsk ? 'sub' : 'main';
  for (const t of requestWords) t.role = 'aside';
  // A comma part that attributes or explains ("…, per the sec-gen", "…, i'm building a chart for our deck") is an aside.
  const parts = new Map<number, Token[]>();
  for (const t of tokens) {
    if (t.seg !== main) continue;
    const list = parts.get(t.part);
    if (list) list.push(t);
    else parts.set(t.part, [t]);
  }
  for (const [part, list] of parts) {
    if (part === 0) continue;
    const w = list.map((t) => t.w).join(' ');
    // ("… what docs were adopted, main ones only": how much of the answer to give.)
    // (Not a request to check the statement: "…, pls confirm" asks whether it holds; nor the request itself after a
    // purpose put first: "For the memo, please explain …".)
    if (
      (/^(per|according to|as per|citing|via|source|sources|segun|de acuerdo con|selon|d apres|laut|gemass|nach angaben|i|im|i m|my|we|asking for|just curious|thanks|thx|(?:pls|please)(?! (?:explain|list|give|tell|name|show|compare|describe|summari[sz]e|outline|provide|walk|clarify|trace|lay out|set out|break down))|lol|need exact|need it|need them|need this|need the exact|(?:the |only (?:the )?)?(?:main|key|major|important|principal) ones)\b/.test(
        w,
      ) ||
        // "…, for our deck": a purpose; a long part opened by it ("for a policy brief we need the figure…") says what is needed.
        (/^(for my|for our|for a|for an)\b/.test(w) && list.length <= 8) ||
        // ("list all SCO members pls, doing a map for the astana office": what the asker is making.)
        (/^(doing|making|working on|writing|building|preparing|putting together) (a|an|my|our|the)\b/.test(w) &&
          list.length <= 8)) &&
      !WHOLE_TAG.test(w)
    )
      for (const t of list) t.role = 'aside';
    // "…, incl India's position": what the answer should also cover, not a second subject of the question.
    else if (/^(incl|including|inc|especially|esp|particularly|notably)\b/.test(w))
      for (const t of list) if (t.role === 'main') t.role = 'sub';
  }
  // A purpose at the end ("… for our newsletter", "… for a footnote"): who the answer is for is an aside.
  const inSegment = tokens.filter((t) => t.seg === main);
  const tail = inSegment.map((t) => t.w);
  for (let k = tail.length - 3; k >= Math.max(1, tail.length - 4); k--)
    if (
      tail[k] === 'for' &&
      (/^(our|my|a|an)$/.test(tail[k + 1] ?? '') ||
        // ("kyrgyzstan capital for the sheet": a document the answer goes into, not "for the 2024 summit".)
        (/^(the|this|that)$/.test(tail[k + 1] ?? '') && PURPOSE_DOC.test(tail.at(-1) ?? ''))) &&
      !/^\d/.test(tail.at(-1) ?? '')
    )
      for (const t of inSegment.slice(k)) t.role = 'aside';
  // ("how would I explain the sco to my class?": who the answer is for.)
  if (
    tail.length >= 4 &&
    tail.at(-3) === 'to' &&
    /^(my|our)$/.test(tail.at(-2) ?? '') &&
    /^(class|students|pupils|kids|children|team|readers|listeners|audience|viewers|followers|colleagues|boss|editor)$/.test(
      tail.at(-1) ?? '',
    )
  )
    for (const t of inSegment.slice(-3)) t.role = 'aside';
  // ("Can you confirm so I can send it to the printer?"): what the asker will do with the answer.
  const own = tail.findIndex(
    (w, k) =>
      k >= 2 &&
      w === 'so' &&
      (/^(i|we)$/.test(tail[k + 1] ?? '')
        ? /^(can|could|may|might)$/.test(tail[k + 2] ?? '')
        : tail[k + 1] === 'that' && /^(i|we)$/.test(tail[k + 2] ?? '')),
  );
  // (Only as the segment's last words: "… confirm so we can post, Baku sources are loud about it" runs on to what it
  // checks; nor what the asker will say, "so we'll call Tashkent the SCO headquarters", which is a claim too.)
  const clause = inSegment[own];
  if (clause && inSegment.slice(own).every((t) => t.part === clause.part && !!t.premise === !!clause.premise))
    for (const t of inSegment.slice(own)) t.role = 'aside';
  // A premise put first ("since the SCO has 8 members, can you list them?", "as the SCO's 9th member, what was
  // Belarus's role?"): the clause before the comma is taken for granted (its numbers asserted), the part after it asks.
  const first = parts.get(0) ?? [];
  let asking: Token[] = [];
  for (const [p, list] of parts)
    if (p > 0 && list.some((t) => t.role === 'main')) {
      asking = list;
      break;
    }
  const askWords = asking.map((t) => t.w);
  const first0 = firstContent(askWords);
  // ("…, in which city will they hold the 2027 summit?": a preposition before the question word.)
  const opener =
    first0 !== undefined && /^(in|at|on|from|by|for|to|during|until)$/.test(first0)
      ? firstContent(askWords.slice(askWords.indexOf(first0) + 1))
      : first0;
  if (
    opener !== undefined &&
    (WH.has(opener) || AUX.has(opener) || COMMAND.has(opener)) &&
    (/^(since|given|as|because|seeing)$/.test(firstContent(first.map((t) => t.w)) ?? '') ||
      // ("After Laos became a full member at Tianjin, how many members …?": a joining said to have come first is taken as
      // true too.)
      (firstContent(first.map((t) => t.w)) === 'after' &&
        first.some((t) => /^(became|become|joined|admitted)$/.test(t.w))))
  )
    for (const t of first) t.premise = true;
  // ("Como la OCS tiene 27 miembros plenos, ¿cuántos votos …?", "Puisque …, où …?", "Da …: Wo …?": the same, in Spanish,
  // French and German.)
  else if (
    opener !== undefined &&
    /^(donde|cuando|quien|quienes|cuantos|cuantas|cual|cuales|que|ou|quand|qui|combien|quel|quelle|quels|quelles|wo|wann|wer|wie|welche|welcher|was)$/.test(
      opener,
    ) &&
    /^(como|puisque|comme|da|weil)$/.test(first[0]?.w ?? '')
  )
    for (const t of first) t.premise = true;
  else if (
    opener !== undefined &&
    WH.has(opener) &&
    statesPremise(
      first.map((t) => t.w),
      asking.map((t) => t.w),
    )
  ) {
    // "the sco has 8 members, which are they?": a question of only a question word and a pronoun asks what the statement names.
    // So does "…, when was that decided?": a question word asked of "that".
    const bare =
      asking.every(
        (t) =>
          WH.has(t.w) || AUX.has(t.w) || FILLER.has(t.w) || POINTS_BACK.has(t.w) || STANDING.has(t.w) || t.w === 'the',
      ) ||
      OF_STATEMENT.test(
        asking
          .map((t) => t.w)
          .filter((w) => !FILLER.has(w))
          .join(' '),
      );
    // ("uzbekistan's defense minister at qingdao, how do you spell it": a noun phrase with no verb states nothing: it is
    // the topic the question asks of.)
    const named = !first.some((t) => AUX.has(t.w) || CLAUSE_VERBS.has(t.w) || /^\w{3,}(ed|es)$/.test(t.w));
    for (const t of first) {
      t.premise = true;
      t.stated = !named;
      t.role = bare || named ? 'main' : 'sub';
    }
  }
  // An attribution inside the clause ("… had applied per the SG in Sep 2025"): who said it, up to the next preposition, is an aside.
  // ("… is that right per your data?": so is the bot's own data, by which the question asks to be answered.)
  const inMain = tokens.filter((t) => t.seg === main && t.role === 'main');
  for (let i = 1; i < inMain.length; i++) {
    // Only these first words can open an attribution: the others skip building the pair.
    const w0 = inMain[i]!.w;
    if (w0 !== 'per' && w0 !== 'according' && w0 !== 'as') continue;
    const two = `${inMain[i]!.w} ${inMain[i + 1]?.w ?? ''}`;
    if (!/^(per (the|its|their|your|ur)|according to|as per) /.test(`${two} `)) continue;
    for (
      let j = i;
      j < inMain.length && (j < i + 2 || !/^(in|on|at|from|during|since|about|for|and|or)$/.test(inMain[j]!.w));
      j++
    )
      inMain[j]!.role = 'aside';
    break;
  }
  // ("so iran joined at the astana summit same as belarus, correct?": what the claim is likened to is an aside; the claim
  // is said of the one before.)
  for (let i = 0; i + 2 < inMain.length; i++) {
    const likened =
      (inMain[i]!.w === 'same' && inMain[i + 1]!.w === 'as') ||
      (inMain[i]!.w === 'just' && inMain[i + 1]!.w === 'like');
    // (Only after a claim's own verb: "old UN docs say 'persia' — same as iran?" asks whether they are the same.)
    if (!likened || !inMain.slice(0, i).some((t) => CLAIM_VERB.test(t.w))) continue;
    const from = inMain[i - 1]!.w === 'the' ? i - 1 : i;
    let end = i + 2;
    while (end < inMain.length && end < i + 5 && !LIKENED_END.test(inMain[end]!.w)) end++;
    for (let j = from; j < end; j++) inMain[j]!.role = 'aside';
    break;
  }
  // "since when has india been involved with the sco, i.e. when did it become an observer?": a restatement after "i.e."
  // ("that is", "in other words") asks too, with the question before it: it says what that one asks.
  const seg0 = tokens.filter((t) => t.seg === main);
  const at = seg0.findIndex(
    (t, i) =>
      i > 0 &&
      t.part !== seg0[i - 1]!.part &&
      (/^(ie|namely)$/.test(t.w) ||
        (t.w === 'i' && seg0[i + 1]?.w === 'e') ||
        (t.w === 'that' && seg0[i + 1]?.w === 'is') ||
        (t.w === 'in' && seg0[i + 1]?.w === 'other' && seg0[i + 2]?.w === 'words')),
  );
  // ("what year did each of the 14 dialogue partners join, e.g. when did qatar …": examples of what is asked are an aside.)
  const eg = seg0.findIndex(
    (t, i) => i > 0 && t.part !== seg0[i - 1]!.part && (t.w === 'eg' || (t.w === 'e' && seg0[i + 1]?.w === 'g')),
  );
  if (eg > 0) for (const t of seg0) if (t.part === seg0[eg]!.part) t.role = 'aside';
  if (at > 0) {
    const part = seg0[at]!.part;
    const skip = /^(ie|namely)$/.test(seg0[at]!.w) ? 1 : seg0[at]!.w === 'in' ? 3 : 2;
    for (const [i, t] of seg0.entries()) if (t.part === part) t.role = i < at + skip ? 'aside' : 'main';
  }
  const mainTokens = tokens.filter((t) => t.seg === main && t.role === 'main');
  markSubordinate(mainTokens);
  markIdentifying(mainTokens);
  const mainStart = tokens.findIndex((t) => t.seg === main);
  // "june 2025 sco statement on israel strikes - did all members sign on": after a topic, a question opened by an
  // auxiliary keeps its own form (yes or no).
  const ownWords = mainTokens.filter((t) => !t.topic && !t.premise).map((t) => t.w);
  const ownOpens = AUX.has(firstContent(ownWords) ?? '') && mainTokens.some((t) => t.topic && !t.premise);
  // (After the form is read from them.)
  for (const t of tokens) if (t.check) t.role = 'aside';
  return {
    tokens,
    main,
    asks: rawSegments[main]?.asks ?? false,
    // "what's X — is it…?" asks the yes or no of its last part: the form is read from that part.
    mainWords: ownOpens
      ? ownWords
      : mainTokens
          .slice(
            Math.max(
              0,
              mainTokens.findIndex((t) => t.role !== 'sub'),
            ),
          )
          .filter((t) => !(itNamed && t.topic) && !t.premise)
          .map((t) => t.w),
    mainStart: Math.max(0, mainStart),
  };
}

/**
 * Words that ask only how a thing stands ("what's the actual status?", "where does it stand now?", "… — what's on the
 * record?").
 */
const STANDING = new Set([
  'status',
  'situation',
  'standing',
  'stand',
  'stands',
  'actual',
  'real',
  'latest',
  'update',
  'record',
]);

/** "is that a rule?", "when was that decided?": a question asked of the statement before it. */
// ("Mongolia was the first ever observer, what year was that?": the year of the statement's own relation.)
// ("… what does your data say about that?": what the data says of the statement is asked of its relation.)
const OF_STATEMENT =
  /^(?:(?:when|where|why|how|who|(?:what|which) (?:year|date|day|month|summit|city))(?: exactly)? )?(?:is|was|are|were|does|did) (?:that|this)\b|^(?:so )?(?:what|anything) (?:does|do|did) (?:your|the|ur) (?:data|records?|sources?|files?) (?:say|show|have|hold)(?: (?:about|on) (?:that|this|it))?$/;

/** Words by which a question points back at a statement before it: "there", "it", "that", "why <one word>", "what else". */
const POINTS_BACK = new Set([
  'there',
  'then',
  'it',
  'its',
  'that',
  'they',
  'them',
  'their',
  'he',
  'his',
  'she',
  'her',
  'else',
  // The same in the other Latin-script languages, where unambiguous ("… – welche Rolle spielt sie dort?").
  'das',
  'ellos',
  'esos',
  'ils',
  'dort',
  'dabei',
  'damals',
  'alli',
  'ahi',
  'orada',
  'onun',
]);

/** The words of one segment, in order (a loop: segment() asks this of its tokens many times a reading). */
function wordsIn(tokens: readonly Token[], seg: number): string[] {
  const out: string[] = [];
  for (const t of tokens) if (t.seg === seg) out.push(t.w);
  return out;
}

/** A statement (not a question, not about the asker) of three words or more, that the question after it points back at. */
/** How many words open a statement with who said or read it ("I keep reading that", "my cousin swears"), if any. */
function openingWords(statement0: readonly string[]): number {
  const line = `${statement0.join(' ')} `;
  // "I keep reading that the chair rotates …": what the asker read is the statement.
  const heard =
    /^(?:i (?:keep |ve |have )?(?:reading|read|hearing|heard|seeing|seen|saw)(?: (?:people|everyone|folks|others) (?:say|saying|claim|claiming))?|people (?:keep )?say(?:ing)?|everyone says)(?: that)? /.exec(
      line,
    );
  // ("our prof says the chair rotates …": so is what someone told the asker.)
  // (Not "I'm told …", "I understand …": the asker's own hearsay puts no premise to check before another question.)
  const teller = heard || /^(i|we) /.test(line) ? null : TELLER.exec(line);
  const opening = heard ?? teller ?? RECORD_SAYS.exec(line) ?? OWN_WRITING.exec(line);
  return opening ? opening[0].trim().split(' ').length : 0;
}

/** Words that make a few words a statement: a verb of being or having, or one in the past. */
const STATING = /^(is|was|are|were|has|have|had|will|did|does|do|\w+ed)$/;

export function statesPremise(
  statement0: string[],
  question: string[],
  shortAsks = false,
  ownSentence = false,
): boolean {
  const said = statement0.slice(openingWords(statement0));
  // "… was from Uzbekistan, I believe": a hedge after the statement leaves it stated.
  const hedge = HEDGE_AT_END.exec(` ${said.join(' ')}`);
  const statement = hedge ? said.slice(0, said.length - hedge[0].trim().split(' ').length) : said;
  const first = firstContent(statement);
  if (statement.length < 3 || first === undefined) return false;
  if (WH.has(first) || AUX.has(first) || COMMAND.has(first) || /^(i|im|my|we|our|you|your|pls|please)$/.test(first))
    return false;
  if (statement.some((w) => WH.has(w))) return false;
  // ("Capital of Kyrgyzstan, and when did it take over the chair?": a few words with no verb name a topic asked, they
  // state nothing.)
  if (
    statement.length <= 4 &&
    (statement.includes('of') || statement[1] === 's') &&
    !statement.some((w) => STATING.test(w))
  )
    return false;
  const q = question.filter((w) => !FILLER.has(w));
  return (
    q.slice(1).some((w) => POINTS_BACK.has(w)) ||
    (q[0] === 'why' && q.length <= 3) ||
    // "belarus became the 9th member at the 2023 new delhi summit - what were the conditions attached?": a short
    // question after a full statement asks of it.
    (shortAsks && WH.has(q[0] ?? '') && q.length <= 6 && statement.length >= 6) ||
    // "bishkek summit is expected in 2026 — has a date been set yet?": an attribute asked of what the statement names.
    (shortAsks && q.length <= 8 && ATTRIBUTE_ASKED.test(q.join(' '))) ||
    // "draft has Iran joining the SCO in 2022. what's the actual date?": an attribute asked by its noun alone, of nothing
    // else named.
    // (So after a dash: "… in 2024 - can you give me the exact date for the footnote?")
    ((ownSentence || shortAsks) && attributeOnly(q)) ||
    // "I keep reading that India blocked Azerbaijan's bid. what's the actual status": how it stands, asked of nothing else.
    (q.length <= 6 &&
      q.some((w) => STANDING.has(w)) &&
      q.every((w) => WH.has(w) || AUX.has(w) || STANDING.has(w) || POINTS_BACK.has(w) || STOPWORDS.has(w)))
  );
}

/** A question that names no topic of its own: question words, a request, attributes ("could you give the precise dates"). */
function asksOfNothingNamed(q: string[]): boolean {
  return q.every(
    (w) =>
      WH.has(w) ||
      AUX.has(w) ||
      FILLER.has(w) ||
      STOPWORDS.has(w) ||
      COMMAND.has(w) ||
      FOCUS.has(w) ||
      POINTS_BACK.has(w) ||
      ATTRIBUTE_REQUEST.has(w) ||
      BARE_ATTRIBUTE.has(w) ||
      /^(you|u|me|us|kindly|precise|exact|exactly|confirm|tell|give|s)$/.test(w) ||
      // ("Mi profesora dice que … ¿Es verdad?": a tag that asks whether it holds names nothing either.)
      /^(true|right|correct|accurate|verdad|cierto|correcto|vrai|exacte|juste|richtig|wahr|stimmt|korrekt|dogru)$/.test(
        w,
      ),
  );
}

/** A short question of an attribute by its noun alone, naming nothing else ("what's the actual date?"). */
function attributeOnly(asked: string[]): boolean {
  // ("… - can you give me the exact date for the footnote?": the request and what the answer is for ask nothing more.)
  const q = asked
    .join(' ')
    .replace(/^(?:(?:can|could|would) (?:you|u) (?:please |pls )?)?(?:give|tell|send) (?:me|us) /, '')
    .replace(/ for (?:the|our|my|a|an) \w+$/, '')
    .split(' ');
  return (
    q.length <= 6 &&
    q.some((w) => ATTRIBUTE_REQUEST.has(w)) &&
    q.every(
      (w) =>
        WH.has(w) ||
        AUX.has(w) ||
        STOPWORDS.has(w) ||
        POINTS_BACK.has(w) ||
        ATTRIBUTE_REQUEST.has(w) ||
        /^(actual|real|correct|right|exact|true|proper|s)$/.test(w),
    )
  );
}

/** Attributes asked for by their nouns alone ("date and death toll", "venue + host"). */
const ATTRIBUTE_REQUEST = new Set([
  'date',
  'dates',
  'day',
  'year',
  'venue',
  'place',
  'city',
  'location',
  'host',
  'hosts',
  'toll',
  'death',
  'deaths',
  'casualties',
  'outcome',
  'outcomes',
  // ("belarus — capital, and when did it become a full member?")
  'capital',
  // ("… a statement on the strikes in March 2026 - date and gist?": what it said, asked in a word.)
  'gist',
  'summary',
  'substance',
  'wording',
  'exact',
  'and',
  'plus',
]);

/**
 * What the answer is to be made into, put first as a label ("full-screen list:", "lower third:", "timeline gfx:",
 * "table for the seminar:").
 */
const LABEL =
  /^(?:[\p{L}-]+ ){0,3}(?:list|table|graphic|graphics|gfx|caption|timeline|map|slide|chart|super|ticker|headline|strap|banner|card|tile|sheet|row|column|panel|poster|infographic|sidebar|box|infobox|factbox|blurb)(?: for (?:the|our|my|a|an|this|tomorrow s) [\p{L}-]+)?$/iu;

/** A question of which came first, its options after it. */
const ORDER_ASKED =
  /^(?:which|what|who)\s+(?:came|happened|was|were|did|joined|went)\s+(?:first|earlier|later|sooner)$/i;

/** A span put after a dash ("… – vom Dialogpartner bis zur Vollmitgliedschaft?", "— from observer to member"). */
const SPAN =
  /^(?:from|vom|von|de|du|des|desde|del|от|с)\s[^?？]{2,40}\s(?:to|until|till|through|bis|à|au|aux|jusqu\S*|hasta|a|до|по)\s[^?？]{2,40}$/iu;

/** Joining, polite and qualifying words of a bare request for fields, which name no field ("with … and both common …",
 * "bitte mit … und beiden gängigen …"). */
const FIELD_GLUE = new Set([
  'and',
  'plus',
  'pls',
  'please',
  'with',
  'both',
  'common',
  'usual',
  'the',
  'of',
  'his',
  'her',
  'its',
  'bitte',
  'mit',
  'und',
  'beiden',
  'beide',
  'gangigen',
  'ublichen',
  'des',
  'der',
  'seinem',
  'seinen',
  'avec',
  'son',
  'sa',
  'ses',
  'et',
  'con',
  'su',
  'sus',
  'y',
]);

/** Fields of an answer named alone ("name and role", "city + year", "full name, title"). */
const FIELD_WORDS = new Set([
  'name',
  'names',
  'full',
  'role',
  'roles',
  'title',
  'position',
  'post',
  'office',
  'job',
  'rank',
  'date',
  'year',
  'month',
  'city',
  'country',
  'nationality',
  'venue',
  'years',
  'dates',
  'spelling',
  'spellings',
  // ("Bitte mit Dienstgrad und beiden gängigen Schreibweisen des Namens."; "avec son grade", "con su rango".)
  'dienstgrad',
  'rang',
  'titel',
  'datum',
  'namen',
  'namens',
  'schreibweise',
  'schreibweisen',
  'grade',
  'rango',
  'orthographe',
  'grafia',
  ...FIELD_GLUE,
]);

/** Fields asked of what was named before, and nothing else ("name and role?", "with rank and both spellings"). */
export function fieldsOnly(words: readonly string[]): boolean {
  const fields = words.filter((w) => !FIELD_GLUE.has(w)).length;
  return words.length <= 10 && words.every((w) => FIELD_WORDS.has(w)) && fields >= 2 && fields <= 6;
}

/** A part that opens with a question word or an auxiliary: a question of its own. */
function asksOpen(words: string[]): boolean {
  const first = firstContent(words);
  return first !== undefined && (WH.has(first) || AUX.has(first));
}

/** What the asker needs the answer for, after it ("need exact for a script", "for a footnote", "pls"). */
const NEEDED_FOR =
  /^(?:(?:i |we )?(?:need|needed|needs|want|wanted)\b|for (?:a|an|my|our|the)\b|pls\b|please\b|thx\b|thanks\b)/;

/** What an answer is wanted for, named last ("… for the sheet", "… for this timeline"). */
const PURPOSE_DOC =
  /^(sheet|spreadsheet|map|table|timeline|chart|graphic|slide|slides|deck|article|piece|story|caption|factbox|box|card|sidebar|panel|column|row|file|doc|report|brief|briefing|episode|podcast|show|segment|class|lesson|quiz|worksheet|newsletter|thread|post|script)$/;

/**
 * A person who told the asker what follows ("our lecturer said", "I understand", "we were told that", "turkish couple on
 * my bus says"); a document that says it ("our draft says") is a claim to check, read elsewhere. In Spanish, French and German, whoever or whatever
 * says it, up to the "que"/"dass" that opens what was said ("Vi un titular que decía que …", "Mon prof dit que …").
 */
/** "Our PEP database still lists …", "my notes say …": a record of the asker's that says what follows. */
/** What the asker wrote, up to what it says ("we wrote in the brochure that …"): a statement put to be checked. */
const OWN_WRITING =
  /^(?:i|we) (?:wrote|ve written|have written|had written|stated|put down)(?: (?:in|on) (?:the|our|my|a|an) (?:\w+ ){1,2}?)? ?that /;
const RECORD_SAYS =
  /^(?:our|my|the|their) (?:\w+ )?(?:database|records?|notes|files?|spreadsheet|system|crm|register|registry|sheet|textbook|slides?) (?:still )?(?:says|say|lists|shows|has|gives|records|calls|names)(?: that)? /;
const TELLER =
  /^(?:(?:(?:our|my|the|a|an|his|her|their|one of (?:our|my|the)) )?(?:\w+ )?(?:couple|couples|passengers?|travell?ers?|pilgrims?|lecturer|teacher|professor|prof|docent|tutor|instructor|supervisor|editor|boss|colleague|director|producer|guests?|tourists?|visitors?|anchor|presenter|classmate|roommate|friend|correspondent|reporter|stringer|fixer|researcher|intern|analyst|cousin|uncle|aunt|brother|sister|dad|father|mom|mum|mother|grandfather|grandpa|grandmother|grandma|neighbou?r|husband|wife|son|daughter|nephew|niece|client|customer|buyer|driver|patron|student|students)(?: (?:on|in|at|from) (?:my|our|the|this|a) \w+)? (?:said|says|told (?:us|me)|insists|insisted|swears|swore|claims|claimed|reckons|keeps saying|mentioned|mentions|told)|(?:i|we) (?:understand|gather|was told|were told|m told|am told|re told))(?: that)? |^(?:\w+ ){0,5}?(?:dice|dicen|decia|decian|dijo|dijeron|afirma|afirmaba|asegura|aseguraba|sostiene|pone|ponia|escribe|escribio|lei|escuche|oi) que |^(?:\w+ ){0,5}?(?:dit|disait|disent|affirme|affirmait|ecrit|ecrivait|pretend|soutient|lu|entendu) (?:que|qu) |^(?:\w+ ){0,5}?(?:sagt|sagte|sagen|behauptet|behauptete|schreibt|schrieb|meint|meinte|gelesen|gehort) dass /;

/** A statement reported from elsewhere, up to what it says ("thread says", "a turkish account posted that"). */
const REPORTED =
  /^(?:(?:a|an|the|this|that|one|some)\s+)?(?:(?:viral|popular|\w+)\s+)?(?:thread|post|tweet|tiktok|video|reel|account|article|user|claim|headline|meme|someone|somebody|people|they)\s+(?:on\s+\w+\s+)?(?:says|said|claims|claimed|posted|posts|wrote|writes|states|stated)\s+(?:that\s+)?/;

/** What a bare question asks of a thing named before it: its date, its seat, a part of a month. */
const BARE_ATTRIBUTE = new Set([
  'name',
  'names',
  'spelling',
  'exact',
  'exactly',
  'date',
  'dates',
  'day',
  'year',
  'years',
  'based',
  'located',
  'held',
  // ("the Universal Centre for … — on which base, in which city?": where the thing named before sits.)
  'city',
  'cities',
  'town',
  'base',
  'seat',
  'mid',
  'early',
  'late',
  'start',
  'end',
]);

/** "what year", "when was that", "when did that happen": a question word and nothing of its own to ask about. */
function bareFollowUp(words: string[]): boolean {
  // ("… several statuses. Which ones, and in which years?": two of them joined by "and" are one follow-up.)
  const and = words.indexOf('and');
  // (Not two bare question words: "where and when" asks of its own.)
  // ("… hadn't he? Who, and since when?": four words are enough.)
  if (and > 0 && words.length >= 4 && words.length <= 10)
    return bareFollowUp(words.slice(0, and)) && bareFollowUp(words.slice(and + 1));
  // ("… observers first - since what year?": a preposition before the question word asks the same.)
  // ("… If so, since when?": "if so" only takes up the question before.)
  // ("… — officially from which date?": a word of focus before it asks nothing of its own.)
  const w0 = (words[0] === 'if' && words[1] === 'so' ? words.slice(2) : words).filter(
    (x) => !FILLER.has(x) && !FOCUS.has(x),
  );
  const w = /^(since|from|in|by|until|till)$/.test(w0[0] ?? '') ? w0.slice(1) : w0;
  return (
    w.length >= 1 &&
    w.length <= 5 &&
    WH.has(w[0]!) &&
    w.slice(1).every((x) =>
      // ("Trace the terrorism-wording dispute: Qingdao June 2025 → Tianjin Sept 2025. What changed?")
      /^(years?|dates?|days?|months?|that|it|this|was|is|are|were|did|does|exactly|happen|happened|so|the|other|others|ones|rest|many|times|changed|change|evolved|developed|unfolded|play|played|out|went|go)$/.test(
        x,
      ),
    )
  );
}

/**
 * "What did New Delhi say?", "how did India respond?", "what was Beijing's reply?": what a party said, asked of the
 * statement before it (a party named in up to three words: "India's MEA").
 */
function asksResponse(words: string[]): boolean {
  return /^(what|how) (did|has|have|does|was|is) ([a-z]+ ){1,3}(say|said|respond|responded|reply|replied|react|reacted|answer|answered|comment|commented|s (response|reply|reaction|answer)|response|reply|reaction)( to (it|that|this|the claim|this claim|that claim))?$/.test(
    words.filter((w) => !FILLER.has(w)).join(' '),
  );
}

/** "the one in delhi, right?", "the one at astana?": one thing guessed, by where it was. */
/** Two answers offered ("3rd or 4th", "is 2025-26 its 3rd or its 4th", "was it 2017 or 2018"). */
const TWO_OFFERED =
  /^(?:(?:is|was|are|were) (?:\S+ ){0,2}(?:it|its|that|this|their|they) )?(?:the |its |their )?\S+ or (?:the |its |their )?\S+$/;
/** A question of how a thing stood before and after a change ("what was the set-up before and after?"). */
const BEFORE_AND_AFTER = /\bbefore and after\b|\bbefore vs after\b/;
/** Steps in order, first then next: "first dialogue partner, then observer", "erst …, dann …". */
const STEPS_LISTED =
  /^(?:first|at first|erst|zuerst|d abord|primero|once|ilk once|pehle)\b.{1,60}\b(?:then|dann|puis|ensuite|luego|despues|sonra|phir)\b/;
const GUESSED_ONE =
  /^(?:it was |was it |wasn t it )?the (?:one|summit|meeting) (?:in|at|held in|hosted by) \S+(?: \S+)?(?: (?:right|correct|no|na|yes|yeah|isn t it|wasn t it|i think|i guess))?$/;

/** A short label for a quiz piece of the asker's own ("bonus round idea", "tiebreaker q", "quiz idea"). */
const PIECE_LABEL =
  /^(?:(?:fun|quick|another|next|my|our|a|the) )?(?:(?:bonus|quiz|trivia|tiebreaker)(?: (?:round|question|q|idea|ideas))*|(?:round|quiz|trivia|bonus) (?:idea|ideas))$/;

/** A request to check, which asks of the statement or question beside it. */
const CHECK_COMMAND = /^(check|verify|confirm|fact)$/;
/** The words a bare request to check is made of ("quick fact check", "just checking this one"). */
const CHECK_LABEL_WORDS = new Set(
  'quick just fact check checking verify confirm a this the one line pls please first real small here'.split(' '),
);

function firstContent(words: string[]): string | undefined {
  return words.find((w) => !FILLER.has(w) && !FOCUS.has(w));
}

/** Articles, which add no length to a topic's name ("the SCO summit in Astana 2024"). */
const TOPIC_GLUE = new Set(['the', 'a', 'an']);

/** "names?", "which ones?": the ones a sentence before counts, asked for by name. */
const NAMES_ASKED = /^(names|which ones|name them|list them)( (pls|please|plz))?$/;

/** "which is it", "so which one is right": which of the versions reported before is true. */
// ("iran became a member on 4 july 2023 — at which summit": the meeting of what was just said.)
const WHEN_WAS_THAT =
  /^(?:so |and )?(?:what year|which year|what date|what month|which month|when(?: exactly)?)(?: in \d{4})? (?:was|did|is) (?:that|it|this)(?: happen)?(?: exactly)?$|^(?:so |and )?(?:at |in )?(?:which|what) (?:summit|meeting)(?: (?:was|did) (?:that|it|this)(?: happen)?)?$|^(?:so |and |und |y |et )?(?:since when|seit wann|desde cuando|depuis quand)(?: (?:exactly|genau|eigentlich|denn|exactamente|exactement|precisely|actually|really))?(?: (?:gilt das|ist das so|is that so|has that been so|es asi|c est le cas))?$/;
/**
 * The end of a question asked or reported as someone's, the asker's own included ("… asks", "… asked me", "… wants to
 * know", "i'd like to know", "… is wondering").
 */
/** The words that report a question as asked, by the asker or anyone ("asks me", "wants to know", "wondered"). */
export const ASKING =
  '(?:ask|asks|asked|asking)(?: (?:me|us|you|u))?|(?:want|wants|wanted|need|needs|needed|have) to know|(?:would|d) like to know|(?:wonder|wonders|wondered|wondering)';
const REPORTED_ASK = new RegExp(`(?:^| )(?:${ASKING})$`);
/** What the asker wants to know, after what they need it for ("for my essay i need to know", "I wonder"). */
const ASKER_WANTS_TO_KNOW =
  /^(?:for (?:\S+ ){1,5})?(?:i|we) (?:wonder|want to know|need to know|would like to know|d like to know|have to know)$/;
/** A number pointed back to ("that number", "this figure"). */
const THAT_NUMBER = /\b(?:that|this) (?:number|figure|total|tally|count)\b/;
/** A request to confirm with nothing of its own to confirm ("kindly confirm", "please confirm so the note may say so"). */
// ("… ¿Me la confirma?", "Pouvez-vous me le confirmer ?", "Können Sie das bestätigen?": the same in other languages.)
/** The asker unsure about a thing they name ("I'm confused about Afghanistan", "not sure about the bank"). */
const UNSURE_ABOUT =
  /^(?:(?:i m|im|i am) )?(?:a bit |a little |really |so |totally |still )?(?:confused|unsure|not sure|puzzled|lost|unclear) (?:about|on|regarding|re|over) \S/;
/** A request to be sent or given what was just named, pointing back at it ("¿Me la podéis pasar?", "can you send it?"). */
const BARE_SEND =
  /^(?:(?:por favor|porfa) )?(?:me|nos) (?:la|lo|las|los) (?:puede|pueden|podeis|puedes|podria|podrias|podrian|podriais) (?:pasar|enviar|mandar|dar|facilitar)(?: por favor)?$|^(?:(?:por favor|porfa) )?(?:me|nos) (?:la|lo|las|los) (?:pasas|pasa|pasais|pasan|envias|envia|enviais|mandas|manda|mandais|das|da|dais|facilitas|facilita)(?: por favor)?$|^(?:(?:can|could|would) (?:you|u) )?(?:please |pls )?(?:send|pass|give|forward)(?: (?:it|them|that|this))?(?: (?:to|over to))? (?:me|us)(?: (?:please|pls))?$|^(?:pouvez vous|pourriez vous|peux tu|pourrais tu) (?:me|nous) (?:la|le|les) (?:envoyer|passer|donner|transmettre)$|^(?:konnen|konnten|kannst|konntest) (?:sie|du) (?:mir|uns) (?:die|das|diese|sie) (?:schicken|senden|geben|zukommen lassen)$/;
const BARE_CONFIRM =
  /^(?:(?:kindly|please|pls|can you|could you|would you) )*(?:confirm|verify|check)(?: (?:this|that|it|the same))?(?: (?:please|pls|thanks|thank you))?(?: (?:so|for|as|since|because) .*)?$|^(?:(?:por favor|porfa) )?(?:me|nos) (?:la|lo|las|los) (?:confirma|confirmas|confirman|confirmaria|puede confirmar|podria confirmar)(?: por favor)?$|^(?:puede|podria|puedes|podrias) confirmar(?:lo|la|melo|mela|noslo)?(?: por favor)?$|^(?:pouvez vous|pourriez vous|peux tu|pourrais tu) (?:me |nous )?(?:le |la )?confirmer$|^(?:konnen|konnten) sie (?:mir |uns )?(?:das |dies )?bestatigen$|^teyit eder misiniz$/;
/** Requests that ask for an account, within which a yes/no put after them is answered. */
const EXPLAIN_REQUEST = new Set(['explain', 'describe', 'compare', 'walk', 'outline', 'summarise', 'summarize']);
// (Only whether what was named still stands or takes part, which the account of it says: not "is it really by Russian
// alphabet?", a thing of its own to check.)
const POINTS_BACK_YESNO =
  /^(?:and |so |but )?(?:is|are|was|were|does|do|did|has|have) (?:that|it|this|they|these|those|he|she)\b(?! (?:true|right|correct|accurate)$).*\b(?:anymore|any more|still|exist|exists|existing|active|inactive|participating|participate|participates|in practice|functioning|working)\b/;
const OTHERS_ASKED =
  /^(?:and |so |ok )?(?:which|what|who) (?:were|are|was|is) (?:the |its |their )?(?:other|others|rest|remaining|earlier|previous|first)(?: (?:two|three|four|five|ones|one))?$/;
const CHECK_FIRST =
  /^(?:so |and )?(?:is|was) (?:it|this|that|the \w+ (?:thing|story|bit|part|claim|report)) (?:really )?(?:true|right|correct|accurate)$/;
const WHICH_FIGURE = /^(?:so |ok |okay )?(?:which|what) (?:figure|number|count|date|version)\b/;
const WHICH_IS_IT =
  /^(?:so |ok |okay )?(?:which|what) (?:one )?(?:is|s) (?:it|right|correct|true)\b|^(?:so |ok |okay )?(?:which|what) (?:figure|number|count|date|version|one) (?:is|s) (?:the )?(?:right|correct|true|reliable|accurate)(?: one)?$/;

/** Adverbs that only sharpen the question put before its question word ("exactly when did Egypt become a partner"). */
const FOCUS = new Set([
  'exactly',
  'precisely',
  'roughly',
  'approximately',
  'specifically',
  'actually',
  'basically',
  'officially',
  'formally',
]);

/**
 * "the Secretary-General taking office in January 2025 was appointed at …", "the SG who took office in 2025 was elected
 * …": a time in a clause that says which holder is meant dates that holder's taking office, not the act asked about, so
 * it is set aside (neither the act's year nor a meeting's). Only when an act of appointing follows the clause.
 */
function markIdentifying(tokens: Token[]): void {
  const words = tokens.map((t) => t.w);
  for (let i = 0; i < words.length - 3; i++) {
    if (!/^(taking|took|takes|assuming|assumed)$/.test(words[i]!) || words[i + 1] !== 'office') continue;
    if (!/^(in|on|from|since)$/.test(words[i + 2]!)) continue;
    let end = i + 3;
    while (
      end < words.length &&
      (/^\d/.test(words[end]!) ||
        /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/.test(
          words[end]!,
        ) ||
        words[end] === 'of')
    )
      end++;
    if (end === i + 3) continue;
    if (!words.slice(end, end + 4).some((w) => /^(appointed|elected|named|chosen|confirmed|selected)$/.test(w)))
      continue;
    const from = /^(who|that)$/.test(words[i - 1] ?? '') ? i - 1 : i;
    for (let j = from; j < end; j++) tokens[j]!.role = 'aside';
  }
}

/** "who was the chair | when Iran joined", "which country chaired the summit | where Iran was admitted". */
function markSubordinate(tokens: Token[]): void {
  const words = tokens.map((t) => t.w);
  const start = tokens.findIndex((t, i) => !t.topic && !FILLER.has(words[i]!) && !FOCUS.has(words[i]!));
  // "When Iran joined in 2023, was the summit held in person?": a clause that opens the question (its opener not
  // followed by an auxiliary) before a comma and a question asked by an auxiliary or a question word is subordinate.
  const lead = tokens[start];
  if (
    lead &&
    (lead.w === 'when' ||
      lead.w === 'after' ||
      lead.w === 'once' ||
      lead.w === 'while' ||
      // ("before joining, since when had it been …")
      (lead.w === 'before' && CLAUSE_VERBS.has(words[start + 1] ?? ''))) &&
    !AUX.has(words[start + 1] ?? '') &&
    !WH.has(words[start + 1] ?? '')
  ) {
    const next = tokens.findIndex((t, i) => i > start && t.part !== lead.part && !FILLER.has(t.w));
    if (
      next > 0 &&
      (AUX.has(words[next]!) || WH.has(words[next]!) || (words[next] === 'since' && words[next + 1] === 'when'))
    )
      for (let j = start; j < next; j++) if (tokens[j]!.part === lead.part) tokens[j]!.role = 'sub';
  }
  for (let i = Math.max(1, start + 1); i < tokens.length; i++) {
    const w = words[i]!;
    const opens =
      (SUBORDINATE.has(w) &&
        !(w === 'when' && words[i - 1] === 'since') &&
        // ("From when has Kyrgyzstan been SCO chair?": "from when" before an auxiliary asks as "since when" does.)
        // (So does "from when" opening the line, however it goes on: "from when Kyrgyzstan take over the chairmanship?")
        !(
          w === 'when' &&
          /^(from|until|till)$/.test(words[i - 1] ?? '') &&
          (AUX.has(words[i + 1] ?? '') || i - 1 === start)
        ) &&
        !(w === 'if' && i === start)) ||
      (TEMPORAL.has(w) &&
        words.slice(i + 1, i + 5).some((x) => CLAUSE_VERBS.has(x)) &&
        !/^\d/.test(words[i + 1] ?? '')) ||
      ((w === 'that' || w === 'which' || w === 'who') &&
        ['summit', 'meeting', 'country', 'member', 'state', 'one', 'event'].includes(words[i - 1] ?? '') &&
        words.slice(i + 1, i + 4).some((x) => CLAUSE_VERBS.has(x))) ||
      // ("who hosted the summit at which Iran became a member": a preposition before "which" opens the clause too.)
      (w === 'which' &&
        /^(at|in|during|on)$/.test(words[i - 1] ?? '') &&
        ['summit', 'meeting', 'session', 'event', 'conference'].includes(words[i - 2] ?? '') &&
        words.slice(i + 1, i + 5).some((x) => CLAUSE_VERBS.has(x)));
    // ("before joining, since when had Belarus been …": "since when" asks.)
    // ("The SCO has since admitted India …": "since" after an auxiliary is "since then", no clause.)
    if (
      !opens ||
      (w === 'since' && words[i + 1] === 'when') ||
      (w === 'since' && /^(has|have|had|was|were|is|are)$/.test(words[i - 1] ?? ''))
    )
      continue;
    // "tell me when Belarus joined", "do you know who chairs", "please state which member chaired": the question word
    // opens the question asked, not a clause.
    // ("for my essay i need to know when belarus joined": so after what the asker wants to know; "tourists ask me when
    // SCO was created", "a first-year student asks when the SCO was founded": so in a question reported as anyone's.)
    if (WH.has(w) && REPORTED_ASK.test(words.slice(Math.max(start, i - 4), i).join(' '))) continue;
    if (
      WH.has(w) &&
      /^(?:(?:can|could|would|will) (?:you|u) )?(?:(?:please|pls|kindly|just|also) )*(?:tell|show|remind|let|give) (?:me|us)(?: know)?(?: (?:exactly|precisely|roughly|briefly|quickly|again|please|pls))?$|^(?:do|does) (?:you|u|anyone|anybody) know$|^(?:(?:has|did) )?(?:anyone|anybody|someone|somebody) (?:said|say|announced|announce|confirmed|confirm|mentioned|mention)$|^(?:(?:can|could|would|will) (?:you|u) )?(?:please |pls )?(?:briefly |quickly )?(?:explain|describe|outline|summari[sz]e|clarify)(?: (?:to )?(?:me|us))?$|^(?:(?:can|could|would|will) (?:you|u) )?(?:(?:please|pls|kindly|just|also) )*(?:state|specify|indicate|identify)(?: (?:for me|for us|briefly|exactly|precisely|clearly))?$/.test(
        words.slice(start, i).join(' '),
      )
    )
      continue;
    // ("tell me the city where the organisation was founded": a place named by what happened there is what is asked, the
    // clause the relation it is asked by.)
    if (w === 'where' && /^(city|place|town|venue|location)$/.test(words[i - 1] ?? '')) continue;
    // "Kindly confirm whether Egypt and the Maldives are partners": what is asked to be confirmed is the question.
    if (
      (w === 'whether' || w === 'if') &&
      /^(?:(?:can|could|would|will) (?:you|u) )?(?:(?:kindly|please|pls|also|just) )*(?:confirm|check|verify|clarify|tell (?:me|us))(?: for (?:me|us))?$/.test(
        words.slice(start, i).join(' '),
      )
    )
      continue;
    // ("For a client risk note I need to know whether Egypt is an SCO member or only a partner": what the asker needs to
    // know is the question, whatever the sentence says it is for.)
    if ((w === 'whether' || w === 'if') && ASKER_WANTS_TO_KNOW.test(words.slice(start, i).join(' '))) continue;
    // ("german visitors ask if turkey is a member": so is what anyone is said to ask.)
    if ((w === 'whether' || w === 'if') && REPORTED_ASK.test(words.slice(Math.max(start, i - 4), i).join(' ')))
      continue;
    // ("when and where became full member?": a question word joined to the one that opens the question asks too.)
    if (WH.has(w) && words[i - 1] === 'and' && i - 2 === start && WH.has(words[start] ?? '')) continue;
    // Turkish "önce" folds to "once": after an ablative ("Yermekbayev'den önce") it is "before", not a clause.
    if (w === 'once' && /^(den|dan|ten|tan)$/.test(words[i - 1] ?? '')) continue;
    // "since when", "when did" at a clause start after a comma are questions, not clauses.
    // ("ok and iran, when'd they join": "'d" is "did".)
    if (
      (w === 'when' || w === 'where') &&
      (AUX.has(words[i + 1] ?? '') || words[i + 1] === 'd') &&
      (tokens[i]!.part !== tokens[i - 1]!.part ||
        // ("kanka when was the SCO founded?", "bro where is RATS": one word of address before the question.)
        (i === start + 1 &&
          !/^(know|tell|remember|ask|asked|wonder|see|say|explain|show|from|since|until|till)$/.test(words[start]!)))
    )
      continue;
    const part = tokens[i]!.part;
    for (let j = i; j < tokens.length && tokens[j]!.part === part; j++) tokens[j]!.role = 'sub';
  }
}

interface RawSegment {
  text: string;
  asks: boolean;
  /** The separator before it (":" for a colon). */
  sep?: string;
  /** A part in brackets that asks nothing: it adds detail to the line. */
  bracketed?: boolean;
}

/** Sentences and other separated parts: ". ", "? ", "; ", ": ", " - ", "—", "(…)". */
function splitSegments(text: string): RawSegment[] {
  const out: RawSegment[] = [];
  // Protect abbreviations and decimals ("U.S.", "St. Petersburg", "3.5%") from the sentence split.
  // The stand-in is U+0001: a question has no control characters left (cleanQuestion), so it cannot clash.
  const guarded = text
    .replace(/\b([A-Z])\.(?=[A-Z]?\.?)/g, '$1\u0001')
    .replace(/\b(St|Mr|Mrs|Dr|No|vs|etc)\./gi, '$1\u0001')
    // ("i.e.", "e.g.": both points.)
    .replace(/\b(?:e\.g|i\.e)\.?/gi, (m) => m.replace(/\./g, '\u0001'))
    .replace(/(\d)\.(\d)/g, '$1\u0001$2')
    // ("das 24. Treffen", "am 1. September": a German ordinal's point after an article ends no sentence.)
    .replace(/\b(das|der|die|dem|den|des|am|im|zum|vom|zur|beim) (\d{1,2})\.(?=\s)/gi, '$1 $2\u0001')
    // ("sco est. 2002 in shanghai": "est." before a year is "established".)
    .replace(/\b(est|estd)\.(?=\s+(?:in\s+)?\d{4}\b)/gi, '$1\u0001')
    // ("who had the sco chair right before us (kyrgyzstan)?": a bracket after the asker's "us" says who they are; it is
    // what the clause names, not an aside.)
    .replace(/\b(?:us|we|me|our country|my country)\s*\(([^()?？]{1,40})\)/giu, '$1');
  // "… in Bishkek too or am I mixing it up with Tianjin": the asker's doubt is set apart, as after a dash.
  // (Not a bare tag, which asks whether the statement holds: "iran was an sco observer from 2005, or am i wrong?",
  // "tianjin was the 25th summit or am i off by one?")
  const doubted = guarded.replace(
    /\s+(or (?:am|was|do|did) i\b)(?! (?:wrong|mistaken|right|correct|off(?: by (?:one|a (?:day|year|week|number)))?|(?:mixing|confusing|mixing up|muddling) (?:things|it|them|this|that|something)(?: up)?)\s*[?.!]*\s*$)/gi,
    ' - $1',
  );
  // An en dash joining two words or numbers ("india–pakistan", "2025–26") is a hyphen, not a break between parts.
  let dashed = doubted.includes('–') ? doubted.replace(/(?<=[\p{L}\p{N}])–(?=[\p{L}\p{N}])/gu, '-') : doubted;
  // ("Do any of the Western actors — the United States, the EU, Japan, the UK — hold any status …?": a list set between
  // two dashes inside a clause that goes on after them is part of that clause.)
  // (Only in a yes/no question whose subject the list spells out, the verb after it: not "last 3 summits — astana,
  // tianjin, bishkek — one line each", nor "could you set out … — …, … — with places?".)
  if (dashed.includes('—') && /^\s*(?:do|does|did|are|is|were|was|have|has)\s/i.test(dashed))
    dashed = dashed.replace(
      /^([^—]+?\p{L})\s+—\s+([^—?？.!]{3,80}?,[^—?？.!]{3,80}?)\s+—\s+(?=\p{Ll})(?!(?:who|when|where|what|which|how|why|is|are|was|were|do|does|did|has|have|can|could|will|would|with|in|for|on|at|by|from|to|as)\b)/u,
      '$1, $2, ',
    );
  // "which country holds the CHG (prime ministers) chairmanship": an aside inside a clause is set apart after the line,
  // so the clause around it stays one segment; so is one just before a colon ("… La Haye (juin 2025) : dates, résultats").
  const asides: string[] = [];
  // ("iran / member since / which summit (host? virtual?)": a closing aside in brackets adds detail, it asks nothing new.)
  const closing = dashed.includes('(') ? /\s*\(([^()]{1,60})\)\s*$/.exec(dashed) : null;
  if (closing && dashed.slice(0, closing.index).trim().split(/\s+/).length >= 2) {
    asides.push(closing[1]!.replace(/[?？]/g, ' '));
    // (A question mark inside it still marks the line as asked: "india chaired the 2024 summit (they had 23-24?)".)
    dashed = `${dashed.slice(0, closing.index)}${/[?？]/.test(closing[1]!) && !/[?？]\s*$/.test(dashed.slice(0, closing.index)) ? '?' : ''}`;
  }
  const joined = dashed.includes('(')
    ? // ("… partner countries (all 17 of them) — could you give them …": so is one just before a dash.)
      dashed.replace(
        /\s*\(([^()?？]{1,60})\)(?=\s*[\p{L}\p{N}:：,]|\s+[—–-]\s)/gu,
        (m: string, aside: string, at: number) => {
          // (Before a comma, only the year of a time just said: "… is this year (2026), correct?".)
          const after = dashed.slice(at + m.length);
          if (
            /^\s*,/.test(after) &&
            !(
              /^(?:19|20)\d\d$/.test(aside.trim()) &&
              /\b(?:this|last|next) year$|\b(?:now|today)$/i.test(dashed.slice(0, at))
            )
          )
            return m;
          // (Before a dash, only a count of what it follows: "(all 17 of them) —", not "Nasirzadeh (iran def min) —".)
          if (!/^\s*[\p{L}\p{N}:：,]/u.test(after) && !/^(?:all|both|each|every|\d+)\b/i.test(aside)) return m;
          asides.push(aside);
          return '';
        },
      )
    : dashed;
  const re = /([^.?!;:()—–。？！；：؟]+?)(\s*(?:[.?!;:()—–。？！；：؟]+|\s[-–]\s|$))/gu;
  let sep: string | undefined;
  let opened = false;
  // (Every match consumes a character: an exec loop ends; matchAll would copy the pattern first.)
  for (let m = re.exec(joined); m; m = re.exec(joined)) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: U+0001 is the stand-in set above.
    const body = m[1]!.replace(/\u0001/g, '.').trim();
    const next = /[:：]/.test(m[2] ?? '') ? ':' : /[—–-]/.test(m[2] ?? '') ? '-' : undefined;
    if (!body) {
      sep = next;
      opened = /\(/.test(m[2] ?? '');
      continue;
    }
    // ("… the exact founding date (day, month and year), please": a part in brackets that asks nothing details the line.)
    const bracketed = opened && /\)/.test(m[2] ?? '') && !/[?？؟]/.test(m[2] ?? '');
    out.push({ text: body, asks: /[?？؟]/.test(m[2] ?? ''), ...(sep && { sep }), ...(bracketed && { bracketed }) });
    sep = next;
    opened = /\(/.test(m[2] ?? '');
  }
  for (const aside of asides) out.push({ text: aside.trim(), asks: false });
  // A dash between words splits too ("i read the sco has nine members - true?").
  const expanded: RawSegment[] = [];
  for (const s of out) {
    const pieces = s.text.split(/\s[-–—]\s/);
    for (const [i, p] of pieces.entries())
      expanded.push({
        text: p,
        asks: i === pieces.length - 1 ? s.asks : false,
        sep: i > 0 ? '-' : s.sep,
        ...(s.bracketed && { bracketed: true }),
      });
  }
  // ("what's the status of the sco development bank — is it a real thing yet?": a question before a dash, then a yes/no
  // of "it", asks as it would before a question mark.)
  // ("when did india and pakistan become full members — was it the same summit?": so does any question word before "was it
  // the same …", whose answer says it.)
  for (const [i, s] of expanded.entries()) {
    const next = expanded[i + 1];
    if (s.asks || next?.sep !== '-') continue;
    const before = s.text.trim();
    const after = next.text.trim();
    if ((WH_OPENS.test(before) && POINTED_YES_NO.test(after)) || (ANY_WH_OPENS.test(before) && SAME_ASKED.test(after)))
      s.asks = true;
  }
  // "who joined earlier: Belarus or Iran?", "which is not a member: India, Turkey, Iran?": options after a colon belong to the question.
  const merged: RawSegment[] = [];
  for (const s of expanded) {
    const prev = merged.at(-1);
    const words = s.text.trim().split(/\s+/);
    // ("timeline of the last two secretaries-general: who, from when to when": question words alone after a colon ask
    // them of what is put before it; one alone, in a part of its own, asks as it did.)
    if (
      prev &&
      s.sep === ':' &&
      BARE_ASKS.test(s.text.trim()) &&
      (s.text.match(/\b(?:who|whom|when|where|what|which|how)\b/gi) ?? []).length >= 2
    ) {
      prev.text = `${prev.text} ${s.text}`;
      prev.asks = prev.asks || s.asks;
      continue;
    }
    if (
      prev &&
      // ("which came first - belarus becoming a dialogue partner or turkey becoming one?": after a dash too.)
      (s.sep === ':' || (s.sep === '-' && (ORDER_ASKED.test(prev.text.trim()) || SPAN.test(s.text.trim())))) &&
      // (Longer options after a short question: "which came first: belarus becoming a dialogue partner or …".)
      (words.length <= 8 ||
        (words.length <= 16 && /\b(which|who|what)\b/i.test(prev.text) && prev.text.trim().split(/\s+/).length <= 5) ||
        // ("full-screen list: all member states, exact short names as we should write them": a label of what to make.)
        (words.length <= 20 && s.sep === ':' && LABEL.test(prev.text.trim()))) &&
      // ("teacher here: explain the shanghai five …": a question after who the asker is stands on its own.)
      !SELF_INTRO.test(latinWords(prev.text).join(' ')) &&
      // ("… and they asked me: since when is iran a full member?": a question word after "since", "and", "so" or "but"
      // still opens one.)
      !/^(?:(?:since|and|so|but) )?(who|what|when|where|why|how|which|is|are|was|were|do|does|did|has|have|can)\b/i.test(
        s.text.trim(),
      ) &&
      // ("Hallo, eine Frage von einer deutschen Reisegruppe: Welche Länder haben die SOZ 2001 gegründet?": so does another
      // language's question word, with words after it, after the question's label; not after a request, "Compara … :
      // ¿quién pidió qué y cuándo?", whose terms it gives.)
      !(
        words.length >= 3 &&
        /\b(frage|fragen|question|pregunta|duda|soru|sorusu)\b/i.test(prev.text) &&
        (WH_OTHER.has(latinWords(s.text)[0] ?? '') || latinWords(s.text)[0] === 'welche')
      )
    ) {
      prev.text = `${prev.text} ${s.text}`;
      prev.asks = prev.asks || s.asks;
      continue;
    }
    merged.push({ ...s });
  }
  return merged.length ? merged : [{ text, asks: /[?？؟]/.test(text) }];
}

/** Question words and what joins them, and nothing else ("who, from when to when", "where and when?"). */
const BARE_ASKS =
  /^(?:(?:who|whom|when|where|what|which|how long|from|since|to|till|until|and|or|exactly|roughly)(?:\s*,\s*|\s+|\s*[?？]*$))+$/i;

// biome-ignore lint/suspicious/noControlCharactersInRegex: every ASCII character, controls too, folds to itself or a space.
const ASCII = /^[\u0000-\u007f]*$/;

/** Folded text for substring look-ups in any script (Latin parts without accents). */
export function foldAll(text: string): string {
  // Plain ASCII has nothing to fold but the case, and its letters and digits are the only ones: the same result, cheaper.
  if (ASCII.test(text))
    return ` ${text
      .toLowerCase()
      .replace(/[^a-z0-9%]+/g, ' ')
      .trim()} `;
  return ` ${fold(latinFold(text).normalize('NFC'))
    .replace(/[^\p{L}\p{M}\p{N}%]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

/** Where what a claim is likened to ("same as belarus") ends: a preposition, a conjunction or the tag after it. */
const LIKENED_END =
  /^(in|on|at|from|to|and|or|but|so|right|correct|true|yes|yeah|no|did|was|were|is|are|had|has|then)$/;
/** A verb that states what a claim likened to another says ("joined … same as belarus"). */
const CLAIM_VERB =
  /^(joined|join|joins|was|were|became|become|becomes|has|have|had|hosted|hosts|chaired|chairs|signed|signs|attended|got|left|entered|admitted|applied|founded)$/;
