import type { Lang } from './language.js';
import type { Form } from './question.js';
import { CHECK_TAG_END } from './claim-frame.js';
import { ASKING } from './tokens.js';

/**
 * The question's form from its question word (or, for yes/no questions, its auxiliary or
 * particle), in every language asked in. The form decides how the answer opens: a yes/no
 * question gets the verdict first, every other form never does.
 */

const FILLER =
  /^(?:(?:(?:good (?:morning|afternoon|evening|day)|guten (?:tag|morgen|abend)|buenos dias|buenas (?:tardes|noches)|bonsoir|bonjour|hallo|hola|merhaba|hello|hi) (?:from|aus|de|desde|depuis) (?!(?:quand|cuando|wann|when|que|quel|quelle|donde|ou)\b)[a-z]+|(?:hallo|hola|salut|bonjour|merhaba|moin|servus|hi|hello|hey) (?:zusammen|leute|alle|a todos|tout le monde|a tous|herkese|everyone|all|folks|guys|team)|hallo|hola|salut|bonjour|merhaba|moin|servus|hi|hello|hey|salam|salaam|namaste|so|ok|okay|and|also|please|pls|plz|quick|q|question|well|um|uh|yo|btw|sorry|oh|now|then|but|just|one|more|again|dear|bot|right|alright|honestly|actually|basically|simple|really|hmm|umm|sco|bro|mate|lol|lmao|haha|omg|bruh|ngl|tbh)\s+)+/;
/**
 * "can you tell me who…", "can you list…", "do you know when…", "I want to know where…": the embedded question counts.
 * ("For a client risk note I need to know whether …": so it does after what the asker needs it for.)
 */
const EMBEDDING =
  /^(?:(?:can|could|would|will|might)\s+(?:you|u|someone|somebody|anyone|anybody)\s+(?:(?:please|pls|kindly|just|quickly|simply|also)\s+)*(?:tell|say|let|show|explain|remind|confirm)\s+(?:me|us)?\s*|(?:can|could|would|will|might)\s+(?:you|u|someone|somebody|anyone|anybody)\s+(?:(?:please|pls|kindly|just|quickly|simply|also)\s+)*(?=(?:list|name|enumerate|summarise|summarize|describe|compare|contrast|distinguish|differentiate|give|provide|share|supply|tabulate|itemi[sz]e|detail|specify|state|indicate|identify)\b)|(?:do|does)\s+(?:you|u|anyone|anybody)\s+know\s+|(?:(?:has|did)\s+)?(?:anyone|anybody|someone|somebody)\s+(?:said|say|announced|announce|confirmed|confirm|mentioned|mention)\s+(?=who|when|where|what|which|whether|if)|(?:any|an)\s+idea\s+|(?:for\s+(?:\S+\s+){1,5}?)?i\s+(?:want|need|would like|d like|wd like|wanna)\s+to\s+know\s+|i\s+wonder\s+|i\s*m\s+wondering\s+|(?:(?:please|pls|plz|kindly|just|also)\s+)*tell\s+(?:me|us)\s+(?=who|when|where|why|how|what|which|whether|if)|(?:(?:kindly|please|pls|also|just)\s+)*(?:confirm|check|verify)\s+(?=whether|if))/;
/** A yes/no question reported as anyone's ("german visitors ask if …"): the question reported counts. */
const REPORTED_EMBEDDING = new RegExp(`^(?:\\S+ ){1,3}?(?:${ASKING}) (?=whether|if)`);

/** "Can you do / make / put together a …": the thing asked to be made follows an article. */
const MAKING =
  /^(?:can|could|would|will|might)\s+(?:you|u|someone|somebody|anyone|anybody)\s+(?:(?:please|pls|kindly|just|quickly|simply|also)\s+)*(?:do|make|provide|prepare|produce|draw up|put together|sketch|map out)\s+(?:me\s+|us\s+)?(?=(?:a|an|the|some)\s)/;

/** "Can you lay out / walk me through / sum up …": a verb of presenting after "can you" asks for the thing, not whether it can be done. */
const PRESENTING =
  /^(?:can|could|would|will|might)\s+(?:you|u|someone|somebody|anyone|anybody)\s+(?:(?:please|pls|kindly|just|quickly|simply|also)\s+)*(?:lay out|set out|spell out|outline|sum up|recap|break down|walk (?:me |us )?(?:through|thru)|run (?:me |us )?(?:through|thru)|go (?:over|through|thru)|trace|chart|sketch(?: out)?)\s+/;

/**
 * Whether two things are the same, asked without a verb ("same summit as India?", "la misma cumbre que la India?",
 * "même sommet que l'Inde ?", "derselbe Gipfel wie Indien?"): each language's "same … as".
 */
const SAME_AS: Partial<Record<Lang, RegExp>> = {
  en: /(^| )(same|identical) (\w+ ){0,2}(as|for) /,
  de: /(^| )(derselbe|dieselbe|dasselbe|denselben|demselben|derselben|selbe[nmrs]?|gleiche[nmrs]?) (\w+ ){0,2}wie /,
  es: /(^| )(mism[oa]s?) (\w+ ){0,2}que /,
  fr: /(^| )(memes?) (\w+ ){0,2}que /,
};
/** Two names put equal, in any script ("Kirghizia = Kyrgyzstan?"). */
const EQUATES = /[\p{L}\p{N}]\s*=\s*[\p{L}\p{N}]/u;

export function detectForm(lang: Lang, mainWords: string[], folded: string, asks: boolean, raw = ''): Form {
  const form = formOf(lang, mainWords, folded, asks);
  // A question with no question word that puts two things as one, by a "same … as" or an equals sign, asks yes or no.
  if (form === 'fragment' && asks && (EQUATES.test(raw) || (SAME_AS[lang]?.test(`${mainWords.join(' ')} `) ?? false)))
    return 'yesno';
  // ("the Qingdao meeting was on which dates exactly?": "on which dates" asks when.)
  // (Of a meeting: "on which dates did Egypt, Qatar and Saudi Arabia become dialogue partners" asks each its own.)
  if (
    form === 'which' &&
    lang === 'en' &&
    // ("defence ministers meet in qingdao 2025 - which dates?": "which dates" alone after a meeting named before the dash.)
    (/\b(on|in) which (date|dates|day|days)\b/.test(mainWords.join(' ')) ||
      (mainWords.length <= 3 && /^which (date|dates|day|days)\b/.test(mainWords.join(' ')))) &&
    /\b(meet|meeting|met|summit|session|council|conference)\b/.test(`${mainWords.join(' ')} ${folded}`)
  )
    return 'when';
  // "new members admitted at tianjin? y/n": the answer asked for, set apart after the question, is a yes or a no.
  // ("The SCO's working languages include English as well, I assume?": a statement, then the asker's assumption set apart.)
  if (form === 'fragment' && (YES_OR_NO_ASKED.test(raw) || (asks && ASSUMED_AFTER.test(raw)))) return 'yesno';
  // ("At Tianjin, Laos was admitted as the 11th full member - please confirm the date.": a thing asked to be confirmed
  // after a statement of its own is that statement's check.)
  // (Not after a question reported: "The Member has asked since when India had observer status. Kindly confirm the year.")
  if ((form === 'what' || form === 'when') && CONFIRM_AFTER_STATEMENT.test(raw) && !ASKED_BEFORE.test(raw))
    return 'yesno';
  // ("in june 2025 when the sco condemned the strikes, did india go along with it?": a clause of time put first, then,
  // after its comma, a question opened by its verb; asked yes or no.)
  if (form === 'when' && lang === 'en' && WHEN_CLAUSE_THEN_ASKS.test(raw)) return 'yesno';
  return form;
}

