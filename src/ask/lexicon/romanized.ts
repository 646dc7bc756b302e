/**
 * Hindi and Urdu typed in Latin letters ("sco ka secretariat kahan hai?", "qingdao mein pakistan ke wazir e difa kaun
 * thay?"): their question and function words, as the English the engine reads. Vocabulary, not facts.
 */
const WORDS: Record<string, string> = {
  raay: 'opinion',
  raaye: 'opinion',
  raye: 'opinion',
  rai: 'opinion',
  farq: 'difference',
  bhejo: 'send',
  farak: 'difference',
  fark: 'difference',
  badla: 'changed',
  badli: 'changed',
  faida: 'good',
  fayda: 'good',
  nuqsan: 'bad',
  nuksan: 'bad',
  kahan: 'where',
  koi: 'any',
  // ("2025 me koi naya full member aaya kya?": a new member came, joined.)
  aaya: 'joined',
  aayi: 'joined',
  kidhar: 'where',
  kidhr: 'where',
  kahaan: 'where',
  kaha: 'where',
  kaun: 'who',
  kon: 'who',
  kab: 'when',
  kitne: 'how many',
  kitni: 'how many',
  kitna: 'how much',
  kyun: 'why',
  kyon: 'why',
  kaise: 'how',
  hai: 'is',
  hain: 'are',
  tha: 'was',
  thi: 'was',
  thay: 'were',
  mein: 'in',
  aur: 'and',
  nahi: 'not',
  nahin: 'not',
  karega: 'will',
  karegi: 'will',
  karenge: 'will',
  hoga: 'will be',
  hogi: 'will be',
  dega: 'will',
  degi: 'will',
  denge: 'will',
  chhod: 'leave',
  chod: 'leave',
  agle: 'next',
  agla: 'next',
  saal: 'year',
  diya: 'gave',
  safar: 'journey',
  batao: 'tell me',
  bataiye: 'tell me',
  sach: 'honestly',
  pakka: 'confirmed',
  sadasya: 'member',
  rukn: 'member',
  desh: 'country',
  // ("SCO ke aath sadasya desh hain", "sthapna ki date aur shehar", "mukhyalay Shanghai mein"): numbers, the founding,
  // the seat and the city.
  teen: 'three',
  chaar: 'four',
  paanch: 'five',
  chhe: 'six',
  saat: 'seven',
  aath: 'eight',
  nau: 'nine',
  sthapna: 'founding',
  sthapana: 'founding',
  mukhyalay: 'headquarters',
  mukhyalaya: 'headquarters',
  shehar: 'city',
  sheher: 'city',
  kahani: 'story',
  // ("… Shanghai mein hai, jahan 2001 mein …": "where", not a slip of "Japan".)
  jahan: 'where',
  jahaan: 'where',
  mulk: 'country',
  // Genitive and other postpositions carry no word of their own in English.
  ka: '',
  ke: '',
  ki: '',
  ko: '',
  se: 'from',
  ye: 'this',
  yeh: 'this',
  kya: '',
  me: 'in',
  bana: 'became',
  bani: 'became',
  bane: 'became',
  ninda: 'condemned',
  gaya: '',
  gayi: '',
  gaye: '',
  naam: 'name',
  baad: 'after',
  pehle: 'before',
  pehla: 'first',
  pehli: 'first',
  pahla: 'first',
  pahli: 'first',
  kisko: 'who',
  kisne: 'who',
  bhasha: 'language',
  bhashayein: 'languages',
  bhashaen: 'languages',
  zaban: 'language',
  zabanein: 'languages',
  bhi: 'also',
  abhi: 'now',
  mulaqat: 'meeting',
  jhagda: 'dispute',
  jhagde: 'dispute',
  alag: 'separate',
  hua: '',
  hui: '',
  hue: '',
  huye: '',
  wala: '',
  wali: '',
  wale: '',
  ne: '',
  kiya: '',
  kiye: '',
  kaunsa: 'which',
  kaunse: 'which',
  kaunsi: 'which',
  konsa: 'which',
  konse: 'which',
  kyu: 'why',
  baar: 'times',
  milta: 'meets',
  milte: 'meet',
  padosi: 'neighbouring',
  aaye: 'attended',
  kabhi: 'ever',
  bola: 'said',
  unka: 'their',
  unki: 'their',
  unke: 'their',
  wahi: 'that one',
  boli: 'said',
  bole: 'said',
  karne: '',
  bhai: '',
  naya: 'new',
  nayi: 'new',
  naye: 'new',
  banaya: 'admitted',
  kis: 'which',
  saare: 'all',
  sare: 'all',
  saari: 'all',
  karo: '',
  kardo: '',
  karke: '',
  bataya: 'said',
  maare: 'killed',
  mare: 'killed',
  sabko: 'everyone',
  chahiye: 'want',
  likha: 'says',
  likh: 'write',
  hum: 'we',
  hamare: 'our',
  hamara: 'our',
  humara: 'our',
  tumhari: 'your',
  tumhara: 'your',
  aapki: 'your',
  aapka: 'your',
  toh: '',
  dete: '',
  baaki: 'other',
  baki: 'other',
  pucha: 'asked',
  poocha: 'asked',
  dikhao: 'show',
  accha: 'good',
  acha: 'good',
  bura: 'bad',
  galat: 'wrong',
  pe: 'on',
  liye: 'for',
  poora: 'whole',
  poore: 'whole',
  puri: 'whole',
  shuru: 'starting',
  phir: 'then',
  kal: 'yesterday',
  sirf: 'only',
  jawab: 'answer',
  uski: 'his',
  uska: 'its',
  iska: 'its',
  banne: 'becoming',
  samjhao: 'explain',
  mulkon: 'countries',
  mulkoon: 'countries',
  badalne: 'change',
  seedha: '',
  dafa: 'times',
  ab: 'now',
  milti: 'meets',
  samjhaiye: 'explain',
  mila: 'got',
  mili: 'got',
  jaldi: '',
  kar: '',
  rahi: '',
  raha: '',
  rahe: '',
  unhon: 'they',
  unhone: 'they',
  unhonne: 'they',
  sakte: 'can',
  sakta: 'can',
  sakti: 'can',
  chalega: 'ok',
  chalegi: 'ok',
  chhodo: 'forget',
  chodo: 'forget',
  dono: 'both',
  sab: 'all',
  sabhi: 'all',
  keh: 'say',
  badal: 'change',
  bas: 'just',
};

