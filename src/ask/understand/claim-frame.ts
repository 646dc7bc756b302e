import { latinWords } from '../../base/text.js';

/**
 * A line given to be checked: a statement quoted or reported ("copy line: '…' - fair?", "desk copy says … good to
 * go?", "is it right to say '…'?") with a request to check it. The statement is what is asked, yes or no; the words
 * that say where it comes from ("pasting from our bgr", "my student wrote") name nothing asked.
 */
export interface FramedClaim {
  /** The statement, as typed, without its quote marks. */
  claim: string;
  /** The request to check it ("ok to run", "is that technically ok", "is it right to say"), as typed. */
  tag: string;
  /** Where the statement comes from ("pasting from our bgr", "desk copy says"), as typed; may be empty. */
  frame: string;
  /** What follows the request ("for my slide"), as typed; may be empty. */
  rest: string;
}

// A request to check, in folded words: "ok to run", "is that technically ok", "fair", "good to go", "accurate
// attribution", "can i say that", "fact check pls". ("Anything off there?" asks the other way round: a Yes would mean
// the statement is wrong, so it is left to the reading of the whole line.)
/** "¿Lo corrijo?", "should I fix it?": whether the line put before must be corrected. */
const FIX_THIS =
  '(?:lo|la) (?:corrijo|corregimos|cambio|cambiamos|arreglo)|(?:should|shall|must|do) (?:i|we) (?:fix|correct|change|amend) (?:it|that|this)(?: (?:line|sentence|bit))?';