const WHEN_CLAUSE_THEN_ASKS =
  /(?:^|[\s,])when\s+(?!(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could|exactly)\b)[^,?.;]{6,},\s*(?:(?:did|does|do|has|have|had)\s+(?!\w+(?:ed|en)\b)|(?:was|were|is|are)\s+(?!\w+(?:ed|en)\b|the\b|this\b|that\b|it\b))\w+(?![^?]*\bor\b)/i;

/** A thing asked to be confirmed by its name ("the dates", "the venue"), and a word that makes what follows a clause. */
const NAMED_THING = /^(dates?|years?|day|venue|city|place|name|spelling|title|number|figure|count|capital)$/;
const CLAUSE =
  /^(is|are|was|were|has|have|had|did|does|came|went|met|took|got|made|became|held|who|that|which|both|new|\w+ed)$/;
const CONFIRM_AFTER_STATEMENT =
  /(?:[.!;:]\s+|\s[-–—]\s+)(?:(?:please|pls|plz|kindly)\s+)*(?:confirm|check|verify)\s+(?:the|his|her|their|its)\b/i;
const ASKED_BEFORE = /\b(asked|asks|wants to know|wonders|wondering|would like to know)\b/i;
// (A remark in brackets may follow: "…, I assume? (sto scrivendo un articolo in inglese)".)
const ASSUMED_AFTER = /[,;-]\s*i (assume|guess|suppose|presume|believe|reckon|take it)\s*[?？]+\s*(\([^()]*\))?\s*$/i;
const YES_OR_NO_ASKED =
  /[?.:;,!-]\s*(y\/n|yes\/no|yes or no|true or false|true\/false|vrai ou faux|verdadero o falso|richtig oder falsch|wahr oder falsch)\s*[?.!]*\s*$/i;

function formOf(lang: Lang, mainWords: string[], folded: string, asks: boolean): Form {
  switch (lang) {
    case 'zh':
      return zhForm(folded, asks);
    case 'ru':
      return ruForm(folded, asks);
    case 'hi':
      return hiForm(folded, asks);
    case 'fa':
      return faForm(folded, asks);
    case 'ur':
      return urForm(folded, asks);
    default:
      return latinForm(lang, mainWords, asks);
  }
}

/** "A or B" in a question asks which, except "or not", "or did it …" and the like (a yes/no put the other way). */
// ("is yermekbayev still SG or has his term ended", "can he get a second term or be extended", "… or extend his current
// one": a clause after "or" that says the same thing of the same one, or the other way, is no second option.)
// ("It's correct or I have to change?": the other way is the asker's edit, a yes/no.)
const CHOICE_OR =
  / or (?!not\b|no\b|nah\b|nope\b|what\b|wrong\b|off by\b|nicht\b|nein\b|non\b|pas\b|degil\b|(?:did|does|do|was|were|is|are|has|have|had|can|could|will|would) (?:it|they|he|she|his|her|its|their)\b|(?:be|get|become) \w|(?:extend|renew|prolong|stay|remain|serve)\b|(?:send|sent|sends) (?:someone|somebody|anyone|a deputy|a delegation|a minister)\b|am i\b|do i\b|did i\b|(?:do )?(?:i|we) (?:have|need|must|should) (?:to )?(?:change|fix|correct|edit|rewrite|cut)\b)[a-z0-9]/;
const CHOICE_OR_IN: Partial<Record<Lang, RegExp>> = {
  de: / (?:or|oder) (?!nicht\b|nein\b|was\b|wie\b)[a-z0-9]/,
  es: / (?:or|o|u) (?!no\b|que\b|como\b)[a-z0-9]/,
  fr: / (?:or|ou) (?!non\b|pas\b|quoi\b)[a-z0-9]/,
  tr: / (?:or|veya|yoksa) (?!degil\b|ne\b)[a-z0-9]/,
};

/** "A or B … any X", in each language's words for "any" (not "any idea", which asks the asker). */
const ANY_AFTER_OR =
  / (or|oder|o|u|ou|veya|yoksa) .*\b(any(?! idea\b)|irgendein\w*|irgendwelche\w*|algun|alguna|algunos|algunas|quelconque|herhangi)\b/;

