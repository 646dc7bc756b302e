import type { CountryT, EventT } from '../../facts/schema.js';
import type { Claim, CountryRef, CueHit, Form, NumberRef, Role, TimeRef } from './question.js';
import type { Token } from './tokens.js';
import { unnamed } from './unnamed.js';
import { COMMON, SET_APART_BEFORE } from '../lexicon/common.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import { NUMBER_WORDS } from '../lexicon/numbers.js';
import { isMonth } from './time.js';

/**
 * Numbers in a question and the claims it makes. A number is a claim only when the question
 * asserts it ("since the SCO has 8 members…") or asks about it ("does it have 8 members?");
 * a number people are reported to say ("why does everyone say 27?") is explained, not refuted.
 */

const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  twentieth: 20,
  erste: 1,
  zehnte: 10,
  neunte: 9,
  decimo: 10,
  noveno: 9,
  dixieme: 10,
  neuvieme: 9,
  onuncu: 10,
  dokuzuncu: 9,
};

const NOUNS: [RegExp, NonNullable<NumberRef['noun']>][] = [
  [/^(member|members|memeber|memebers|member-states|mitglied\w*|miembro\w*|membre\w*|uye\w*|full)$/, 'member'],
  [/^(partner|partners|partenaire\w*|socio\w*|ortak\w*)$/, 'partner'],
  [/^(observer|observers)$/, 'observer'],
  [/^(dialogue|dialog)$/, 'dialogue'],
  [/^(countries|country|states|state|nations|nation|lander|staaten|paises|pays|ulke\w*|estados|etats)$/, 'country'],
  [/^(leaders|heads)$/, 'leaders'],
  [/^(dead|killed|deaths|died|casualties|people|civilians|victims)$/, 'killed'],
];

/** Words that set states apart as a region's or a group's ("the five Caspian states", "the Baltic states"). */
const GROUP_OF_STATES =
  /^(caspian|baltic|nordic|gulf|arab|african|european|balkan|landlocked|nuclear|coastal|littoral|neighbouring|neighboring|bordering|central|asian|brics|asean|g7|g20|eu|nato)$/;

function nounAfter(words: string[], i: number): NumberRef['noun'] {
  for (let j = i + 1; j <= i + 3 && j < words.length; j++) {
    const w = words[j]!;
    // ("27 États membres", "10 Estados miembros": in French and Spanish "member" follows the word for states.)
    if (COUNTRY_NOUN.test(w) && /^(membres|miembros|membros)$/.test(words[j + 1] ?? '')) return 'member';
    for (const [re, noun] of NOUNS)
      if (re.test(w))
        // ("turned into one 'partner' category": the number counts the categories the noun names, not partners.)
        // ("of the five caspian states": the states of a region or a group, not the SCO's.)
        return /^(category|categories|class|classes|tier|tiers|type|types|kind|kinds|status|statuses|label|labels)$/.test(
          words[j + 1] ?? '',
        ) ||
          (noun === 'country' && words.slice(i + 1, j).some((x) => GROUP_OF_STATES.test(x)))
          ? undefined
          : noun;
    if (/^(in|on|at|from|since|and|or|but)$/.test(w)) break;
  }
  // "the SCO's 10 member states", "SCO-10": the word before may name it.
  return undefined;
}

/** The noun an ordinal of membership comes before, in the languages written in Latin letters ("ninth member", "neunte Mitglied", "dokuzuncu üyesi"). */
const ORDINAL_NOUN =
  /^(member|state|country|to|nation|mitglied|staat|land|miembro|estado|pais|membre|etat|pays|uye|ulke)/;
/** The organisation's name, or a pronoun after an inverted verb ("est-elle", "ist sie"), between a country and its ordinal. */
const ORG_OR_INVERSION = /^(sco|soz|ocs|sio|elle|il|sie|er)$/;
/** The organisation's name in the Latin-script languages. */
const ORG = /^(sco|soz|ocs|sio)$/;
/** Verbs of moving a seat ("moved its secretariat to …"). */
const MOVED = /^(moved|relocated|transferred|shifted|move|moves|moving|relocate|relocates)$/;

/** A word for a count ("count", "número", "Anzahl", "sayısı"), or a compound ending in one ("Mitgliederzahl"). */
const COUNT_WORD = /^(count|number|total|tally|numero|nombre|anzahl|\w*zahl|sayisi|sayi)$/;

/** "the member count 9", "el número de miembros fue 9", "üye sayısı 9": what is counted, named before the count. */
// A question put by inversion sets its verb group between the count and the number ("le nombre de membres a-t-il
// déjà été de 9", "¿el número de miembros ha sido alguna vez 9?"): the window reaches back over it, within one clause.
const CLAUSE_BREAK = /^(and|or|but|that|which|who|und|oder|dass|y|o|pero|que|et|ou|mais|qui|ve|veya|ama)$/;
function nounBefore(words: string[], i: number): NumberRef['noun'] {
  let from = i;
  while (from > 0 && from > i - 9 && !CLAUSE_BREAK.test(words[from - 1]!)) from--;
  const window = words.slice(from, i);
  const k = window.findIndex((w) => COUNT_WORD.test(w));
  if (k < 0 || window.slice(k + 1).some((w) => /^\d/.test(w))) return undefined;
  for (const w of window) for (const [re, noun] of NOUNS) if (re.test(w) && noun !== 'killed') return noun;
  return undefined;
}

/** A unit of text after a number ("3-4 sentences", "two bullets"): the number counts the text asked for. */
const TEXT_UNIT = /^(\d+|sentences?|words?|lines?|paragraphs?|bullets?|points?|pages?|tweets?|slides?)$/;

/** Units of time after a number, folded ("2 yrs", "drei Jahre", "dos años", "2 yıl"). */
const DURATION =
  /^(yrs?|years?|yr s|months?|mos|weeks?|wks?|days?|decades?|hours?|hrs?|minutes?|mins?|seconds?|secs?|jahre?n?|monate?n?|wochen|tage?n?|anos|meses|semanas|dias|ans|annees|mois|semaines|jours|yil|yillik|ay|hafta|gun)$/;

/** Words that pick some of a list by order ("the four newest", "the last three"): the number beside them selects. */
const SELECTION_AFTER = /^(newest|latest|last|earliest|oldest|recent|most|youngest)$/;
/** "list the six founding members": the founders are some of the members; asked for, the number names how many to list. */
const FOUNDERS_AFTER = /^(founding|original|founder|founders|fondateurs?|fondatrices?|fundador(es)?|fundadoras?)$/;
/** "les 6 pays fondateurs", "los 6 países fundadores": in French and Spanish the founders' word follows the noun. */
const COUNTRY_NOUN = /^(pays|etats|paises|estados|naciones)$/;
const SELECTION_BEFORE = /^(newest|latest|last|earliest|oldest|recent)$/;