const TAG =
  // ("that's right, isn't it?": the verb run on to its subject; "Is correct?", its subject left out; "It is true?", in
  // the order of a statement.)
  // ("… — I assume that's fine?": the asker's own guess at the answer, before it.)
  '(?:(?:so|but|and) )?(?:i (?:assume|guess|suppose|presume|trust|take it) )?(?:(?:is|would|was) (?:(?:the|this|that|our|my) (?:line|claim|quote|sentence|statement|wording|attribution|date|year|figure|number|count|name|spelling|place|title)|that|this|it) (?:be )?|(?:that|this|it) (?:s|is) |is )?' +
  '(?:still |technically |factually |strictly |historically |broadly |all |basically )?' +
  // ("… close enough?", "about right?": near enough to stand, asked.)
  '(?:ok|okay|fine|fair|right|correct|accurate|true|legit|good|safe|solid|valid|up to date|betul|close enough|near enough|about right|roughly right|more or less (?:right|correct))' +
  // ("… — good hook for the congratulatory note?", "good angle?": the line's use, asked of whether it holds.)
  // ("… at Ufa in 2015. Right summit?": the detail of the line that is asked about.)
  '(?: (?:pr |news |story )?(?:hook|angle|peg|pitch|headline|opener|summit|year|date|day|place|city|venue|meeting|number|figure|count|spelling|order|term))?' +
  '(?: (?:to (?:go|run|say|use|keep|cite|quote|print|publish|air|post|tweet|write|send|include|leave in|read|teach|tell|attribute)(?: (?:the|my|our) (?:class|students|pupils|kids|readers|listeners|viewers|audience|team))?(?: (?:that|this|it|on air|out)(?: (?:line|sentence|bit|wording|claim|quote))?)?|(?:for|in) (?:the|our|my|a|an|this|that|tomorrow s|today s|tonight s|next week s) \\w+(?: \\w+){0,4}|(?:for|in) (?:january|february|march|april|may|june|july|august|september|october|november|december|next week|next month|tomorrow|tonight)|for (?:print|air|publication|broadcast|the wire|radio|tv|television|podcast)|enough|attribution|framing|wording|right|correct|na|yeah|ke|tak|kah|or not|(?:on|with) (?:the )?(?:numbers|figures|facts|dates|count|counts)|or false|or wrong|or stale|or outdated|or dated|as is|as it is|as written|to (?:print|publish|post|send|air|run|use|keep|write)(?: (?:it|this|that))? like (?:that|this)|that|this|it|isn t it|is it not|wasn t it|innit))*' +
  '(?: that way)?(?: (?:pls|please|plz|here|there))?' +
  // ("… — ok if I just tell the class that?": whether the asker may pass it on as it is.)
  '|(?:ok|okay|fine|alright|all right) if (?:i|we) (?:just )?(?:say|tell|write|use|keep|put|print|run|teach|post)(?: (?:the|my|our) (?:class|students|pupils|kids|readers|listeners|viewers|audience|team))?(?: (?:that|this|it))?' +
  // ("… Can that stay?", "should this stand as written?": whether the line stays as it is.)
  '|(?:can|could|may|should|will) (?:that|this|it) (?:stay|stand|remain)(?: (?:in|as (?:is|it is|written)))?' +
  '|(?:can|could|may) (?:i|we) (?:say|run|use|print|write|keep|cite|air|state|put) (?:that|this|it)(?: (?:line|sentence|claim|wording|quote|bit))?(?: (?:as is|flatly|like that|that way|so))*(?: or (?:is|was) (?:it|that|this) (?:wrong|incorrect|false|off))?' +
  // ("a guest said on air '…' - do we need to run a correction?": whether what was said must be corrected; FIX_ASKED turns
  // its verdict round.)
  '|(?:do|should|must) (?:i|we) (?:need to |have to )?(?:run|issue|print|publish|air|do|make|put out) an? (?:correction|retraction|clarification)|(?:does|do) (?:that|this|it) need an? (?:correction|retraction|clarification)' +
  // ("… — sounds good?", "looks right?": how the line strikes the checker, asked of whether it holds.)
  '|(?:(?:does )?(?:it|that|this) )?(?:sounds?|looks?|reads?) (?:good|right|ok|okay|fine|correct|accurate)' +
  // ("heard there's an SCO anti-drug centre … in Dushanbe?? is that real or a rumour": whether what was heard holds.)
  '|(?:is (?:that|this|it) )?real or (?:a |just a |only a )?(?:rumou?r|myth|fake|hoax)' +
  // ("… Am I remembering correctly?", "can you settle it?", "is it still?": the request from memory or a dispute.)
  '|am i (?:remembering|recalling|recollecting) (?:this |that |it )?(?:correctly|right(?:ly)?)|(?:am i|are we) (?:right|correct|wrong)|(?:do|did) i (?:have|get|remember) (?:that|this|it) (?:right|correctly)|have i got (?:that|this|it) right|(?:can|could) (?:you|u) settle (?:it|this|that|the (?:matter|question|argument|bet))|correct me if i m wrong|(?:but )?is (?:it|that|this) still(?: so| the case| true)?' +
  // ("… Pourriez-vous me le confirmer ?", "Können Sie das bestätigen?", "¿Me lo puede confirmar?": in the asker's language.)
  '|(?:pourriez|pouvez) vous (?:me )?(?:le |l )?confirmer|(?:tu )?(?:peux|pourrais) tu (?:me )?(?:le |l )?confirmer|(?:konnen|konnten) sie (?:mir )?(?:das|dies) bestatigen|(?:kannst|konntest) du (?:mir )?(?:das|dies) bestatigen|(?:me )?(?:lo )?(?:puede|puedes|podria|podrias) (?:usted )?(?:me )?confirmar(?:lo)?' +
  // ("'… the joint declaration in Qingdao' — is 'declaration' the right word?": a word of the line put to check.)
  '|(?:is|was) \\w+(?: \\w+)? the (?:right|correct|proper|accurate) (?:word|term|wording|name|description)' +
  // ("… said the US is an SCO observer. is that a thing?", "anything to it?": whether there is anything in it.)
  '|is (?:that|this|it) (?:even )?a thing|(?:is there )?(?:anything|any truth|something) (?:to|in) (?:it|that|this)' +
  // ("'…' the sub says fine, i'm not sure": someone's say-so the asker doubts.)
  '|(?:the |my |our )?(?:sub|subs|subeditor|sub editor|editor|desk|boss|producer|chief|anchor) (?:says|thinks|said) (?:it s |its )?(?:fine|ok|okay|right|correct|good)(?: (?:but )?(?:i m not sure|not sure|i doubt it))?' +
  // ("'…' — keep?", "— holds?": the request in one word.)
  '|keep(?: (?:it|that|this))?(?: as is)?(?: in (?:the|our|my) \\w+(?: \\w+)?)?|(?:still )?holds?(?: up)?' +
  // ("… — does that hold?")
  '|(?:does|do|would|will) (?:that|this|it) (?:still )?hold(?: up)?' +
  // ("Pakistan is hosting the 2027 summit - is this confirmed officially by the SCO?": whether it is settled.)
  '|(?:is|has) (?:that|this|it) (?:been )?(?:officially )?confirmed(?: officially)?(?: by (?:the )?(?:sco|organi[sz]ation|secretariat))?' +
  // ("« … ». C'est juste ?", "„…“ Stimmt das noch?", "'…' ¿está bien?": the request in the asker's language.)
  '|c est (?:juste|correct|vrai|exact|bon)|est ce (?:juste|correct|vrai|exact|bien ca)|(?:stimmt|passt) das(?: noch| so)?|trifft (?:das|dies|es) (?:so )?zu|ist (?:das|dies) zutreffend|(?:kann|darf|konnen|durfen) (?:das|der satz|die zeile) (?:so )?(?:raus|rausgehen|bleiben|stehen(?: bleiben)?)|(?:kann|darf|konnen|durfen) (?:ich|wir) (?:das|den satz|die zeile|die meldung) (?:so )?(?:senden|schicken|bringen|drucken|verwenden|nehmen|schreiben)|geht das so(?: raus| durch)?|ist das (?:richtig|korrekt|so)|(?:korrekt|richtig|stimmts|stimmt doch)(?: oder)?|(?:esta|es) (?:bien|correcto|cierto)(?: (?:asi|tal cual|tal como esta))?|asi esta bien|(?:c est|est ce) (?:bon|juste|correct) comme ca|dogru mu|(?:bu )?dogru mu' +
  // ("En un folleto pone que … ¿Lo corrijo?", "should I fix it?": whether the line must be corrected, which asks whether it
  // holds.)
  `|${FIX_THIS}` +
  // ("'…' — lo puedo mandar así?", "je peux l'envoyer comme ça ?": whether the line can go out as it is.)
  '|(?:lo |la )?(?:puedo|podemos) (?:mandar|enviar|publicar|poner|usar|dejar|sacar)(?:lo|la)?(?: (?:asi|tal cual|tal como esta))?|(?:je|on) (?:peux|peut|pourrait) (?:l )?(?:envoyer|publier|mettre|garder|utiliser)(?: (?:comme ca|tel quel|tel|ainsi))?' +
  // ("'…' — correct the stmt", "true or false?": an exam's request to check.)
  '|(?:pls |please )?correct (?:the|this|my) (?:stmt|statement|sentence|line)(?: (?:if (?:wrong|needed)|pls|please))?|true or false|(?:right|correct) or wrong|fact or myth' +
  // ("… Is everything in it correct?", "Can I leave this as it is?", "Should I keep it?": the whole line checked, or kept as
  // written.)
  '|is (?:everything|all|it all|all of it) (?:in (?:it|this|that|there) )?(?:correct|right|accurate|ok|okay|fine|true)|(?:can|could|may|should|shall) (?:i|we) (?:leave|keep) (?:it|this|that)(?: (?:as it is|as is|like that|unchanged|in))?' +
  // ("'…' — keep or cut?": whether the line stays.)
  '|(?:keep|cut|drop|kill|change|fix) (?:it )?or (?:keep|cut|drop|kill|change|fix)(?: it)?' +
  // ("Can you confirm that, so I can keep the sentence as it is?": what the check is for may follow it.)
  '|(?:(?:can|could|would|will) (?:you|u) )?(?:(?:please|pls|plz) )?(?:fact ?check|verify|confirm|double check|check)(?: (?:pls|please|plz|this|that|it|me|for me|na|naa|karo|kar do|kardo|karein|karen|kren|kijiye|kijie|krdo|kar lo|kro|kr do))*' +
  // ("Could you confirm this reference before I submit the chapter?": what is checked, named after "this".)
  '(?: (?:reference|citation|line|sentence|claim|quote|wording|detail|details))?' +
  // ("Could you confirm that this is accurate?": how the statement stands, said after the request.)
  '(?: (?:is|was) (?:still )?(?:accurate|correct|right|true|ok|okay|fine))?(?: (?:so|before|for|as|because) .*)?' +
  // ("city + date check pls": what to check, named before the request.)
  '|(?:(?:city|date|dates|year|name|names|spelling|number|numbers|figure|figures|fact|facts|place|title|host) ){1,3}(?:fact ?check|check|verify|confirm)(?: (?:pls|please|plz))?';

