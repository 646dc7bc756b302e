import { distance } from 'fastest-levenshtein';
import { isSwap, type Question } from './text.js';
import { STOPWORDS } from './stopwords.js';

/** Ordinary words near a keyword by spelling but never a typo of one. */
const COMMON = new Set(['general', 'member', 'people', 'really', 'should', 'around', 'within', 'between', 'against', 'during', 'because', 'another', 'anything', 'something', 'someone', 'everyone', 'question', 'answer', 'please', 'thanks', 'website', 'called', 'number']);

/**
 * What a question is about, as a set of concepts read off its words. Each concept lists the
 * English words and phrases that signal it and the key words in Chinese, Russian, Hindi,
 * Persian and Urdu (matched as substrings, since those are inflected or unspaced).
 */
export type Concept =
  | 'member' | 'join' | 'when' | 'how' | 'why' | 'who' | 'where' | 'which' | 'yesno' | 'status' | 'partner' | 'observer'
  | 'dialogue' | 'applicant' | 'count' | 'list' | 'founded' | 'founder' | 'shanghaiFive' | 'charter' | 'secretariat'
  | 'rats' | 'secgen' | 'previous' | 'language' | 'chair' | 'summit' | 'next' | 'last' | 'host' | 'capital' | 'code'
  | 'defence' | 'minister' | 'attend' | 'refuse' | 'outcome' | 'recent' | 'first' | 'nato' | 'claim' | 'current'
  | 'former' | 'meeting' | 'statement' | 'sources' | 'future' | 'sco' | 'headsOfGov' | 'name' | 'leave'
  | 'weather' | 'invest' | 'election' | 'predict' | 'injection' | 'secret' | 'privateData' | 'insult' | 'news' | 'greeting'
  | 'help' | 'reliable' | 'cis' | 'tourism' | 'strategy' | 'motto' | 'largest' | 'ordinal' | 'family' | 'connected' | 'body';

interface Entry {
  words?: string[];
  phrases?: string[];
  /** Substrings in other scripts (lower case). */
  intl?: string[];
}