/** Numbers (not years or dates) with what they count and the asker's stance. */
// A word looked up in a map, not the object: most words are none of its keys, and a miss on the object walks its
// prototype. A name the prototype holds ("constructor") still reads as the object reads it.
const ORDINALS = new Map(Object.entries(ORDINAL_WORDS));
const NUMBERS = new Map(Object.entries(NUMBER_WORDS));
/** A number written as a word ("seis", "zwei", "eight"): no topic of its own. */
export function isNumberWord(w: string): boolean {
  return NUMBERS.has(w) || ORDINALS.has(w);
}
const PROTO_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));
function wordValue(map: Map<string, number>, words: Record<string, number>, w: string): number | undefined {
  const v = map.get(w);
  if (v !== undefined || !PROTO_KEYS.has(w)) return v;
  return words[w];
}

export function findNumbers(tokens: Token[], times: TimeRef[], form: Form, cues: CueHit[]): NumberRef[] {
  const words = tokens.map((t) => t.w);
  const dated = new Set<number>();
  for (const t of times)
    for (let j = t.at - 2; j <= t.at + 2; j++)
      if (/^\d{1,2}$/.test(words[j] ?? '') && (t.day === Number(words[j]) || t.untilYear !== undefined)) dated.add(j);
  const out: NumberRef[] = [];
  words.forEach((w, i) => {
    if (dated.has(i)) return;
    let value: number | undefined;
    let ordinal = false;
    const ord = /^(\d{1,2})(st|nd|rd|th|er|e|eme|inci|nci|uncu|ncu)$/.exec(w);
    if (ord) {
      value = Number(ord[1]);
      ordinal = true;
    } else if (
      wordValue(ORDINALS, ORDINAL_WORDS, w) !== undefined &&
      !(w === 'first' && !/^(member|country|state|observer|partner|dialogue|to|one|nation)/.test(words[i + 1] ?? ''))
    ) {
      value = wordValue(ORDINALS, ORDINAL_WORDS, w);
      ordinal = true;
    } else if (/^\d{1,3}$/.test(w) && !/^\d{4}$/.test(w)) value = Number(w);
    else if (
      wordValue(NUMBERS, NUMBER_WORDS, w) !== undefined &&
      !(
        w === 'on' ||
        w === 'once' ||
        w === 'sept' ||
        // ("l'Inde et le Pakistan sont-ils tous les deux membres ?", "¿son los dos miembros?": both, no count.)
        (/^(deux|dos)$/.test(w) && /^(les|los|las)$/.test(words[i - 1] ?? '')) ||
        (w === 'one' && !/^(member|country|state|partner)/.test(words[i + 1] ?? '')) ||
        // ("follow-up to my earlier one — member count …": "one" after such a word stands for a question, no number.)
        (w === 'one' &&
          /^(earlier|previous|last|other|first|latest|same|this|that|each|every)$/.test(words[i - 1] ?? '')) ||
        // ("how does the chair pass from one country to the next?": one of several in turn, no count.)
        (w === 'one' &&
          /^(from|by|after)$/.test(words[i - 1] ?? '') &&
          words.slice(i + 2, i + 5).some((x) => /^(next|another|other|the)$/.test(x)))
      )
    )
      value = wordValue(NUMBERS, NUMBER_WORDS, w);
    if (value === undefined) return;
    // "5%", "3.5%" are percentages; "g20" and the like are names.
    if (/%$/.test(words[i + 1] ?? '') || /^(percent|per)$/.test(words[i + 1] ?? '')) return;
    // ("pakistan's SCO journey in 5 points - observer, member, …": a number of units of text counts the text, nothing after.)
    if (/^\D/.test(words[i + 1] ?? '') && TEXT_UNIT.test(words[i + 1] ?? '')) return;
    // ("the old three-tier structure (member / observer / dialogue partner)": the parts of a structure, no count.)
    if (/^(tier|tiers|tiered|level|levels|layer|layers|pillar|pillars)$/.test(words[i + 1] ?? '')) return;
    const role = tokens[i]!.role;
    // "chair sco 2 yrs in a row": a number before a unit of time is how long, never a count of members.
    const duration = DURATION.test(words[i + 1] ?? '');
    const noun = duration
      ? undefined
      : (nounAfter(words, i) ??
        // ("what is the sco? 3-4 sentences": a number before a unit of text counts the text.)
        // ("… into the SCO? two or three sentences": the unit may come after a second number.)
        (/^(sco|organisation|organization)$/.test(words[i - 1] ?? '') &&
        !TEXT_UNIT.test(words[i + 1] ?? '') &&
        !(/^(or|to)$/.test(words[i + 1] ?? '') && TEXT_UNIT.test(words[i + 3] ?? ''))
          ? 'member'
          : nounBefore(words, i)));
    const reportedBefore = cues.some((c) => c.cue === 'claimSource' && c.at < i && c.at >= i - 6) && form !== 'yesno';
    let stance: NumberRef['stance'];
    if (ordinal) stance = 'ordinal';
    // ("five years, one state each": so many to each, no count of the whole.)
    else if (/^(each|apiece)$/.test(words[i + 1] ?? '') || /^(each|apiece)$/.test(words[i + 2] ?? '')) stance = 'other';
    // ("held by two different countries": so many apart from each other, no count of the whole.)
    else if (/^(different|separate|distinct)$/.test(words[i + 1] ?? '')) stance = 'other';
    // ("explain the 27 figure — members plus what?": a number named as a figure is no count claimed.)
    else if (/^(figure|number|count|stat|statistic|thing)$/.test(words[i + 1] ?? '')) stance = 'other';
    // ("'19 countries want to join'": countries that want in are counted as applicants, not as members.)
    else if (
      noun === 'country' &&
      // ("19 countries' applications are pending": their applications, counted.)
      /^(want|wants|wanted|wanting|applied|apply|applying|seek|seeking|sought|waiting|queuing|queueing|lining|applications?|applicants?|bids?|requests?)$/.test(
        words[i + 2] === 's' ? (words[i + 3] ?? '') : (words[i + 2] ?? ''),
      )
    )
      stance = 'other';
    // ("the last 6 months": how long back, no count.)
    else if (duration) stance = 'other';
    // "the four newest members", "the last three to join": how many to name, not a count claimed or asked.
    else if (
      SELECTION_AFTER.test(words[i + 1] ?? '') ||
      SELECTION_BEFORE.test(words[i - 1] ?? '') ||
      ((FOUNDERS_AFTER.test(words[i + 1] ?? '') ||
        // ("the 6 SCO founding states")
        ((COUNTRY_NOUN.test(words[i + 1] ?? '') || ORG.test(words[i + 1] ?? '')) &&
          FOUNDERS_AFTER.test(words[i + 2] ?? ''))) &&
        form !== 'yesno' &&
        form !== 'choice') ||
      // ("the four members that joined after 2001": which ones a clause picks out.)
      (words[i - 1] === 'the' && /^(that|who|which|to)$/.test(words[i + 2] ?? '') && form !== 'yesno') ||
      // ("South Asian states, other than the two members": the ones set apart, no count of all.)
      SET_APART_BEFORE.test(words.slice(Math.max(0, i - 4), i).join(' ')) ||
      // ("capitals of the 10 members", "names of the six founders": what is asked of them, the count only names them.)
      // ("la liste des dix États membres": French joins "of the" into "des".)
      (((words[i - 1] === 'the' && words[i - 2] === 'of') || words[i - 1] === 'des') &&
        /^(members?|states|countries|nations|partners|founders|founding|etats|pays|membres|partenaires)$/.test(
          words[i + 1] ?? '',
        ) &&
        form !== 'yesno' &&
        form !== 'choice' &&
        form !== 'howMany')
    )
      stance = 'selection';
    else if (reportedBefore) stance = 'reported';
    // ("… — which 5 countries", set after the question: the ones asked to be named, no count claimed.)
    else if (role !== 'main' && /^(which|what)$/.test(words[i - 1] ?? '') && form !== 'yesno' && form !== 'choice')
      stance = 'selection';
    else if (tokens[i]!.premise) stance = noun ? 'asserted' : 'other';
    else if (
      role === 'main' &&
      (form === 'yesno' ||
        form === 'choice' ||
        form === 'when' ||
        form === 'which' ||
        form === 'what' ||
        form === 'fragment')
    )
      stance = 'asked';
    else if (role === 'main' && (form === 'howMany' || form === 'list' || form === 'who'))
      stance = noun ? 'asked' : 'other';
    else stance = noun ? 'asserted' : 'other';
    out.push({ value, at: i, stance, ...(noun && { noun }) });
  });
  return ranges(words, out);
}