function latinForm(lang: Lang, words: string[], asks: boolean): Form {
  // Question words as typed in a hurry ("wen did iran join", "hw many").
  let text = words
    .join(' ')
    .replace(FILLER, '')
    .replace(/^(wen|wehn|whn|wehen)\b/, 'when')
    .replace(/^(hw|hwo)\b/, 'how')
    .replace(/^(wat|wht|waht|wats)\b/, 'what')
    .replace(/^(hwo|whoo)\b/, 'who')
    .replace(/^(wher|whre|wehre)\b/, 'where')
    .replace(/^(wich|whcih|whitch)\b/, 'which')
    // ("Over which days did the Qingdao meeting run?", "on what dates …": the days asked, the preposition aside.)
    .replace(/^(?:over|on|across|during) (?=(?:which|what) (?:days|dates)\b)/, '')
    // Chat shorthand: "r the EU or the UK partners".
    .replace(/^r (?=(the|they|there|these|those|both|all|any) )/, 'are ')
    // "true that India distanced itself …?", "correct that …?": whether the statement holds.
    .replace(/^(true|correct|right|accurate) (that )?(?=\w+ \w+)/, 'is it true that ')
    // ("Am I right that Sergei Shoigu represented Russia …?", "am i wrong in thinking …": the same.)
    .replace(
      /^am i (right|correct|wrong|mistaken)( in (thinking|saying|assuming))?( that)? (?=\w+ \w+)/,
      'is it true that ',
    )
    // "dime cuándo entró la India", "sag mir, wann …", "dis-moi quand …": a request to tell asks what its question word asks.
    .replace(
      /^(?:dime|dinos|digame|cuentame|sag mir|sagen sie mir|dis moi|dites moi) (?=(?:quien|quienes|cuando|desde cuando|donde|por que|cuantos|cuantas|cual|cuales|wer|wann|wo|warum|wie viele|welche\w*|qui|quand|ou|pourquoi|combien|quel\w*)\b)/,
      '',
    );
  // ("… das Sekretariat und RATS – wer sitzt wo?", "who sits where?": a place asked of each one named.)
  if (/^(wer|who|qui|quien) (\S+ ){1,2}(wo|where|ou|donde)$/.test(text)) return 'where';
  // "Can you do a timeline of…", "could you put together a summary…": a request to make something is a request to give it.
  const making = MAKING.exec(text);
  if (making) text = `give ${text.slice(making[0].length)}`;
  const presenting = making ? null : PRESENTING.exec(text);
  if (presenting) text = `give ${text.slice(presenting[0].length)}`;
  // "how would I explain the sco to my class?": the asker asks for the explanation itself.
  if (
    /^how (would|do|should|can|could|might|to) ((i|we|one|you) )?(best )?(explain|describe|summari[sz]e|present|teach|introduce)\b/.test(
      text,
    )
  )
    return 'explain';
  const embedded = EMBEDDING.exec(text) ?? REPORTED_EMBEDDING.exec(text);
  if (embedded) text = text.slice(embedded[0].length).replace(/^(whether|if)\b/, 'is');
  // "Can someone explain the whole Qingdao thing": a request to explain what follows, when no question word follows.
  if (
    embedded &&
    /\b(explain|describe|summarise|summarize)\b/.test(embedded[0]) &&
    !/^(who|whom|whose|when|where|why|how|what|which|is|are|was|were|did|does|do)\b/.test(text)
  )
    return 'explain';
  const w = text.split(' ');
  const first = w[0] ?? '';
  // "Can you confirm the Secretariat is in Tashkent": a statement asked to be confirmed asks whether it holds.
  if (embedded && /\bconfirm\b/.test(embedded[0]) && !/^(who|whom|whose|when|where|why|how|what|which)$/.test(first))
    return 'yesno';
  const second = w[1] ?? '';
  const choice =
    // "was X in the Five or did it only come in later": a clause put as the other way is a yes/no about the first.
    // ("la capital es Astaná o Nur-Sultán?": each language's own "or".)
    (lang === 'en' ? CHOICE_OR : (CHOICE_OR_IN[lang] ?? CHOICE_OR)).test(` ${text} `) &&
    !/ (or|oder|o|ou|veya|yoksa) (anything|something|else|other|algo|quelque|etwas)\b/.test(` ${text} `) &&
    // ("turquía es miembro de la ocs o q": "or what", a tag, not a second choice.)
    !/ o (q|que|no)$/.test(text) &&
    // ("… depuis le sommet de Tianjin. Vrai ou faux ?": whether it holds, the tag in another language.)
    !/ (?:vrai|verdadero|richtig|wahr) (?:ou|o|oder) (?:faux|falso|falsch)$/.test(text) &&
    // ("was there an 'sco plus' meeting in bishkek too or only the main council": whether there was one too, the other
    // way put as "only" the rest.)
    !/\b(too|also|as well),? or (only|just)\b/.test(text) &&
    // "does the UK or the EU have any status?": "any" after the alternatives asks whether either has it, yes or no.
    !ANY_AFTER_OR.test(` ${text} `) &&
    // ("was any joint communiqué or statement adopted?": "any" before them too.)
    !/\bany (\w+ )?\w+ or \w+/.test(text) &&
    // "has Armenia applied, or is that just a rumour?": the other alternative is only that it is not so.
    !/ or (?:is (?:that|it|this) |was (?:that|it|this) )?(?:just |only |all )?(?:a |an )?(?:rumou?rs?|myth|fake( news)?|false|made up|hype|speculation|not true|wrong|misinformation|disinformation)\b/.test(
      ` ${text} `,
    ) &&
    // "is X still in the job, or did someone replace him?", "… or is that old info?": the other way is only that it no longer holds.
    !/ or (?:(?:did|has|have|had|was|were) (?:someone|somebody|anyone|they) (?:else )?(?:replace|replaced|take over|taken over|took over|succeed|succeeded)|(?:is|was) (?:that|it|this) (?:old|outdated|out of date|stale|dated)|(?:has|was|had) (?:he|she|it) (?:been )?(?:replaced|removed|dismissed|succeeded))\b/.test(
      ` ${text} `,
    );
  const tag =
    CHECK_TAG_END.test(text) ||
    /(^| )(right|correct|true|yes|no|really|is that (true|right|correct|so)|isn ?t it|(?<!\b(?:when|where|what|who|which|how|why) )is it|am i right|am i (wrong|mistaken)|am i (mixing|confusing|muddling) (things|it|them|this|that|something)( up)?|accurate|legit|or not|yeah|didn ?t (they|it|he|she)|don ?t they|doesn ?t it|wasn ?t it|weren ?t they|hasn ?t it|haven ?t they|isn ?t (he|she|they)|y n|yes or no|yes no|true or false|or nah|or nope|or what|or (wrong|off)( by (a|one) (day|week|year))?|i (assume|guess|suppose|presume|believe|reckon|take it)|(am )?i assuming (right|correctly)|(i m|im|i am) (pretty |quite |fairly |almost |100 )?(sure|certain)|rite|ryt|innit|haan|haina|ja|oder|nicht wahr|verdad|o no|o que|o q|vrai|(?:vrai|verdadero|richtig|wahr) (?:ou|o|oder) (?:faux|falso|falsch)|dogru mu|degil mi|di mi)$/.test(
      text,
    );
  // "Pouvez-vous me retracer…", "Können Sie mir sagen, wer…", "¿Puedes explicarme…?": the request's own verb is the form.
  const polite =
    /^(pouvez vous|pourriez vous|peux tu|pourrais tu|tu peux|vous pouvez|konnen sie|konnten sie|kannst du|konntest du|puedes|podrias|puede usted|podria usted|podria)( me| nous| mir| uns)? (?=\w)/.exec(
      text,
    );
  if (polite && lang !== 'en') return latinForm(lang, text.slice(polite[0].length).split(' '), asks);
  // ("SOZ mitglieder?", "OCS membres ?": the organisation and a noun or two, no verb, name a topic; asked, not yes or no.)
  if (lang !== 'en' && !tag && w.length <= 3 && /^(soz|ocs|sco|sio|scos)$/.test(first)) return 'fragment';
  switch (lang) {
    case 'de':
      if (/^(wer|wem|wessen)\b/.test(text)) return 'who';
      if (
        /^(seit wann|wann|in welchem jahr|an welchem tag|an welchen tagen|an welchem datum|zu welchem datum)\b/.test(
          text,
        )
      )
        return 'when';
      if (/^(wo|wohin|in welcher stadt|welche stadt)\b/.test(text)) return 'where';
      if (/^(warum|wieso|weshalb|weswegen)\b/.test(text)) return 'why';
      if (/^(wie viele|wieviele|wie viel|wieviel)\b/.test(text)) return 'howMany';
      if (/^wie lange\b/.test(text)) return 'howLong';
      // ("Worin unterscheidet sich …?", "inwiefern …": in what way, not a yes/no question.)
      if (/^(worin|wodurch|inwiefern|inwieweit)\b/.test(text)) return 'how';
      if (/^wie\b/.test(text)) return 'how';
      // "der wievielte": how-many-th, a number asked ("die wievielte Präsidentschaft?").
      if (/\bwievielte[nmrs]?\b/.test(text)) return 'howMany';
      // ("Bei welcher Organisation …?": after a preposition too.)
      if (
        /^((bei|mit|von|vom|in|im|an|am|auf|aus|zu|zur|zum|fur|nach|unter|uber|seit) )?(welche|welcher|welches|welchen|welchem)\b/.test(
          text,
        )
      )
        return 'which';
      if (/^(was)\b/.test(text)) return 'what';
      // (Typed without the umlaut: "erklaer".)
      if (/^(erklar|erklaer|beschreib|erzahl|erzaehl|gib|zeig)/.test(text)) return 'explain';
      // ("Kannst du mir erklären, wie…?")
      if (
        /^(kannst du|konnen sie|konntest du|konnten sie|kann|konnte) (mir |uns )?(jemand |einer |wer )?(mir |uns )?(kurz |mal |bitte )?(erklar|erklaer|beschreib|erzahl|erzaehl)/.test(
          text,
        )
      )
        return 'explain';
      // ("Könnten Sie den Streit um das Abschlussdokument … zusammenfassen?": the verb of the request comes last.)
      if (
        /\b(zusammenfassen|erlautern|erlaeutern|erklaren|erklaeren|beschreiben|darstellen|schildern|skizzieren)$/.test(
          text,
        )
      )
        return 'what';
      if (/^(liste|nenne|nenn|zahle)/.test(text)) return 'list';
      // ("Wenn ich richtig informiert bin, ist Englisch … Amtssprache. Seit wann genau gilt das?": a statement, its verb
      // put first after the clause dropped, then "since when" asked of it.)
      if (
        /^(ist|sind|war|waren|hat|haben|hatte|gehort|gehoren|wurde|wurden)\b.*(?<! und) seit wann( genau)?( gilt das| ist das so)?$/.test(
          text,
        )
      )
        return 'when';
      if (
        /^(ist|sind|war|waren|hat|haben|hatte|gehort|gehoren|wurde|wurden|gibt|kann|konnte|stimmt|trat|tritt|nimmt|nahm|bleibt)\b/.test(
          text,
        )
      )
        return choice ? 'choice' : 'yesno';
      if (tag) return 'yesno';
      return asks && !/\b(wer|wann|wo|warum|wie|welche\w*|was)\b/.test(text)
        ? choice
          ? 'choice'
          : 'yesno'
        : 'fragment';
    case 'es':
      if (/^(quien|quienes|a quien)\b/.test(text)) return 'who';
      if (/^(desde cuando|cuando|en que ano|en que fecha|en que fechas|que dia|que dias|en que dias)\b/.test(text))
        return 'when';
      if (/^(donde|en donde|en que ciudad|que ciudad|cual ciudad|adonde)\b/.test(text)) return 'where';
      if (/^(por que|porque|para que)\b/.test(text)) return 'why';
      if (/^(cuantos|cuantas|cuanto)\b/.test(text)) return 'howMany';
      // ("Como India preside la OCS este año, ¿dónde será la próxima cumbre?": "como" opening a clause the question
      // follows is "since"; the question word after it asks.)
      if (/^(como)\b/.test(text)) {
        const after = /^como\b.*?\b(donde|cuando|quien|quienes|cuantos|cuantas|cual|cuales)\b/.exec(text)?.[1];
        if (!after) return 'how';
        return after === 'donde'
          ? 'where'
          : after === 'cuando'
            ? 'when'
            : after.startsWith('quien')
              ? 'who'
              : after.startsWith('cuant')
                ? 'howMany'
                : 'which';
      }
      if (/^(cuales|cual|que paises|que estados)\b/.test(text)) return 'which';
      if (/^(que)\b/.test(text)) return 'what';
      if (/^(explica|describe|cuentame|dime|resume|habla)/.test(text)) return 'explain';
      // "¿Me explicas cómo…?", "¿puedes explicarme…?": a polite request to explain, not a yes/no question.
      if (/^((me|nos) )?((puedes|podrias|puede|podria) )?((me|nos) )?(explica|describ|cuenta|resum)/.test(text))
        return 'explain';
      if (/^(enumera|lista|nombra)/.test(text)) return 'list';
      // "que" and "como" mid-sentence are a relative pronoun and a conjunction ("el ministro que fue a Qingdao"), not question words.
      return tag ||
        (asks &&
          !/\b(quien|cuando|donde|cuantos|cuantas|cual|cuales)\b/.test(text) &&
          !/^(\S+ )?(que|como)\b/.test(text))
        ? choice
          ? 'choice'
          : 'yesno'
        : 'fragment';
    case 'fr':
      if (/^(qui|a qui)\b/.test(text)) return 'who';
      // ("Et par quels pays exactement ?": a preposition before the question word asks by it.)
      if (
        /^(?:et |mais )?(?:par|pour|avec|dans|sur|pendant|entre) (quels|quelles|quel|quelle|lesquels|lesquelles)\b/.test(
          text,
        )
      )
        return 'which';
      if (/^(?:et |mais )?(?:par|pour|avec|entre) qui\b/.test(text)) return 'who';
      if (/^(depuis quand|quand|en quelle annee|a quelle date|a quelles dates|quel jour|quels jours)\b/.test(text))
        return 'when';
      // "Où en est la banque ?": how far a thing has come, not where it is.
      if (/^ou en (est|sont|etes|sommes)\b/.test(text)) return 'what';
      if (/^(ou|dans quelle ville|quelle ville|quelle est la ville)\b/.test(text)) return 'where';
      if (/^(pourquoi)\b/.test(text)) return 'why';
      if (/^(combien)\b/.test(text)) return 'howMany';
      if (/^(comment)\b/.test(text)) return 'how';
      if (/^(quels|quelles|quel|quelle|lesquels|lequel)\b/.test(text)) return 'which';
      if (/^(que|qu est ce|quoi|c est quoi)\b/.test(text)) return 'what';
      if (/^(explique|expliquez|decris|decrivez|raconte|parle|retrace|resume|presente)/.test(text)) return 'explain';
      // ("Tu peux m'expliquer…?", "pourriez-vous décrire…?")
      if (
        /^(tu peux|peux tu|pourrais tu|vous pouvez|pouvez vous|pourriez vous) (m |me |nous )?(expliqu|decri|racont|resum)/.test(
          text,
        )
      )
        return 'explain';
      if (/^(enumere|liste|nomme|citez|cite)/.test(text)) return 'list';
      // ("Pouvez-vous me donner la liste des …": what is given is the form.)
      if (
        /^(donne|donner|donnez|fournir|fournis|fournissez|indiquer|indique|indiquez) (moi |nous )?(la |une )?liste\b/.test(
          text,
        )
      )
        return 'list';
      // Spoken French puts the question word last: "il a eu lieu quand (exactement) ?", "c'était le combientième ?".
      if (/\bquand( exactement| precisement)?$/.test(text)) return 'when';
      if (/\b(ou|dans quelle ville)( exactement| precisement)?$/.test(text)) return 'where';
      if (/\bcombientieme\b/.test(text)) return 'howMany';
      // ("les pays fondateurs, c'est lesquels ?", "c'est qui, le secrétaire général ?")
      if (/\b(lesquels|lesquelles|lequel|laquelle)( exactement| precisement)?$/.test(text)) return 'which';
      if (/^c est qui\b|\bc est qui( exactement| precisement)?$/.test(text)) return 'who';
      if (
        /^(est ce qu|est ce que)\b/.test(text) ||
        / (t )?(il|elle|ils|elles)\b/.test(text.split(' ').slice(0, 6).join(' '))
      )
        return choice ? 'choice' : 'yesno';
      return tag || (asks && !/\b(qui|quand|ou|combien|quel\w*|pourquoi|comment|que)\b/.test(text))
        ? choice
          ? 'choice'
          : 'yesno'
        : 'fragment';
    case 'tr':
      // ("sıra kimde?": whose turn it is.)
      if (/\b(kim|kimdir|kimler|kimin|kimdi|kimlerdi|kimde|kimdedir)\b/.test(text)) return 'who';
      if (
        /\b(ne zaman|hangi yil\w*|hangi tarihte|hangi tarihlerde|hangi gun(?:ler)?de|ne zamandan beri|tarihleri ne\w*|tarihi ne\w*)\b/.test(
          text,
        )
      )
        return 'when';
      if (/\b(nerede|nerde|neresi|nereye|hangi sehir)/.test(text)) return 'where';
      if (/\b(neden|nicin|niye)\b/.test(text)) return 'why';
      // "kaçıncı": how-many-th, a number asked ("bu kaçıncı başkanlığı?").
      if (/\b(kacinci|kacincisi)\b/.test(text)) return 'howMany';
      if (/\b(kac)\b/.test(text)) return 'howMany';
      if (/\b(nasil)\b/.test(text)) return 'how';
      if (/\b(hangi|hangisi|hangileri)\w*/.test(text)) return 'which';
      // "Anlatır mısın?", "açıklar mısınız?": a polite request to explain, not a yes/no question.
      // ("karşılaştırır mısın?": a polite request to compare, which an account answers.)
      if (/\b(acikla|anlat|ozetle|karsilastir)\w*\s+(mi|mu)\w*/.test(text)) return 'explain';
      // "10 üyesini sayar mısın?", "listeler misiniz?": a polite request to list them.
      if (/\b(sayar|siralar|listeler|yazar)\s+(mi|mu)\w*/.test(text)) return 'list';
      if (/\b(mi|mu|midir|mudur|misin|miyiz)\b/.test(text)) return choice ? 'choice' : 'yesno';
      // ("… tam adı neydi?", "nelerdi": what it was, in the past.)
      if (/\b(ne|nedir|neler|neydi|nelerdi|neymis)\b/.test(text)) return 'what';
      if (/\b(acikla|anlat|ozetle)/.test(text)) return 'explain';
      return asks ? 'yesno' : 'fragment';
    default:
      break;
  }
  // "Kindly share the year in which Nepal became a partner", "give me the date Iran joined": a when-question put as a
  // request (not one that gives the year to be confirmed).
  if (
    /^((kindly|please|pls|plz) )?(tell|give|share|provide|send|confirm|state|indicate)( me| us)? (the )?(exact |precise |specific )?(year|date|day)( (of|when|that|in which|on which))? /.test(
      text,
    ) &&
    !/\b(1[89]|20)\d\d\b/.test(text)
  )
    return 'when';
  // "exact year Qatar became a dialogue partner?", "date of the Charter?": a when-question without its question word.
  if (/^((exact|precise|the) )?(year|date|dates|day|days)( (of|when|that|in which))? /.test(text) && !tag)
    return 'when';
  // ("RATS director before Sharsheev — what was his name?": a person's name asked is who.)
  if (/(?:^| )(?:what|whats) (?:is |was |s )?(?:his|her) (?:full )?names?$/.test(text)) return 'who';
  if (/^(who|whom|whos|whose)$/.test(first)) return 'who';
  if (first === 'when' || first === 'whens' || (first === 'since' && second === 'when')) return 'when';
  // "Where does the bank stand?", "(explain) where the bank project stands": how far a thing has come, not where it is.
  if ((first === 'where' || first === 'wheres') && /^where ((does|do|did|is|are) )?.+ stands?\b/.test(text))
    return 'what';
  // ("where does the 27 come from if there are only 10 members?": where a figure or a name comes from is why it is so.)
  if (first === 'where' && /^where (does|do|did) .{1,40} (come|comes) from\b/.test(text)) return 'why';
  if (first === 'where' || first === 'wheres') return 'where';
  if (
    first === 'why' ||
    (first === 'how' && second === 'come') ||
    /^(what|whats) (is |was )?(the )?reasons? /.test(text)
  )
    return 'why';
  if (first === 'how' || first === 'hows') {
    if (
      second === 'many' ||
      second === 'much' ||
      (second === 'big' && /family|sco|organisation|organization/.test(text))
    )
      return 'howMany';
    if (second === 'long' && !/ago/.test(text)) return 'howLong';
    if (second === 'old') return 'when';
    if (second === 'often' || second === 'frequently') return 'how';
    return 'how';
  }
  // "What's the story with Afghanistan and the SCO?", "what's the deal with …": a request for an account.
  if (/^(what|whats) (is |s )?the (story|deal|lowdown|background|backstory) (with|on|of|behind|about)\b/.test(text))
    return 'explain';
  if (first === 'what' || first === 'whats' || first === 'which') {
    if (
      /^(what|whats|which) (year|date|dates|day|days|month|time)\b/.test(text) &&
      !/(what|which) time (zone|is it)/.test(text)
    )
      return 'when';
    // "What were the dates of the Tianjin summit?", "what's the date of …": its date is asked.
    if (/^(what|whats) ((is|was|are|were|s) )?(the |its |their )?(exact |precise )?(dates?|days)\b/.test(text))
      return 'when';
    if (
      /^(what|which) (city|town|place|country s capital|location)\b/.test(text) &&
      !/(what|which) city (is|was) the (capital|secretariat)/.test(text)
    )
      return 'where';
    if (/^(what|whats) (is |was )?the (number|count|total|size) of\b/.test(text)) return 'howMany';
    return first === 'which' ? 'which' : 'what';
  }
  if (
    /^(tell|explain|describe|walk|summarise|summarize|outline|give|provide|share|supply|brief|elaborate|define|overview|summary|info|information|background|details)\b/.test(
      first,
    ) ||
    // ("sum up the SCO's 2025 in meetings: …")
    (first === 'sum' && second === 'up')
  ) {
    if (/^(tell|give) (me|us) (who|when|where|why|how|what|which)\b/.test(text))
      return latinForm(lang, w.slice(2), asks);
    return 'explain';
  }
  if (/^(list|name|enumerate|show|identify|compare|contrast)\b/.test(first))
    return first === 'compare' || first === 'contrast' ? 'explain' : 'list';
  if (/^(confirm|check|verify)\b/.test(first) || /^fact ?check\b/.test(text)) {
    // ("confirm when his term ends": the question word after it asks.)
    if (/^(who|when|where|what|which)$/.test(second)) return latinForm(lang, w.slice(1), asks);
    // ("confirm the tianjin summit dates", "confirm the city where the Secretariat sits": a thing named to be given, not a
    // statement to hold.)
    const rest = w.slice(2);
    if (
      /^(the|his|her|their|its)$/.test(second) &&
      rest.some((x) => NAMED_THING.test(x)) &&
      !rest.some((x) => CLAUSE.test(x))
    )
      return rest.some((x) => /^(dates?|years?|day)$/.test(x)) ? 'when' : 'what';
    return 'yesno';
  }
  if (
    /^(is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|shall|may|might|isn|aren|wasn|weren|didn|doesn|hasn|haven|won|wouldn|isnt|arent|wasnt|werent|didnt|doesnt|hasnt|havent|wont|wouldnt)$/.test(
      first,
    )
  ) {
    // ("is yermekbayev still SG or has that changed?": the other alternative is the same question put the other way.)
    // (Not "are there still X, or was that changed?": whether they still exist is answered by what there is now.)
    return choice &&
      (/^(is|are) there\b/.test(text) ||
        !/ or (has|have|had|did|does|is|was) (that|it|this|anything|something) (changed|change)\b| or (did|have|has) (we|i|you) miss(ed)? (a|the|any|something|anything)\b/.test(
          text,
        ))
      ? 'choice'
      : 'yesno';
  }
  // "Laos: is it a dialogue partner or a partner?": a topic put first, then the question about "it".
  const aux = w.findIndex(
    (x, i) =>
      i > 0 &&
      i <= 3 &&
      /^(is|are|was|were|does|did|has|have)$/.test(x) &&
      /^(it|they)$/.test(w[i + 1] ?? '') &&
      // ("belarus - when did it join", "… what status did it have": a question word before the auxiliary keeps the form.)
      !w.slice(0, i).some((x) => /^(who|whom|whose|when|where|why|how|what|which)$/.test(x)),
  );
  if (aux > 0) {
    const f = latinForm(lang, w.slice(aux), asks);
    if (f !== 'fragment') return f;
  }
  // "Belarus joined when exactly - at Tianjin right?": a question word in place after its verb asks; the tag checks the
  // answer it offers.
  const inPlace = w.findIndex(
    (x, i) => i > 0 && /^(when|where)$/.test(x) && /^(\w+ed|became|began|took|came|got)$/.test(w[i - 1]!),
  );
  if (tag && inPlace > 0) return latinForm(lang, w.slice(inPlace), asks);
  // Statements with a tag ("the sco has 12 members right?") ask yes or no.
  if (tag) return 'yesno';
  // "Before it became a member, did Belarus hold observer status?": the question after a clause of time put first.
  if (/^(before|after|once|while|although|though)$/.test(first)) {
    const k = w.findIndex(
      (x, i) =>
        i > 2 &&
        /^(is|are|was|were|do|does|did|has|have|had|can|could|will|who|when|where|why|how|what|which)$/.test(x),
    );
    // (Only a clause with a verb of its own: "before sharsheev who led rats" names a time, it opens no clause.)
    if (
      k > 0 &&
      w.slice(1, k).some((x) => /^(became|become|becoming|joined|joining|join|got|entered|was|were)$/.test(x))
    ) {
      const f = latinForm(lang, w.slice(k), asks);
      if (f !== 'fragment') return f;
    }
  }
  // "iran joined when", "egypt joined the sco when?": the question word at the end.
  // ("… the city in which the SCO was founded": a question word after a preposition, before an article or a pronoun,
  // opens a relative clause, not a question; "… at which summit?" asks.)
  const late = w.findIndex(
    (x, i) =>
      /^(who|when|where|why|how|what|which)$/.test(x) &&
      !(
        /^(in|at|on|by|from|during|of|for|to|with|under|after|before)$/.test(w[i - 1] ?? '') &&
        /^(the|a|an|its|this|that|these|those|it|they|he|she|we|i)$/.test(w[i + 1] ?? '')
      ),
  );
  if (late > 0) {
    const rest = w.slice(late);
    const f = latinForm(lang, rest, asks);
    if (f !== 'fragment') return f;
  }
  if (/\b(or not|in or out)\b/.test(text)) return 'yesno';
  // ("CIS observer status for the sco — that happened at tianjin?": what was named, put back as done, asks whether it was.)
  if (
    asks &&
    /(?:^| )(?:that|this|it) (?:happened|took place|was (?:decided|agreed|granted|adopted|announced|approved))\b/.test(
      text,
    ) &&
    !/\b(who|whom|when|where|why|how|what|which)\b/.test(text)
  )
    return 'yesno';
  // ("official langs of the sco — english among them?": a thing put among those just named asks whether it is.)
  if (
    asks &&
    / (?:among|amongst|one of) (?:them|those|these)$/.test(text) &&
    !/\b(who|whom|when|where|why|how|what|which)\b/.test(text)
  )
    return 'yesno';
  // "any link to the SCO?", "egypt — any ties with it?": a clause opened by "any" (after a topic at most) asks yes or no.
  const any = w.indexOf('any');
  if (asks && any >= 0 && any <= 2 && w.length > any + 1) return 'yesno';
  // "US, UK or EU in any sco category at all?": names put "in any" category, without a verb, ask yes or no too.
  if (asks && /\bin any\b/.test(text) && !/\b(who|whom|when|where|why|how|what|which)\b/.test(text)) return 'yesno';
  // "uk? eu? any status w the sco at all": "any … at all", with no question word, asks whether there is one.
  if (/\bany\b.*\bat all$/.test(text) && !/\b(who|whom|when|where|why|how|what|which)\b/.test(text)) return 'yesno';
  // A statement asked ("first time all ten were in the same room?"): not opened by a subordinate clause, a finite verb and a question mark, no question word.
  if (
    asks &&
    w.length >= 4 &&
    !/^(since|because|as|if|given|now|although|though|once|after|before|while|when)$/.test(first) &&
    (w.slice(1).some((x) => /^(is|are|was|were|has|have|had|did|does)$/.test(x)) ||
      // ("sg term can be extended?": a modal put before "be" in the statement.)
      w.slice(1).some((x, i) => /^(can|could|will|would|may|might|must|should)$/.test(x) && w[i + 2] === 'be') ||
      // ("iran joined in 2024 together w belarus?": a verb of the past early in the statement, see pastVerbEarly.)
      // (Not a premise with a question after it: "Laos became a full member, so that's 11 now?")
      (pastVerbEarly(w) && !/\b(so|then|which means|meaning)\b/.test(text)))
  )
    // "capital of Kazakhstan is Astana or Nur-Sultan?": alternatives put in the statement ask which, as "is it A or B" does
    // ("still ten, or did Bishkek change that?": a clause after "or" is the statement put the other way, a yes/no).
    return choice && !/ or (did|does|do|was|were|is|are|has|have|will|would|can|could)\b/.test(` ${text} `)
      ? 'choice'
      : 'yesno';
  // ("sco plus mtg also in bishkek same day?", "india pakistan join same day?": a statement ending on "the same" day or
  // time asks whether it was.)
  if (
    asks &&
    w.length >= 3 &&
    /(?<!\b(?:that|this|these|those)) (?:the )?same (?:day|days|date|week|month|year|time)(?: both| too| as well)?$/.test(
      text,
    ) &&
    !/\b(who|whom|when|where|why|how|what|which)\b/.test(text)
  )
    return 'yesno';
  // "tianjin decl date", "qingdao dmm dates?": a noun phrase ending on its date asks when.
  // ("sco statement on the strikes on iran, early march 2026, exact date?": after a longer topic, the exact date.)
  if (
    ((/ (date|dates)$/.test(text) && w.length <= 6) ||
      (/ (exact|precise) (date|dates|day)$/.test(text) && w.length <= 16)) &&
    !/\b(who|whom|when|where|why|how|what|which)\b/.test(text)
  )
    return 'when';
  return 'fragment';
}