const LEXICON: Record<Concept, Entry> = {
  member: {
    words: ['member', 'members', 'membership', 'memberships', 'memeber', 'membr', 'belong', 'belongs', 'full'],
    phrases: ['part of', 'in the sco', 'inside the sco'],
    intl: ['成员', '会员', '成員', 'член', 'участник', 'входит', 'входят', 'состав', 'सदस्य', 'शामिल हैं', 'عضو', 'اعضا', 'رکن', 'ممبر'],
  },
  join: {
    words: ['join', 'joined', 'joins', 'joining', 'accede', 'acceded', 'accession', 'admitted', 'admission', 'admit', 'entered', 'entry', 'enter', 'became', 'become', 'becoming', 'added', 'accepted', 'inducted', 'got'],
    phrases: ['let in', 'let into', 'get in', 'get into', 'got into', 'brought in', 'taken in', 'take in', 'signed up', 'sign up'],
    intl: ['加入', '入会', '成为', 'вступ', 'присоедин', 'принят', 'стал', 'शामिल', 'जुड़', 'पیوست', 'پیوست', 'ملحق', 'عضویت', 'शामिल'],
  },
  when: {
    words: ['when', 'date', 'year', 'since', 'dates', 'day', 'month', 'whens', 'wen'],
    phrases: ['what year', 'how long'],
    intl: ['什么时候', '何时', '哪年', '哪一年', '几时', '时间', '日期', 'когда', 'какого года', 'в каком году', 'дата', 'कब', 'چه زمانی', 'کی ', 'چه سالی', 'چه تاریخی', 'کب'],
  },
  how: { words: ['how'], phrases: ['in what way', 'by what'], intl: ['如何', 'как ', 'कैसे', 'چگونه', 'چطور', 'کیسے'] },
  why: { words: ['why', 'reason', 'reasons', 'because', 'explain'], intl: ['为什么', 'почему', 'क्यों', 'چرا', 'کیوں'] },
  who: { words: ['who', 'whom', 'whose', 'whos'], intl: ['谁', 'кто', 'कौन', 'چه کسی', 'کون'] },
  where: { words: ['where', 'wheres', 'located', 'location', 'based', 'seat', 'headquartered', 'headquarters', 'hq', 'city'], intl: ['哪里', '在哪', 'где', 'कहाँ', 'कहां', 'کجا', 'کہاں'] },
  which: { words: ['which', 'what', 'whats'], intl: ['哪', 'какой', 'какие', 'какая', 'कौन सा', 'कौन से', 'کدام'] },
  yesno: {
    words: ['is', 'are', 'was', 'were', 'does', 'do', 'did', 'has', 'have', 'can'],
    intl: ['吗', '是否', '是不是', 'ли ', 'क्या', 'آیا', 'کیا'],
  },
  status: {
    words: ['status', 'standing', 'relationship', 'relation', 'relations', 'role', 'position', 'category', 'tie', 'ties', 'connection', 'involved', 'involvement', 'affiliation', 'participate', 'participates', 'part'],
    intl: ['地位', '身份', '状态', '关系', 'статус', 'положение', 'स्थिति', 'दर्जा', 'وضعیت', 'جایگاه', 'حیثیت'],
  },
  partner: {
    words: ['partner', 'partners', 'partnership', 'observer', 'observers', 'dialogue', 'dialog'],
    intl: ['伙伴', '观察员', 'партн', 'наблюдат', 'साझेदार', 'भागीदार', 'पर्यवेक्षक', 'شریک', 'ناظر'],
  },
  observer: { words: ['observer', 'observers', 'observership'], intl: ['观察员', 'наблюдат', 'पर्यवेक्षक', 'ناظر'] },
  dialogue: { words: ['dialogue', 'dialog'], intl: ['对话', 'диалог', 'संवाद', 'گفتگو'] },
  applicant: { words: ['apply', 'applied', 'applies', 'application', 'applications', 'applicant', 'applicants', 'candidate', 'candidates', 'bid', 'applying', 'aspiring', 'pending'], intl: ['申请', 'заявк', 'आवेदन', 'درخواست'] },
  count: { words: ['many', 'number', 'count', 'total', 'size', 'much'], phrases: ['how many'], intl: ['多少', '几个', '几国', 'сколько', 'число', 'количество', 'कितने', 'कितना', 'چند', 'تعداد', 'کتنے'] },
  list: { words: ['list', 'name', 'names', 'all', 'enumerate', 'which', 'who', 'current', 'tell'], phrases: ['what are', 'who are'], intl: ['哪些', '名单', 'список', 'какие', 'перечисл', 'सूची', 'कौन', 'فهرست', 'کدام'] },
  founded: { words: ['founded', 'found', 'founding', 'established', 'establish', 'establishment', 'created', 'create', 'creation', 'formed', 'formation', 'origin', 'origins', 'started', 'start', 'began', 'begin', 'born', 'birth', 'inception', 'old', 'history', 'set'], intl: ['成立', '创立', '建立', 'основан', 'создан', 'स्थापना', 'تأسیس', 'تاسیس'] },
  founder: { words: ['founder', 'founders', 'founding', 'original', 'originally', 'initial'], phrases: ['founding member', 'founding members', 'original members'], intl: ['创始', 'основател', 'संस्थापक', 'بنیانگذار'] },
  shanghaiFive: { phrases: ['shanghai five', 'shanghai 5', 'shanghai-five'], intl: ['上海五国', 'шанхайская пятерка', 'шанхайской пятерки', 'шанхайская пятёрка'] },
  charter: { words: ['charter', 'treaty', 'constitution'], intl: ['宪章', 'хартия', 'устав', 'चार्टर', 'منشور'] },
  secretariat: { words: ['secretariat', 'headquarters', 'hq', 'headquartered', 'office', 'offices'], intl: ['秘书处', 'секретариат', 'सचिवालय', 'دبیرخانه'] },
  rats: { words: ['rats', 'antiterrorist', 'antiterrorism', 'counterterrorism', 'antiterror', 'counterterror'], phrases: ['anti terrorist', 'anti terrorism', 'regional anti', 'counter terrorism', 'anti terror', 'counter terror'], intl: ['地区反恐', 'рats', 'рсатс', 'ратс', 'антитеррор'] },
  secgen: { words: ['sg', 'secgen', 'secretarygeneral', 'secretary', 'leader', 'leads', 'chief', 'boss', 'runs', 'bureaucrat'], phrases: ['secretary general', 'sec gen', 'heads the sco', 'heads sco', 'who heads', 'heads the organisation', 'heads the organization', 'secretary generals', 'general secretary', 'head of the sco', 'head of sco', 'in charge', 'top official', 'leads the sco', 'runs the sco', 'top civil servant', 'chief executive', 'executive head', 'administrative head', 'chief administrator', 'highest official'], intl: ['秘书长', 'генсек', 'генеральный секретар', 'महासचिव', 'دبیرکل'] },
  previous: { words: ['previous', 'predecessor', 'preceded', 'before', 'former', 'prior', 'earlier', 'past', 'last', 'ex', 'preceding'], intl: ['前任', 'предшественник', 'прежн', 'पूर्व', 'قبلی'] },
  language: { words: ['language', 'languages', 'lang', 'langauge', 'langauges', 'speak', 'spoken', 'tongue'], intl: ['语言', 'язык', 'भाषा', 'زبان'] },
  chair: { words: ['chair', 'chairs', 'chairing', 'chaired', 'chairmanship', 'chairman', 'chairperson', 'presidency', 'presides', 'presided', 'presiding', 'rotating', 'rotation', 'chairship'], intl: ['主席国', '轮值', '主持', 'председат', 'अध्यक्ष', 'ریاست'] },
  summit: { words: ['summit', 'summits', 'sumit', 'summitt', 'chs'], phrases: ['heads of state', 'council of heads of state', 'leaders meeting'], intl: ['峰会', 'саммит', 'शिखर', 'اجلاس', 'نشست سران'] },
  next: { words: ['next', 'upcoming', 'coming', 'future', 'following'], intl: ['下一', '下届', 'следующ', 'अगला', 'अगले', 'بعدی'] },
  last: { words: ['last', 'latest', 'previous', 'recent', 'most', 'newest'], intl: ['上一', '最近', 'последн', 'पिछला', 'آخرین'] },
  host: { words: ['host', 'hosts', 'hosted', 'hosting', 'held', 'venue', 'where'], intl: ['主办', '举办', 'принима', 'провод', 'मेजबान', 'میزبان'] },
  capital: { words: ['capital', 'capitals', 'capitol'], intl: ['首都', 'столиц', 'राजधानी', 'پایتخت', 'دارالحکومت'] },
  code: { words: ['code', 'codes', 'iso', 'abbreviation', 'abbreviated', 'alpha', 'alpha2', 'alpha3', 'abbrev'], intl: ['代码', 'код', 'कोड', 'کد'] },
  defence: { words: ['defence', 'defense', 'military', 'defensa', 'defenc', 'deffence', 'armed', 'war', 'army'], intl: ['国防', 'обороны', 'министр обороны', 'रक्षा', 'دفاع'] },
  minister: { words: ['dm', 'mod', 'defmin', 'ministers', 'ministerial', 'ministry', 'ministries', 'minster', 'ministre'], intl: ['部长', 'министр', 'मंत्री', 'وزیر'] },
  attend: { words: ['attend', 'attended', 'attending', 'attendance', 'attendees', 'participants', 'participated', 'present', 'came', 'went', 'represented', 'showed', 'delegations', 'delegation'], intl: ['出席', 'участвова', 'भाग', 'شرکت'] },
  refuse: { words: ['refuse', 'refused', 'refusal', 'refuses', 'reject', 'rejected', 'declined', 'decline', 'boycott', 'boycotted', 'sign', 'signed', 'signing', 'walked', 'object', 'objected', 'objection', 'veto', 'vetoed', 'blocked', 'didnt', 'not', 'wouldnt', 'dispute', 'disagreement'], intl: ['拒绝', 'отказ', 'इनकार', 'رد کرد', 'امتناع'] },
  outcome: { words: ['outcome', 'outcomes', 'result', 'results', 'happen', 'decide', 'agree', 'discuss', 'discussed', 'decided', 'decision', 'decisions', 'adopted', 'agreed', 'happened', 'achieved', 'accomplished', 'produce', 'produced', 'documents', 'signed', 'declaration', 'about'], intl: ['成果', 'итог', 'परिणाम', 'نتیجه'] },
  recent: { words: ['recent', 'recently', 'newest', 'latest', 'last', 'youngest', 'new', 'newer'], phrases: ['most recent', 'most recently'], intl: ['最新', '最近', 'последн', 'नवीनतम', 'جدیدترین'] },
  first: { words: ['first', 'earlier', 'earliest', 'sooner', 'before', 'older', 'oldest', 'longer', 'ahead', 'compare', 'comparison', 'vs', 'versus', 'later', 'latest'], intl: ['先', 'раньше', 'पहले', 'زودتر'] },
  nato: { words: ['nato', 'otan', 'hague', 'gdp'], phrases: ['the hague', 'north atlantic'], intl: ['北约', 'нато', 'नाटो', 'ناتو'] },
  claim: { words: ['true', 'claim', 'claims', 'correct', 'really', 'accurate', 'right', 'wrong', 'false', 'fact', 'verify', 'confirm', 'article', 'says', 'said', 'heard', 'read', 'reported', 'report', 'seed', 'boasts', 'actually', 'indeed', 'myth', 'misinformation', 'check', 'legit'], intl: ['真的', 'правда', 'верно', 'सच', 'درست'] },
  current: { words: ['current', 'currently', 'now', 'today', 'present', 'presently', 'nowadays', 'incumbent', 'still', 'this'], phrases: ['right now', 'at the moment', 'as of now'], intl: ['现在', '目前', 'сейчас', 'сегодня', 'अभी', 'वर्तमान', 'اکنون', 'فعلا'] },
  former: { words: ['former', 'formerly', 'ex', 'previous', 'previously', 'old', 'past', 'used', 'merged', 'merger', 'merge'], intl: ['前', 'бывш', 'पूर्व', 'سابق'] },
  meeting: { words: ['meeting', 'meetings', 'meet', 'met', 'conference', 'gathering', 'session', 'talks'], intl: ['会议', 'встреч', 'совещани', 'बैठक', 'نشست'] },
  statement: { words: ['statement', 'communique', 'communiqué', 'declaration', 'document', 'joint'], intl: ['声明', 'заявлен', 'коммюнике', 'बयान', 'بیانیه'] },
  sources: { words: ['source', 'sources', 'citation', 'citations', 'cite', 'reference', 'references', 'globe', 'diplomat', 'eurasianet', 'scmp', 'secretok'], intl: ['来源', 'источник', 'स्रोत', 'منبع'] },
  future: { words: ['will', 'going', 'gonna', 'predict', 'prediction', 'forecast', 'expect', 'likely', 'chance', 'chances', 'odds', 'upcoming', 'future', 'soon', 'eventually', 'plan', 'plans', 'would', 'could', 'might', 'should', '2027', '2028', '2029', '2030'], intl: ['将', '会不会', 'будет', 'станет', 'होगा', 'खواهد', 'خواهد'] },
  sco: { words: ['sco', 'shanghai', 'organisation', 'organization', 'shos', 'bloc', 'group', 'grouping', 'alliance', 'org'], intl: ['上合', '上海合作', 'шос', 'шанхайск', 'एससीओ', 'शंघाई', 'شانگهای', 'ایس سی او'] },
  headsOfGov: { phrases: ['heads of government', 'prime ministers', 'council of heads of government', 'head of government'], intl: ['政府首脑', 'глав правительств'] },
  name: { words: ['name', 'called', 'named', 'known', 'stand', 'stands', 'mean', 'means', 'acronym', 'abbreviation'], phrases: ['full name', 'stand for'] },
  leave: { words: ['leave', 'left', 'quit', 'expelled', 'withdraw', 'withdrew', 'suspended', 'exit'], intl: ['退出', 'выход', 'вышел'] },
  weather: { words: ['weather', 'temperature', 'rain', 'raining', 'sunny', 'forecast', 'snow', 'humidity', 'climate'], intl: ['天气', 'погода', 'मौसम', 'هوا'] },
  invest: { words: ['invest', 'investing', 'investment', 'stock', 'stocks', 'shares', 'buy', 'sell', 'crypto', 'bitcoin', 'portfolio', 'etf', 'bonds', 'trading', 'forex', 'profit', 'rupee', 'yuan', 'ruble', 'price', 'oil'], intl: ['投资', '股票', 'инвест', 'акци', 'निवेश', 'سرمایه'] },
  election: { words: ['election', 'elections', 'elected', 'vote', 'voting', 'poll', 'polls', 'win', 'wins', 'winner', 'president', 'campaign', 'reelected'], intl: ['选举', 'выбор', 'चुनाव', 'انتخابات'] },
  predict: { words: ['predict', 'prediction', 'predictions', 'forecast', 'guess', 'speculate', 'odds', 'likely', 'chances', 'probability', 'expect', 'expected', 'will', 'gonna'], intl: ['预测', 'прогноз', 'भविष्यवाणी', 'پیش بینی'] },
  injection: { words: ['ignore', 'disregard', 'forget', 'override', 'jailbreak', 'pretend', 'roleplay', 'dan', 'bypass', 'unrestricted', 'sudo'], phrases: ['previous instructions', 'your instructions', 'your rules', 'act as', 'you are now', 'from now on', 'developer mode', 'new instructions', 'system message', 'no restrictions'], intl: ['忽略', 'игнорир', 'अनदेखा', 'نادیده'] },
  secret: { words: ['prompt', 'prompts', 'token', 'tokens', 'password', 'passwords', 'api', 'apikey', 'secret', 'secrets', 'credentials', 'env', 'config', 'configuration', 'instructions', 'internal', 'source code'], phrases: ['system prompt', 'hidden prompt', 'your prompt', 'your instructions', 'bot token', 'api key'] },
  privateData: { words: ['dm', 'dms', 'messages', 'email', 'emails', 'phone', 'address', 'ip', 'logs', 'private', 'personal', 'userid', 'users'], phrases: ['other users', 'other people', 'who asked', 'what did', 'user data', 'other user', 'someone else', 'their messages', 'chat history', 'subscribed channels'] },
  insult: { words: ['stupid', 'dumb', 'idiots', 'idiot', 'inferior', 'lazy', 'dirty', 'worst', 'hate', 'trash', 'rubbish', 'backward', 'primitive', 'savages', 'terrorists', 'criminals', 'thieves', 'liars', 'cheats', 'ugly', 'smell', 'smelly', 'uncivilized', 'uncivilised', 'joke', 'scum', 'vermin', 'subhuman', 'barbaric', 'barbarians', 'insult', 'mock', 'roast'], phrases: ['make fun', 'are all', 'people are', 'are so', 'why are'] },
  news: { words: ['breaking', 'news', 'headline', 'headlines', 'today', 'yesterday', 'tonight', 'latest', 'happening', 'live', 'update', 'updates'], phrases: ['right now', 'this week', 'this morning', 'last night', 'just now', 'just happened'] },
  greeting: { words: ['hi', 'hello', 'hey', 'thanks', 'thank', 'howdy', 'yo', 'sup'] },
  help: { words: ['help', 'commands', 'usage', 'capabilities', 'able'], phrases: ['what can you', 'what do you', 'how do i', 'how to use'] },
  cis: { words: ['cis', 'commonwealth'] },
  reliable: { words: ['real', 'exist', 'exists', 'existed', 'reliable', 'trustworthy', 'fake', 'legit', 'legitimate', 'genuine', 'credible', 'trust', 'fabricated', 'invented', 'bogus', 'cite', 'citing', 'official'] },
  tourism: { words: ['tourism', 'tourist', 'cultural', 'culture', 'cholpon'] },
  strategy: { words: ['strategy', '2035'], phrases: ['development strategy'] },
  motto: { words: ['motto', 'slogan', 'theme', 'priorities'] },
  largest: { words: ['largest', 'biggest', 'big', 'large', 'record'] },
  ordinal: { words: ['22nd', 'ordinal', 'edition', 'numbered', 'twenty', 'second', 'nth'] },
  family: { phrases: ['sco family', 'family'] },
  connected: { words: ['connected', 'affiliated', 'associated', 'linked', 'relationship', 'involved', 'participant'] },
  body: { words: ['body', 'bodies', 'organ', 'organs', 'permanent', 'structure', 'structures', 'institution', 'institutions', 'supreme', 'council'] },
};