/** Words that open a span ("from 8", "between 8") and close it ("to 10", "and 10"), in the Latin-script languages. */
const SPAN_FROM = /^(from|between|von|zwischen|de|desde|entre|du)$/;
const SPAN_TO = /^(to|until|till|and|through|bis|auf|und|a|hasta|y|au|et|jusqu)$/;

/**
 * "went from 8 to 10 members", "between 6 and 9 members": two counts that bound a span state
 * nothing about today. Both take the stance `range` and share the noun either names.
 */
function ranges(words: string[], numbers: NumberRef[]): NumberRef[] {
  for (const [k, a] of numbers.entries()) {
    if (a.stance === 'ordinal') continue;
    const opened = SPAN_FROM.test(words[a.at - 1] ?? '');
    // ("6 üyeden 10 üyeye": Turkish marks the span by the cases of the nouns after the counts, from and to.)
    const turkish = words[a.at + 2] !== undefined && /(den|dan|ten|tan)$/.test(words[a.at + 1] ?? '');
    const b = numbers
      .slice(k + 1)
      .find(
        (x) =>
          x.stance !== 'ordinal' &&
          x.at > a.at &&
          x.at <= a.at + (opened ? 4 : 2) &&
          ((SPAN_TO.test(words[x.at - 1] ?? '') &&
            (opened || /^(to|bis|auf|a|au|hasta)$/.test(words[x.at - 1] ?? ''))) ||
            (turkish && x.at === a.at + 2 && /(e|a|ye|ya)$/.test(words[x.at + 1] ?? ''))),
      );
    // ("how did the sco go from 6 members to what it has now?": a count the span starts from, its end said in words.)
    if (!b && opened && a.noun && words.slice(a.at + 1, a.at + 4).includes('to')) a.stance = 'range';
    if (!b) continue;
    const noun = a.noun ?? b.noun;
    a.stance = 'range';
    b.stance = 'range';
    if (noun) {
      a.noun = noun;
      b.noun = noun;
    }
  }
  return numbers;
}

/** A verb of becoming: before its noun ("became a full SCO member") or after it (Turkish "tam üye olduğunda", German "Mitglied wurde"). */
const BECOME_BEFORE = /^(become|became|becomes|becoming|wurde|devenu|devenue|devint|convirtio|volvio)$/;
const BECOME_AFTER = /^(oldu|oldugunda|olunca|olarak|olmus|olmustu|olduktan|wurde|geworden|devenu|devenue)$/;

/**
 * "Turkey became a full SCO member", "Türkiye … tam üye olduğunda": becoming a member with the organisation's name or
 * "full" between the verb and its noun, which the join phrases do not span. The member cue stands for the join.
 */
function becameMember(words: string[], cues: CueHit[], from: number, to: number): CueHit | undefined {
  const member = cues.find((c) => c.cue === 'member' && c.at >= from && c.at <= to);
  // ("from observer to full member": the category left is no other category become.)
  if (!member) return undefined;
  const other = cueBetween(cues, ['partner', 'observer', 'dialogue', 'apply'], from, member.at);
  if (other && words[other.at - 1] !== 'from') return undefined;
  // "Turkey has been a full SCO member since 2022": a membership dated by "since" is a join in that year.
  const since = words.slice(member.at + 1, member.at + 3).includes('since');
  // "what year did Mongolia go from observer to full member": a move "to" membership is becoming a member.
  const toMember = words[member.at - 1] === 'to' || (words[member.at - 2] === 'to' && words[member.at - 1] === 'full');
  const before = words
    .slice(Math.max(from, member.at - 6), member.at)
    .some(
      (w, k, ws) =>
        (k >= ws.length - 4 && (BECOME_BEFORE.test(w) || (since && w === 'been'))) ||
        (toMember && /^(go|went|gone|move|moved|upgrade|upgraded|promoted|graduate|graduated)$/.test(w)),
    );
  // German puts the verb last: "… Vollmitglied der SOZ geworden ist".
  // ("azerbaijan's membership got approved at tianjin": a membership approved is a join.)
  const approved = words
    .slice(member.at + 1, member.at + 3)
    .some((w) => /^(approved|accepted|granted|confirmed|ratified)$/.test(w));
  const after =
    approved ||
    BECOME_AFTER.test(words[member.at + 1] ?? '') ||
    words.slice(member.at + 2, member.at + 5).includes('geworden');
  return before || after ? member : undefined;
}

