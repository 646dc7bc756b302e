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
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i]!)) i++;
    if (i >= line.length) break;
    const start = i;
    const open = line[i]!;
    const close = QUOTES[open];
    if (close) {
      const end = line.indexOf(close, i + 1);
      if (end > i) {
        tokens.push({ value: line.slice(i + 1, end), start, end: end + 1, quoted: true });
        i = end + 1;
        continue;
      }
    }
    // name:"quoted value" stays one token.
    let value = '';
    while (i < line.length && !/\s/.test(line[i]!)) {
      const q = QUOTES[line[i]!];
      const end = q && /[:=]$/.test(value) ? line.indexOf(q, i + 1) : -1;
      if (end > i) {
        value += line.slice(i + 1, end);
        i = end + 1;
      } else {
        value += line[i];
        i++;
      }
    }
    tokens.push({ value, start, end: i, quoted: false });
  }
  return tokens;
}

export interface ParsedLine {
  name: string;
  raw: Record<string, unknown>;
}

/** Splits "country iran" into the command name and the rest; the name is lower-cased. */
export function splitCommand(line: string): { name: string; rest: string } {
  const trimmed = line.trim().replace(/^\/?sco\s+/i, '').replace(/^\//, '');
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
    raw['__extra'] = positional.slice(p).map((t) => t.value);
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
