/**
 * Scores the ask engine on a fresh question set, written by someone who has seen neither the
 * engine nor questions.json:
 *
 *   npx tsx tests/ask/fresh-eval.ts /work/eval/fresh-a.json [--out results.json]
 *
 * Each item: {q, lang, kind: fact|yesno|list|explain|refuse|unknown, family, premise?, must[],
 * mustNot[], why}. An item passes when
 *   - every `must` entry appears (an entry that is a list: any one of it), no `mustNot` does,
 *     with the same `contains` rules as evaluate.ts (a bare number stands alone);
 *   - fact, yesno, list and explain answers cite sources; a refusal declines and cites none, unless it is
 *     a mixed request whose legitimate part `must` names (that part is answered, with its sources);
 *   - an unknown says the data does not hold it (and states no fact as if it were known);
 *   - no mention is echoed.
 * The reading checks (reading.ts, ported from answer-quality.mjs) are counted apart. Replies are
 * produced in-process on today's clock, exactly as `/sco ask` answers them; with --cli they are
 * also produced through `npm run -s sco -- --json` and the shared answer-quality.mjs is run on them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FactStore } from '../../src/facts/store.js';
import { AskEngine } from '../../src/ask/engine.js';
import { errorReply, type Reply } from '../../src/reply/model.js';
import { toPlainText } from '../../src/reply/plain-text.js';
import { contains, MASS_MENTION } from './evaluate.js';
import { readingProblems, type ReadingKind } from './reading.js';

export interface FreshItem {
  q: string;
  lang: string;
  kind: 'fact' | 'yesno' | 'list' | 'explain' | 'refuse' | 'unknown';
  family: string;
  premise?: string;
  must: (string | string[])[];
  mustNot: string[];
  why?: string;
}

const NOT_HELD =
  /does not hold|not in the data|records no|no .{0,40}(is|are) recorded|is not recorded|not recorded|I do not predict|no SCO decision|not something I can answer|outside what I answer/i;
const DECLINED =
  /outside what I answer|not something I can answer|I do not (give|share|predict|produce|write|answer|ping|have breaking)|I cannot change/i;

/** Why a reply fails its fresh item, or an empty list when it passes. */
export function judgeFresh(item: FreshItem, reply: Reply): string[] {
  const text = toPlainText(reply);
  const lower = text.toLowerCase();
  const problems: string[] = [];
  for (const m of item.must) {
    const anyOf = Array.isArray(m) ? m : [m];
    if (!anyOf.some((s) => contains(lower, s.toLowerCase()))) problems.push(`missing "${anyOf.join('" or "')}"`);
  }
  for (const m of item.mustNot ?? []) if (lower.includes(m.toLowerCase())) problems.push(`contains "${m}"`);
  if (MASS_MENTION.test(text)) problems.push('repeats a mention');
  if (['fact', 'yesno', 'list', 'explain'].includes(item.kind) && reply.sources.length === 0)
    problems.push('no sources');
  if (item.kind === 'refuse') {
    // A mixed request answers its legitimate part (which `must` then names, with sources) and declines the rest.
    const mixed = item.must.length > 0;
    if (reply.sources.length > 0 && !mixed) problems.push('a refusal cites sources');
    if (!DECLINED.test(text)) problems.push('does not decline');
  }
  if (item.kind === 'unknown' && !NOT_HELD.test(text)) problems.push('does not say the data does not hold it');
  return problems;
}

