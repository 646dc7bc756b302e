import type { Concepts } from './lexicon.js';
import type { Entities } from './entities.js';
import type { Question } from './text.js';

export type OutOfScope = 'injection' | 'secrets' | 'private-data' | 'insult' | 'opinion' | 'weather' | 'investment' | 'election' | 'news' | 'mass-mention' | 'creative' | 'off-topic';

const INJECTION = [
  /\b(ignore|disregard|forget|override|bypass|drop)\b.{0,40}\b(instructions?|rules?|prompts?|guidelines|previous|above|everything|restrictions?|system|programming|training|policies|policy)\b/,
  /\byou are (now|no longer)\b/,
  /\b(act|behave|respond|answer) as (if|an?|my|the)\b/,
  /\bpretend( to be| you)\b/,
  /\b(jailbreak|developer mode|dan mode|god mode|no restrictions|unfiltered|uncensored)\b/,
  /\bnew (instructions|rules|persona|role)\b/,
  /\bfrom now on\b/,
  /\b(repeat|print|show|reveal|tell|output|leak|dump|display|give)\b.{0,30}\b(system|hidden|initial|secret|original|internal)\b.{0,15}\b(prompt|instructions?|message|rules|config)/,
  /\bsay (that )?(iran|india|china|russia|pakistan|the sco)\b.{0,40}\b(joined|is|was|has)\b/,
];

const SECRETS = [
  /\b(system|hidden|initial|internal|your|the bot s|secret) (prompt|prompts|instructions|rules|configuration|config)\b/,
  /\b(bot|api|discord|slack|access|signing) (token|key|secret)s?\b/,
  /\b(tokens?|passwords?|api keys?|credentials|env vars?|environment variables|dotenv|secrets?)\b/,
  /\b(what|which) (instructions|rules|guidelines|prompts?|directives)\b.{0,30}\b(you|your|given|got|have)\b/,
  /\byour (instructions|programming|guidelines|system|rules|training data|source code|settings|config)\b/,
  /\b(config|configuration|settings|source code|code base|codebase|database|env) (file|files|of the bot)?\b.{0,10}$/,
  /\b(show|print|dump|give|send|read) (me )?(the |your )?(config|configuration|env|settings|source code|database|logs?)\b/,
];

const PRIVATE = [
  /\b(other|another|all|every) (users?|people|members of this (server|channel|workspace)|persons?)\b.{0,40}\b(asked|ask|messages?|dms?|data|questions?|said|wrote|emails?|ids?|history|info|information|details)\b/,
  /\b(what|which|who) (did|has|have) (someone|somebody|anyone|other users?|\w+ else|my (boss|colleague|friend))\b.{0,20}\b(ask|asked|say|said|write|wrote|type)\b/,
  /\b(who|which users?) (asked|used|subscribed|messaged)\b/,
  /\b(user|users) (data|ids?|list|emails?|messages|history|logs?)\b/,
  /\b(chat|message|dm|query|question|search) (history|logs?) of\b/,
  /\b(email|e mail|phone|mobile|cell|telephone|home|ip|postal) (address|number|no)(es|s)?\b/,
  /\bwhere does .{1,30} live\b/,
  /\b(read|show|give|list|dump|export|see)\b.{0,20}\b(dms?|direct messages|private messages|logs|query logs|database|db)\b/,
  /\b(ask|asked|tell|told|say|said|write|wrote|send|sent|message|messaged) you\b/,
  /\b(who|anyone|anybody|somebody|someone) (else )?(has |have )?(asked|asks|searched|looked up|queried|requested)\b/,
  /\b(users?|people|members) (who|that) (asked|used|searched|queried|subscribed)\b/,
];

/** A request to ping many people, judged on the text as typed (the mentions are stripped later). */
const MASS_REQUEST = /\b(ping|mention|tag|notify|alert|tell|message|remind|announce|say|post|send|write)\b[^.?!]{0,30}(@everyone|@here|@channel|<!channel>|<!here>|<!everyone>|<@&\d+>)|(@everyone|@here|@channel|<!channel>|<!here>|<!everyone>|<@&\d+>)[^.?!]{0,10}\b(ping|tell|know|notify|alert)\b/;

/** Judgements the bot does not make: good or bad, rankings, motives. */
const JUDGEMENT = /\b(boss|bosses|ruler|rules over|master|owner|owns|controls|in control of|hegemon|hegemony|dominant|evil|bad|good|terrorist state|terror state|rogue|dangerous|threat|threatening|dominat\w*|anti western|anti west|anti american|better than|worse than|rank|ranking|rate them|corrupt|friend or foe|authoritarian|dictatorships?|democratic|democracy|puppet|bully|aggressive|hostile)\b/;