const byWord = new Map<string, Concept[]>();
const phrases: { phrase: string; concept: Concept }[] = [];
const intl: { key: string; concept: Concept }[] = [];
for (const [concept, entry] of Object.entries(LEXICON) as [Concept, Entry][]) {
  for (const w of entry.words ?? []) byWord.set(w, [...(byWord.get(w) ?? []), concept]);
  for (const p of entry.phrases ?? []) phrases.push({ phrase: ` ${p} `, concept });
  for (const k of entry.intl ?? []) intl.push({ key: k, concept });
}
/** Words long enough to correct a typo towards (short words would attract ordinary ones). */
const typoTargets = [...byWord.keys()].filter((w) => w.length >= 6);
const shortTargets = [...byWord.keys()].filter((w) => w.length === 5);

/** Words that sit one edit from a keyword but mean something else. */
const NOT_TYPOS = new Set(['members', 'chained', 'charted', 'charters', 'sighed', 'signal', 'mother', 'joiner', 'partly', 'formal', 'foreign', 'stated', 'status', 'states', 'nation', 'nations', 'counts', 'countries', 'country', 'leader', 'leaders']);

/**
 * Phrases whose words would each signal something the phrase does not mean: "signed up" is
 * joining, not a signature refused; "called in full" asks the name, not full membership.
 */
