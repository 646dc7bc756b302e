import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { facts, TEST_NOW } from '../helpers/app.js';
import { AskEngine } from '../../src/ask/engine.js';
import { judgeFresh, type FreshItem } from './fresh-eval.js';
import { readingProblems, type ReadingKind } from './reading.js';

/**
 * The fresh sets (written unseen, scored on their first runs in EVAL.md), kept as regression sets after
 * their first runs. As with questions.json, fresh-known-failures.json lists what fails today: the
 * test fails on a new failure and on a listed one that now passes, so the lists only shrink.
 */
const here = dirname(fileURLToPath(import.meta.url));
const known = JSON.parse(readFileSync(join(here, 'fresh-known-failures.json'), 'utf8')) as Record<
  string,
  { answers: string[]; reading: string[] }
>;
const engine = new AskEngine(facts().withClock(TEST_NOW));

for (const set of [
  'fresh-a',
  'fresh-b',
  'fresh-d',
  'fresh-e',
  'fresh-f',
  'fresh-g',
  'fresh-h',
  'fresh-i',
  'fresh-j',
  'fresh-k',
  'fresh-l',
  'fresh-m',
  'fresh-n',
  'fresh-o',
  'fresh-p',
  'fresh-q',
  'fresh-r',
  'fresh-s',
  'fresh-t',
  'fresh-u',
  'fresh-v',
  'fresh-w',
  'fresh-x',
  'fresh-y',
  'fresh-z',
  'fresh-aa',
  'fresh-ab',
  'fresh-ac',
  'fresh-ad',
  'fresh-ae',
  'fresh-af',
  'fresh-ag',
  'fresh-ah',
  'fresh-ai',
  'fresh-aj',
  'fresh-ak',
  'fresh-al',
  'fresh-am',
  'fresh-an',
  'fresh-ao',
  'fresh-ap',
  'fresh-aq',
  'fresh-ar',
  'fresh-as',
  'fresh-at',
  'fresh-au',
  'fresh-av',
  'fresh-aw',
  'fresh-ax',
  'fresh-ay',
  'fresh-az',
  'fresh-ba',
  'fresh-bb',
  'fresh-bc',
  'fresh-bd',
  'fresh-be',
  'fresh-bf',
  'fresh-bg',
  'fresh-bh',
  'fresh-bi',
  'fresh-bj',
  'fresh-bk',
  'fresh-bl',
  'fresh-bm',
  'fresh-bn',
  'fresh-bo',
  'fresh-bp',
  'fresh-bq',
  'fresh-br',
  'fresh-bs',
  'fresh-bt',
  'fresh-bu',
  'fresh-bv',
  'fresh-bw',
  'fresh-bx',
  'fresh-by',
  'fresh-bz',
  'fresh-ca',
  'fresh-cb',
  'fresh-cc',
  'fresh-cd',
  'fresh-ce',
  'fresh-cf',
  'fresh-cg',
  'fresh-ch',
  'fresh-ci',
  'fresh-cj',
  'fresh-ck',
  'fresh-cl',
  'fresh-cm',
  'fresh-cn',
  'fresh-co',
  'fresh-cp',
  'fresh-cq',
  'fresh-cr',
  'fresh-cs',
  'fresh-ct',
  'fresh-cu',
  'fresh-cv',
  'fresh-cw',
  'fresh-cx',
  'fresh-cy',
  'fresh-cz',
  'fresh-da',
  'fresh-db',
  'fresh-dc',
  'fresh-dd',
  'fresh-de',
  'fresh-df',
  'fresh-dg',
  'fresh-dh',
  'fresh-di',
  'fresh-dj',
  'fresh-dk',
  'fresh-dl',
  'fresh-dm',
  'fresh-dn',
  'fresh-do',
  'fresh-dq',
  'fresh-dp',
  'fresh-dr',
  'fresh-dt',
  'fresh-ds',
  'fresh-du',
  'fresh-dv',
  'fresh-dw',
  'fresh-dx',
  'fresh-dy',
  'fresh-dz',
  'fresh-ea',
  'fresh-eb',
  'fresh-ec',
  'fresh-ed',
  'fresh-ee',
  'fresh-ef',
  'fresh-eg',
  'fresh-eh',
  'fresh-ei',
  'fresh-ej',
  'fresh-ek',
  'fresh-el',
  'fresh-em',
  'fresh-en',
  'fresh-eo',
  'fresh-ep',
  'fresh-eq',
  'fresh-er',
  'fresh-es',
  'fresh-et',
  'fresh-eu',
  'fresh-ev',
  'fresh-ew',
  'fresh-ex',
  'fresh-ey',
  'fresh-ez',
  'fresh-fa',
  'fresh-fb',
  'fresh-fc',
  'fresh-fd',
  'fresh-fe',
  'fresh-ff',
  'fresh-fg',
  'fresh-fh',
  'fresh-fi',
  'fresh-fj',
  'fresh-fk',
  'fresh-fl',
  'fresh-fm',
  'fresh-fn',
  'fresh-fo',
  'fresh-fp',
  'fresh-fq',
  'fresh-fr',
  'fresh-fs',
  'fresh-ft',
  'fresh-fu',
  'fresh-fv',
]) {
  describe(`the ${set} set`, () => {
    const items = JSON.parse(readFileSync(join(here, 'fresh', `${set}.json`), 'utf8')) as FreshItem[];
    const replies = new Map(items.map((i) => [i.q, engine.answer(i.q)]));
    const list = known[set]!;

    it('has no answer failure outside its known list, and every listed one still fails', () => {
      const failing = new Set(items.filter((i) => judgeFresh(i, replies.get(i.q)!).length > 0).map((i) => i.q));
      expect(
        [...failing].filter((q) => !list.answers.includes(q)),
        'new failures',
      ).toEqual([]);
      expect(
        list.answers.filter((q) => !failing.has(q)),
        'now pass: remove them from fresh-known-failures.json',
      ).toEqual([]);
    });

    it('has no reading failure outside its known list, and every listed one still fails', () => {
      const failing = new Set(
        items.flatMap((i) =>
          readingProblems(i.q, i.kind as ReadingKind, replies.get(i.q)!).map((p) => `${i.q} :: ${p}`),
        ),
      );
      expect(
        [...failing].filter((k) => !list.reading.includes(k)),
        'new reading failures',
      ).toEqual([]);
      expect(
        list.reading.filter((k) => !failing.has(k)),
        'now pass: remove them from fresh-known-failures.json',
      ).toEqual([]);
    });
  });
}