/**
 * "iran joined in 2024 together w belarus?", "2023 summit - india hosted it in delhi?", "dong welcomed counterparts on 26
 * june?": a verb of the past in the second to fourth word, which a statement asked with a question mark puts early. Not one
 * inside a clause of time ("members before iran joined?"), nor a participle that names a kind ("based") or follows its
 * noun ("main documents adopted at Tianjin?").
 */
function pastVerbEarly(w: readonly string[]): boolean {
  // ("sco founded on 16 june 2001?": the organisation's name, read as a filler, leaves the verb first.)
  if (/^(founded|established|created|formed)$/.test(w[0] ?? '') && w.length >= 4) return true;
  return w.slice(1, 4).some((x, i) => {
    if (w.slice(1, i + 1).some((y) => /^(before|after|when|until|since|once|while)$/.test(y))) return false;
    if (
      /^(joined|became|left|signed|hosted|chaired|attended|applied|got|held|founded|met|took|won|lost|went|came|said|told|moved|relocated|shifted|transferred|renamed|expelled|suspended|admitted|appointed|replaced)$/.test(
        x,
      )
    )
      return true;
    return (
      /^[a-z]{3,}ed$/.test(x) &&
      !/^(based|related|called|named|united|limited|linked|led|used|need)$/.test(x) &&
      !/^(at|in|on|by|for|from|to|during|with|under|of|because|since|after|before|so)$/.test(w[i + 2] ?? 'at')
    );
  });
}

