import fc from 'fast-check';

/**
 * Hostile input, generated from a seed so every failure reproduces: set HOSTILE_SEED to the seed a
 * failing run printed. Fragments cover mentions in every platform's syntax, markdown and mrkdwn
 * links, control and bidi characters, unclosed quotes, FTS5 syntax, other scripts, entities and
 * markup; lines join several, and some repeat one to 100,000 characters.
 */
export const SEED = Number(process.env.HOSTILE_SEED ?? 20261129);

const MENTIONS = [
  '@everyone', '@here', '@channel', '@\u200beveryone', '<!channel>', '<!here>', '<!everyone>', '<!here|here>', '<!subteam^S0123|@team>',
  '<@U0123ABC>', '<@W0456|bob>', '<@123456789012345678>', '<@!123456789012345678>', '<@&123456789012345678>', '<#123456789012345678>',
  '<#C0123|general>', '&lt;!channel&gt;', '&amp;lt;@U1&amp;gt;', '<!chan\u200bnel>', '＠everyone',
];
const LINKS = [
  '[tass.com: official statement](https://evil.example)', '<https://evil.example|safe link>', '[x](javascript:alert(1))', '**bold**', '__under__',
  '~~strike~~', '||spoiler||', '`code`', '```block```', '# heading', '> quote', '- item', '1. one', '*mrkdwn*', '_it_', '<https://evil.example>',
  '](https://evil.example)', '\\[escaped\\]', '<a href="https://evil.example">x</a>', '<script>alert(1)</script>',
];
const CONTROLS = ['\u0000', '\u0007', '\u001b[31m', '\r', '\u000b', '\u0085', '\u202e', '\u202d', '\u2066', '\u2069', '\u200b', '\u200f', '\ufeff', '\u2028', '\u{e0041}', '\ud800', '\udfff'];
const QUOTES = ['"', "'", '“', '”', '‘', '«', '»', 'name:"', 'topics:“', 'x="', '"unclosed', '“ “ “'];
const FTS = ['NEAR(a b)', 'a OR b', 'NOT x', 'AND', '*', 'title:x', '^start', '{a b}:c', '"phrase"', '(', ')', '-', '+', '\'; DROP TABLE news_items; --', '%', '_', '\\'];
const SCRIPTS = ['Россия', 'ШОС', '上海合作组织', '上合', 'भारत', 'ایران', 'می\u200cخواهم', 'Қазақстан', 'Türkiye', '🇮🇳🇨🇳', '👩‍👩‍👧', 'é', 'Z̷̢̛a̴l̸g̵o̶', '𝔖𝔠𝔬', 'ﷺ', 'SCO', 'Iran', 'India', 'summit'];
const ENTITIES = ['&amp;', '&lt;b&gt;', '&#0;', '&#x202e;', '&#128512;', '&nbsp;', '&bogus;', '&#99999999;', '&lt;!channel&gt;'];

const fragment = fc.oneof(
  fc.constantFrom(...MENTIONS),
  fc.constantFrom(...LINKS),
  fc.constantFrom(...CONTROLS),
  fc.constantFrom(...QUOTES),
  fc.constantFrom(...FTS),
  fc.constantFrom(...SCRIPTS),
  fc.constantFrom(...ENTITIES),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

/** A hostile line: some fragments, sometimes one of them repeated to a very long line. */
export const hostileText = fc.oneof(
  { weight: 9, arbitrary: fc.array(fragment, { minLength: 1, maxLength: 10 }).map((parts) => parts.join(' ')) },
  { weight: 1, arbitrary: fc.tuple(fragment, fc.constantFrom(500, 5_000, 100_000)).map(([f, n]) => (f || '“').repeat(Math.ceil(n / Math.max(1, f.length))).slice(0, n)) },
);

const COMMANDS = ['ask', 'ask', 'ask', 'country', 'news', 'news', 'sources', 'events', 'members', 'subscribe', 'unsubscribe', 'schedule', 'brief', 'help', 'about', 'nonsense', ''];

/** A `/sco` text line: a command name (or none, or a wrong one) and hostile text. */
export const hostileLine = fc.tuple(fc.constantFrom(...COMMANDS), hostileText).map(([c, t]) => (c ? `${c} ${t}` : t));

/** `n` values of an arbitrary for this seed (offset so each use draws its own sequence). */
export function sample<T>(arbitrary: fc.Arbitrary<T>, n: number, offset = 0): T[] {
  return fc.sample(arbitrary, { seed: SEED + offset, numRuns: n });
}

/** Control characters no output should carry (line breaks and tabs aside), and direction overrides. */
export const UNSAFE_OUTPUT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;
