import { simplified } from '../../base/chinese.js';
import { stripControls } from '../../base/text.js';
import { GREETING_OPENER } from '../lexicon/common.js';

/**
 * Text as the engine reads it: mentions removed before anything else (they must never come
 * back out), invisible characters dropped, and two folded forms — Latin words without case or
 * accents, and the whole text lower-cased with script variants unified for substring look-ups.
 */

const PLATFORM_MENTION = /<(?:@[!&]?\d+|#\d+|![a-z]+(?:\^[^>|]*)?(?:\|[^>]*)?|@[UW][A-Z0-9]+(?:\|[^>]*)?)>/gi;
const BARE_MASS_MENTION = /@+\s*(?:everyone|here|channel|all)\b/gi;
/** A handle typed as plain text ("@bot where…", "hey @scobot,"): it addresses someone, it asks nothing. */
const TYPED_HANDLE = /(^|\s)@[\p{L}\p{N}_][\p{L}\p{N}_.-]*[,:]?(?=\s|$)/gu;
const MASS_MENTION = /@everyone|@here|@channel|@all\b|<!channel>|<!here>|<!everyone>|<@&\d+>/i;

/** The text with every platform mention and mass mention removed. */
export function stripMentions(text: string): string {
  return text
    .replace(PLATFORM_MENTION, ' ')
    .replace(BARE_MASS_MENTION, ' ')
    .replace(TYPED_HANDLE, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** The text with every mention removed but the mass mentions and roles, for telling which part of a line asks to ping. */
function stripMentionsButMass(text: string): string {
  const keep = (m: string) => (MASS_MENTION.test(m) ? ` ${m.trim()} ` : ' ');
  return text
    .replace(PLATFORM_MENTION, keep)
    .replace(TYPED_HANDLE, (m, lead: string) => (MASS_MENTION.test(m) ? m : lead || ' '))
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Two years of a term written with two digits each ("23-24", "25/26"). */
const SHORT_TERM = /(?<![\p{L}\p{N}/.:–-])([12]\d)\s?[-–/]\s?([12]\d)(?![\p{L}\p{N}/.:–-])/gu;
/** A month or a word of days beside it ("june 25-26", "25-26 июня", "25-26日"): days, not years. */
const MONTH_NEAR =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|fevr|févr|avr|mai|juin|juil|aout|août|déc|ene|abr|ago|dic|ocak|subat|şubat|mart|nisan|mayis|mayıs|haziran|temmuz|agustos|ağustos|eylul|eylül|ekim|kasim|kasım|aralik|aralık|januar|februar|märz|maerz|juni|juli|oktober|dezember|day|days|dates?)\w*|[а-яё]{3,}|[日月号]|[\u0600-\u06ff\u0900-\u097f]/iu;

/** Spoken Persian words and their written forms (Persian's own heh, so Urdu, which writes ہ, is left as it is). */
const PERSIAN_WRITTEN: Record<string, string> = {
  کدوم: 'کدام',
  اون: 'آن',
  اونا: 'آنها',
  کدوما: 'کدام',
  هستن: 'هستند',
  کیه: 'کیست',
  کجاس: 'کجاست',
  چیه: 'چیست',
  میشن: 'می شوند',
};
const PERSIAN_SPOKEN = new RegExp(
  `(?<=^|[\\s\u200c])(?:${Object.keys(PERSIAN_WRITTEN).join('|')})(?=$|[\\s\u200c?؟،,.!])`,
  'gu',
);

/** Did the question try to ping many people (a mass mention or a role)? */
export function hasMassMention(text: string): boolean {
  return MASS_MENTION.test(text);
}

/** Text safe to quote back: no mentions, no markup that pings or formats, short. */
export function quoteSafely(text: string, max = 60): string {
  const clean = stripMentions(text)
    .replace(/[`*_~<>|[\]()]/g, '')
    .replace(/@/g, '@\u200b')
    .trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/**
 * The question as typed, minus mentions and control characters (base/text.ts); on top of that,
 * the joiners the engine reads no differently: ZWNJ, which Persian spells with, becomes a space,
 * and ZWJ goes; Chinese in traditional characters is read in simplified, as the data writes it.
 */
/** "Amts- und Arbeitssprachen", "Staats- und Regierungschefs": a German pair whose first word is written short. */
const GERMAN_PAIR = /(?<=\s|^)(\p{L}+)-\s+(und|oder)\s+(\p{L}+)/gu;
/** The last parts such pairs share, longest first. */
const GERMAN_HEAD =
  /(hauptstadt|sprachen|sprache|stadt|chefs|chef|jahr|jahre|datum|tag|staaten|staat|ministerinnen|ministerin|minister|treffen|gipfel|mitglieder|mitglied|partner|länder|lander)$/iu;

/** A request to check put before a quoted statement that ends the line (one statement: a list of several is checked as typed). */
// (In single quotes too: "pasting a line from my draft, can u check it: 'The SCO, which … ministers' meeting …'".)
const CHECK_FIRST =
  /^[^"“„«'‘]{0,60}?\b(?:(?:please|pls|can you|could you|can u|could u)\s+)?(check|verify|confirm|fact-?check)(?:\s+(?:this|that|it|pls|please|for me))?\s*:\s*["“„«'‘]([^"”“»;]{10,300})["”“»'’]\s*[.?!]*\s*$/i;

/** "Good morning. For a background note, could you confirm how many …": "confirm" before the question it asks. */
const CONFIRM_FIRST = new RegExp(
  String.raw`^(\s*(?:${GREETING_OPENER})?(?:for [^,:?]{3,60}[,:]\s+)?)(?:(?:can|could|would|will) (?:you|u) )?(?:(?:please|pls|kindly|just) )?confirm (?=(?:when|where|who|whom|which|how)\b)`,
  'i',
);

/**
 * "Could you confirm the date of …": a date asked for, by a request to confirm it. (Not beside a line quoted or a
 * statement to check: "… and that it was the 24th meeting", "Our draft reads 'Qingdao, 26 June 2025.'")
 */
const CONFIRM_DATE = new RegExp(
  String.raw`^(\s*(?:${GREETING_OPENER})?(?:for [^,:?]{3,60}[,:]\s+)?)(?:(?:can|could|would|will) (?:you|u) )?(?:(?:please|pls|kindly|just) )?confirm the(?= (?:exact |precise )?(?:date|dates|day|year) of\b)(?!.*(?:["“„«]|\s'))(?!.*\band that\b)`,
  'i',
);

/** "is this tense still right: "Bishkek will host …"?": a yes/no of the line, asked before it. */
const CHECK_ASKED_FIRST =
  /^[^"“„«]{0,60}?\bis (?:this|that|it|the \p{L}+)(?: \p{L}+)? (still )?(right|correct|accurate|ok|okay|true)\s*:\s*["“„«]([^"”“»;]{10,300})["”“»]\s*[.?!]*\s*$/iu;

/**
 * A request to check put as a label before the line it checks ("quick check before filing: … — correct?", "pls confirm:
 * SCO statement of 2 March 2026 called … 'unacceptable'."): the line is read as asked, or with "right?" after a statement.
 * ("quick sanity check: …": two words before "check" label it too.)
 * ("Kurze Verifizierung: …", "Petite vérification : …": so does a request to check in another language.)
 */
const CHECK_LABEL =
  /^\s*(?:(?:a |one )?(?:(?:quick|fast|sanity|reality|final|last|double)\s+){0,2}(?:fact[- ]?)?check(?:ing)?(?:\s+(?:pls|please))?|(?:pls|please|plz)\s+(?:confirm|verify|check)|confirm|verify|(?:kurze|schnelle)\s+(?:verifizierung|prüfung|überprüfung|kontrolle)|faktencheck|(?:petite|rapide)\s+vérification|verificación\s+rápida)(?:\s+(?:before|for|ahead of)\s+[^:?]{1,30})?\s*:\s*(?![\s"“„«‘'])([^:]{10,})$/i;

/** The English ordinal ending of a number ("st", "nd", "rd", "th"). */
export function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

export function cleanQuestion(raw: string, keepMassMentions = false): string {
  const plain = simplified(stripControls(raw.normalize('NFC')));
  return (
    (keepMassMentions ? stripMentionsButMass(plain) : stripMentions(plain))
      .replace(/\u200C/g, ' ')
      .replace(/\u200D/g, '')
      // ("signed_city | in_force_date", "official_languages column"): a field name's underscores are spaces.
      .replace(/(\p{L})_(?=\p{L})/gu, '$1 ')
      // Spoken Persian as typed in chat ("کدوم کشورها هستن؟", "دبیرکل کیه؟"): its written forms, which the lexicon knows.
      .replace(PERSIAN_SPOKEN, (w) => PERSIAN_WRITTEN[w] ?? w)
      // ("give me the tl;dr of what happened at qingdao": the chat word for a summary, whose semicolon ends no sentence.)
      .replace(/\btl\s*;\s*dr\b/gi, 'tldr')
      // ("Чжан Мин ведь до сих пор генсек ШОС?": "до сих пор" is "still", not "до", before.)
      .replace(/до сих пор/gi, 'всё ещё')
      // ("23-24 chair?", "tourism capital 26-27?"): a term of two years written short, not days of a month.
      .replace(SHORT_TERM, (m, a: string, b: string, at: number, all: string) =>
        Number(b) === Number(a) + 1 &&
        !MONTH_NEAR.test(`${all.slice(Math.max(0, at - 12), at)} ${all.slice(at + m.length, at + m.length + 12)}`)
          ? `20${a}-${b}`
          : m,
      )
      // ("belarus became no. 10 in 2024", "member #10"): a number put as a rank is that ordinal ("the 10th" after a verb).
      .replace(
        /(^|\s)(?:(is|was|became|become|becomes|be)\s+)?(?:no\.|#)\s?(\d{1,2})\b/gi,
        (_m, pre: string, verb: string | undefined, n: string) =>
          `${pre}${verb ? `${verb} the ` : ''}${n}${ordinalSuffix(Number(n))}`,
      )
      // A Turkish case ending written onto a year ("2024te", "2017de") is no part of the year.
      .replace(/\b((?:19|20)\d\d)(te|ta|de|da|ten|tan|den|dan|teki|deki)\b/gi, "$1'$2")
      // ("Pasted from our draft, please check: "Uzbekistan, one of …"": a quoted statement put to be checked, the request
      // first, reads as the statement with its request after it (who pasted it asks nothing).
      .replace(CHECK_FIRST, (_m, verb: string, claim: string) => `"${claim}" — ${verb.toLowerCase()}?`)
      .replace(
        CHECK_ASKED_FIRST,
        (_m, still: string | undefined, verdict: string, claim: string) =>
          `"${claim}" — ${still ?? ''}${verdict.toLowerCase()}?`,
      )
      .replace(CHECK_LABEL, (_m, rest: string) =>
        /[?？]\s*$/.test(rest) ? rest : `${rest.replace(/[.!\s]+$/, '')} — right?`,
      )
      // ("/sco ask when was …", "/sco when …" typed into a mention or a DM): the command's own words ask nothing.
      .replace(/^\s*\/sco(?:\s+ask)?\b\s*/i, '')
      // ("Amts- und Arbeitssprachen", "Gründungs- oder Beitrittsjahr"): the first half of a German pair written short
      // gets the second's last part back ("Amtssprachen und Arbeitssprachen").
      .replace(GERMAN_PAIR, (m, first: string, joint: string, second: string) => {
        const tail = GERMAN_HEAD.exec(second)?.[1];
        return tail && tail.length < second.length ? `${first}${tail.toLowerCase()} ${joint} ${second}` : m;
      })
      // ("member count 6 → ? → ? → 10", "6 then ? then ? then 10"): the counts between two asked as blanks, a span.
      .replace(/\b(\d{1,2})(?:\s*(?:→|->|=>|>|then|,)\s*\?+)+\s*(?:→|->|=>|>|then|,)\s*(\d{1,2})\b/gu, 'from $1 to $2')
      // A quiz's shorthand: "t or f:", "t/f" is "true or false"; "fill in the blank: ____ became …" asks what fills it.
      .replace(/^\s*t\s*(?:\/|or)\s*f\b\s*[:\-–—]?\s*/i, 'true or false: ')
      .replace(/^\s*fill in the blanks?\s*[:\-–—]?\s*/i, '')
      // ("… 'Iran, full member of SCO since ____'. which year goes there?": what fills the blank is what is asked.)
      .replace(
        /(_{2,}.*?)\s*[-–—:]?\s*(?:so |and )?(?:which|what) (?:year|date|day|month|number|word|name|city|country|figure|one) (?:goes|should go|go|fits|belongs|comes) (?:there|here|in(?: there| the blank| it)?)\s*\?*\s*$/is,
        '$1?',
      )
      .replace(/_{2,}/g, 'what')
      // "w/" and "w/o" are "with" and "without" ("belarus history w/ sco").
      .replace(/\bw\/o\b/gi, 'without')
      .replace(/\bw\/(?=\s)/gi, 'with')
      // ("… same day? which year/summit": two things asked after one question word, put with a slash, are both asked.)
      .replace(/\b(which|what) (\p{L}{3,})\/(\p{L}{3,})(?=\s*(?:[?.!]|$))/giu, '$1 $2 and $3')
      // ("were they observers before acceding, and if so, from what year?": what follows "if so" is a question of its own.)
      .replace(/,\s+(?:and\s+)?if so,?\s+(?=\w)/gi, '? ')
      // ("explain the partner change in plain english", "in simple words"): how to say it, not what is asked.
      .replace(/\b(?:in|using) (?:plain|simple|basic|easy|layman'?s?) (?:english|words|terms|language)\b/gi, '')
      // ("and nepal? myanmar? both partners too?": names put alone, each with its mark, then a question of "both" of them.)
      .replace(
        /^\s*(?:and\s+)?(\p{L}[\p{L}'-]*(?: \p{L}[\p{L}'-]*)?)\s*\?+\s*(\p{L}[\p{L}'-]*(?: \p{L}[\p{L}'-]*)?)\s*\?+\s*(?=(?:both|all|each)\b)/iu,
        '$1 and $2, ',
      )
      // ("how does it pass from one country to the next?": each in turn, no next one asked.)
      .replace(/\bfrom one (\p{L}+) to the next\b/giu, 'from one $1 to another')
      // ("… — how is the surname spelled?": the name's spelling, as "how do you spell his name" asks it.)
      .replace(
        /\bhow (?:is|are) (?:the|his|her|their) (?:sur|last |family |full )?names? (?:spelled|spelt|written)\b/gi,
        'how do you spell his name',
      )
      // ("Uzbekistan's man at Qingdao", "iran's guy at qingdao": a country's man at a meeting is its minister there.)
      .replace(
        /(\p{L}(?:'s|’s))\s+(?:man|guy|woman|lady|rep|representative|envoy)\s+(?=(?:at|in)\s)/giu,
        '$1 minister ',
      )
      // ("which heads of state, apart from President Xi, attended": one left out is one "besides", as the data words it.)
      .replace(/\bapart from\b/gi, 'besides')
      // ("how many full member states the SCO has at present?": now, no one present at a meeting.)
      .replace(/\bat (?:the )?present(?: time| moment)?\b/gi, 'now')
      // ("could you confirm when Iran became a member, and …": the question after "confirm", put first, is what is asked.)
      .replace(CONFIRM_FIRST, '$1')
      // ("Could you confirm the date of Iran's accession, and …": the date asked for.)
      .replace(CONFIRM_DATE, '$1what is the')
      // ("I'd appreciate the years next to each": beside, no next chair or summit.)
      .replace(/\bnext to (each|every|them|it|the|their|its|all)\b/gi, 'beside $1')

      // ("which summit let India and Pakistan in together?": "let … in" around what is let in is admitting it.)
      .replace(
        /\blet (?!(?:me|us|him|her|them|it|you|u)\b)((?:\p{L}+ ){0,3}?\p{L}+(?: (?:and|&) \p{L}+)?) in\b(?=\s*(?:[?,.!]|together|at|as|$))/gu,
        'admitted $1',
      )
      // ("list of SCO chairs in order, starting from Uzbekistan 2021-22": from that year on.)
      .replace(/\bstarting (?:from|with|in) (?:\p{L}+ )?((?:19|20)\d\d)(?:\s?[-–/]\s?\d{2,4})?\b/giu, 'since $1')
      // ("contrast the two summits in terms of ordinal and decisions": the respect compared, no chair's term.)
      .replace(/\bin terms of\b/gi, 'regarding')
      // ("the so-called 'Shanghai Five'": a name said to be one, asked about as it is; "so" asks nothing.)
      .replace(/\bso[- ]called\s+/gi, '')
      // Chat shorthand for a year ("which yr", "yr of india joining").
      .replace(/\byr\b/gi, 'year')
      .replace(/\byrs\b/gi, 'years')
      // ("who ran RATS b4 sharsheev")
      .replace(/\bb4\b/gi, 'before')
      // Desk shorthand: "prev SG", "RATS EXEC CTTEE", "OFFICIAL LANGS", "… — cx?" (check).
      .replace(/\bprev\b/gi, 'previous')
      .replace(/\b(?:cttee|ctte|cmte|cmttee)\b/gi, 'committee')
      .replace(/\blangs\b/gi, 'languages')
      .replace(/\bcx\b(?=\s*[?？]*\s*$)/gi, 'check')
      // ("sco fm meeting tianjin 2025"): the foreign ministers' meeting.
      .replace(/\bfm (meeting|meet|council)\b/gi, 'foreign ministers $1')
      // ("sco FMs meet 2025", "india's FM"): foreign ministers.
      .replace(/\bFMs\b/gi, 'foreign ministers')
      .replace(/\bFM\b/g, 'foreign minister')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Lower case with script variants unified (ё, Arabic yeh and kaf), for substring look-ups in any script. */
export function fold(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/ё/g, 'е')
      .replace(/ي/g, 'ی')
      .replace(/ك/g, 'ک')
      .replace(/ۀ/g, 'ه')
      .replace(/\u200C/g, ' ')
      .replace(/[\u064B-\u065F\u0670]/g, '')
      // Hindi nukta: कज़ाख़स्तान and कजाखस्तान are one spelling.
      .replace(/\u093C/g, '')
  );
}

/** Rows of a QWERTY keyboard: a typed slip swaps a letter for one beside it. */
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Whether two words of one length differ in one letter typed by a key next to the right one. */
export function neighbourSlip(a: string, b: string): boolean {
  const i = [...a].findIndex((ch, j) => ch !== b[j]);
  const [x, y] = [a[i], b[i]];
  if (x === undefined || y === undefined) return false;
  const at = (ch: string) => {
    const row = KEY_ROWS.findIndex((r) => r.includes(ch));
    return row < 0 ? undefined : { row, col: KEY_ROWS[row]!.indexOf(ch) };
  };
  const [p, q] = [at(x), at(y)];
  // (Letters off the keyboard — accented, other scripts — are judged by distance alone.)
  if (!p || !q) return true;
  return Math.abs(p.row - q.row) <= 1 && Math.abs(p.col - q.col) <= 1;
}

/** Two words that differ only by two neighbouring letters swapped ("captial", "irna"): one typo, not two. */
export function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