function zhForm(t: string, asks: boolean): Form {
  if (/为什么|為什麼|为何|為何|为啥|為啥/.test(t)) return 'why';
  if (/什么时候|何时|何時|哪一?年|几时|什么时间|哪天|哪几天|哪幾天|哪两天|哪兩天|何年|多久以前/.test(t)) return 'when';
  if (/谁|誰/.test(t)) return 'who';
  if (/哪里|哪裡|在哪|哪儿|哪個城市|哪个城市/.test(t)) return 'where';
  if (/多少|几个|幾個|几位|几国|有几/.test(t)) return 'howMany';
  if (/哪些|有哪|都有/.test(t)) return 'list';
  // "有何反应": "what reaction", the literary "what" of a question ("何" alone is also in names).
  if (/有何|何种|何種/.test(t)) return 'what';
  // ("是第几次元首理事会会议？": which in order, asked.)
  if (/第几|第幾/.test(t)) return 'which';
  if (/吗|嗎|是否|是不是|有没有|對嗎|对吗|没有吗|不是吗|吧\s*$/.test(t)) return 'yesno';
  if (/哪个|哪個|哪/.test(t)) return 'which';
  if (/怎么|怎樣|怎样|如何/.test(t)) return 'how';
  if (/介绍|解释|说明|讲讲|概述/.test(t)) return 'explain';
  if (/什么|什麼|啥/.test(t)) return 'what';
  // "听说2025年峰会是在上海开的？": a statement asked back, with no question word, asks yes or no.
  return asks ? 'yesno' : 'fragment';
}