/** A remark that is a question of its own ("did the declaration mention it at all?") is no remark on a source. */
const QUESTION_START =
  /^(?:who|what|when|where|which|why|how|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|kya|kab|kahan|kaun|kitne)\b/;

/** A statement's verb put back as a question ("was it?", "did it really?"). */
const VERB_BACK = /^(?:was|is|were|are|did|does|has|had) (?:it|he|she|they|that)(?: (?:really|actually|though|now))?$/;

/** How strictly the check is asked, before or after it ("c'est exact, à proprement parler ?", "strictly speaking, correct?"). */
// ("'…' — still true as of december 2026?": the time the check is asked of, which the question keeps.)
const STRICTLY =
  '(?:strictly speaking|technically speaking|as of (?:today|now)|(?:as of|as at|in) (?:(?:january|february|march|april|may|june|july|august|september|october|november|december)(?: \\d{4})?|\\d{4})|a proprement parler|strictement parlant|estrictamente hablando|en sentido estricto|streng genommen|genau genommen)';

/** "… is that right, or should I fix it?", "It's correct or I have to change?": the other way the check could go, which asks nothing of its own. */
const OR_FIX =
  '(?:or (?:should|shall|must|do) (?:i|we) (?:fix|change|correct|update|amend|edit|cut|rewrite|redo) (?:it|that|this)(?: (?:line|sentence|bit|slide))?|or (?:does|do|would|will) (?:it|that|this) need (?:fixing|changing|correcting|a fix|an update|updating|a correction)|or (?:do )?(?:i|we) (?:have|need) to (?:fix|change|correct|update|amend|edit|cut|rewrite|redo)(?: (?:it|that|this))?)';

