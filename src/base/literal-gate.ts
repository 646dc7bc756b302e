import { type AST, parseRegExpLiteral } from '@eslint-community/regexpp';

type Alternative = AST.Alternative;
type Element = AST.Element;

/**
 * A literal prefilter for patterns tested many times (the idea of RE2's and Hyperscan's prefilters): from a pattern's
 * syntax tree, a set of strings one of which every match must contain. A text holding none of them cannot match, and
 * the pattern is never run on it. A gate only ever says "may match" too often, never too seldom, so a gated test
 * answers exactly as the pattern does.
 */
export interface Gate {
  /** False only when the pattern cannot match `text`. */
  mayMatch(text: string): boolean;
}

/** An ASCII string shorter than this filters too little to be worth looking for (one other character is enough). */
const MIN_USEFUL = 2;
/** V8 compiles a pattern longer than 20 KB without its optimisations, several times slower. */
export const JOINED_MAX = 8000;

/**
 * Every gate's strings in one index, so that a text is read once for all the gates tested on it: at each position, the
 * strings that start with the characters found there are compared, and the gates they belong to may match.
 */
class Registry {
  /**
   * Strings of two characters, and longer ones by their first three, each keyed by a small number made from the code
   * units (strings whose keys collide are told apart by comparing).
   */
  private readonly pairs = new Map<number, [string, number][]>();
  private readonly triples = new Map<number, [string, number][]>();
  /** Strings of one character (only outside ASCII), by that character. */
  private readonly singles = new Map<number, number[]>();
  private readonly hits = new Map<string, Set<number>>();
  private count = 0;

  constructor(private readonly prepare: (text: string) => string) {}

  add(needs: readonly string[]): number {
    const id = this.count++;
    for (const s of needs) {
      if (s.length === 1) {
        const c = s.charCodeAt(0);
        this.singles.set(c, [...(this.singles.get(c) ?? []), id]);
        continue;
      }
      const map = s.length === 2 ? this.pairs : this.triples;
      const k = s.length === 2 ? pairKey(s.charCodeAt(0), s.charCodeAt(1)) : tripleKey(s, 0);
      const list = map.get(k);
      if (list) list.push([s, id]);
      else map.set(k, [[s, id]]);
    }
    // What was read of earlier texts knows nothing of this gate.
    this.hits.clear();
    return id;
  }

  /** The gates whose strings `text` holds. A text is tested against many gates in a row, so a few are remembered. */
  hitsOf(raw: string): Set<number> {
    let hit = this.hits.get(raw);
    if (hit) return hit;
    hit = new Set<number>();
    const text = this.prepare(raw);
    let next = text.charCodeAt(0);
    for (let i = 0; i < text.length; i++) {
      const c = next;
      next = text.charCodeAt(i + 1);
      if (c >= 0x80) {
        const ids = this.singles.get(c);
        if (ids) for (const id of ids) hit.add(id);
      }
      if (i + 1 >= text.length) break;
      const two = this.pairs.get(pairKey(c, next));
      if (two) for (const [s, id] of two) if (!hit.has(id) && text.startsWith(s, i)) hit.add(id);
      if (i + 2 >= text.length) continue;
      const more = this.triples.get(tripleKey(text, i));
      if (more) for (const [s, id] of more) if (!hit.has(id) && text.startsWith(s, i)) hit.add(id);
    }
    if (this.hits.size >= REMEMBERED) this.hits.clear();
    this.hits.set(raw, hit);
    return hit;
  }
}

/** A key small enough to stay a small integer in V8 (a larger number hashes far slower). */
function pairKey(a: number, b: number): number {
  return ((a << 10) ^ b) & 0xfffff;
}

function tripleKey(s: string, i: number): number {
  return ((s.charCodeAt(i) << 20) ^ (s.charCodeAt(i + 1) << 10) ^ s.charCodeAt(i + 2)) & 0x3fffffff;
}

/** How many texts' readings are kept (one question's texts: the line, its words, its folded form, its parts). */
const REMEMBERED = 16;

const EXACT = new Registry((text) => text);
const FOLDING = new Registry(folded);
const ALWAYS: Gate = { mayMatch: () => true };