/** Is there a cue of the kind between two positions (inclusive of the first)? */
function cueBetween(cues: CueHit[], kinds: string[], from: number, to: number): CueHit | undefined {
  return cues.find((c) => kinds.includes(c.cue) && c.at >= from && c.at <= to);
}

interface ClaimInput {
  tokens: Token[];
  form: Form;
  cues: CueHit[];
  countries: CountryRef[];
  times: TimeRef[];
  numbers: NumberRef[];
  places: { value: string; at: number }[];
  /** The bodies named, where: a seat is said of the body named just before its place. */
  bodyNames?: { value: string; at: number }[];
  events: EventT[];
  eventNamed: boolean;
  /** A meeting other than a summit found by its kind (and year): "the sco defence ministers meeting in 2025". */
  meetingFound?: boolean;
  /** The Shanghai Five is named: leaving it is no claim about leaving the SCO. */
  predecessor?: boolean;
  /** Where each naming of the Shanghai Five ends (the word after it). */
  predecessorEnds?: number[];
  /** Where a thing of the SCO's the data names is named ("the SCO dev bank"): what is set up just after it is that thing. */
  thingAt?: number;
  /** The officials named, where, with their countries: one may be said to chair a meeting. */
  people?: { id: string; country: CountryT; at: number; role: Role }[];
}

/**
 * Claims in Latin-script questions: joined (in a year), left or expelled, seats, founding year
 * or place, hosts, chairs, ordinals, counts. The stance follows the form and the clause: a
 * yes/no question asks its main claim; why/how questions and subordinate clauses assert theirs.
 */