/** A whole part that is a request to check ("can u confirm", "ok to keep?", "fair?"). */
export const WHOLE_TAG = new RegExp(`^(?:${STRICTLY} )?(?:${TAG})(?: ${STRICTLY})?(?: ${OR_FIX})?$`);
/** A question's words that end in a request to check ("… 1996 ok to run"). */
export const CHECK_TAG_END = new RegExp(`(?:^| )(?:${STRICTLY} )?(?:${TAG})(?: ${STRICTLY})?(?: ${OR_FIX})?$`);

/** "anything off?", "is anything wrong there?": a check of the statement before it, put the other way round. */
export const ANYTHING_OFF =
  /^(is there |is )?(anything|something|any (errors?|mistakes?|problems?|issues?)) (off|wrong|incorrect|inaccurate|amiss|to fix|to correct)?( (here|there|in (it|this|that)|with (it|this|that)))?$/;

/**
 * "… do we need to run a correction?", "does it need a correction?": whether the line must be corrected, asked as a check
 * of it; its yes is the line's no.
 * (Not "is that right, or should I fix it?": there the fix is the other way the check could go.)
 */
export const FIX_ASKED = new RegExp(
  `\\b(?:(?:do|should|must) (?:i|we) (?:need to |have to )?(?:run|issue|print|publish|air|do|make|put out)|(?:does|do) (?:that|this|it) need) an? (?:correction|retraction|clarification)$|(?<!\\b(?:or|o) )\\b(?:${FIX_THIS})$`,
);

/** "is it right to say", "can I write that", put before the statement. */
const PREFIX_TAG =
  /^(?:(?:is|would) it (?:be )?(?:ok|okay|right|correct|accurate|fair|fine|safe) to (?:say|write|claim|state|print|put)|(?:can|could|may) (?:i|we) (?:say|write|claim|state|print|put)|(?:pls |please )?correct (?:the|this) (?:stmt|statement|sentence|line)|true or false|fact or myth)(?: that)?$/;

