/**
 * Everyday words that never name a topic: the data not using them says nothing about whether
 * it can answer ("why *wouldn't* India sign", "what was Belousov *doing*", "the same *week*"). Each is a word in
 * its own right, never a slip of a name ("asian" is no misspelt "ASEAN").
 */
export const COMMON = new Set(
  `finance finances financed financing rumour rumours rumor rumors gossip hoax open active counts counted longer shorter remaining chapter chapters section sections focus focused focuses play plays played frame framed move moved moves react reacted respond responded deal dealt handle handled matter stand
  counting held hold holds holding read reads reading say says saying know knows knew known think thinks thought make makes making made do doing done go goes going went gone come comes coming came
  players player actors powers heavyweights economies sense scene hurmatli rahmat salom assalomu alaykum
  native endonym endonyms cyrillic booking booked getroffen
  submit submits submitted submitting submission submissions
  client clients customer customers student students pupil pupils spelled spelt spelling pronounce pronunciation separate
  get gets getting got give gives gave given take takes took taken obtain obtains obtained obtaining gain gains gained receive receives received acquire acquired see sees saw seen seeing look looks looking looked want wants wanted need needs needed find finds
  keep keeps keeping kept hear heard mean means meant tell tells told ask asks asked use uses used using seem seems seemed put puts try tries tried show shows shown
  wouldn couldn shouldn didn doesn isn aren wasn weren hasn haven won don ain let lets happen
  down up out off over back away still really actually exactly quite pretty maybe perhaps probably also too very more most less least already yet soon later
  never always often sometimes again once twice well fine sure right left around about across along through during within without between among
  land lander jahr jahre jahren jahres tag tage zeit frage fragen daten anfang mitte pays pais paises ulke ulkeler ulkesi yil yili
  week weeks month months day days year years time times moment today tonight tomorrow yesterday morning evening night
  thing things stuff way ways side kind sort lot lots bit point case example board hand end beginning middle break place places
  big small large little new same different another whole main major key early late final next last certain particular general specific
  person people man woman someone anyone everyone somebody anybody everybody nobody nothing something anything everything
  tourist visitor visitors swears swore group groups grouping round special milestone jubilee
  again anyway though although however therefore thus hence else instead rather just even only
  good bad better best worse worst great nice cool interesting important able
  missing address even number numbers immediate immediately directly confirmation observe observes observed observing observation
  documented recorded reported proposed finally lastly firstly secondly ought patron patrons horizon sentence sentences himself herself themselves itself
  prove proves proved proving proof word words wording turn turns turned checking mistaken fell
  schreibweise schreibweisen orthographe ortografia grafia gangige gangigen ubliche ublichen
  studies study studied studying
  asia asian asians`.split(/\s+/),
);

/** "Including" in the other scripts: "भारत-पाक समेत", "包括中国在内", "включая Индию". */
export const INCLUDING = /समेत|सहित|سمیت|شامل|از جمله|با احتساب|包括|在内|在內|включая|в том числе/u;

/** A greeting that opens a line ("Good morning.", "Dear colleagues,", "hi"), as a regular-expression source. */
export const GREETING_OPENER = String.raw`(?:good (?:morning|afternoon|evening|day)|hello|hi|dear [^\s,.!]+)[.!,]?\s+`;

/**
 * Whether something is up and working ("set up", "operational", "lending", "up and running", "has its own"), in folded
 * English words. ("does the sco development bank give loans?", "can i apply for a loan at …": lending is being in
 * operation.)
 */
// ("¿ya existe y está operativo?", "existiert sie schon?": in being, in the other languages too.)
export const UP_AND_RUNNING =
  /\b((?:have|has|had|got) (?:its|their) own|set up|established|operational|operating|working|functioning|running|opened|launched|lending|in operation|started work|open (?:yet|now|already|for business)|(?:can|could) (?:countries|members|states|firms|anyone|i|we|you|member states|ministries) (?:borrow|apply)|(?:give|gives|giving|make|makes|grant|grants|issue|issues|offer|offers|provide|provides|disburse|disburses) (?:any )?(?:loans?|credits?|financing|funding)|apply for (?:a |an )?(?:loans?|credits?|financing|funding)|borrow (?:from|money)|(?:a )?real (?:bank|thing|institution|body|fund) (?:yet|now|already)|exists? (?:yet|now|already)|(?:does|do|did) (?:the |an? |this |that )?(?:\w+ ){0,5}exist|existe|existiert|operativ[oa]|operationnel\w*|en funcionamiento|en fonctionnement|in betrieb)\b/;

/** A record that says something was only agreed in principle: not yet in being. */
export const IN_PRINCIPLE = /\bin principle\b/i;

/**
 * "From whom", asking the one a thing was taken over from ("kimden devraldı", "von wem übernommen", "у кого принял"), in
 * folded words (Latin scripts) or as typed (the others).
 */
export const FROM_WHOM = /(?:^| )(?:kimden|von wem|de qui|de quien|de quienes)(?: |$)/;
/**
 * A word that numbers a question in a series, put as a label before a colon at the start of a sentence ("first: …",
 * "पहला: …", "zweitens: …"): it orders the asker's questions and asks nothing of its own. (A space follows the colon:
 * "10:30" is a time.)
 */
export const ENUMERATOR_LABEL =
  /(^|[.?!।？؟]\s*)(?:first|firstly|second|secondly|third|thirdly|finally|lastly|q ?\d+|question \d+|\d{1,2}|pehla|pehli|doosra|dusra|erstens|zweitens|drittens|primero|segundo|tercero|premi[eè]rement|premier|deuxi[eè]mement|deuxi[eè]me|birinci|ikinci|ilk|पहला|पहली|दूसरा|दूसरी|第一|第二|首先|其次|во-первых|во-вторых|первое|второе|اول|دوم|پہلا|دوسرا)\s*[:：](?:\s+|$)/giu;

/**
 * "Before" and "after" put just before a country's name in the scripts that put them there, as typed: "до Кыргызстана",
 * "после Китая", "قبل از قرقیزستان" (the Latin-script languages are read by their words).
 */
export const BEFORE_NAME_SCRIPT = /(?:^|\s)(?:до|перед|قبل از|پیش از)\s+$/u;
export const AFTER_NAME_SCRIPT = /(?:^|\s)(?:после|بعد از)\s+$/u;
export const FROM_WHOM_SCRIPT =
  /у кого|от кого|从谁|从哪个国家|从哪国|किससे|किस से|किस देश से|از چه کسی|از کی|از کدام کشور|کس سے|کس ملک سے/u;

/** What a text's record says it left out, and what it says it named, in the data's English ("the draft left out …"). */
export const TEXT_LEFT_OUT = /\b(left out|leaves out|omitted|omits|excluded|did not mention|no mention of|dropped)\b/i;
export const TEXT_NAMED = /\b(mentioned|mentions|included|includes|referred to|cited|named|condemned)\b/i;

/**
 * Words that set apart what follows from what was named before ("besides the Secretariat", "other than the two members",
 * "the four founders besides China and Russia"), folded.
 */
export const SET_APART = 'besides|except|excluding|apart from|aside from|other than|ausser|sauf|excepto|salvo';
/** The same words last, then "the", before a word ("other than the two members", "besides the Secretariat"). */
export const SET_APART_BEFORE = new RegExp(`(?:^| )(?:${SET_APART})(?: the)?$`);
