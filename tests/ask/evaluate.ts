import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Reply } from '../../src/reply/model.js';
import { toPlainText } from '../../src/reply/plain-text.js';

/** One evaluation question: what the answer must say, must not say, and what kind of answer it is. */
export interface EvalQuestion {
  q: string;
  family: string;
  /** fact: states a sourced fact; decline: out of scope, no fact; noData: in scope but not held, no prediction. */
  kind: 'fact' | 'decline' | 'noData';
  /** Each entry must appear; an entry that is a list is met by any one of its strings (an answer in the asker's language or in English). */
  must: (string | string[])[];
  mustNot: string[];
  /** 1: written before the engine was tuned; 2: added from later probing of new phrasings; 3 and later: fresh phrasings written before the engine was looked at, scored on their first run. */
  batch?: number;
}

export function loadQuestions(): EvalQuestion[] {
  const here = dirname(fileURLToPath(import.meta.url));
  return JSON.parse(readFileSync(join(here, 'questions.json'), 'utf8')) as EvalQuestion[];
}

/** Pings that must never leave the bot, whatever the question held. */
export const MASS_MENTION = /@everyone|@here|@channel|<!channel>|<!here>|<!everyone>|<@&\d+>|<@!?\d+>/i;

/** A bare number must stand alone: "8" is not found in "2018", nor "27" in the date "27 April 2026". */
export function contains(text: string, wanted: string): boolean {
  if (/^\d+$/.test(wanted))
    return new RegExp(
      `(?<![\\d.])${wanted}(?!\\d| (january|february|march|april|may|june|july|august|september|october|november|december))`,
    ).test(text);
  return text.includes(wanted);
}

/** Why a reply fails its question, or an empty list when it passes. */
export function judge(item: EvalQuestion, reply: Reply): string[] {
  const text = toPlainText(reply);
  const lower = text.toLowerCase();
  const problems: string[] = [];
  for (const m of item.must) {
    const anyOf = Array.isArray(m) ? m : [m];
    if (!anyOf.some((s) => contains(lower, s.toLowerCase()))) problems.push(`missing "${anyOf.join('" or "')}"`);
  }
  for (const m of item.mustNot) if (lower.includes(m.toLowerCase())) problems.push(`contains "${m}"`);
  if (MASS_MENTION.test(text)) problems.push('repeats a mention');
  if (item.kind === 'fact' && reply.sources.length === 0) problems.push('states a fact without sources');
  if (item.kind === 'decline' && reply.sources.length > 0)
    problems.push('a decline cites sources (it should state no fact)');
  return problems;
}