export function findClaims(input: ClaimInput): Claim[] {
  const { tokens, form, cues, countries, times, numbers } = input;
  const words = tokens.map((t) => t.w);
  const out: Claim[] = [];
  const stanceOf = unnamed((role: Role, at: number): Claim['stance'] => {
    if (cues.some((c) => c.cue === 'claimSource' && c.at < at && c.at >= at - 6) && form !== 'yesno') return 'reported';
    if (tokens[at]?.premise) return 'asserted';
    if (role === 'main' && (form === 'yesno' || form === 'choice')) return 'asked';
    return 'asserted';
  });
  const yearNear = unnamed((from: number, to: number) =>
    times.find((t) => t.at >= from && t.at <= to && t.mode !== 'range'),
  );

  const clauseYear = unnamed((at: number) => {
    const k = words.slice(Math.max(0, at - 6), at).lastIndexOf('where');
    if (k < 0) return undefined;
    let w = Math.max(0, at - 6) + k;
    // ("Astana 2017 summit — that's where Iran joined": the meeting the statement names, pointed back at.)
    while (/^(that|thats|s|is|was|which|it)$/.test(words[w - 1] ?? '') && w > 1) w--;
    return /^(summit|meeting)$/.test(words[w - 1] ?? '') ? yearNear(w - 4, w - 2) : undefined;
  });

  // A meeting named that records who chaired it ("India chaired the Qingdao meeting, what did it decide"): whoever is
  // said to chair it, whatever the question asks, states a premise to check.
  const chairedMeeting =
    input.eventNamed && input.events[0]?.kind !== 'summit' && input.events[0]?.chair ? input.events[0] : undefined;
  for (const p of chairedMeeting ? (input.people ?? []) : []) {
    // "Belousov chaired …", "… was chaired by Russia's Belousov".
    const after = cueBetween(cues, ['chair'], p.at + 1, p.at + 3);
    const before = cueBetween(cues, ['chair'], Math.max(0, p.at - 5), p.at - 1);
    // ("As chair of the Qingdao meeting, why did Rajnath Singh …": the role put first is said of the one named after.)
    const asChair = words[0] === 'as' && cues.find((x) => x.cue === 'chair' && x.at <= 2 && x.at < p.at);
    const c =
      after && /^(chaired|chairs|presided|chair)$/.test(words[after.at] ?? '')
        ? after
        : before && /^(chaired|presided)$/.test(words[before.at] ?? '') && words[before.at + 1] === 'by'
          ? before
          : asChair || undefined;
    if (!c) continue;
    out.push({
      kind: 'chaired',
      country: p.country,
      event: chairedMeeting!,
      person: p.id,
      stance: form === 'yesno' ? stanceOf(p.role, p.at) : 'asserted',
    });
  }
  for (const ref of countries) {
    if (ref.by === 'demonym') continue;
    const at = ref.at;
    const end = Math.min(words.length - 1, at + 7);
    const role = ref.role;
    // "X joined (in Y)", "why did X join", "X became a member", "X was admitted".
    // ("the Tianjin summit in Sept 2025 welcomed Belarus as a new member": admitted by the meeting, said before the
    // country, as a member after it.)
    const welcomed =
      /^(welcomed|admitted|accepted)$/.test(words[at - 1] ?? '') &&
      /^as (?:a |an )?(?:new |full )?(?:member|full member)\b/.test(words.slice(at + (ref.len ?? 1)).join(' '))
        ? cues.find((c) => c.cue === 'join' && c.at === at - 1)
        : undefined;
    const joinCue = cueBetween(cues, ['join'], at + 1, end) ?? welcomed;
    const became = joinCue ? undefined : becameMember(words, cues, at + 1, end);
    const join =
      joinCue ??
      became ??
      (/^(did|does|has|when|why|how)$/.test(words[at - 1] ?? '') || words[at - 2] === 'did'
        ? cueBetween(cues, ['join'], at + 1, at + 3)
        : undefined);
    if (
      join &&
      !cueBetween(cues, ['apply', 'leave', 'expel', 'refuse'], at, join.at) &&
      !/^(and|or)$/.test(words[join.at - 1] ?? '')
    ) {
      // ("since iran joined together with india and pakistan back in 2017, …": the year after the companions named.)
      const companions = /^(together|along|alongside|with)$/.test(words[join.at + 1] ?? '')
        ? Math.max(0, ...countries.filter((o) => o.at > join.at && o.at <= join.at + 8).map((o) => o.at - join.at))
        : 0;
      // "joined at the Samarkand summit in 2022": the year of the meeting it joined at.
      const t =
        // "… a member at the tianjin summit in 2025": the meeting's year, a few words on.
        yearNear(
          join.at,
          join.at +
            companions +
            (words.slice(join.at, join.at + 8).some((w) => w === 'summit' || w === 'meeting')
              ? 9
              : words[join.at + 1] === 'at'
                ? 7
                : 5),
        ) ??
        // ("a rejoint l'OCS en tant que membre à part entière en 2022": the capacity it joined in comes first; the year is
        // in the same sentence.)
        (cueBetween(cues, ['member'], join.at + 1, join.at + 7)
          ? [yearNear(join.at, join.at + 11)].find((y) => y && tokens[y.at]?.seg === tokens[join.at]?.seg)
          : undefined) ??
        (form === 'yesno' ? yearNear(at, end) : undefined) ??
        // "the 2023 summit where Iran and Belarus both joined": the year of the meeting the clause is of.
        clauseYear(at);
      // "when did X join" asks the date; it asserts only that X joined. "what year did X go from observer to full
      // member" asserts a change of category, corrected when X never made it.
      // "Was Laos admitted at Tianjin?": a country the meeting named admitted in another capacity, asked with no word of
      // membership, was admitted there; that it is no member is no premise to check.
      // ("How many partners does the SCO have now that Laos has been added?": added among the partners counted, not as a
      // member.)
      const ofMembers = words
        .slice(Math.max(0, at - 3), join.at + 5)
        .some((w) => /^(member|members|membership|full)$/.test(w));
      const partnersCounted =
        form === 'howMany' &&
        cues.some((c) => c.cue === 'partner' || c.cue === 'observer' || c.cue === 'dialogue') &&
        !cues.some((c) => c.cue === 'member');
      const otherCapacity =
        (input.eventNamed &&
          (input.events[0]?.outcomes.some((o) => o.text.includes(ref.country.name)) ?? false) &&
          !ofMembers) ||
        (partnersCounted && !ofMembers);
      if ((form !== 'when' || t || became) && !otherCapacity)
        out.push({
          kind: 'joined',
          country: ref.country,
          ...(t && { year: t.year }),
          stance: form === 'why' || form === 'how' ? 'asserted' : stanceOf(role, at),
        });
    }
    // "since the US became an SCO observer", "why did Japan become an SCO partner": a standing short of membership.
    // ("Japan's observer status must complicate …", "given Australia's standing as an SCO dialogue partner": a standing
    // the possessive takes for granted.)
    const end0 = at + (ref.len ?? 1) - 1;
    const held =
      words[end0 + 1] === 's' ? cueBetween(cues, ['observer', 'partner', 'dialogue'], end0 + 2, end0 + 6) : undefined;
    const possessed =
      held &&
      words
        .slice(end0 + 2, held.at)
        .every((w) => /^(standing|status|role|position|as|an|a|sco|s|the|new|current|full)$/.test(w))
        ? held
        : undefined;
    const become = words.slice(at + 1, at + 4).findIndex((w) => BECOME_BEFORE.test(w));
    // ("Since Germany holds observer status at the SCO, …": a standing held, said with its word "status".)
    const holdsAt = words
      .slice(at + 1, at + 3)
      .findIndex((w) => /^(holds|held|has|had|enjoys|enjoyed|obtained|got)$/.test(w));
    const heldStatus =
      holdsAt >= 0
        ? cueBetween(cues, ['observer', 'partner', 'dialogue'], at + 2 + holdsAt, at + 4 + holdsAt)
        : undefined;
    // ("since Japan is an SCO observer, did its prime minister go?": a standing the clause before the question takes as
    // given.)
    // ("como Japón es observador de la OCS, ¿…?", "comme le Japon est observateur, …": the same in Spanish and French.)
    const givenClause =
      /^(since|as|given|because|that|como|comme|puisque|puisqu)$/.test(words[at - 1] ?? '') &&
      (words[at - 1] !== 'that' || /^(given|now)$/.test(words[at - 2] ?? '')) &&
      /^(is|was|s|es|era|est|etait)$/.test(words[end0 + 1] ?? '');
    const given = givenClause ? cueBetween(cues, ['observer', 'partner', 'dialogue'], end0 + 2, end0 + 5) : undefined;
    // ("Since Turkmenistan is also a member state, should we invite …": membership taken as given.)
    if (
      givenClause &&
      !given &&
      !join &&
      cueBetween(cues, ['member'], end0 + 2, end0 + 5) &&
      words.slice(end0 + 2, end0 + 6).every((w) => !/^(not|no|never)$/.test(w))
    )
      out.push({ kind: 'joined', country: ref.country, stance: 'asserted' });
    const category =
      possessed ??
      given ??
      (become >= 0
        ? cueBetween(cues, ['observer', 'partner', 'dialogue'], at + 2 + become, at + 6 + become)
        : undefined) ??
      (heldStatus && words.slice(heldStatus.at + 1, heldStatus.at + 3).includes('status') ? heldStatus : undefined);
    if (category && !cueBetween(cues, ['member'], at + 1, category.at))
      out.push({
        kind: 'status',
        country: ref.country,
        // (One someone is reported to have said is as much the line's premise: "our guest said the US became …".)
        stance: form === 'why' || form === 'how' || stanceOf(role, at) === 'reported' ? 'asserted' : stanceOf(role, at),
      });
    // "Belarus has been in since 2001", "X has been a member since Y": a membership dated by its start.
    const since = join ? undefined : times.find((t) => t.at > at && t.at <= at + 8 && words[t.at - 1] === 'since');
    if (
      since &&
      cueBetween(cues, ['partOf', 'member'], at + 1, since.at - 1) &&
      !cueBetween(cues, ['partner', 'observer', 'dialogue', 'apply'], at + 1, since.at - 1) &&
      // ("india–pakistan friction inside the sco since 2025": what has gone on inside it since, not a membership.)
      !cueBetween(cues, ['refuse', 'statement', 'summit', 'meeting', 'sign'], at + 1, since.at - 1)
    )
      out.push({
        kind: 'joined',
        country: ref.country,
        year: since.year,
        stance: form === 'why' || form === 'how' ? 'asserted' : stanceOf(role, at),
      });
    const leave =
      cueBetween(cues, ['leave', 'expel'], at + 1, end) ??
      cueBetween(cues, ['leave', 'expel'], Math.max(0, at - 3), at - 1);
    if (leave && !input.predecessor && !cueBetween(cues, ['future'], Math.max(0, at - 3), leave.at)) {
      out.push({
        kind: 'left',
        country: ref.country,
        how: leave.cue === 'expel' ? 'expelled' : 'left',
        stance: form === 'why' || form === 'how' || form === 'when' ? 'asserted' : stanceOf(role, at),
      });
    }
    // ("since india holds the sco chair this year": the chair held, the organisation's name between.)
    // ("Como India tiene la presidencia de la OCS este año", "Puisque l'Inde assure la présidence": the same in Spanish and
    // French; "Da Indien in diesem Jahr den Vorsitz hat": in German the verb comes after the chair.)
    // (After the whole name: "l'Inde".)
    const last = at + (ref.len ?? 1) - 1;
    const holds =
      /^(holds|held|has|had|took|takes|assumed|assumes|tiene|tenia|ocupa|ocupando|ostenta|detenta|assure|exerce|occupe)$/.test(
        words[last + 1] ?? '',
      );
    const chairLater = cueBetween(cues, ['chair'], last + 1, last + 5);
    const verbLast = chairLater && /^(hat|hatte|innehat|fuhrt)$/.test(words[chairLater.at + 1] ?? '');
    // ("is india this year sco chair": a time put right after the country, before its chair.)
    const timeBetween = times.find(
      (t) => t.at === last + 2 && t.mode !== 'range' && /^(this|in|next|last)$/.test(words[last + 1] ?? ''),
    );
    const skip = timeBetween ? 2 : 0;
    const chaired = verbLast ? chairLater : cueBetween(cues, ['chair'], last + 1, last + (holds ? 4 : 3) + skip);
    if (
      chaired &&
      // ("Como la India preside la OCS este año", "puisque l'Inde préside l'OCS": the verb in Spanish or French.)
      (/^(chaired|chairs|chairing|held|presided|chair|preside|presidia|presidio|exerce|assure)$/.test(
        words[chaired.at] ?? words[at + 1] ?? '',
      ) ||
        ((holds || verbLast) && /^(presidencia|presidence|vorsitz)$/.test(words[chaired.at] ?? '')) ||
        // ("kazakhstan's sco chairmanship 2025-26 priorities?": the country's chairmanship, as a premise.)
        (words[at + 1] === 's' && /^(chairmanship|presidency)$/.test(words[chaired.at] ?? ''))) &&
      words[at - 1] !== 'after' &&
      words[at - 1] !== 'before' &&
      // ("the summit where Iran joined chaired by India": the one after "by" chaired it, not the country before.)
      words[chaired.at + 1] !== 'by'
    ) {
      // ("why did china chair sco 2 years in a row 2023-25": how long it is said to have chaired comes before the year.)
      const streak = words
        .slice(chaired.at + 1, chaired.at + 7)
        .some((w) => /^(row|running|straight|consecutive|consecutively)$/.test(w));
      const near = yearNear(verbLast || timeBetween ? last + 1 : chaired.at, chaired.at + (streak ? 9 : 5));
      // ("has India chaired before 2025?": a year before or after which it chaired is no year it chaired in.)
      const around = near !== undefined && (near.mode === 'before' || near.mode === 'after');
      const t = around ? undefined : near;
      // "held the chair in 2024-25": a term, named by its years.
      const term = t ? undefined : times.find((x) => x.at > chaired.at && x.at <= chaired.at + 5 && x.untilYear);
      // "chaired when the Tianjin summit happened": the chair on that summit's day.
      const summit = input.eventNamed && input.events[0]?.kind === 'summit' ? input.events[0] : undefined;
      if (!around && (form === 'yesno' || form === 'why' || t || term || chairedMeeting))
        out.push({
          kind: 'chaired',
          country: ref.country,
          ...(t && { year: t.year }),
          ...(term && { year: term.year, term: true }),
          ...(summit && !t && !term && { event: summit }),
          ...(chairedMeeting && !t && !term && { event: chairedMeeting }),
          stance: form === 'why' || (chairedMeeting && form !== 'yesno') ? 'asserted' : stanceOf(role, at),
        });
    }
    // (In French or Spanish an auxiliary may stand between: "le Pakistan a-t-il accueilli …", "Pakistán ha acogido …".)
    // (After the whole name: "le Pakistan".)
    const named = at + (ref.len ?? 1) - 1;
    const hosted = cueBetween(cues, ['host'], named + 1, named + 4);
    if (
      hosted &&
      (hosted.at <= named + 2 || !/^(hosted|hosts|host|hosting)$/.test(words[hosted.at] ?? '')) &&
      HOSTED.test(words[hosted.at] ?? '')
    ) {
      const t = yearNear(hosted.at, hosted.at + 6);
      out.push({
        kind: 'hosted',
        country: ref.country,
        ...(t && { year: t.year }),
        // (A host is said of the meeting the line finds, by its city or by its kind: "… host the defence ministers meeting in 2025".)
        ...((input.eventNamed || input.meetingFound) && input.events[0] && { event: input.events[0] }),
        stance: form === 'why' || form === 'how' ? 'asserted' : stanceOf(role, at),
      });
    }
    // "why did Pakistan refuse to sign the Qingdao statement": a refusal to sign at the meeting named.
    const refused = cueBetween(cues, ['refuse'], at + 1, at + 3);
    const event = input.eventNamed ? input.events[0] : undefined;
    if (
      refused &&
      event &&
      (/sign/.test(words[refused.at] ?? '') || cueBetween(cues, ['sign', 'statement'], refused.at + 1, refused.at + 4))
    )
      out.push({
        kind: 'refused',
        country: ref.country,
        event,
        stance: form === 'why' || form === 'how' ? 'asserted' : stanceOf(role, at),
      });
    // "Belarus was the ninth member", "is Iran the 10th member".
    const ord = numbers.find(
      (n) =>
        n.stance === 'ordinal' &&
        n.at > at &&
        // (The organisation's name may stand between: "Laos became the SCO's 11th member"; so may a verb put by
        // inversion: "la Biélorussie est-elle devenue le neuvième membre". Not another country: the ordinal is said of
        // the nearest one before it.)
        n.at <= at + (words.slice(at + 1, n.at).some((w) => ORG_OR_INVERSION.test(w)) ? 6 : 4) &&
        !countries.some((o) => o.at > at && o.at < n.at) &&
        (ORDINAL_NOUN.test(words[n.at + 1] ?? '') ||
          // ("Is Belarus the 9th or the 10th member?": the noun after the second of two ordinals offered is the first's too.)
          (words[n.at + 1] === 'or' &&
            numbers.some(
              (m) =>
                m.stance === 'ordinal' &&
                m.at === n.at + (words[n.at + 2] === 'the' ? 3 : 2) &&
                ORDINAL_NOUN.test(words[m.at + 1] ?? ''),
            ))),
    );
    if (ord) out.push({ kind: 'ordinal', country: ref.country, value: ord.value, stance: stanceOf(role, at) });
  }
  // "As the SCO's 9th member, what was Belarus's role?": an ordinal in a premise that names no country is said of the one country asked about.
  const premiseOrd = numbers.find((n) => n.stance === 'ordinal' && n.noun === 'member' && tokens[n.at]?.premise);
  const named = countries.filter((c) => c.by !== 'demonym');
  if (premiseOrd && named.length === 1 && !tokens[named[0]!.at]?.premise && !out.some((c) => c.kind === 'ordinal'))
    out.push({ kind: 'ordinal', country: named[0]!.country, value: premiseOrd.value, stance: 'asserted' });

  // Seats: "headquartered in Shanghai", "is the secretariat in Shanghai", "RATS is based in Astana".
  for (const p of input.places) {
    // ("la sede de la OCS está en Shanghái": the seat's word further back, the organisation named between.)
    const far = cueBetween(cues, ['location'], Math.max(0, p.at - 7), p.at - 5);
    const loc =
      cueBetween(cues, ['location'], Math.max(0, p.at - 4), p.at - 1) ??
      (far && words.slice(far.at + 1, p.at).some((w) => ORG.test(w)) ? far : undefined);
    // "What does the secretariat in Moscow do?": a seat given in passing is taken for granted.
    // (So is one of its organ: "the RATS executive committee in Bishkek"; and one stated: "since the secretariat is in
    // Tashkent, who runs it?".)
    const organ = unnamed((k: number) =>
      /^(executive|exec|committee|hq|headquarters|office|is|was)$/.test(words[k] ?? ''),
    );
    let named = p.at - 2;
    while (named > p.at - 5 && organ(named)) named--;
    const inPassing = !loc && /^(secretariat|rats)$/.test(words[named] ?? '') && form !== 'yesno';
    // ("la sede de la OCS está en Shanghái": Spanish and French "en" too.)
    // ("since the SCO moved its secretariat to Tashkent, …": a seat moved "to" a place is said to be there.)
    const movedTo = words[p.at - 1] === 'to' && words.slice(Math.max(0, p.at - 5), p.at - 1).some((w) => MOVED.test(w));
    if ((!loc && !inPassing) || !(/^(in|at|en)$/.test(words[p.at - 1] ?? '') || movedTo)) continue;
    // "Heads of government meeting — where? at Moscow": the city of a meeting named is where it met, not a seat.
    // Not when a seat's body is named just before ("the secretariat sits in Moscow").
    // ("Die RATS-Zentrale befindet sich ja in Bischkek": a few words further back in German.)
    const bodyBefore = words
      .slice(
        Math.max(0, p.at - (cues.some((c) => c.cue === 'location' && c.at < p.at && c.at >= p.at - 4) ? 6 : 4)),
        p.at,
      )
      .some((w) => w === 'secretariat' || w === 'rats');
    // ("since the SCO is headquartered in Shanghai, where is RATS?", "Die SOZ hat ihren Sitz ja in Shanghai": a seat said of
    // the organisation itself is its Secretariat's, whatever body the question goes on to ask about.)
    // (Said of the organisation, not of a thing of its: "Which of the new SCO security centres is based in Dushanbe?")
    // (Or after the word for its seat: "la sede de la OCS está en Shanghái".)
    // ("The SCO was founded in 2001 and its headquarters are in Shanghai": "its" seat, the organisation named before.)
    const orgBefore =
      loc !== undefined &&
      (words.slice(Math.max(0, loc.at - 3), Math.min(p.at, loc.at + 4)).some((w) => ORG.test(w)) ||
        (/^(its|their)$/.test(words[loc.at - 1] ?? '') && words.slice(0, loc.at).some((w) => ORG.test(w))));
    if (
      !inPassing &&
      !bodyBefore &&
      !orgBefore &&
      input.eventNamed &&
      input.events.some((e) => e.city.toLowerCase() === p.value.toLowerCase())
    )
      continue;
    // "the secretariat sits in Tashkent next to RATS": the seat is said of the body named last before the place.
    // ("the anti terror body of the sco sits in tashkent": a body named as the organisation's, further back.)
    const ofOrg = (at: number) => {
      const between = words.slice(at, p.at);
      return between.some((w, k) => ORG.test(w) && (between[k - 1] === 'of' || between[k - 2] === 'of'));
    };
    const said = (input.bodyNames ?? [])
      .filter(
        (b) =>
          b.at < p.at &&
          (b.at >= p.at - 6 || (b.at >= p.at - 10 && ofOrg(b.at))) &&
          (b.value === 'secretariat' || b.value === 'rats'),
      )
      .sort((a, b) => b.at - a.at)[0];
    // ("which body is based in Tashkent?": the body is what is asked, so no seat is claimed of one.)
    if (!said && (form === 'which' || form === 'what') && cues.some((c) => c.cue === 'body')) continue;
    const rats = said
      ? said.value === 'rats'
      : !orgBefore &&
        (cues.some((c) => c.cue === 'director') || words.includes('rats') || /anti|terror/.test(words.join(' ')));
    const role = tokens[p.at]?.role ?? 'main';
    out.push({
      kind: 'seat',
      body: rats ? 'rats' : 'secretariat',
      place: p.value,
      stance: inPassing ? 'asserted' : stanceOf(role, p.at),
    });
  }

  // Founding: "was the SCO founded in 1996", "founded in Beijing".
  const found = cues.find((c) => c.cue === 'found' && FOUNDED_VERB.test(words[c.at] ?? ''));
  // ("… the Shanghai Five, set up in 1996": the predecessor named just before the verb is what was set up.)
  if (
    found &&
    !countries.some((c) => c.at > found.at - 3 && c.at < found.at && c.by !== 'demonym') &&
    !(input.predecessorEnds ?? []).some((end) => end <= found.at && end >= found.at - 2) &&
    !(input.thingAt !== undefined && input.thingAt < found.at && input.thingAt >= found.at - 3)
  ) {
    // (German and Turkish put the verb last: "wurde 1996 in Shanghai gegründet", "1996'da kuruldu".)
    const t =
      times.find(
        (x) =>
          x.at > found.at &&
          x.at <= found.at + 4 &&
          (x.mode === 'in' || (x.since === true && EXISTS_SINCE.test(words[found.at] ?? ''))),
      ) ??
      // ("sco turns 25 this year, right? founded when": not a time of the sentence before.)
      [timeBefore(times, found.at)].find((x) => x && tokens[x.at]?.seg === tokens[found.at]?.seg);
    const known = input.places.find(
      (x) =>
        // German puts the verb last: "in Moskau gegründet".
        (x.at > found.at ? x.at <= found.at + 4 : x.at >= found.at - 3) &&
        // (Turkish puts its "in" after: "Şanghay'da".)
        (/^(in|at|en|a|au|im|em)$/.test(words[x.at - 1] ?? '') || /^(da|de|ta|te)$/.test(words[x.at + 1] ?? '')),
    );
    // "was the sco founded in istanbul in 2001?", "2001'de İstanbul'da kurulmuştu": a city the data does not hold, put
    // where the founding place goes, is still a place (so the claim fails on it, not only the year passes).
    const nearby = [...words.keys()].filter((i) => i >= found.at - 4 && i <= found.at + 5 && i !== found.at);
    const unheld = known
      ? undefined
      : nearby.find(
          (i) =>
            // ("founded in response to …": a word the phrase goes on from is no place.)
            ((/^(in|at)$/.test(words[i - 1] ?? '') &&
              i > found.at &&
              /^(|in|on|at|back|right|and|or|\d+)$/.test(words[i + 1] ?? '')) ||
              /^(da|de|ta|te)$/.test(words[i + 1] ?? '')) &&
            /^[a-z]{4,}$/.test(words[i]!) &&
            !COMMON.has(words[i]!) &&
            !STOPWORDS.has(words[i]!) &&
            !isMonth(words[i]!) &&
            !cues.some((c) => c.at === i) &&
            !input.places.some((x) => x.at === i),
        );
    const place =
      known ??
      (unheld !== undefined
        ? { value: words[unheld]!.charAt(0).toUpperCase() + words[unheld]!.slice(1), at: unheld }
        : undefined);
    if (
      (t || place) &&
      (form === 'yesno' || form === 'choice' || form === 'why' || tokens[found.at]?.role !== 'main')
    ) {
      out.push({
        kind: 'founded',
        ...(t && { year: t.year }),
        ...(t?.day !== undefined && t.month !== undefined && { day: t.from.toISOString().slice(0, 10) }),
        ...(place && { place: place.value }),
        stance: form === 'why' ? 'asserted' : stanceOf(tokens[found.at]?.role ?? 'main', found.at),
      });
    }
  }

  // Counts: "has 8 members", "its twelve members", "27 countries".
  for (const n of numbers) {
    if (
      !n.noun ||
      n.stance === 'ordinal' ||
      n.stance === 'other' ||
      n.stance === 'range' ||
      n.stance === 'selection' ||
      n.noun === 'killed' ||
      n.noun === 'leaders'
    )
      continue;
    // (In the same sentence: "founded 15 June 2001 in Shanghai; 9 members" dates the founding, not the count.)
    // (Not across "now": "founded in 2001 by 8 countries, now has 12 members" counts today's members.)
    const t = times.find(
      (x) =>
        Math.abs(x.at - n.at) <= 6 &&
        x.mode === 'in' &&
        tokens[x.at]?.seg === tokens[n.at]?.seg &&
        !x.ofSource &&
        !words
          .slice(Math.min(x.at, n.at) + 1, Math.max(x.at, n.at))
          .some((w) => /^(now|today|currently|presently|nowadays)$/.test(w)),
    );
    // ("the SCO has had nine members ever since Iran joined in 2023": a count held since a time is said of today too.)
    // ("has the sco had 10 members ever since …?": so is one asked in that order.)
    const heldSince =
      words[n.at - 1] === 'had' &&
      words.slice(Math.max(0, n.at - 4), n.at - 1).some((w) => /^(has|have|s|ve)$/.test(w)) &&
      words.slice(n.at + 1, n.at + 6).includes('since');
    // "was the member count 9 at any point?": asked of any time, when no year is named.
    // ("pre-Tianjin the SCO had 2 observers": a count said of a time before something, in the past, is one it had then.)
    const before =
      words[n.at - 1] === 'had' &&
      cues.some((c) => c.cue === 'before' && c.at < n.at && tokens[c.at]?.seg === tokens[n.at]?.seg);
    const ever = !t && ((n.stance === 'asked' && cues.some((c) => c.cue === 'ever' && c.role === 'main')) || before);
    out.push({
      kind: 'count',
      value: n.value,
      noun: n.noun,
      ...(t && !heldSince && { year: t.year }),
      ...(ever && { ever }),
      ...(heldSince && { since: true }),
      stance: n.stance === 'asked' ? 'asked' : n.stance === 'reported' ? 'reported' : 'asserted',
    });
  }
  return dedupe(out);
}