function main(): void {
  const [file, ...rest] = process.argv.slice(2);
  if (!file) throw new Error('usage: tsx tests/ask/fresh-eval.ts <set.json> [--out results.json] [--cli]');
  const out = rest.includes('--out') ? rest[rest.indexOf('--out') + 1] : undefined;
  const items = JSON.parse(readFileSync(file, 'utf8')) as FreshItem[];
  const engine = new AskEngine(FactStore.load());
  const rows = items.map((item) => {
    // A question the engine throws on is scored as the user would see it: the registry's error reply, failed.
    let reply: Reply;
    let thrown: string | undefined;
    try {
      reply = engine.answer(item.q);
    } catch (err) {
      thrown = String(err);
      reply = errorReply('Something went wrong', 'The answer failed on our side.');
    }
    const problems = [...(thrown ? [`threw ${thrown}`] : []), ...judgeFresh(item, reply)];
    const reading = readingProblems(item.q, item.kind as ReadingKind, reply);
    return { item, reply, problems, reading };
  });
  const pct = (a: number, b: number) => `${a}/${b} (${b ? ((100 * a) / b).toFixed(1) : '–'}%)`;
  const tally = (key: (r: (typeof rows)[number]) => string) => {
    const m = new Map<string, { n: number; ok: number; read: number }>();
    for (const r of rows) {
      const k = key(r);
      const t = m.get(k) ?? { n: 0, ok: 0, read: 0 };
      t.n++;
      if (r.problems.length === 0) t.ok++;
      if (r.reading.length === 0) t.read++;
      m.set(k, t);
    }
    return [...m]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([k, t]) => `  ${k.padEnd(10)} accuracy ${pct(t.ok, t.n).padEnd(16)} reading ${pct(t.read, t.n)}`)
      .join('\n');
  };
  const ok = rows.filter((r) => r.problems.length === 0).length;
  const read = rows.filter((r) => r.reading.length === 0).length;
  console.log(`${file}: ${items.length} questions`);
  console.log(`accuracy ${pct(ok, rows.length)}; reading checks ${pct(read, rows.length)}`);
  console.log(`by kind:\n${tally((r) => r.item.kind)}`);
  console.log(`by language:\n${tally((r) => r.item.lang)}`);
  const checks = new Map<string, number>();
  for (const r of rows) for (const p of r.reading) checks.set(p, (checks.get(p) ?? 0) + 1);
  console.log(`reading failures by check: ${[...checks].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
  for (const r of rows) {
    if (r.problems.length || r.reading.length) {
      console.log(
        `\n[${r.item.kind}/${r.item.lang}/${r.item.family}] ${r.item.q}\n  answer: ${r.problems.join('; ') || 'ok'}; reading: ${r.reading.join(', ') || 'ok'}\n  → ${(r.reply.summary ?? '').replace(/\s+/g, ' ').slice(0, 240)}`,
      );
    }
  }
  if (out)
    writeFileSync(
      out,
      JSON.stringify(
        rows.map((r) => ({
          q: r.item.q,
          kind: r.item.kind,
          lang: r.item.lang,
          family: r.item.family,
          problems: r.problems,
          reading: r.reading,
          summary: r.reply.summary,
        })),
        null,
        1,
      ),
    );
  if (rest.includes('--cli')) {
    // The same set through the command line and the shared reading tool, as the hidden sets are run.
    const dir = mkdtempSync(join(tmpdir(), 'fresh-'));
    writeFileSync(join(dir, 'q.jsonl'), items.map((i) => JSON.stringify({ q: i.q, kind: i.kind })).join('\n'));
    const replies = execFileSync('npm', ['run', '-s', 'sco', '--', '--json'], {
      input: items.map((i) => `ask ${i.q.replace(/\n/g, ' ')}`).join('\n'),
      maxBuffer: 64 << 20,
    }).toString();
    writeFileSync(join(dir, 'r.jsonl'), replies);
    const tool = '/work/shared/tools/answer-quality.mjs';
    try {
      console.log(
        `\nanswer-quality.mjs:\n${execFileSync('node', [tool, join(dir, 'q.jsonl'), join(dir, 'r.jsonl')])
          .toString()
          .split('\n')
          .filter((l) => !l.startsWith('FAIL'))
          .join('\n')}`,
      );
    } catch (err) {
      console.log(`answer-quality.mjs could not run: ${(err as Error).message}`);
    }
  }
}

if (process.argv[1]?.endsWith('fresh-eval.ts')) main();
