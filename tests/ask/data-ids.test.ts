import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { facts } from '../helpers/app.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

/** Every TypeScript file of the ask engine, with its path for the failure message. */
function askSources(): { path: string; text: string }[] {
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

/** Quoted literals inside the first argument list after each match of `call`. */
function literalsAfter(text: string, call: RegExp): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(call)) {
    const rest = text.slice(m.index + m[0].length);
    const args = rest.slice(0, rest.search(/\)|\],/) + 1);
    for (const lit of args.matchAll(/'([^'\s]+)'/g)) out.push(lit[1]!);
  }
  return out;
}

/** Every string value in data/*.json: ids, kinds, roles, topics. */
function dataStrings(): Set<string> {
  const out = new Set<string>();
  const walk = (x: unknown) => {
    if (typeof x === 'string') out.add(x);
    else if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') Object.values(x).forEach(walk);
  };
  const dir = join(root, 'data');
  for (const f of readdirSync(dir)) if (f.endsWith('.json')) walk(JSON.parse(readFileSync(join(dir, f), 'utf8')));
  return out;
}

/** Hyphenated words the engine uses for itself (reasons, match kinds, a package name), never data ids. */
const INTERNAL = new Set(['fastest-levenshtein', 'mass-mention', 'native-name', 'off-topic', 'private-data']);

describe('the data ids the ask engine reads by name', () => {
  const store = facts();
  const files = askSources();
  const each = (call: RegExp, exists: (id: string) => boolean, keep: (id: string) => boolean = () => true) =>
    files.flatMap(({ path, text }) => literalsAfter(text, call).filter(keep).filter((id) => !exists(id)).map((id) => `${path}: ${id}`));

  it('finds the look-ups it checks (the scan itself works)', () => {
    const ids = files.flatMap(({ text }) => literalsAfter(text, /\borgFact\(/g));
    expect(ids).toContain('founded');
    expect(files.flatMap(({ text }) => literalsAfter(text, /\bevent\(/g))).toContain('qingdao-defence-2025');
  });

  it('names only organisation facts and topics that data/organisation.json holds', () => {
    const kebab = (id: string) => /^[a-z0-9-]+$/.test(id);
    expect(each(/\borgFact\(/g, (id) => store.orgFact(id) !== undefined, kebab)).toEqual([]);
    expect(each(/\borgFactAnswer\(ctx, \[/g, (id) => store.orgFact(id) !== undefined, kebab)).toEqual([]);
    expect(each(/\borgFacts\(/g, (id) => store.orgFacts(id).length > 0)).toEqual([]);
  });

  it('names only events, officials, countries and sources that data/ holds', () => {
    expect(each(/\bevent\(/g, (id) => store.event(id) !== undefined)).toEqual([]);
    expect(each(/\bofficial\(/g, (id) => store.official(id) !== undefined)).toEqual([]);
    expect(each(/\bcountry\(/g, (id) => store.country(id) !== undefined)).toEqual([]);
    expect(each(/\bcitation\(/g, (id) => store.citation(id) !== undefined)).toEqual([]);
  });

  it('names only disputed claims that data/disputed-claims.json holds', () => {
    const claims = new Set(store.disputedClaims().map((c) => c.id));
    const used = files.flatMap(({ path, text }) => [...text.matchAll(/'((?:e|r)\d+-[a-z0-9-]+)'/g)].map((m) => ({ path, id: m[1]! })));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((u) => !claims.has(u.id)).map((u) => `${u.path}: ${u.id}`)).toEqual([]);
  });

  it('uses no other hyphenated id that data/ lacks', () => {
    const held = dataStrings();
    const missing = files.flatMap(({ path, text }) => [...text.matchAll(/'([a-z0-9]+(?:-[a-z0-9]+)+)'/g)].map((m) => m[1]!).filter((id) => !held.has(id) && !INTERNAL.has(id) && !/^\d{4}-\d{2}-\d{2}$/.test(id)).map((id) => `${path}: ${id}`));
    expect(missing).toEqual([]);
  });
});