/** The gate of one pattern: its registry and its number there, or none when the pattern has no useful strings. */
function register(re: RegExp): { registry: Registry; id: number } | undefined {
  const needs = needsOf(re);
  if (!needs || !needs.every(useful)) return undefined;
  const registry = re.flags.includes('i') ? FOLDING : EXACT;
  return { registry, id: registry.add(needs) };
}

/** The gate of one pattern. */
export function gateOf(re: RegExp): Gate {
  const g = register(re);
  if (!g) return ALWAYS;
  return { mayMatch: (text) => g.registry.hitsOf(text).has(g.id) };
}

function useful(s: string): boolean {
  return s.length >= MIN_USEFUL || (s.length === 1 && s.charCodeAt(0) >= 0x80);
}

/**
 * Patterns tested as one, matching where any of them does. Each is split into its top-level alternatives, and each
 * alternative is tried only on a text that holds one of its strings; those without such strings are joined into as
 * few patterns as fit under JOINED_MAX, so the text is scanned once per joined pattern.
 */
export class GateSet {
  /** The joined alternatives without a gate: always tried. */
  private readonly always: RegExp[] = [];
  /** The gated alternatives, by their number in each registry. */
  private readonly exact = new Map<number, RegExp>();
  private readonly folding = new Map<number, RegExp>();

  constructor(patterns: readonly RegExp[]) {
    const ungated = new Map<string, string[]>();
    for (const re of patterns) {
      if (re.global || re.sticky) throw new Error('gated: a global or sticky pattern keeps state between tests');
      for (const alt of alternativesOf(re)) {
        const g = register(alt);
        if (g) (g.registry === FOLDING ? this.folding : this.exact).set(g.id, alt);
        else ungated.set(alt.flags, [...(ungated.get(alt.flags) ?? []), alt.source]);
      }
    }
    for (const [flags, sources] of ungated) {
      let part: string[] = [];
      let size = 0;
      const flush = () => {
        if (part.length > 0) this.always.push(new RegExp(part.join('|'), flags));
        part = [];
        size = 0;
      };
      for (const s of sources) {
        const one = `(?:${s})`;
        if (part.length > 0 && size + one.length > JOINED_MAX) flush();
        part.push(one);
        size += one.length + 1;
      }
      flush();
    }
  }

  /** The sources of the patterns tried, each gated alternative or joined group. */
  get sources(): string[] {
    return [...this.always, ...this.exact.values(), ...this.folding.values()].map((re) => re.source);
  }

  /** How many of the patterns tried have a gate. */
  get gatedCount(): number {
    return this.exact.size + this.folding.size;
  }

  /** Whether any pattern matches `text`, trying only the alternatives whose strings the text holds. */
  test(text: string): boolean {
    for (const re of this.always) if (re.test(text)) return true;
    return tryHits(this.exact, EXACT, text) || tryHits(this.folding, FOLDING, text);
  }
}

function tryHits(mine: Map<number, RegExp>, registry: Registry, text: string): boolean {
  if (mine.size === 0) return false;
  const hits = registry.hitsOf(text);
  // Whichever is fewer is walked: this set's alternatives, or the registry's hits.
  if (mine.size <= hits.size) {
    for (const [id, re] of mine) if (hits.has(id) && re.test(text)) return true;
  } else {
    for (const id of hits) if (mine.get(id)?.test(text)) return true;
  }
  return false;
}

/** A pattern tested only where its gates let it: `test` answers as the pattern's own. */
export function gated(re: RegExp): { test(text: string): boolean; readonly source: string } {
  const set = new GateSet([re]);
  return { test: (text) => set.test(text), source: re.source };
}

/** A pattern's top-level alternatives as patterns of their own (the whole pattern when one refers back to a group). */
function alternativesOf(re: RegExp): RegExp[] {
  const ast = parseRegExpLiteral(re);
  if (ast.pattern.alternatives.length === 1 || /\\[1-9]|\\k</.test(re.source)) return [re];
  return ast.pattern.alternatives.map((a) => new RegExp(a.raw, re.flags));
}