/** Two-word and hyphenated terms, before the single words. */
const PHRASES: [RegExp, string][] = [
  // ("India sahi tha ya Pakistan?": which side was right, asked before "sahi hai" reads as "true".)
  [/\b(\w+) sahi (?:tha|hai|thi|he) (?:ya|yaa) (\w+)\b/gi, 'who was right, $1 or $2'],
  // ("Afghanistan SCO member hai ya observer?": which of two standings, the copula put between them.)
  [
    /\b(member|observer|partner|dialogue partner|founder|full member) (?:hai|he|hain|tha|thi|the) (?:ya|yaa) (member|observer|partner|dialogue partner|founder|full member)\b/gi,
    '$1 or $2',
  ],
  // ("pakistan PM ne … ki baat kab boli thi?": when it was said.)
  [/\b(?:ki|ke) baat (?:kab )?(?:boli|bola|kahi|kaha|ki)(?: (?:thi|tha|the|hai))?\b/gi, 'said when'],
  // ("SCO kab bani thi?": when the organisation was set up.)
  [/\b(sco|tanzeem|sangathan)\s+kab\s+(?:bana|bani|bane)(?:\s+(?:tha|thi|the))?\b/gi, 'when was $1 founded'],
  // ("… quiz bhi bana do": a request to make something, not "became".)
  [/\b(?:bana (?:do|dijiye|den|dein|de)|banao)\b/gi, 'make'],
  [/\bne kaha (?:tha|thi|hai|he)\b/gi, 'said'],
  // ("dono ek hi city me hai kya?": one and the same.)
  [/\bek hi\b/gi, 'the same'],
  // ("Iran aur Belarus dono … ek saath member bane the": together; a past verb's auxiliary is no English "the".)
  [/\bek (?:saath|sath)\b/gi, 'together'],
  [/\bek para\b/gi, 'one paragraph'],
  // ("iran ke defence minister qingdao me kaun the?", "pakistan ki taraf se qingdao me kaun gaya tha?": who, asked last
  // of what is named before it, in English order.)
  [/\b(\w+) ki taraf se\b/gi, 'from $1'],
  [/(^|[.?!]\s+)([^.?!]{3,80}?) kaun (?:gaya|gayi|gaye)(?: (?:the|thi|tha))?\s*\?/gi, '$1who attended $2?'],
  // ("current Secretary-General of SCO kaun hai (Dec 2026 tak)?": who is, with a remark in brackets before the mark.)
  [/(^|[.?!]\s+)([^.?!]{3,80}?) kaun (?:hai|hain|he)\s*(\([^()]{1,40}\))?\s*\?/gi, '$1who is $2 $3?'],
  [/(^|[.?!]\s+)([^.?!]{3,80}?) kaun (?:the|thi|tha)\s*\?/gi, '$1who was $2?'],
  [/\b(bane|gaye|hue|kiye|aaye) the\b/gi, '$1'],
  // ("… qingdao me?": a place's postposition at the end of a question, put before it.)
  [/(?<![\w-])([a-z]+) (?:mein|me|main)(?=\s*\?)/gi, 'in $1'],
  // ("uska phone/email bhej do, reporter call karega": his number, for the reporter to call.)
  [/\b(?:uska|uski|unka|unki) (phone|email|e-mail|mail|number|mobile|address|contact|whatsapp)\b/gi, 'his $1'],
  [/,?\s*(?:\w+ )?call kar(?:ega|egi|enge|na hai)\b/gi, ''],
  // ("Mongolia kab se observer hai?": since when.)
  [/\bkab se\b/gi, 'since when'],
  // ("kyrgyzstan pehle kab kab chair raha hai?": when, each time, it has held the chair, in English order.)
  [
    /\b([a-z]+) (pehle |pahle )?kab(?: kab)? (?:chair|chairman|adhyaksh|sadar) (?:raha|rahi|rahe|bana|bani|bane)(?: (?:hai|he|tha|thi|the|hain))?\b/gi,
    'when has $1 chaired $2',
  ],
  [/\bkab kab\b/gi, 'when'],
  // ("kaun kaun se milestones aaye", "uske baad kaun kaun chair raha": which ones, who in turn.)
  [/\bkaun kaun (?:se|si|sa)\b/gi, 'which'],
  [/\bkaun kaun\b/gi, 'who'],
  // ("mains ke liye: …": what the answer is for, put first, in English order.)
  [/^(\s*[a-z-]+(?: [a-z-]+){0,2}) ke liye\s*([:,–—-])/gi, 'for $1$2'],
  // ("alphabetical ho to aur accha": better if so, a wish, no judgement.)
  [/\b(?:ho|hon|ho jaye|ho sake) to (?:aur |zyada )?(?:accha|acha|achha|behtar|badhiya)\b/gi, 'if possible'],
  // ("Belarus ko member bane ab kitna time ho gaya?": how long it has been since.)
  [
    /\b([a-z]+) (?:ko|ke) (?:full )?(member|sadasya|rukn) (?:bane|bana|bani|bante)(?: (?:hue|hui|hua))? (?:ab |abhi )?kitna (?:time|samay|waqt|arsa) (?:ho gaya|ho gayi|hogaya|hua|ho chuka)(?: (?:hai|he))?\b/gi,
    'how long has $1 been a $2',
  ],
  [/\bapplication (?:di|de|diya|dee)(?: (?:hai|he|thi|tha|hain))?\b/gi, 'applied'],
  [/\bwazir[- ]e[- ]difa\b|\bwazir-e-difa\b|\braksha mantri\b|\bdefence mantri\b/gi, 'defence minister'],
  [/\bwazir[- ]e[- ]azam\b|\bpradhan mantri\b/gi, 'prime minister'],
  [/\bwazir[- ]e[- ]kharja\b|\bvidesh mantri\b/gi, 'foreign minister'],
  [/\bshamil (hua|hui|huye|hue|huwa)\b/gi, 'joined'],
  // ("pakistan kab member bana?", "iran full member kab bani"): the verb last, put in English order.
  [/\b([a-z]+) kab (full member|member|sadasya|rukn) (?:bana|bani|bane)\b/gi, 'when did $1 become a $2'],
  [/\b([a-z]+) (full member|member|sadasya|rukn) kab (?:bana|bani|bane)\b/gi, 'when did $1 become a $2'],
  // ("Laos kab partner bana?": so of a partner, when the word before names the country, not "sco mein".)
  [
    /\b(?!(?:mein|me|main|ka|ki|ke|se|ne|sco|bhi|to|aur|pehle)\b)([a-z]+) kab (partner) (?:bana|bani|bane)\b/gi,
    'when did $1 become a $2',
  ],
  [/\bdecide ho gaya( hai)?\b/gi, 'decided'],
  // ("belarus ne kab join kiya aur kis summit mein", "kis country se hai", "kahan hua tha"): English order.
  [/\b([a-z]+) (?:ne )?kab join (?:kiya|kia|kari|ki)\b/gi, 'when did $1 join'],
  [/\bkis (summit|meeting|sammelan|ijlas) (?:mein|me|main)\b/gi, 'at which $1'],
  [/\bkis (city|shahar|shehar|jagah) (?:mein|me|main)\b/gi, 'in which city'],
  [/\b(?:form|establish|set up) (?:hua|hui|huwa|kiya gaya)\b/gi, 'formed'],
  [
    /\b([a-z]+) (?:kis|kaunse|konse|kaunsa|konsa|kaun se|kon se|kaun sa) (?:country|desh|mulk) se (?:hai|he|hain|tha|thay)\b/gi,
    'which country is $1 from',
  ],
  [/\bkahan (?:hua|hui|hue|huwa) (?:tha|thi|the|thay)\b/gi, 'where was held'],
  [/\b(?:log )?(?:maare|mare) (?:gaye|gae|gay|the|thay|gaye the)\b/gi, 'were killed'],
  // ("… — SCO context mein poochh raha hoon": what the asker says of their own asking asks nothing.)
  [
    /\s*[-–—]?\s*(?:[\w-]+ ){0,3}(?:mein|me) (?:poochh|pooch|puchh|puch)\w* (?:raha|rahi|rahe) (?:hoon|hun|hu|hain)\b/gi,
    '',
  ],
  // ("shanghai five bane kitne saal ho gaye?", "bishkek summit ko kitne mahine hue?"): how long ago, counted to today.
  [/\bkitne (?:saal|sal|baras|varsh) (?:ho (?:gaye|gye|gae|chuke)|hue|huye|hogaye)\b/gi, 'how many years since'],
  [
    /\bkitne (?:mahine|mahiney|mahino|months?) (?:ho (?:gaye|gye|gae|chuke)|hue|huye|hogaye)\b/gi,
    'how many months since',
  ],
  // ("list of recent chairs, 2021 se lekar ab tak": from a year until now.)
  [/\b((?:19|20)\d\d) se (?:lekar |le kar |leke )?ab tak\b/gi, 'since $1'],
  [/\b((?:19|20)\d\d) se shuru (?:karke|kar ke|karo|kar|karte hue)\b/gi, 'since $1'],
  [/\bpichh?le (\d{1,2}) (?:saal|sal|baras|varsh)\b/gi, 'last $1 years'],
  // ("pichle saal ka summit kahan hua tha", "RATS ka … aaj kal uska director kaun hai": last year, this year, nowadays.)
  [/\bpichh?le (?:saal|sal|baras|varsh)\b/gi, 'last year'],
  [/\b(?:is|iss) (?:saal|sal|baras|varsh)\b/gi, 'this year'],
  [/\baaj ?kal\b/gi, 'now'],
  // ("6 se 10 members tak ka safar — kab kaun aaya": who came in, and when.)
  [/\b(?:kab kaun|kaun kab|kis (?:saal|sal) kaun|kaun kis (?:saal|sal)) (?:aaya|aya|aaye|aye)\b/gi, 'who joined when'],
  // ("tianjin mein kitne documents sign hue": English order, how many of what, where.)
  [/\b([a-z]+) (?:mein|me|main) (kitne|kitni) ([a-z]+)\b/gi, '$2 $3 in $1'],
  [/\bsign (?:hue|hui|huye|kiye|kiya)\b/gi, 'signed'],
  // ("24 ya 15?": two numbers offered.)
  [/\b(\d+) ya (\d+)\b/gi, '$1 or $2'],
  // ("kya farak tha", "tianjin ke baad kya badla": "kya" before the difference or a change asks what, not yes or no.)
  [/\bkya (farak|farq|fark|badla|badli|badle)\b/gi, 'what $1'],
  // ("membership 6 se 10 kaise hui?", "6 se 10 members tak kaise pahuncha": from one count to another.)
  [/\b(\d{1,2}) se (\d{1,2})\b/gi, 'from $1 to $2'],
  [/\baaj tak\b/gi, 'as of today'],
  // ("bishkek wala kitnawa CHS tha": which one in the count.)
  [/\b(?:kitnawa|kitnava|kitvan|kitwan|kitwa|kitnva)\b/gi, 'which number'],
  [/\bkitn[aie] ho (?:gaya|gayi|gaye)(?: tha| thi| the)?\b/gi, 'how many'],
  [/\bban (?:gaya|gayi|gaye)\b/gi, 'became'],
  [/\bbata (?:do|dijiye|dena)\b/gi, 'tell'],
  // ("SCO ki official languages batao, phir …": the request put first, as English puts it.)
  // (Not one with a question word of its own: "sco secretariat kahan hai batao" stays a question.)
  [
    /(^|[,.?!]\s*)((?:(?!\b(?:kahan|kab|kaun|kon|kya|kitne|kitni|kitna|kyun|kyon|kaise|kis|kaunsa|konsa)\b)[^,.?!]){3,60}?)\s+(?:batao|bataiye|bataye|bata do|bata dijiye)\b(?=\s*(?:[,.?!]|$))/gi,
    '$1give $2',
  ],
  // ("… translation homework bhi kar dena": the asker's homework, to do.)
  [
    /\b(?:(?:mera|meri|mere|hamara|hamari|hamare)\s+)?((?:[\w-]+\s+){0,3}?)(homework|assignment|hw)\s+(?:bhi\s+)?kar (?:do|dijiye|dena|dein|den|doge|dogi)\b/gi,
    'do my $1$2',
  ],
  [/\bkar (?:do|dijiye|dena|dein|den)\b/gi, ''],
  [/\blist (?:do|dijiye|dena|bhejo)\b/gi, 'list'],
  [
    /\b([a-z]+) ko kis (organisation|organization|sangathan|tanzeem) (?:mein|me|main) (observer status|status) (?:mila|mili)\b/gi,
    'at which $2 did the $1 get $3',
  ],
  [/\b([a-z]+) (?:samait|samet|sahit)\b/gi, 'including $1'],
  // ("sign karne se mana kyu kiya", "sign kyu nahi kiya": why it refused to sign.)
  [
    /\bsign karne se mana (?:kyu|kyun|kyon) (?:kiya|kia)\b|\bsign (?:kyu|kyun|kyon) (?:nahi|nahin) (?:kiya|kia)\b/gi,
    'why refuse to sign',
  ],
  // ("… kya ye sach hai?", "… true hai?", "sahi hai ya galat": whether it holds is asked.)
  [/\b(?:kya )?(?:ye|yeh|yah)(?: baat)? (?:sach|sahi|sahih|durust|theek|thik|true) (?:hai|he)\b/gi, 'is that true'],
  [
    /\b(?:sach|sahi|sahih|durust|theek|thik|true) (?:hai|he)(?: (?:ya|yaa) (?:nahi|nahin|jhoot|jhooth|galat|fake))?\b/gi,
    'true',
  ],
  // ("accha aur sco plus meeting …": "accha" opening the line is "ok", no verdict.)
  [/^(?:accha|acha|achha)\b,?\s*(?:aur\s+)?/gi, ''],
  // ("CHG kya hota hai?": what it is.)
  [/\b(\S+) kya (?:hota|hoti|hote) (?:hai|hain|he)\b/gi, 'what is $1'],
  // ("nasirzadeh ke saath kya hua": what happened to them.)
  [/\b(\S+) (?:ke|ki) (?:saath|sath) kya (?:hua|hui)\b/gi, 'what happened to $1'],
  // ("India ya Pakistan — kaun sahi tha?", "accha hai ya bura": a verdict asked.)
  [/\bkaun sahi (?:tha|hai|he|thi)\b/gi, 'who was right'],
  [/\b(?:accha|acha|achha) (?:hai |tha )?(?:ya|yaa) (?:bura|kharab)\b/gi, 'good or bad'],
  [/\b(opinion|verdict|raay|rai) (?:do|dijiye|dena|den|dein)\b/gi, 'give your $1'],
  // ("SCO ki sthapana 1996 mein hui thi": when it was founded, said as a claim.)
  [/\b(?:ki )?sthapana\s+(.{0,40}?)\s*(?:hui|hua|huyi) (?:thi|tha)\b/gi, 'was founded $1'],
  [/\b(?:ki )?sthapana\b/gi, 'founding'],
  [/\b(?:kiske|kis ke) paas\b/gi, 'who has'],
  [/\bsabse upar(?: wali| wala| wale)?\b/gi, 'top'],
  // ("kal @Ankit ne bot se kya kya pucha tha": what another user asked.)
  [
    /\b(?:\w+ )?ne (?:bot se |tumse |aapse )?kya(?: kya)? (?:pucha|poocha|puchha)(?: (?:tha|thi|hai))?\b/gi,
    'what did another user ask',
  ],
  [/\bdikha (?:do|dijiye|dena|den|dein)\b/gi, 'show'],
  // ("poora video script likh do", "essay likh dijiye": a piece to write, the verb put first.)
  [
    /\b((?:\w+ ){0,4}?)(script|essay|article|post|thread|speech|poem|notes|assignment)\s+likh (?:do|dijiye|dena|den|dein)\b/gi,
    'write $1$2',
  ],
  [/\b(\w+) ignore kar(?:ke|o|do|na|en)\b/gi, 'ignore $1 and'],
  [/\bab se\b/gi, 'from now on'],
  [/\bkya kya\b/gi, 'what'],
  // ("… status kya hai? kab mila?": since when it holds what was asked.)
  [/\bkab (?:mila|mili|mile|se)\b(?= ?\?|$)/gi, 'since when'],
  // ("Laos ka SCO mein status kya hai?", "iska breakdown kya hai": a noun, then "kya" and its copula, asks what it is.)
  // (Not one opening its own sentence, "… ban gaya? status kya hai", which asks of the sentence before.)
  [
    /(?<=[\p{L}\d'] )(status|breakdown|matlab|role|scene|position|stand|naam|farq|difference|wajah|reason|mandate|kaam)\s+kya\s+(hai|hain|tha|thi|the)\b/giu,
    'what $2 the $1',
  ],
  [/\b(?:iska|iski|iske|uska|uski|uske)\b/gi, 'its'],
  // ("Turkey SCO ka full member hai — kab bana tha?": when the one named became a member, not when the SCO was set up.)
  [
    /\b(full member|member|sadasya|rukn)\b(.{0,30}?)\bkab (?:bana|bani|bane)(?: (?:tha|thi|the))?\b/gi,
    '$1$2 when did it become a member',
  ],
  // ("SCO ki sabse upar wali body kaunsi hai": "which is …", the question word put first.)
  [/^(.{3,60}?) (?:kaunsi|kaunsa|konsi|konsa) (?:hai|he|hain)\b/gi, 'which is $1'],
  [/\bkitni baar\b/gi, 'how often'],
  [/\bkis (saal|sal)\b/gi, 'which year'],
  [/\bkis (desh|mulk)\b/gi, 'which country'],
  [/\bkis (shahar|shehar)\b/gi, 'which city'],
  [/\b(?:ke|se) alawa\b/gi, 'besides'],
  [/\b(?:se|isse|usse) pehle\b/gi, 'before'],
  [/\bke baad\b/gi, 'after'],
  // ("SCO ki sadarat ki thi": held the chair.)
  [
    /\b(?:sadarat|sadaarat|adhyakshta|adhyakshata|chairmanship) (?:ki|kari|kiya|sambhali|sambhala)(?: (?:thi|tha|the|hai))?\b/gi,
    'chaired',
  ],
  // ("2024 mein hua tha": a year's postposition, put before it.)
  // (Not after a month: "feb 2026 mein" stays as typed.)
  [/(?<!\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* )\b((?:19|20)\d\d) (?:mein|me|main)\b/gi, 'in $1'],
  // ("mukhyalay Shanghai mein hai": a place's postposition, put before it; the copula after a place then links it.)
  [/\b([A-Z][a-z]+) (?:mein|me|main) (hai|tha)\b/g, '$2 in $1'],
  // ("SCO kis saal bana tha?": when it was set up.)
  [/\bbana tha\b/gi, 'was founded'],
  // ("bishkek summit ho gaya?": has it taken place.)
  [/\bho (gaya|gayi|gaye|chuka|chuki|chuke)( hai| hain)?\b/gi, 'held'],
  // ("… tha na?", "… wala na?": a closing "na" asks for agreement.)
  [/\bna\s*(?=\?|$)/gi, 'right'],
  // ("fact file chhodo": the verb after what is to be dropped.)
  [/\b((?:[a-z]+ )?[a-z]+) (?:chhodo|chodo|chhod do|chod do)\b/gi, 'forget the $1'],
  // ("bas likh do ke …": write that …)
  // (Not a piece named before it, "rebuttal likh do ke …", read below as a piece to write.)
  [/\b(?:bas|sirf|seedha) likh (?:do|dijiye|dena|den|dein) (?:ke|ki)\b/gi, 'just write that'],
];

/** Words whose presence marks a line as romanized Hindi or Urdu (English never writes them as words). */
/** A clause that ends in a copula and a question mark, and the copula as English opens it. */
const CLOSED_BY_COPULA = /(^|[.?!]\s+)([a-z][a-z' -]{2,60}?)\s+(hai|hain|tha|thi|thay)\s*\?/i;
const COPULA: Record<string, string> = { hai: 'is', hain: 'are', tha: 'was', thi: 'was', thay: 'were' };
const QUESTION_WORD =
  /\b(kya|kaun|kon|kahan|kahaan|kaha|kab|kitne|kitni|kitna|kiske|kiska|kiski|kyun|kyon|kyu|kaise|kaunsa|konsa|kis|kise|kisko|kisne|who|what|when|where|which|why|how|ka|ki|ke|mein|ko|se|ne|koi|kuch|sahi|galat|theek|thik|sach|jhoot|na)\b/i;

/** A word that holds a letter beyond ASCII ("kaç", "kişi"). */
const NON_ASCII_WORD = /[\p{L}\p{M}]*[^\p{ASCII}\s][\p{L}\p{M}]*/gu;
const MARKERS =
  /\b(hai|hain|tha|thay|thi|ka|ki|ke|gayi|gaya|sadasya|kya|kaun|kahan|kahaan|kab|kitne|kitni|mein|nahi|nahin|karega|hoga|dega|denge|batao|agle|saal|aur|ho|naam|baad|pehle|kisko|kisne|bana|bani|bane|bhi|abhi|hua|hui|gaye|wala|wali|kiya|bhasha|bhashayein|mulaqat|kaunsa|konsa|kyu|baar|alawa|padosi|kabhi|bola|karne|karo|kardo|karke|wale|bataya|maare|kis|sabko|chahiye|mila|mili|likha|toh|hum|sabse|baaki|pucha|samjhao|dikha|accha|bura|galat|liye|sirf|jawab|kiske|paas|sthapana|kaunse|konse|desh|mulk|yaar|chhodo|chodo|likh|unhon|unhone|sakte|jaldi|lekar|tak|pichle|pichhle|shuru|saare|sare|raye|farq|fark|farak|badla|faida|fayda|nuqsan|nuksan|samjha|bhejo|bhej|bhai|uska|uski|unka|unki|koi|na(?=\s*\?))\b/gi;

/**
 * Persian typed in Latin letters ("dabirkol alan kie?", "ejlas-e saran 2025 koja bood?"): phrases first, then words, as
 * the English the engine reads. Vocabulary, not facts.
 */
const FINGLISH_PHRASES: [RegExp, string][] = [
  [/\bvazir[- ]?e?[- ]defa\w*\b/gi, 'defence minister'],
  [/\bejlas[- ]?e?[- ]saran\b|\bneshast[- ]?e?[- ]saran\b/gi, 'heads of state summit'],
  [/\bozv[- ]?e?[- ]kamel\b/gi, 'full member'],
  [/\bsazman[- ]?e?[- ]hamkari[- ]?(?:ye[- ])?shanghai\b/gi, 'SCO'],
  [/\bchand ta\b/gi, 'how many'],
  [/\bchand bar\b/gi, 'how many times'],
  [/\bbaraye avvalin bar\b/gi, 'for the first time'],
  [/\briasat[- ]?e?[- ]dore'?i(?:[- ]?ye)?\b/gi, 'rotating chairmanship'],
  [/\bemza (kardan|kard|shod)\b/gi, 'signed'],
  [/\bemza nakard\b/gi, 'refused to sign'],
  [/\bghabl az\b/gi, 'before'],
  [/\bdar mored[- ]?e?\b/gi, 'about'],
  [/\btozih bede\w*\b/gi, 'explain'],
  [/\bbe nazar[- ]?(et|e shoma|etoon|e to)\b/gi, 'in your opinion'],
  [/\brank kon\b/gi, 'rank them'],
  [/\b(kasi midoone|salam|bache ha|yadam nist|ye soal|ghati kardam)\b/gi, ''],
  [/\b(\w+)[- ]e\b/gi, '$1'],
];
const FINGLISH: Record<string, string> = {
  kie: 'who is',
  ki: 'who',
  key: 'when',
  kei: 'when',
  koja: 'where',
  chie: 'what is',
  chi: 'what',
  chand: 'how many',
  chandomin: 'which number',
  chera: 'why',
  ozv: 'member',
  ozviat: 'membership',
  dabirkol: 'secretary general',
  dabirkhane: 'secretariat',
  dabirkhaneh: 'secretariat',
  dare: 'has',
  dasht: 'had',
  ghablesh: 'before that',
  daran: 'have',
  paytakht: 'capital',
  gardeshgari: 'tourism',
  zaban: 'language',
  zabanha: 'languages',
  hash: '',
  chiye: 'what is',
  hast: 'is',
  sade: '',
  bayanie: 'statement',
  hamle: 'attack',
  ejlas: 'summit',
  neshast: 'meeting',
  vazir: 'minister',
  bood: 'was',
  boodan: 'were',
  shod: 'became',
  alan: 'now',
  hanooz: 'still',
  baraye: 'for',
  shahr: 'city',
  ghabli: 'former',
  akhir: 'recent',
  haye: '',
  ha: '',
  ro: '',
  dige: '',
  va: 'and',
  ya: 'or',
  az: 'from',
  too: 'in',
  ham: 'also',
  mishe: '',
  benevis: 'write',
  modir: 'director',
  riasat: 'chairmanship',
  dashte: 'held',
  keshvar: 'country',
  keshvaresh: 'its country',
  esm: 'name',
  neveshtim: 'we wrote',
  kodoom: 'which',
  namayande: 'envoy',
  daemi: 'permanent',
  bahooshtar: 'smarter',
  bahooshtare: 'smarter',
};
/** Words only Persian in Latin letters writes: two of them make a line Finglish. */
const FINGLISH_MARKERS =
  /\b(kie|koja|chie|chand|chandomin|chera|ozv|ozviat|dabirkol|dabirkhane|dabirkhaneh|sazman|hamkari|paytakht|gardeshgari|bayanie|hamle|ejlas|neshast|saran|vazir|defa|bood|boodan|shod|shode|dige|mishe|bede|bedid|hanooz|ghabl|baraye|emza|kardan|nakard|mored|taze|tamoom|farghesh|yadam|nist|dadan|ettefaghi|oftad|midoone|modir|riasat|dashte|keshvaresh|neveshtim|avvalin|kamel|namayande|daemi|shahr|soal|ghati|kardam|toosh|akhari|lazem|daram|hadaghal|benevis|kone|ghabli|kodoom|nazaret|bahooshtar|bahooshtare|zaban|zabanha|chiye)\b/gi;

function fromFinglish(text: string): string | undefined {
  const marks = new Set((text.match(FINGLISH_MARKERS) ?? []).map((m) => m.toLowerCase()));
  if (marks.size < 2) return undefined;
  return wordForWord(text, FINGLISH_PHRASES, FINGLISH);
}

/** A line put into English by its phrases first, then word for word (a word the map lacks kept as typed). */
function wordForWord(text: string, phrases: [RegExp, string][], words: Record<string, string>): string {
  let out = text;
  for (const [re, en] of phrases) out = out.replace(re, en);
  // (Only words of Latin letters whole: "poème" is no "po" and "me".)
  return out
    .replace(/(?<![\p{L}\p{N}])[A-Za-z]+(?![\p{L}\p{N}])/gu, (w) => words[w.toLowerCase()] ?? w)
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([?.!,])/g, '$1')
    .trim();
}

/** Question words, romanized and English: a sentence that holds one asks more than yes or no. */
const ASKS_WHAT =
  /\b(kaun|kon|kahan|kahaan|kab|kitne|kitni|kitna|kiske|kiska|kiski|kyun|kyon|kyu|kaise|kaunsa|konsa|kaunsi|konsi|kaunse|konse|kis|kise|kisko|kisne|who|what|when|where|which|why|how|whose)\b/i;
/**
 * A sentence closed by a copula or a verb and its auxiliary, with an optional tag ("… pehla observer tha na?", "… Bishkek
 * gaye the summit ke liye?", "… attacks bhi condemn hue the?"): the verb, the auxiliary and the tag, at the end or just
 * before a last phrase.
 */
const CLOSED_YESNO =
  /^([\p{L}\d' ,-]{3,160}?)\s+(?:(gaye|gayi|gaya|gae|hue|hui|hua|huwa|kiya|kiye|kia|liya|liye|diya)\s+)?(hai|hain|tha|thi|thay|the)(?:\s+(na|naa|haina|na ji))?((?:\s+[a-z]+){0,4})\s*\?$/iu;
const GONE = /^(gaye|gayi|gaya|gae)$/i;
/** Light verbs after an English one ("sign hua", "condemn hue"): a passive, "was signed", "were condemned". */
const PASSIVE = /^(hue|hui|hua|huwa)$/i;

/**
 * A yes/no question typed in Hindi or Urdu word order, with no question word: put in English order, its auxiliary first
 * ("Mongolia SCO ka pehla observer tha na?" → "was Mongolia SCO ka pehla observer, right?"; a past verb asks "did").
 */
function yesNoFirst(sentence: string): string {
  const m = CLOSED_YESNO.exec(sentence);
  if (!m || ASKS_WHAT.test(m[1]!) || /^(is|are|was|were|did|does|do|has|have|kya)\b/i.test(m[1]!)) return sentence;
  const [, body, verb, copula, tag, after] = m;
  const words = body!.toLowerCase().split(/\s+/);
  // (Not "… kya scene hai", "… kya bola tha": "kya" inside asks what; nor "confirm hai ya …", which asks which of two;
  // nor a verb the phrases put in English order, "bana tha", "ho gaya"; nor two words pointing back, "next month hai".)
  if (
    words.length < 3 ||
    words.some((w) => w === 'kya' || w === 'ya' || w === 'jisme' || w === 'jismein' || w === 'jo') ||
    /^(bana|bani|bane|gaya|gayi|gaye|ho|hua|hui|bola|kaha|ki|kari|kiya|kia)$/.test(words.at(-1)!)
  )
    return sentence;
  // ("… summit ke liye" after the verb: a phrase put last, kept after it.)
  if (after && !/^(\s+[a-z]+)?\s+(ke liye|liye|mein|me|se|ko|par|pe)$/i.test(after)) return sentence;
  const be = COPULA[copula!.toLowerCase()] ?? 'were';
  // ("… Bishkek gaye the?": whether one went is whether one attended, the verb last as typed.)
  if (verb && GONE.test(verb)) return `did ${body}${after ?? ''} attend${tag ? ', right' : ''}?`;
  // ("… condemn hue the?", "… Moscow mein sign hua tha na?": the English verb before it, made passive.)
  if (verb && PASSIVE.test(verb)) {
    const last = words.at(-1)!;
    if (!/^[a-z]+$/.test(last) || WORDS[last] !== undefined || last.length < 4) return sentence;
    const done = last.endsWith('e') ? `${last}d` : `${last}ed`;
    return `${be} ${body!.replace(/\S+$/, '')}${done}${after ?? ''}${tag ? ', right' : ''}?`;
  }
  const aux = verb ? 'did' : be;
  return `${aux} ${body}${after ?? ''}${tag ? ', right' : ''}?`;
}

/**
 * Bengali typed in Latin letters ("RATS er office ta kothay?", "charter kobe theke in force?"): its question and function
 * words as English. Read only when two of its own markers are there, since some ("ke", "ki", "na") mean other things in
 * Hindi.
 */
const BANGLISH_MARKERS =
  /\b(holo|ekhon|korten|peyechilo|gulo|ager|amader|amra|koro|kon|bochhor|kobe|kothay|kothai|koto|keno|kemon|konta|chhilo|chilo|chhilen|hoyechilo|hoyechhilo|korechhilo|korechilo|korechhe|hoyeche|hoyechhe|gechhe|gechhilo|ache|achhe|theke|ebar|bochhor|bochor|er|te|ta|aar|sob|eta|bolo|bolun|dao|chai|lagbe|shuru|aage|sathe|niye|jonno|kichhu|shunechhi|alada|dilo|korar|kore|gelo|hoye|jon|tai|naki|kina)\b/gi;
const BANGLISH_PHRASES: [RegExp, string][] = [
  // (Words in Bengali script among the Latin ones: "Laos কোন summit e partner holo?", "মোট কয়টা partner ekhon?".)
  [/কোন/gu, 'which'],
  [/মোট কয়টা|কয়টা|কতগুলো/gu, 'how many'],
  [/ঠিক আছে\s*\??/gu, 'right?'],
  [/কী কী|কি কি/gu, 'what'],
  [/হয়েছিল/gu, 'happened'],
  [/কোথায়/gu, 'where'],
  [/কবে/gu, 'when'],
  [/\bkobe theke kobe\b/gi, 'from when to when'],
  [/\bkon kon\b/gi, 'which'],
  [/\bage ki korten\b/gi, 'what did he do before'],
  // (A question word said twice asks for each one: "ke ke chilo?", who were they.)
  [/\b(ke|ki|kon) \1\b/gi, '$1'],
  [/\bkobe theke\b/gi, 'since when'],
  [/\bkotha theke\b/gi, 'where from'],
  [/\bkoto number\b/gi, 'which number'],
  [/\bkoto jon\b/gi, 'how many people'],
  // ("bank er capital koto?": "how much" closes the question, after what it asks of.)
  [/\b([a-z]+) koto\s*\?/gi, 'how much $1?'],
  [/\bkoto bochhor\b|\bkoto bochor\b/gi, 'how many years'],
  [/\bmara gechhilo\b|\bmara gechilo\b|\bmara jay\b/gi, 'were killed'],
  [/\bhoye gelo\b|\bhoye gechhe\b|\bhoye gechhilo\b/gi, 'happened'],
  // ("motto ki chhilo?": "ki" before the verb asks what; elsewhere it only marks a yes/no question.)
  [/\bki (chhilo|chilo|chhilen|ache|achhe|hobe|hoyechilo|dilo|bollo|bolechhe)\b/gi, 'what $1'],
  [/\b(e|te) na\s*\?/gi, ', right?'],
  [/\bna\s*\?/gi, ', right?'],
];
const BANGLISH: Record<string, string> = {
  holo: 'became',
  ekhon: 'now',
  korten: 'did',
  peyechilo: 'got',
  gulo: '',
  ager: 'earlier',
  amader: 'our',
  amra: 'we',
  koro: 'do',
  kobe: 'when',
  kothay: 'where',
  kothai: 'where',
  kotha: 'where',
  ke: 'who',
  koto: 'how many',
  keno: 'why',
  kemon: 'how',
  kon: 'which',
  konta: 'which',
  ki: '',
  chhilo: 'was',
  chilo: 'was',
  chhilen: 'was',
  hoyechilo: 'was',
  hoyechhilo: 'was',
  korechhilo: 'did',
  korechilo: 'did',
  korechhe: 'did',
  hoyeche: 'has been',
  hoyechhe: 'has been',
  ache: 'is',
  achhe: 'is',
  hobe: 'will be',
  theke: 'from',
  ebar: 'this time',
  bochhor: 'years',
  bochor: 'years',
  er: '',
  r: '',
  e: '',
  te: '',
  ta: '',
  ti: '',
  aar: 'and',
  sob: 'all',
  eta: 'this',
  ota: 'that',
  bolo: 'tell me',
  bolun: 'tell me',
  dao: 'give',
  din: 'give',
  chai: 'need',
  lagbe: 'need',
  shuru: 'start',
  aage: 'before',
  pore: 'after',
  sathe: 'with',
  niye: 'about',
  jonno: 'for',
  kichhu: 'any',
  shunechhi: 'I heard',
  alada: 'different',
  dilo: 'gave',
  korar: '',
  kore: '',
  jon: 'people',
  naam: 'name',
  tai: 'so',
  naki: 'or',
  kina: '',
  je: 'that',
  ekta: 'a',
  dile: '',
  bhalo: 'good',
  shoho: 'with',
};

function fromBanglish(text: string): string | undefined {
  const marks = new Set((text.match(BANGLISH_MARKERS) ?? []).map((m) => m.toLowerCase()));
  // (Bengali script beside Latin words is a marker of its own.)
  if (/[\u0980-\u09FF]/u.test(text)) marks.add('bengali script');
  if (marks.size < 2 || ![...marks].some((m) => !/^(er|te|ta|jon|tai|dao|chai|aar|naki|kina|eta|kore)$/.test(m)))
    return undefined;
  return wordForWord(text, BANGLISH_PHRASES, BANGLISH);
}

// (Word edges in any script: "poème" holds no "po", "sino-russe" no "sino".)
const TAGLISH_TAGS: [RegExp, string][] = [
  [/(?<![\p{L}\p{N}])(?:tama|totoo) (?:ba|po ba|po)\s*\?/giu, 'right?'],
  [/(?<![\p{L}\p{N}])(?:tama|totoo)\s*\?/giu, 'right?'],
  [/(?<![\p{L}\p{N}])di ?ba(?![\p{L}\p{N}])/giu, 'right'],
  [/(?<![\p{L}\p{N}])naman(?![\p{L}\p{N}]),?/giu, ''],
  [/(?<![\p{L}\p{N}])para sa(?![\p{L}\p{N}])/giu, 'for'],
];
/** Tagalog's own words: two of them, one long, read the line as Taglish. */
const TAGLISH_MARKERS =
  /(?<![\p{L}\p{N}])(tama|diba|naman|yung|pwede|puwede|ibigay|pakita|tinanong|ibang|talaga|kailan|saan|bakit|paano|nila|mga|ano|ba|po|ng|sa|mo|ni|ang)(?![\p{L}\p{N}])/giu;
const TAGLISH_STRONG =
  /^(tama|diba|naman|yung|pwede|puwede|ibigay|pakita|tinanong|ibang|talaga|kailan|saan|bakit|paano|nila)$/;
const TAGLISH_PHRASES: [RegExp, string][] = [
  [/(?<![\p{L}\p{N}])ano (?:ba )?['’]?yung(?![\p{L}\p{N}])/giu, 'what is the'],
  [/(?<![\p{L}\p{N}])pu?wede (?:mo )?(?:ba )?/giu, 'can you '],
  [/(?<![\p{L}\p{N}])ano (?:ang )?tinanong ng(?![\p{L}\p{N}])/giu, 'what did'],
  [/(?<![\p{L}\p{N}])sa['’]?yo(?![\p{L}\p{N}])/giu, 'ask you'],
  [/(?<![\p{L}\p{N}])pakita mo(?![\p{L}\p{N}])/giu, 'show'],
  [/(?<![\p{L}\p{N}])para alam ko(?![\p{L}\p{N}])/giu, 'so I know'],
];
const TAGLISH: Record<string, string> = {
  ano: 'what',
  kailan: 'when',
  saan: 'where',
  bakit: 'why',
  paano: 'how',
  yung: 'the',
  ang: 'the',
  mga: '',
  ng: 'of',
  ni: 'of',
  sa: 'at',
  po: '',
  ba: '',
  talaga: 'really',
  mo: '',
  ibigay: 'give',
  ibang: 'other',
  nila: 'of theirs',
};

/**
 * Tagalog words in an English line ("… - tama ba?", "ano ba 'yung chairmanship rotation?", "pwede mo ba ibigay …"): its
 * tags always (no other language spells them so), its question and function words when two of its own markers are there.
 */
function fromTaglish(text: string): string {
  let out = text;
  for (const [re, en] of TAGLISH_TAGS) out = out.replace(re, en);
  const marks = new Set((text.match(TAGLISH_MARKERS) ?? []).map((m) => m.toLowerCase()));
  if (marks.size < 2 || ![...marks].some((m) => TAGLISH_STRONG.test(m)))
    return out === text ? text : out.replace(/\s{2,}/g, ' ').trim();
  return wordForWord(out, TAGLISH_PHRASES, TAGLISH);
}

/** A Hindi or Urdu tag closing an English line ("… theek hai?", "kitna sach hai?", "sahi hai na?"). */
const TAG_ALONE = /[\s,.–—-]+(?:(?:kitna|kya|ye|yeh) )?(?:sach|sahi|theek|thik) (?:hai|he)(?: na)?\s*\?\s*$/i;

/** The line read as English when it is romanized Hindi or Urdu (two marker words or more); otherwise as typed. */
export function fromRomanized(text0: string): string {
  const text = fromTaglish(text0);
  const finglish = fromFinglish(text);
  if (finglish !== undefined) return finglish;
  const banglish = fromBanglish(text);
  if (banglish !== undefined) return banglish;
  // ("… theek hai?", "… kitna sach hai?": whether the line before holds, asked by a tag alone.)
  if (TAG_ALONE.test(text) && (text.match(MARKERS) ?? []).length < 2) return text.replace(TAG_ALONE, ' right?');
  // ("line: '…' chalega?": will it do, asked of what is put before it.)
  if (/\bchale(?:ga|gi)\s*\?\s*$/i.test(text) && (text.match(MARKERS) ?? []).length < 2)
    return text.replace(/\bchale(?:ga|gi)\s*\?\s*$/i, 'ok?');
  // ("Kyrgyz defence minister who met Dong Jun in Qingdao — naam?": the name asked, by a word alone at the end.)
  if (/[-–—:]\s*naam\s*\?*\s*$/i.test(text) && (text.match(MARKERS) ?? []).length < 2)
    return text.replace(/naam(\s*\?*\s*)$/i, 'name$1');
  // Phrases no English line writes, read wherever they stand ("2021 se leke", "shayari likho", "kidhar tha", "ghar ka
  // address").
  const early = text
    .replace(/\b((?:19|20)\d\d) se (?:leke|lekar|le kar)\b/gi, 'since $1')
    .replace(/\b(?:shayari|kavita|geet|gaana|nazm)\b(.{0,30}?)\blikh(?:o|iye|na|en|ein)\b/gi, 'write a poem $1')
    .replace(/\b(?:kidhar|kidhr)\b(?:\s+(?:tha|thi|the|hai|hain|hua|hui))?/gi, 'where')
    .replace(/\balag[ -]alag\b/gi, 'separately')
    // ("sharsheev ka ghar ka address …": a home address, however few other Hindi words the line has.)
    .replace(/\bghar ka (?:address|pata)\b/gi, 'home address')
    // ("summit har saal hota hai?": held every year; "SCO 2026 me 25 saal ka hua na?": its age; "SCO ka full form": the
    // name the acronym stands for.)
    .replace(/\bhar (?:saal|sal|varsh|baras) (?:hota|hoti|hote) (?:hai|hain|he)\b/gi, 'held every year')
    .replace(/\bhar (?:saal|sal|varsh|baras)\b/gi, 'every year')
    .replace(
      /\b(\d{1,3}) (?:saal|sal|varsh|baras) (?:ka|ki|ke) (?:hua|hui|hue|huwa|ho gaya|ho gayi|hogaya|ho jayega|ho jaega)\b/gi,
      'is $1 years old',
    )
    .replace(/\b(\w+) (?:ka|ki|ke) full form\b/gi, 'full name of $1');
  if (early !== text) return fromRomanized(early);
  // (A word with a letter beyond ASCII is no Hindi or Urdu word typed in Latin letters: "kaç kişi" holds no "ka" or "ki".)
  const marks = new Set((text.replace(NON_ASCII_WORD, ' ').match(MARKERS) ?? []).map((m) => m.toLowerCase()));
  // ("sharsheev uzbek hai? the rats guy": a statement closed by "hai?", asked with no question word, is "is … ?".)
  const closed = CLOSED_BY_COPULA.exec(text);
  if (closed && !QUESTION_WORD.test(closed[2]!))
    return `${text.slice(0, closed.index)}${closed[1]}${COPULA[closed[3]!.toLowerCase()]} ${closed[2]}?${text.slice(closed.index + closed[0].length)}`;
  if (marks.size < 2) return text;
  // ("'largest ever' likh sakte hain?": whether the words may be written, the check of a line; before its copula is moved.)
  let out = text
    .replace(/\b(?:likh|bol|keh|kah) (?:sakte|sakti|sakta) (?:hain|hai|hu|hoon|hun)\s*(?=\?|$)/gi, 'ok to write')
    .split(/(?<=\?)\s+/)
    .map(yesNoFirst)
    .join(' ');
  for (const [re, en] of PHRASES) out = out.replace(re, en);
  return (
    out
      // "kya …?" opens a yes/no question.
      .replace(/^kya\b/i, 'is')
      .replace(/\p{L}+/gu, (w) => {
        const en = WORDS[w.toLowerCase()];
        return en === undefined ? w : en;
      })
      .replace(/\s{2,}/g, ' ')
      .replace(/\s+([?.!,])/g, '$1')
      .trim()
  );
}