/** "can I say (that) …", "is it ok to write …": a request to check put before a statement that has no quote marks. */
const UNQUOTED_PREFIX =
  /^\s*((?:(?:is|would) it (?:be )?(?:ok|okay|right|correct|accurate|fair|fine|safe) to (?:say|write|claim|state)|(?:can|could|may) (?:i|we) (?:say|write|claim|state))(?: that)?)\s+([^?!;]+\??)\s*$/i;

/**
 * A label that asks for a check, put before a quoted statement ("Checking a line:", "fact check:", "verify this:", "Draft
 * line, pls check:", "true or false for my quiz:").
 */
const CHECK_LABEL =
  /^(?:(?:just |quick |please |pls |can you |could you )?(?:checking|check|fact ?checking|fact ?check|verify|verifying|confirm)(?: (?:a|this|the|our|my|one))?(?: (?:line|sentence|claim|quote|statement|fact|bit|caption|headline|copy))?(?: (?:from|in|for) (?:our|my|the|a|this) \w+(?: \w+)?)?(?: (?:pls|please))?)$|^(?:(?:quick |just )?(?:check|checking|review)(?: on)? )?(?:a |this |the |our |my |one )?(?:draft )?(?:line|sentence|claim|quote|caption|headline|copy) (?:to (?:check|verify|review)|for (?:review|checking|a check))$|^(?:(?:quick |just )?(?:check|checking)(?: on)? )?(?:a |this |the |our |my |one )?draft (?:line|sentence|caption|headline|copy)$|^(?:a |this |the |our |my |one )?(?:draft )?(?:line|sentence|claim|quote|caption|headline|copy) (?:pls |please |plz |kindly )?(?:check|verify|fact ?check|confirm)(?: (?:pls|please|plz|it|this))?$|^(?:quick )?(?:true or false|right or wrong|correct or not|fact or fiction)(?: (?:for|in|from) (?:our|my|the|a|this) \w+(?: \w+)?)?$/;

/** When the check is needed by, after the request ("… before it goes to print", "… before we air"). */
const NEEDED_BY = / (?:before|so) (?:i|we|it) .*$/;

/** A label that ends in a request to correct what follows ("Below is our draft sentence, please correct if wrong:"). */
const CORRECT_IF_WRONG =
  /(?:^| )(?:please |pls |kindly )?(?:correct|fix|check|verify|fact ?check)(?: (?:it|this|that|me))?(?: (?:if|where) (?:wrong|needed|necessary|incorrect|it s wrong|anything s wrong|off))$/;

/** An exam's request to check a statement: "correct the stmt", "true or false". */
const EXAM_TAG =
  /^(?:(?:pls|please) )?correct (?:the|this|my) |^(?:true or false|(?:right|correct) or wrong|fact or myth)\b/;

/** A request to check that is about using the words: "good to go", "ok to run", "can I say that". */
const USING = /\b(?:go|run|say|use|print|publish|air|post|tweet|write|cite|quote|send|keep|cut|teach|tell)\b/;

/** The first word of a source that is the asker's own or a text's, not a body of the SCO ("my notes", "slide", "a post"). */
const OWN_SOURCE =
  /^(my|our|this|that|a|an|one|some|ein|eine|unser|unsere|mein|meine|un|une|una|notre|nos|mon|ma|nuestro|nuestra|mi|someone|somebody|everyone|people|slide|slides|notes|copy|draft|textbook|book|article|post|tweet|site|website|handout|lecture|teacher|student|prof|professor|wiki|wikipedia|desk|editor|script|doc|memo|viral|social|tv|news|online|thread|reddit|facebook|telegram|whatsapp|reporter|colleague|outlet|paper|newspaper|graphic|caption|headline|wire|agency|blog|podcast|video|youtube|rival|another|other)$/;

/**
 * A text or a person a statement is read from, anywhere before its verb ("a 2018 article I am checking calls …", "in
 * einem Handbuch von 2019 steht …", "un ouvrage que je catalogue affirme …", "quiz card says …").
 */
