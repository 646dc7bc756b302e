/** Words that carry no topic in the Latin-script languages asked in (folded: no accents). */
export const STOPWORDS = new Set(
  `a an the of to in on at for and or is are was were be been being do does did has have had can could would should will shall may might must
  i me my we our you your he she it its they them their this that these those there here what which who whom whose when where why how
  with without from by as about into over under after before than then so if not no yes any some all each every also just only
  anything something everything nothing
  sco shanghai cooperation organisation organization org orgs entities entity s t tell please know want like get let give show say said
  country countries nation nations state states much many more most very really currently now today still ever yet again
  hey hi hello salam salaam assalamualaikum namaste kumusta howzit sahib sahab yara yaar jaan bot thanks thank pls plz ok okay um uh one ones part its im ive id dont doesnt didnt isnt arent wasnt werent whether
  whats whos wheres hows thats theres lets u ur r yo q quick question questions answer help mean means meant does
  wher whre wehre waht wht wat whn wen hwo hw whcih wich whitch
  mark marks marked marking celebrate celebrates celebrated celebrating commemorate commemorated commemorating
  think reckon suppose believe glaubst meinst denkst weisst glauben meinen denken crees piensas sabes crois penses pensez croyez sais savez sence sizce
  briefly quickly shortly simply roughly kurz kurze kurzem bitte mal brevemente rapidamente brievement rapidement kisaca kisa
  exactly exactement exactamente exakt precisement precisamente tam
  realidad realmente vraiment wirklich aslinda gercekte referat forward forwards forwarded
  monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag samstag sonntag
  lunes martes miercoles jueves viernes sabado domingo lundi mardi mercredi jeudi vendredi samedi dimanche
  fecha fechas datum daten tarih tarihi tarihte tarihleri zaman
  briefing briefings flashcard flashcards handout handouts footnote footnotes lede seminar slide slides memo newsletter podcast deck bullet bullets bulleted
  jeweils der die das den dem des ein eine einen einem einer ist sind war waren wer wann wie was wo warum welche welcher welches und oder nicht
  mit von zu zur zum im am auf fur aus bei nach seit vor es sie er wir ihr sich hat haben wurde wurden gibt noch auch schon
  sein seine seiner seinen seinem seines ihre ihrer ihren ihrem ihres
  nochmal nochmals eigentlich denn genau doch halt eben wieder ja uberhaupt innehatte innehat innehaben innehatten zuletzt dazugehort dazugehoren erklare kannst konnen konntest kannst mir uns neuling anfanger
  uber bekannt inzwischen mittlerweile wirklich tatsachlich geplant geplante geplanten lautet nur bisher jetzt
  unser unsere unserem unseren unserer steht stehen dass stimmt arbeitsblatt referat plakat faktencheck aufnahme folge skript sendung fand statt findet stattfand stattfindet kollege kollegin kollegen behauptet behauptete
  yeah yep yup nah
  pasan pasas pasame porfa porfis oye grafismo grafico rotulo rotulos infografia grafik grafiken schreibweise schreibung
  mira miren oiga algo vale bueno pues entonces sea tipo claro nada siempre asi aqui
  principal principales importante importantes alli ahi alla dort
  el la los las lo un una unos unas es son fue fueron esta estan estaba quien quienes cuando donde por que cual cuales como y o no de del al en con para se su sus
  mais donc alors le les du des une est sont etait qui quand ou pourquoi quel quelle quels quelles comment et pas ne au aux dans pour par sur ce cette il elle quoi ca deja encore donc nous vous on dit cours
  bir ve ile mi mu midir mudur misin misiniz musun musunuz ne kim nerede hangi kac nasil icin bu su o da de mi hakkinda konusunda kadar gibi yonelik karsi oldu olan nin nun in un olarak nedir neydi nelerdir nelerdi neler neresi neresiydi kimdi kimdir`.split(
    /\s+/,
  ),
);