/** A verb of hosting a meeting, not of its taking place ("hosted", "accueilli", "acogió", "ausgerichtet", "düzenledi"). */
const HOSTED =
  /^(hosted|hosts|host|hosting|accueill\w*|organis\w*|organiz\w*|acog\w*|ausgerichtet|richtete|gastgeber\w*|duzenle\w*)$/;

/** A verb of founding (not a noun such as "foundation"), in the Latin-script languages: "founded", "se fundó", "fondée", "gegründet". */
const FOUNDED_VERB =
  /^(found|founded|established|created|formed|set|started|born|launched|around|existed|exists|existence|fundo|fundaron|fundada|fundado|creada|creado|establecid\w*|fonde\w*|cree\w*|gegrundet\w*|kurul\w*|kurdu\w*)$/;
/** "been around since 1996", "existed since 2001": a beginning said by how long it has been, its year after "since". */
const EXISTS_SINCE = /^(around|existed|exists|existence)$/;

function dedupe(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = JSON.stringify({
      ...c,
      country: 'country' in c ? c.country?.id : undefined,
      event: 'event' in c ? c.event?.id : undefined,
    });
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The nearest time asked (not an aside) within four words before a word: a verb put last ("1996'da kuruldu"). */
function timeBefore(times: readonly TimeRef[], at: number): TimeRef | undefined {
  for (let i = times.length - 1; i >= 0; i--) {
    const x = times[i]!;
    if (x.at < at && x.at >= at - 4 && x.mode === 'in' && x.role !== 'aside') return x;
  }
  return undefined;
}