/** A verb of saying, announcing or confirming, then "что": the conjunction "that" ("пишет в отчёте, что …"). */
const SAID_THAT =
  / (заявил|заявила|заявили|заявлял\w*|заявляет|заявляют|сказал|сказала|сказали|объявил|объявила|объявили|объявляет|сообщил|сообщила|сообщили|сообщает|пообещал\w*|обещал\w*|подтвердил\w*|подтверждает|утверждал\w*|утверждает|говорил\w*|говорит|намекнул\w*|пишет|пишут|написал\w*|считает|считают|уверяет)(?: (?:в|во|на|у|по|из|для) \S+)? что /g;

function ruForm(t: string, asks: boolean): Form {
  // "Правда, что …?", "Верно ли, что …?": whether a statement holds.
  if (/^ (это )?(правда|верно|действительно)( ли)? что /.test(t)) return 'yesno';
  // ("председатель на 2025-26 — пакистан, верно? в графике так": a tag asks yes or no, whatever follows it.)
  if (
    /(?<! как) (верно|правильно|не так ли|так ведь|можно в эфир)( |$)/.test(t) ||
    // ("Коллега пишет, что … Это так?": the statement reported, then asked whether it holds.)
    / (это так|так ли это|это правда|правда ли это|это верно|это соответствует действительности) $/.test(t) ||
    // ("Насколько я помню, … Поправьте меня, если ошибаюсь.": a statement from memory, put to be checked.)
    / (поправьте|поправь|исправьте) меня | если (я )?не ошибаюсь /.test(t) ||
    // ("… Подтвердите, пожалуйста, или поправьте.": a statement put to be confirmed or corrected.)
    / (подтвердите|подтверди)( \S+){0,2} (или|либо) (поправьте|поправь|исправьте|опровергните)/.test(t) ||
    (/ (да|так можно) $/.test(t) && asks) ||
    // ("… секретариат ШОС находится в Москве. Так или нет?", "… Пропускаем?": a bare tag after a statement, or an editor's
    // "do we let it through".)
    (/(?<! не| почему| зачем| что) (так|так или нет|да или нет|правда|пропускаем|пропустим|годится|сойдет|сойдёт) $/.test(
      t,
    ) &&
      asks)
  )
    return 'yesno';
  if (/ почему | зачем | по какой причине /.test(t)) return 'why';
  if (/ когда (?!либо |нибудь )| в каком году | с какого года | до какого года | какого числа | с каких пор /.test(t))
    return 'when';
  if (/ кто | кого | кем | чей | чья /.test(t)) return 'who';
  // ("кому Россия передала председательство?": to whom, asked of a handover, is no yes or no.)
  if (/ кому /.test(t)) return 'what';
  // ("… куда писать насчёт форума?": where to, a place asked.)
  if (/ где | в каком городе | куда /.test(t)) return 'where';
  if (/ сколько /.test(t)) return 'howMany';
  if (
    / какие | какой | какая | каков | каковы | какова | каково | какое | каких | которые | каком | какую | какого | какому | какими | каким /.test(
      t,
    )
  )
    return / какие страны | какие государства | перечисл| список /.test(t) ? 'list' : 'which';
  // "на том же саммите, что и Индия?": after a "same", "что и" is "as", no question word.
  // "Пакистан заявил, что примет …?": after a verb of saying, "что" is "that", opening what was said.
  const said = t.replace(SAID_THAT, ' ');
  if (
    / что | чем /.test(
      / (тот|та|то|те|том|той|тем|тех|того|тому) же /.test(said) ? said.replace(/ что и /g, ' ') : said,
    )
  )
    return 'what';
  // ("Саудовская Аравия вступила в ШОС как член?", "… как и Индия": before a role, or "и", "как" is "as", no "how".)
  if (
    / как (?!(?:и|полноправн\S*|новый|новая|новое|новые|полный|полная) |(?:член|наблюдател|партн[её]р|председател|хозя|гост|государств|участник|представител)\S* )/.test(
      t,
    ) ||
    / как (?:полноправн\S*|новый|новая|новое|новые|полный|полная) (?!(?:член|наблюдател|партн[её]р|государств|участник)\S* )/.test(
      t,
    )
  )
    return 'how';
  if (/ расскажи| объясни| опиши/.test(t)) return 'explain';
  if (/ ли | или нет /.test(t)) return / или (?!нет)/.test(t) ? 'choice' : 'yesno';
  // ("саммит в Бишкеке — точная дата?", "… — дата и место?": a field asked of a topic asks for it, not yes or no.)
  if (
    / (дата|даты|точная дата|число|место|места|город|сроки|итоги|название)( и (место|дата|город|время|сроки))?( по (объявлению|плану|данным))? $/.test(
      t,
    )
  )
    return 'fragment';
  if (asks) return / или (?!нет)/.test(t) ? 'choice' : 'yesno';
  return 'fragment';
}