/**
 * Function words and question words of the languages written in other scripts: what is left of
 * a question once its cues, names and these are taken out is a word the engine does not know.
 */
export const SCRIPT_STOPWORDS: Record<'zh' | 'ru' | 'hi' | 'fa' | 'ur', readonly string[]> = {
  zh: '重要 主要 算出来 怎么算 什么时候 为什么 什么 哪里 哪些 哪个 多少 怎么 如何 何时 现在 目前 请问 是否 的 是 吗 呢 了 在 有 和 与 及 哪 谁 几 个 请 问 这 那 它 其 年 月 日 都 也 还 被 把 对 从 到 能 吧 啊 上 中 多 大 给 说 告诉 我 你 他 她 们 一 多少个 国家 关于 主要 具体 到底'.split(
    ' ',
  ),
  ru: 'главные главный главная главное главных основные основных важные важных без кроме этом этот эта это этой коротко кратко вкратце подкаста подкаст пожалуйста она оно они него неё нее них ему такое такая такой такие тот та те каков какова каково каковы какой какая какое какие кто что когда где куда сколько почему зачем как ли и в во на с со по из у о об это этот эта был была было были есть является являются а или не до после для году год года годах сейчас теперь мне скажи скажите расскажи расскажите подскажи подскажите напомни напомните заодно пожалуйста же ведь разве неужели вообще бы от к за при между также ещё еще уже всего всех вся весь его ее её их страна страны стран странах странами государство государства государств организация организации'.split(
    ' ',
  ),
  hi: 'किन का की के है हैं था थी थे में से को ने और या क्या कब कौन कहाँ कहां कितने कितना कितनी क्यों कैसे किस किसने किसको यह वह इस उस पर भी तक लिए एक साल वर्ष होगा हुआ हुई हुए रहा रही रहे अभी कृपया बताइए बताओ बताएं मुझे आप हम वे उन्होंने उसने किसकी कोई कुछ अब देश देशों संगठन उसका उसके उसकी उसे उन्हें उनका उनके उनकी भाई भैया यार दोस्त जी ज़रा जरा प्लीज'.split(
    ' ',
  ),
  fa: 'دارن داره هستن میشه میشن میکنن می‌کنن کنن چیست چیه دقیقا دقیق تاریخ تاریخی روزی بعدا بعداً برگزار است هست بود بودند در به از با و یا را که چه چی چند چقدر کی کجا کجاست کدام کدامند کیست چرا چگونه آیا این آن سال های ها می شد شده ای هم تا برای اکنون حالا لطفا بگو بگویید من شما او آنها یک دارد دارند کرد کردند کشور کشورها کشورهای سازمان براش برایش بهش ازش باهاش براشون بهشون ازشون افتاد افتاده درباره دربارهٔ مورد'.split(
    ' ',
  ),
  ur: 'کا کی کے ہے ہیں تھا تھی تھے میں سے کو نے اور یا کیا کب کون کہاں کتنے کتنا کتنی کیوں کیسے یہ وہ اس پر بھی تک لیے ایک سال ہوا ہوئی ہو گا گی گے اب براہ کرم بتائیں مجھے آپ ہم انہوں کس کوئی کچھ ملک ممالک تنظیم اسے انہیں ان والا والی والے بھائی یار جی ذرا پلیز'.split(
    ' ',
  ),
};

/**
 * "wich country joined in 2024", "waht is the sco", "wher is the secretariat": a question word mistyped is the word (only
 * slips no other word is spelt as).
 */
export const WH_SLIPS: Record<string, string> = {
  wich: 'which',
  whcih: 'which',
  whitch: 'which',
  whihc: 'which',
  waht: 'what',
  wht: 'what',
  whta: 'what',
  wher: 'where',
  whre: 'where',
  wehre: 'where',
  whn: 'when',
  wehn: 'when',
  hwo: 'who',
};
