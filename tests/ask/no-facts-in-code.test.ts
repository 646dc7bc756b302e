import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { facts } from '../helpers/app.js';
import { INTENTS } from '../../src/ask/intents/index.js';
import { MembershipStatus, OfficialRole } from '../../src/facts/schema.js';

/**
 * The ask engine holds no fact of its own: every date, record id, name and factual sentence comes
 * from data/. This scans the string literals of src/ask (comments aside) for what would be a fact.
 */
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

function sources(): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.ts')) out.push({ path: p.slice(root.length + 1), text: readFileSync(p, 'utf8') });
    }
  };
  walk(join(root, 'src', 'ask'));
  return out;
}

/**
 * String literals (quoted, and the fixed parts of template literals), with comments removed
 * first, and without each intent's `examples` (questions and what their answers must say: test
 * data by design, run against the fixture).
 */
function literals(text: string): string[] {
  const code = text
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')
    .replace(/\bexamples: \[[\s\S]*?\n {2}\],?\n|\bexamples: \[\{.*\}\],?\n/g, '\n');
  const out: string[] = [];
  for (const m of code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
    const s = m[1] ?? m[2] ?? m[3] ?? '';
    out.push(...s.split(/\$\{[^}]*\}/));
  }
  return out;
}

const files = sources().map((f) => ({ ...f, literals: literals(f.text) }));
const store = facts();
const data = store.data;

function offenders(test: (literal: string) => string | undefined): string[] {
  return files.flatMap(({ path, literals: lits }) =>
    lits
      .map((l) => test(l))
      .filter((x): x is string => x !== undefined)
      .map((x) => `${path}: ${x}`),
  );
}

describe('src/ask holds no facts', () => {
  it('scans every file of the engine', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.some((f) => f.path.endsWith('engine.ts'))).toBe(true);
  });

  it('has no quoted ISO date', () => {
    expect(
      offenders((l) =>
        /^\d{4}-\d{2}(-\d{2})?$/.test(l.trim()) || /\b(19|20)\d\d-(0[1-9]|1[0-2])-\d\d\b/.test(l) ? l : undefined,
      ),
    ).toEqual([]);
  });

  it('has no record id (events, officials, organisation facts, sources, claims, unknowns, figures) and no id-like string', () => {
    const ids = new Set<string>([
      ...data.events.map((e) => e.id),
      ...data.officials.map((o) => o.id),
      ...data.organisation.map((f) => f.id).filter((id) => id.includes('-')),
      ...data.sources.map((s) => s.id),
      ...data.disputedClaims.map((c) => c.id),
      ...data.unknowns.map((u) => u.id),
      ...data.ask.figures.map((f) => f.id),
    ]);
    // Schema values and the intents' own ids are vocabulary, not records ("secretary-general" is a role).
    for (const v of [...OfficialRole.options, ...MembershipStatus.options, ...INTENTS.map((i) => i.id)]) ids.delete(v);
    expect(offenders((l) => (ids.has(l.trim()) ? l : undefined))).toEqual([]);
    // The shape of a record id: "qingdao-defence-2025", "e10-established-2001".
    expect(
      offenders((l) => (/^[a-z0-9]+(?:-[a-z0-9]+)*-(?:19|20)\d\d(?:-[a-z0-9]+)*$/.test(l.trim()) ? l : undefined)),
    ).toEqual([]);
  });

  it('names no official, country, event city or capital', () => {
    const names = new Set<string>([
      ...data.officials.flatMap((o) => [o.name, ...o.altNames, o.name.split(' ').at(-1)!]),
      ...data.countries.flatMap((c) => [c.name, c.officialName, c.capital].filter((x): x is string => !!x)),
      ...data.events.map((e) => e.city).filter((c) => c !== 'Online'),
    ]);
    const words = (l: string) => l.split(/[^\p{L}'-]+/u).filter(Boolean);
    expect(
      offenders((l) => {
        const hit = [...names].find((n) => (n.includes(' ') ? l.includes(n) : words(l).includes(n)));
        return hit ? `${hit} in "${l.slice(0, 60)}"` : undefined;
      }),
    ).toEqual([]);
  });

  it('has no country code as a string', () => {
    const codes = new Set(data.countries.map((c) => c.id));
    expect(offenders((l) => (codes.has(l) ? l : undefined))).toEqual([]);
  });
});