function hiForm(t: string, asks: boolean): Form {
  // A tag ("… था ना?", "… है न?", "… सही है?") asks yes or no.
  // (So does an exam's "सही या गलत?", true or false.)
  // (And "… क्या यह सच है?", is this true, after a statement; and "… दिल्ली में है क्या?", a verb then "क्या".)
  if (
    / (ना|न|सही|सही है|सही है ना) $| सही या (गलत|ग़लत) | सच या झूठ | क्या (यह|ये|यही)( बात)? (सच|सही|ठीक|गलत|ग़लत) (है|था) | (है|हैं|था|थी|थे|गया|गई|गए|हुआ|हुई|किया) क्या /.test(
      t,
    )
  )
    return 'yesno';
  if (/ क्यों /.test(t)) return 'why';
  if (/ कब /.test(t)) return 'when';
  // ("… किन-किन क्षेत्रों पर …", which areas: "किन", the plural of "किस", asks which, doubled a list.)
  if (/ कौन कौन | कौन-कौन | कौन से | कौनसे | किन किन | किन-किन /.test(t)) return 'list';
  if (/ किन (तिथियों|तारीखों|तारीख़ों|दिनों|वर्षों|सालों|महीनों) /.test(t)) return 'when';
  if (/ किन /.test(t)) return 'which';
  // "किस साल" (which year), "किस शहर" (which city), as Urdu's "کس" below; "किसने" is who did it.
  if (/ किस (साल|वर्ष|तारीख|तारीख़|दिन|महीने) /.test(t)) return 'when';
  if (/ किस (शहर|जगह) /.test(t)) return 'where';
  // ("किस शिखर सम्मेलन में", at which summit: "किस" before a noun of a thing asks which.)
  if (/ किस (शिखर|सम्मेलन|बैठक|संगठन|दर्जे|श्रेणी|पद) /.test(t)) return 'which';
  if (/ कौन | किसने | किसके | किस /.test(t)) return 'who';
  if (/ कहाँ | कहां /.test(t)) return 'where';
  if (/ कितने | कितनी | कितना /.test(t)) return 'howMany';
  if (/^ क्या /.test(t)) return / या /.test(t) ? 'choice' : 'yesno';
  if (/ कैसे /.test(t)) return 'how';
  if (/ क्या /.test(t)) return 'what';
  // ("… संस्थापक देशों के नाम बताइए", tell the names of …: a list asked, not an explanation.)
  if (/ के नाम (बताइए|बताइये|बताएं|बताएँ|बताओ|गिनाइए|गिनाओ)/.test(t)) return 'list';
  if (/ बताइए| समझाइए| बताओ/.test(t)) return 'explain';
  // ("ये एससीओ ने तय किया या सिर्फ़ शहबाज़ शरीफ़ ने ऐलान किया?": one thing or the other, asked.)
  if (asks && / या (सिर्फ़|सिर्फ|केवल) /.test(t)) return 'choice';
  return asks ? 'yesno' : 'fragment';
}