const SOURCE_NOUN =
  /^(?:article|articles|account|accounts|history|handbook|handbuch|book|buch|textbook|lehrbuch|guide|libguide|card|cards|quiz|quizmaster|player|report|bericht|entry|chapter|encyclopedia|brochure|leaflet|poster|slide|notes|notice|ouvrage|livre|manuel|rapport|fiche|libro|articulo|informe|manual|ficha|kitap|makale|kart|kartta|rapor|chronology|timeline|deck|summary|abstract|catalog|catalogue|record|source|website|site|page|wiki|wikipedia|post|tweet|thread|explainer|caption|headline|stringer|correspondent|friend|cousin|classmate|teacher|sir|mate|team|opponent|someone|somebody|note|memo|draft|entwurf|vermerk|[a-z]*notiz|brouillon|borrador|email|e mail|mail|letter|reader|listener|viewer|caller|message|comment|forward|colleague|editor|producer|client|professor|lecturer|student|tourist|tourists|guest|guests|visitor|visitors)$/;

/** A reporting verb in any of the Latin-script languages, as folded ("says", "steht", "affirme", "dice", "yaziyor"). */
const REPORTING_VERB =
  /^(?:says|said|swears|swore|insists|insisted|writes|wrote|claims|claimed|states|stated|calls|called|lists|listed|describes|described|puts|has|reads|records|recorded|gives|steht|stand|schreibt|schrieb|behauptet|heisst|nennt|affirme|indique|dit|ecrit|pretend|presente|dice|dijo|afirma|indica|senala|escribe|llama|yaziyor|diyor|yazilmis)$/;

/** Where a reported statement comes from, ending in its verb ("desk copy says", "my student wrote"). */
const REPORTING =
  /^(?:[a-z]+ ){0,4}(?:say|says|said|writes|wrote|claims|claimed|reads|states|stated|has it|swears|swore|insists|insisted)(?: that)?$/;

