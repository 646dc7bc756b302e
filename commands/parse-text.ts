import type { AnyCommand } from './types.js';
import { optionSpecs, type OptionSpec } from './options.js';

/**
 * Text command lines (the console, Slack's `/sco <sub-command> <text>`) into raw options.
 * Options may be given by position or as `name:value` / `name=value`; quotes group words;
 * a command's last free-text option takes the rest of the line, quotes optional. A true/false
 * option takes a yes/no word by position, or its name alone means true (`members picture`).
 */

interface Token {
  value: string;
  /** Offsets in the line, so a rest-of-line option can take the text as typed. */
  start: number;
  end: number;
  quoted: boolean;
}

const QUOTES: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’', '«': '»' };

export function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  const closing = closingQuotes(line);
  const n = line.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(line.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    const close = CLOSE_OF.get(line.charCodeAt(i));
    if (close) {
      const end = closing(close, i + 1);
      if (end > i) {
        tokens.push({ value: line.slice(i + 1, end), start, end: end + 1, quoted: true });
        i = end + 1;
        continue;
      }
    }
    // name:"quoted value" stays one token: the quotes go, the words inside stay together.
    let parts: string[] | undefined;
    let from = i;
    let last = -1;
    while (i < n) {
      const c = line.charCodeAt(i);
      if (isSpace(c)) break;
      const q = last === COLON || last === EQUALS ? CLOSE_OF.get(c) : undefined;
      const end = q ? closing(q, i + 1) : -1;
      if (end > i) {
        (parts ??= []).push(line.slice(from, i), line.slice(i + 1, end));
        if (end > i + 1) last = line.charCodeAt(end - 1);
        i = end + 1;
        from = i;
      } else {
        last = c;
        i++;
      }
    }
    const value = parts ? [...parts, line.slice(from, i)].join('') : line.slice(from, i);
    tokens.push({ value, start, end: i, quoted: false });
  }
  return tokens;
}

const COLON = 0x3a;
const EQUALS = 0x3d;
const CLOSE_OF = new Map(Object.entries(QUOTES).map(([open, close]) => [open.charCodeAt(0), close]));

/**
 * Where the next closing quote of each kind is, from any position: each kind's positions are
 * listed once and a cursor moves forward, so an unclosed quote costs O(1) instead of a rescan
 * to the end of the line (40,000 characters of “ took seconds that way).
 */
function closingQuotes(line: string): (close: string, from: number) => number {
  const positions = new Map<string, { at: number[]; cursor: number }>();
  return (close, from) => {
    let list = positions.get(close);
    if (!list) {
      const at: number[] = [];
      for (let k = line.indexOf(close); k >= 0; k = line.indexOf(close, k + 1)) at.push(k);
      positions.set(close, (list = { at, cursor: 0 }));
    }
    // Tokens are read left to right, so the position asked for never goes back.
    while (list.cursor < list.at.length && list.at[list.cursor]! < from) list.cursor++;
    return list.cursor < list.at.length ? list.at[list.cursor]! : -1;
  };
}

/** The same characters as /\s/, without a regular expression per character. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Splits "country iran" into the command name and the rest; the name is lower-cased. */
export function splitCommand(line: string): { name: string; rest: string } {
  const trimmed = line
    .trim()
    .replace(/^\/?sco\s+/i, '')
    .replace(/^\//, '');
  const match = /^(\S+)\s*([\s\S]*)$/.exec(trimmed);
  return match ? { name: match[1]!.toLowerCase(), rest: match[2] ?? '' } : { name: '', rest: '' };
}

/** Raw option values for a command from the text after its name. */
export function parseOptions(command: AnyCommand, text: string): Record<string, unknown> {
  const specs = optionSpecs(command);
  const byName = new Map(specs.map((s) => [s.name.toLowerCase(), s]));
  const raw: Record<string, unknown> = {};
  const tokens = tokenize(text);
  const positional: Token[] = [];

  for (const token of tokens) {
    const kv = token.quoted ? null : /^([A-Za-z][\w-]*)[:=]([\s\S]*)$/.exec(token.value);
    const spec = kv ? byName.get(kv[1]!.toLowerCase()) : undefined;
    const flag = token.quoted ? undefined : byName.get(token.value.toLowerCase());
    if (kv && spec) raw[spec.name] = coerce(spec, kv[2]!);
    // A switch named on its own is on: `members picture`.
    else if (flag?.kind === 'boolean' && !(flag.name in raw)) raw[flag.name] = true;
    else positional.push(token);
  }

  const free = specs.filter((s) => !(s.name in raw));
  let p = 0;
  for (const spec of free) {
    if (p >= positional.length) break;
    if (spec.rest) {
      // Everything left, as typed (minus name:value tokens already taken).
      const restTokens = positional.slice(p);
      raw[spec.name] = coerce(spec, restText(text, restTokens));
      p = positional.length;
      break;
    }
    // A true/false option takes a word by position only if it is yes/no-like: `members partner extra` must not set one.
    if (spec.kind === 'boolean' && typeof coerce(spec, positional[p]!.value) !== 'boolean') continue;
    raw[spec.name] = coerce(spec, positional[p]!.value);
    p++;
  }
  if (p < positional.length) {
    raw.__extra = positional.slice(p).map((t) => t.value);
  }
  return raw;
}

function restText(line: string, tokens: Token[]): string {
  if (tokens.length === 1) return tokens[0]!.value;
  // Keep the original spacing between consecutive tokens; join around removed ones.
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (prev) {
      const gap = line.slice(prev.end, t.start);
      // Whitespace as typed; a gap that held a name:value token becomes one space.
      out += /^\s*$/.test(gap) ? gap : ' ';
    }
    out += t.quoted ? t.value : line.slice(t.start, t.end);
  }
  return out;
}

function coerce(spec: OptionSpec, value: string): unknown {
  if (spec.kind === 'integer' || spec.kind === 'number') {
    const n = Number(value);
    return value.trim() !== '' && Number.isFinite(n) ? n : value;
  }
  if (spec.kind === 'boolean') {
    if (/^(true|yes|on|1)$/i.test(value)) return true;
    if (/^(false|no|off|0)$/i.test(value)) return false;
    return value;
  }
  if (spec.choices) {
    const hit = spec.choices.find((c) => c.toLowerCase() === value.toLowerCase());
    return hit ?? value;
  }
  return value;
}