/** The strings every match holds one of (lower-cased for a case-insensitive pattern), or undefined. */
export function needsOf(re: RegExp): string[] | undefined {
  const ast = parseRegExpLiteral(re);
  const folding = re.flags.includes('i');
  const set = ofAlternatives(ast.pattern.alternatives, folding);
  return set && [...set];
}

function ofAlternatives(alternatives: readonly Alternative[], folding: boolean): Set<string> | undefined {
  const out = new Set<string>();
  for (const a of alternatives) {
    const one = ofSequence(a.elements, folding);
    if (!one) return undefined;
    for (const s of one) out.add(s);
  }
  return out;
}

/** Of a sequence, the best of what each element needs; runs of literal characters are one string. */
function ofSequence(elements: readonly Element[], folding: boolean): Set<string> | undefined {
  const options: Set<string>[] = [];
  let run = '';
  const endRun = () => {
    if (run) options.push(new Set([run]));
    run = '';
  };
  for (const e of elements) {
    const c = literal(e, folding);
    if (c !== undefined) {
      run += c;
      continue;
    }
    // An assertion takes no characters, so the literals either side of it are side by side in the text.
    if (e.type === 'Assertion') continue;
    endRun();
    if (e.type === 'Group' || e.type === 'CapturingGroup') {
      const inner = ofAlternatives(e.alternatives, folding);
      if (inner) options.push(inner);
    } else if (e.type === 'Quantifier' && e.min >= 1) {
      const inner = ofSequence([e.element], folding);
      if (inner) options.push(inner);
    }
  }
  endRun();
  let best: Set<string> | undefined;
  for (const o of options) if (!best || better(o, best)) best = o;
  return best;
}

/** The set whose shortest string is longer filters more; at equal length, the smaller set. */
function better(a: Set<string>, b: Set<string>): boolean {
  const la = weakest(a);
  const lb = weakest(b);
  return la !== lb ? la > lb : a.size < b.size;
}

/** How much a set's weakest string filters: its length, a character outside ASCII counting as two. */
function weakest(s: Set<string>): number {
  let n = Number.POSITIVE_INFINITY;
  for (const x of s) n = Math.min(n, x.length + (x.charCodeAt(0) >= 0x80 ? 1 : 0));
  return n;
}

/**
 * The one character an element matches, as the gate compares it. Under case folding only characters whose case
 * equivalents the gate's folding reaches count: ASCII and Cyrillic letters (lower-cased) and characters without case.
 */
function literal(e: Element, folding: boolean): string | undefined {
  let cp: number | undefined;
  if (e.type === 'Character') cp = e.value;
  else if (e.type === 'CharacterClass' && !e.negate && e.elements.length === 1 && e.elements[0]!.type === 'Character')
    cp = e.elements[0]!.value;
  if (cp === undefined) return undefined;
  const c = String.fromCodePoint(cp);
  if (!folding) return c;
  if (cp < 0x80 || (cp >= 0x400 && cp <= 0x4ff)) return c.toLowerCase();
  return c.toLowerCase() === c && c.toUpperCase() === c ? c : undefined;
}

/**
 * Characters outside ASCII and Cyrillic that a case-insensitive pattern matches with an ASCII or Cyrillic letter (Unicode
 * case folding): the long s, and the old Cyrillic letter forms. (The Kelvin sign lower-cases to k already.)
 */
const FOLDS_TO = new Map<string, string>([
  ['ſ', 's'],
  ['\u1c80', 'в'],
  ['\u1c81', 'д'],
  ['\u1c82', 'о'],
  ['\u1c83', 'с'],
  ['\u1c84', 'т'],
  ['\u1c85', 'т'],
  ['\u1c86', 'ъ'],
  ['\u1c87', 'ѣ'],
]);
const FOLDS = new RegExp(`[${[...FOLDS_TO.keys()].join('')}]`, 'g');
const FOLDS_ANY = new RegExp(FOLDS.source);

/** The text as a case-insensitive pattern's literals are compared with it. */
export function folded(text: string): string {
  const lower = text.toLowerCase();
  return FOLDS_ANY.test(lower) ? lower.replace(FOLDS, (c) => FOLDS_TO.get(c)!) : lower;
}
