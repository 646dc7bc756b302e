import type { FactStore } from '../facts/store.js';
import { latinWords } from './text.js';
import { STOPWORDS } from './stopwords.js';
import type { AskContext } from './context.js';
import { synonymsOf } from './synonyms.js';

const cache = new WeakMap<FactStore, ReadonlySet<string>>();

/** Every word the data's own texts use (addresses left out): what the data could possibly hold something on. */
export function dataVocabulary(facts: FactStore): ReadonlySet<string> {
  let words = cache.get(facts);
  if (!words) {
    const text = JSON.stringify(facts.data).replace(/https?:\/\/[^"\s]+/g, ' ');
    words = new Set(latinWords(text));
    cache.set(facts, words);
  }
  return words;
}

/** Head nouns that only say what kind of answer is wanted ("which town", "what kind"), never the topic. */
const FRAME = new Set(['town', 'towns', 'city', 'cities', 'place', 'places', 'nation', 'nations', 'country', 'countries', 'state', 'states', 'thing', 'things', 'person', 'people', 'persons', 'official', 'officials', 'body', 'bodies', 'organisation', 'organisations', 'organization', 'organizations', 'group', 'groups', 'event', 'events', 'time', 'times', 'kind', 'type', 'sort', 'one', 'ones', 'else', 'exactly', 'specifically', 'percentage', 'percent', 'proportion', 'share', 'number', 'amount', 'happens', 'about', 'info', 'information', 'details', 'detail', 'facts', 'fact']);

/**
 * The noun a question is about, when the data's vocabulary has no word for it:
 * "what rights do partners have", "how much money", "does the SCO have a parliament".
 */
export function keyNounNotHeld(ctx: AskContext): string | undefined {
  const { q, c } = ctx;
  if (q.lang !== 'en') return undefined;
  const m =
    /^ (?:so |and |ok |hey )?(?:what|which|whats)(?: kind of| type of| sort of)? ([a-z]+) /.exec(q.padded) ??
    / how (?:many|much) ([a-z]+) /.exec(q.padded) ??
    / (?:does|do|did) (?:the )?(?:sco|organisation|organization|it|they) (?:have|has|run|own|hold) (?:a |an |any |its own |their own |an own )?([a-z]+) /.exec(q.padded) ??
    / is there (?:a |an |any )?(?:sco |common |joint |single )?([a-z]+) /.exec(q.padded);
  const noun = m?.[1];
  if (!noun || noun.length < 4 || STOPWORDS.has(noun) || FRAME.has(noun) || !c.unknown.includes(noun)) return undefined;
  const vocab = dataVocabulary(ctx.facts);
  // No stemming beyond -ies and a plural s: "rights" is not "right" (as in "partly right").
  const stems = synonymsOf(noun).flatMap((w) => [w, w.replace(/ies$/, 'y'), `${w}s`, `${w}es`]);
  return stems.some((s) => vocab.has(s)) ? undefined : noun;
}