function faForm(t: string, asks: boolean): Form {
  if (/ (مگه نه|نه|درسته) $/.test(t)) return 'yesno';
  if (/ چرا | به چه دلیل /.test(t)) return 'why';
  if (
    // ("نصیرزاده کی کشته شد؟": "کی" before a verb of what befell someone, or an appointment, is "when".)
    / چه زمانی | چه سالی | چه تاریخی | کی به | کی عضو | از کی | از چه | در چه سالی | چه وقت | کی تاسیس| کی تأسیس| کی (کشته|درگذشت|فوت|منصوب|انتخاب)/.test(
      t,
    )
  )
    return 'when';
  // ("نشست وزرای دفاع چینگدائو کی بود؟": spoken "کی" is "when" of a meeting or a trip that no office beside it asks who held.)
  if (
    /^ (نشست|اجلاس|جلسه|سفر|اجلاسیه)\S* /.test(t) &&
    / کی (بود|برگزار شد|شد) /.test(t) &&
    !/ (وزیر|دبیرکل|رئیس|ریاست|مدیر|نماینده)/.test(t)
  )
    return 'when';
  // (Spoken Persian: "کیه" who is, "کیان" and "کیا بودن" who are or were they.)
  if (
    / چه کسی | کیست | کی است | کی بود | کی بودند | کی هست | چه کسانی | کیستند | کیه | کیان | کیا (بودن|هستن|بودند|هستند) /.test(
      t,
    )
  )
    return 'who';
  if (/ کجا| در کجا /.test(t)) return 'where';
  if (/ چند | چقدر/.test(t)) return 'howMany';
  if (/ کدامند | چه کشورهایی | کدام کشورها | اعضای .* کدام/.test(t)) return 'list';
  if (/ کدام /.test(t)) return 'which';
  if (/^ آیا /.test(t)) return / یا /.test(t) ? 'choice' : 'yesno';
  if (/ چگونه | چطور /.test(t)) return 'how';
  // (Spoken Persian asks "what" with چی: "درباره چی بود؟", "چی شد؟".)
  if (/ چیست | چه | چی /.test(t)) return 'what';
  // ("آن نشست حضوری بود یا مجازی؟": a verb, then "or" and the other choice in one word; not "… یا بعدا اضافه شد؟",
  // a clause of its own, which asks yes or no of the first.)
  if (asks && / (بود|است|هست|بودند|هستند|بوده) یا \S+ $/.test(t)) return 'choice';
  return asks ? 'yesno' : 'fragment';
}

function urForm(t: string, asks: boolean): Form {
  // A tag ("… ہے نا؟", "… ہے نہ؟") asks yes or no.
  // (So does "… کیا یہ درست ہے؟", is this right, after a statement.)
  // (And "… دہلی میں ہے کیا؟": a verb, then "کیا" at the end, asks yes or no.)
  if (
    / (نا|نہ) $| (درست|صحیح) یا غلط | کیا (یہ|یہی|ایسا)( بات)? (درست|صحیح|سچ|ٹھیک|غلط) (ہے|تھا) | (ہے|ہیں|تھا|تھی|تھے|گیا|گئی|گئے|ہوا|ہوئی) کیا $/.test(
      t,
    )
  )
    return 'yesno';
  if (/ کیوں /.test(t)) return 'why';
  if (/ کب /.test(t)) return 'when';
  if (/ کون کون | کون سے | کن کن /.test(t)) return 'list';
  if (/ کون /.test(t)) return 'who';
  if (/ کہاں /.test(t)) return 'where';
  if (/ کتنے | کتنی | کتنا /.test(t)) return 'howMany';
  // "کس ملک …" (which country), "کس سال" (which year), "کس شہر" (which city); "کس نے" is who did it, and "کس ملک
  // میں" in which country, where.
  if (/ کس نے /.test(t)) return 'who';
  if (/ کس (سال|تاریخ|دن|مہینے) /.test(t)) return 'when';
  if (/ کس (شہر|ملک|جگہ) (میں|سے) /.test(t) || / کس شہر /.test(t)) return 'where';
  // ("… بینک کن شعبوں پر توجہ دے گا؟": "کن", the plural "کس", asks which ones: on which dates, which countries.)
  if (/ کن (سالوں|تاریخوں|دنوں|مہینوں) /.test(t)) return 'when';
  if (/ کن (ممالک|ملکوں) /.test(t)) return 'list';
  if (/ (کس|کن) /.test(t)) return 'which';
  if (/^ کیا /.test(t)) return / یا /.test(t) ? 'choice' : 'yesno';
  if (/ کیسے /.test(t)) return 'how';
  if (/ کیا /.test(t)) return 'what';
  return asks ? 'yesno' : 'fragment';
}