const OVERRIDES: { phrase: RegExp; remove: Concept[]; unless?: RegExp }[] = [
  { phrase: / (sign|signs|signed|signing) up /, remove: ['refuse', 'outcome'], unless: / (refus\w*|reject\w*|declin\w*|statement|declaration|communique|document) / },
  { phrase: / in full /, remove: ['member'], unless: / (member|members|membership|part of) / },
];

export interface Concepts {
  has(c: Concept): boolean;
  /** The words that matched nothing: what a question holds beyond the known vocabulary. */
  unknown: string[];
  readonly set: ReadonlySet<Concept>;
}

/** The concepts a question carries; `skip` are words already taken as names (countries, people, cities). */
export function conceptsOf(q: Question, skip: ReadonlySet<string> = new Set()): Concepts {
  const set = new Set<Concept>();
  const unknown: string[] = [];
  for (const w of q.words) {
    const hit = byWord.get(w);
    if (hit) {
      hit.forEach((c) => set.add(c));
      continue;
    }
    if (skip.has(w) || /^\d/.test(w)) continue;
    if (STOPWORDS.has(w) || COMMON.has(w)) {
      unknown.push(w);
      continue;
    }
    if (w.length >= 5 && !NOT_TYPOS.has(w)) {
      const near = closestKeyword(w);
      if (near) {
        byWord.get(near)!.forEach((c) => set.add(c));
        continue;
      }
    }
    unknown.push(w);
  }
  for (const { phrase, concept } of phrases) if (q.padded.includes(phrase)) set.add(concept);
  for (const o of OVERRIDES) if (o.phrase.test(q.padded) && !o.unless?.test(q.padded)) o.remove.forEach((c) => set.delete(c));
  if (q.lang !== 'en') for (const { key, concept } of intl) if (q.folded.includes(key)) set.add(concept);
  return { has: (c) => set.has(c), unknown, set };
}

function closestKeyword(word: string): string | undefined {
  // Five-letter words are corrected only for swapped letters: one edit turns too many ordinary words into keywords.
  if (word.length === 5) return shortTargets.find((t) => isSwap(t, word));
  const allowed = word.length >= 10 ? 2 : 1;
  let best: string | undefined;
  let bestD = allowed + 1;
  for (const t of typoTargets) {
    if (Math.abs(t.length - word.length) > allowed) continue;
    if (allowed === 2 && t[0] !== word[0]) continue;
    const d = isSwap(t, word) ? 1 : distance(t, word);
    if (d < bestD) {
      bestD = d;
      best = t;
    }
  }
  return bestD <= allowed ? best : undefined;
}

/** Is the word part of the question vocabulary (so not a name)? */
export function isKeyword(word: string): boolean {
  return byWord.has(word);
}