const INSULT_TARGET = /\b(chinese|russians?|kazakhs?|kyrgyz|tajiks?|uzbeks?|indians?|pakistanis?|iranians?|persians?|belarusians?|afghans?|mongolians?|armenians?|turks?|arabs?|muslims?|hindus?|people|nationals?|immigrants?|they|them|those|these)\b/;
const INSULT_WORDS = /\b(rude|offensive|racist|nasty|insulting|derogatory|slurs?|hateful|stupid|dumb|idiots?|inferior|lazy|dirty|smelly|smell|backward|primitive|savages?|uncivili[sz]ed|scum|vermin|subhuman|barbaric|barbarians?|cockroaches|animals|worthless|useless|ugly|liars|thieves|cheats?|criminals|terrorists|untrustworthy)\b/;

/** Requests to write something (a poem, a story, an essay) rather than to be told a fact. */
const CREATIVE_PIECE = '(poem|poems|poetry|song|songs|lyrics|story|stories|essay|essays|limerick|haiku|sonnet|rap|verse|fiction|speech|tweet|slogan|novel|screenplay)';
const CREATIVE = [
  new RegExp(`\\b(write|compose|make up|generate|draft|sing)\\b.{0,25}\\b${CREATIVE_PIECE}\\b`),
  new RegExp(`\\b(tell|give|make|create) (me |us )?an? (\\w+ ){0,2}${CREATIVE_PIECE}\\b`),
];

/** Is the question something the bot declines, and which kind? */
export function outOfScope(q: Question, c: Concepts, e: Entities, raw: string): OutOfScope | undefined {
  const t = q.padded;
  if (INJECTION.some((r) => r.test(t)) || (q.lang !== 'en' && c.has('injection'))) return 'injection';
  if (MASS_REQUEST.test(raw.toLowerCase()) || /\b(ping|mention|tag|notify|alert) (everyone|everybody|all users|the (whole )?(channel|server|workspace)|the role|a role|all)\b/.test(t)) return 'mass-mention';
  if (SECRETS.some((r) => r.test(t))) return 'secrets';
  if (PRIVATE.some((r) => r.test(t))) return 'private-data';
  if ((INSULT_WORDS.test(t) && (INSULT_TARGET.test(t) || e.countries.length > 0)) || /\b(joke|jokes|make fun|mock|roast|insult)\b/.test(t) && (e.countries.length > 0 || INSULT_TARGET.test(t))) return 'insult';
  if (/\b(which|what) (country|nation|people|members?)\b.{0,30}\b(worst|dumbest|most stupid|laziest|dirtiest|most corrupt|ugliest)\b/.test(t) || /\b(worst|dumbest|laziest|dirtiest) (country|nation|people|member)\b/.test(t)) return 'insult';
  if (/\b(invest|investing|investment|stocks?|shares|crypto|bitcoin|portfolio|etfs?|bonds|forex|trading)\b/.test(t) || /\bshould i (buy|sell)\b/.test(t) || /\b(buy|sell) (stocks?|shares|gold|currency|rupees?|yuan|rubles?|roubles?)\b/.test(t)) return 'investment';
  if (/\b(worst|best|dumbest|smartest|most stupid|laziest|dirtiest|most corrupt|ugliest|greatest|superior|inferior|most powerful|strongest|weakest|most important|most useless)\b/.test(t) && (/\b(country|countries|nation|nations|people|member|members|partner|state|states)\b/.test(t) || e.countries.length > 0)) return 'opinion';
  // "Who is the boss of the Secretariat?" asks for a person, not whether a country dominates.
  const askedForPerson = /\bwho (is|s|was|are) (the )?(boss|bosses)\b/.test(t) && e.countries.length === 0;
  if (!askedForPerson && JUDGEMENT.test(t) && (e.countries.length > 0 || c.has('sco') || /\b(people|nation|nations|countries|country|members?)\b/.test(t))) return 'opinion';
  if (/\bshould (?!i\b)(\w+ ){0,3}(join|leave|quit|stay|expel|admit|become|get|remain|be expelled|be admitted|be allowed|be made|be given|be kicked)\b/.test(t) && (e.countries.length > 0 || c.has('sco'))) return 'opinion';
  if (CREATIVE.some((r) => r.test(t))) return 'creative';
  if (/\b(your|ur) (own )?(opinion|opinions|view|views|thoughts|take|feelings?|stance|position|preference)\b/.test(t) || /\bwhat do you (think|feel|believe)\b/.test(t) || /\bdo you (like|love|support|hate|prefer|trust|agree)\b/.test(t)) return 'opinion';
  if (c.has('weather')) return 'weather';
  if (c.has('election')) {
    if (/\b(election|elections|vote|voting|polls?|campaign|reelected|re elected|win the|who will win|electoral)\b/.test(t)) return 'election';
  }
  if (c.has('invest') && !c.has('sco') && !c.has('sources') && !c.has('claim') && !c.has('reliable') && e.countries.length === 0) return 'investment';
  if (e.events.length === 0 && e.countries.length === 0 && (/\b(breaking|headlines?)\b/.test(t) || /\b(news|happening|happened)\b.{0,20}\b(today|tonight|yesterday|right now|this week|this morning|just now|last night)\b/.test(t) || /\b(latest|today s|todays) news\b/.test(t))) return 'news';
  return undefined;
}