// Quote marks that open and close a statement; a straight apostrophe only at word edges ("India's" is no quote).
const QUOTED = /(^|[\s:(])(["“„«‘']|'')(.+?)(["”“»’']|'')(?=$|[\s.,;:!?)…\-–—])/u;

const folded = (text: string) => latinWords(text).join(' ');

/** The statement and its request to check, or undefined when the line is not a statement given to be checked. */
export function framedClaim(text: string): FramedClaim | undefined {
  // A line is asked for once to decline it and again to cut it into segments: the last answer is kept.
  if (text === last.text) return last.found;
  const found = framedClaimAnew(text);
  last = { text, found };
  return found;
}

let last: { text: string; found: FramedClaim | undefined } = { text: '', found: undefined };

function framedClaimAnew(text: string): FramedClaim | undefined {
  const q = QUOTED.exec(text);
  if (q) {
    const claim = q[3]!.replace(/[.…]+$/, '').trim();
    const before = text.slice(0, q.index + q[1]!.length).replace(/[\s:,\-–—]+$/, '');
    const after = text.slice(q.index + q[0].length);
    const head = /^[\s.,;:!?…\-–—]*([^.?!;]*)([.?!;]*)(.*)$/su.exec(after)!;
    if (
      latinWords(claim).length >= 3 &&
      (WHOLE_TAG.test(folded(head[1]!)) || ANYTHING_OFF.test(folded(head[1]!))) &&
      folded(head[1]!) !== ''
    ) {
      // ("… calls Turkey "an SCO member state"": a quote that ends a reported statement takes the subject, a word or two, before it.)
      const whole = reportedBySource(`${before} ${claim}`);
      const subject = whole?.claim.endsWith(claim) ? latinWords(whole.claim).length - latinWords(claim).length : 0;
      // ("producer says bishkek summit is 'coming up next month'": a subject and its verb, up to four words.)
      if (whole && subject >= 1 && subject <= 4)
        return { claim: whole.claim, tag: head[1]!.trim(), frame: whole.frame, rest: head[3]!.trim() };
      return { claim, tag: head[1]!.trim(), frame: before, rest: head[3]!.trim() };
    }
    // ("'USA has observer status' - viral whatsapp forward. true?", "'…' — seen in an op-ed, check karo": a remark on
    // where the statement was seen, then the request; the remark is where it comes from.)
    // (Only a quote that stands alone, after at most a short label: not "my source says RATS was renamed into the
    // '…' at Tianjin. correct?", where the quote ends a statement and the words after it are that statement's.)
    const label = before === '' || latinWords(before).length <= 3 || /[:\-–—]$/.test(text.slice(0, q.index).trim());
    if (latinWords(claim).length >= 3 && label) {
      const parts = after.split(/[.?!;,]+|\s[-–—]+\s|^\s*[-–—]+\s*/u).map((x) => x.trim());
      // ("'…' anything off?": a check the other way round frames the statement too; it asks no yes or no of its own.)
      const at = parts.findIndex(
        (x) => (WHOLE_TAG.test(folded(x)) || ANYTHING_OFF.test(folded(x))) && folded(x) !== '',
      );
      const remarks = parts.slice(0, Math.max(at, 0)).filter((x) => x !== '');
      if (
        at > 0 &&
        remarks.length <= 2 &&
        remarks.every((x) => latinWords(x).length <= 12 && !QUESTION_START.test(folded(x))) &&
        parts.slice(at + 1).every((x) => folded(x) === '')
      )
        return { claim, tag: parts[at]!, frame: [before, ...remarks].filter((x) => x !== '').join(' '), rest: '' };
    }
    if (latinWords(claim).length >= 3 && PREFIX_TAG.test(folded(before)))
      return { claim, tag: before, frame: '', rest: after.replace(/^[\s.,;:!?…\-–—]+/, '').trim() };
    // ("Checking a line: 'The 2023 SCO summit was hosted by Kazakhstan in Astana.'": a label that asks the check, then
    // the quote and nothing more; it asks what "…, right?" asks.)
    if (
      latinWords(claim).length >= 3 &&
      // ("draft line from a colleague, pls check: '…'": the request after what the line is, put first.)
      // ("pls verify this line before it goes to print: '…'": when it is needed by adds nothing to the request.)
      (CHECK_LABEL.test(folded(before).replace(NEEDED_BY, '')) ||
        CHECK_LABEL.test(folded(before.split(/[,;]/).at(-1) ?? '')) ||
        CORRECT_IF_WRONG.test(folded(before))) &&
      folded(after) === ''
    )
      return { claim, tag: 'right', frame: '', rest: '' };
    // ("A 2018 article calls Turkey "an SCO member state". Is that accurate?", "… affirme que l'OCS « compte huit
    // membres ». Est-ce exact ?": the quote is the end of a reported statement; the statement, without its marks, is read.)
    const unquoted = `${text.slice(0, q.index + q[1]!.length)}${q[3]}${text.slice(q.index + q[0].length)}`;
    return unquoted !== text ? framedClaimAnew(unquoted) : undefined;
  }
  // "can i say türkiye has been an observer since 2012?": the request before the statement, with no quote marks.
  const p = UNQUOTED_PREFIX.exec(text);
  // (It asks what "…, right?" asks: the request reads as that tag.)
  if (p && latinWords(p[2]!).length >= 3)
    return { claim: p[2]!.replace(/[?!.…]+$/, '').trim(), tag: 'right', frame: '', rest: '' };
  // "desk copy says india joined at ufa in 2015. good to go?": a reported statement, then the request.
  const m = /^([^.?!;:]+?)[\s,]*([.?!;]+|\s[-–—]\s)\s*([^.?!;]+?)\s*([.?!;]+)?\s*$/su.exec(text);
  if (!m) return undefined;
  // ("a history account says Uzbekistan was one of the original Shanghai Five. was it?": after a statement reported from
  // a source, its own verb put back as a question asks whether it holds.)
  if (VERB_BACK.test(folded(m[3]!))) {
    const source = reportedBySource(m[1]!);
    return source ? { ...source, tag: 'right', rest: '' } : undefined;
  }
  if (!WHOLE_TAG.test(folded(m[3]!))) return undefined;
  const reported = reportedBySource(m[1]!) ?? accordingTo(m[1]!);
  if (reported) return { ...reported, tag: m[3]!.trim(), rest: '' };
  const said = folded(m[1]!).split(' ');
  // (Only a request to use the words as one's own, or words the asker's own notes or a source of theirs holds: after
  // "the charter says …, right?" the charter is what is asked.)
  // (An exam's "correct the stmt" or "true or false" puts the asker's own statement.)
  if (EXAM_TAG.test(folded(m[3]!)) && latinWords(m[1]!).length >= 3)
    return { claim: m[1]!.trim(), tag: m[3]!.trim(), frame: '', rest: '' };
  if (!USING.test(folded(m[3]!)) && !OWN_SOURCE.test(said[0] ?? '')) return undefined;
  for (let i = 1; i < Math.min(said.length, 7); i++) {
    if (!REPORTING.test(said.slice(0, i).join(' '))) continue;
    const words = m[1]!.trim().split(/\s+/);
    // The typed words that fold to the frame's i words ("the SCO's" folds to three: the claim after it keeps its own).
    let n = 0;
    for (let k = 0; k < i && n < words.length; n++) k += latinWords(words[n]!).length;
    if (latinWords(words.slice(0, n).join(' ')).length !== i || said.length - i < 3) return undefined;
    return { claim: words.slice(n).join(' '), tag: m[3]!.trim(), frame: words.slice(0, n).join(' '), rest: '' };
  }
  return undefined;
}

/**
 * A statement reported from a text or a person named before its verb, in any Latin-script language ("In einem Handbuch
 * von 2019 steht, Englisch sei …", "a 2018 article I am checking calls Turkey an SCO member state"): the words after
 * the verb are the statement, those up to it where it comes from.
 */
/**
 * "Laut unserem Vermerk ist …", "selon notre note …", "according to our memo …": a statement put as what a source of the
 * asker's holds, with no verb of saying.
 */
function accordingTo(typed: string): { claim: string; frame: string } | undefined {
  const m = ACCORDING.exec(typed.trim());
  if (!m) return undefined;
  const words = m[2]!.split(/\s+/);
  // (The source's noun is its first or second word: "unserem Vermerk", "our client note".)
  for (const n of [1, 2]) {
    if (!SOURCE_NOUN.test(latinWords(words[n - 1] ?? '')[0] ?? '')) continue;
    const claim = words
      .slice(n)
      .join(' ')
      .replace(/^[,:\s]+/, '');
    if (latinWords(claim).length < 3) return undefined;
    return { claim, frame: `${m[1]} ${words.slice(0, n).join(' ')}` };
  }
  return undefined;
}

const ACCORDING =
  /^((?:laut|gem(?:ä|a)(?:ß|ss)|selon|seg[uú]n|according to|per)(?:\s+(?:unserem|unserer|unseren|dem|der|einem|einer|notre|nos|la|le|les|un|une|nuestra|nuestro|el|our|my|the|a|their))?)\s+(.+)$/iu;

function reportedBySource(typed: string): { claim: string; frame: string } | undefined {
  const words = typed.trim().split(/\s+/);
  const first = words.map((w) => latinWords(w)[0] ?? '');
  for (let i = 1; i < Math.min(words.length - 2, 14); i++) {
    if (!REPORTING_VERB.test(first[i]!)) continue;
    if (!first.slice(0, i).some((w) => SOURCE_NOUN.test(w)) && !OWN_SOURCE.test(first[0]!)) return undefined;
    // ("… steht, Englisch sei …", "… affirme que …", "… says that …": the joining word is no part of the statement.)
    const rest = words.slice(i + 1);
    if (/^(?:that|dass|que|qu|,)$/.test(latinWords(rest[0]!)[0] ?? ',') && !/^qu['’]/i.test(rest[0]!)) rest.shift();
    const claim = rest
      .join(' ')
      .replace(/^[,:\s]+/, '')
      .replace(/^qu['’]/i, '');
    if (latinWords(claim).length < 3) return undefined;
    return {
      claim,
      frame: words
        .slice(0, i + 1)
        .join(' ')
        .replace(/,$/, ''),
    };
  }
  return undefined;
}
