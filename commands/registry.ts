import { distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { errorReply, type Reply } from '../src/reply/model.js';
import type { CommandContext, AnyCommand } from './types.js';
import { optionSpecs, usage } from './options.js';
import { parseOptions, splitCommand } from './parse-text.js';
import { invocation, typedExample } from './invocation.js';
import { MAX_LINE, stripControls } from '../src/base/text.js';

/** Logs a handler failure; injected so commands/ stays free of the process's logger set-up. */
export type FailureLogger = (err: unknown, command: string) => void;

/**
 * The one list of commands. Every platform's definitions, the text parser and help derive
 * from it, and every call goes through `run`, which validates, checks rights and never throws.
 */
export class CommandRegistry {
  private readonly byName = new Map<string, AnyCommand>();

  constructor(
    readonly commands: readonly AnyCommand[],
    private readonly onFailure: FailureLogger = () => {},
  ) {
    for (const c of commands) {
      if (this.byName.has(c.name)) throw new Error(`command "${c.name}" is registered twice`);
      this.byName.set(c.name, c);
    }
  }

  get(name: string): AnyCommand | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** Runs a command from a text line such as `country iran` or `ask when did iran join`. */
  runLine(line: string, ctx: CommandContext): Promise<Reply> {
    // Refused before any parsing: nothing in a real command comes near this length.
    if (line.length > MAX_LINE) {
      return Promise.resolve(
        errorReply('That line is too long', `A command can be at most ${MAX_LINE.toLocaleString('en-US')} characters; this one has ${line.length.toLocaleString('en-US')}. Shorten it and try again.`),
      );
    }
    const { name, rest } = splitCommand(stripControls(line));
    if (!name) return this.run('help', {}, ctx);
    const command = this.get(name);
    if (!command) return Promise.resolve(this.unknown(name));
    return this.run(command.name, parseOptions(command, rest), ctx);
  }

  /** Validates raw options against the command's schema, checks rights, runs the handler. */
  async run(name: string, raw: Record<string, unknown>, ctx: CommandContext): Promise<Reply> {
    const command = this.get(name);
    if (!command) return this.unknown(name);
    const { __extra, ...options } = cleanStrings(raw);
    if (Array.isArray(__extra) && __extra.length > 0) {
      return errorReply(
        `Too many values for ${invocation(command, ctx.platform)}`,
        `I did not expect "${clip(__extra.join(' '))}". Usage: ${typedExample(command, usage(command), ctx.platform)}`,
        command.examples.slice(0, 2).map((e) => typedExample(command, e, ctx.platform)),
      );
    }
    const given = cleanRaw(options);
    const parsed = command.options.safeParse(given);
    if (!parsed.success) return this.invalid(command, parsed.error, ctx, given);
    try {
      if (command.adminOnly && !(await ctx.canAdminister())) {
        return errorReply(
          'Only channel admins can do that',
          `${invocation(command, ctx.platform)} changes this channel's settings, so it needs the right to manage the channel.`,
        );
      }
      return await command.handler(parsed.data, ctx);
    } catch (err) {
      this.onFailure(err, command.name);
      return errorReply('Something went wrong', `${invocation(command, ctx.platform)} failed on our side; it has been logged. Please try again.`);
    }
  }

  private unknown(name: string): Reply {
    const near = [...this.byName.keys()]
      .map((n) => ({ n, d: distance(n, name.toLowerCase()) }))
      .filter((x) => x.d <= 2)
      .sort((a, b) => a.d - b.d)
      .slice(0, 3)
      .map((x) => `/sco ${x.n}`);
    return errorReply(
      'Unknown command',
      `There is no /sco ${clip(name, 40)}.${near.length ? ` Did you mean ${near.join(', ')}?` : ''} Type /sco help for the list.`,
      near.length ? near : ['/sco help'],
    );
  }

  private invalid(command: AnyCommand, error: z.ZodError, ctx: CommandContext, given: Record<string, unknown>): Reply {
    const specs = new Map(optionSpecs(command).map((s) => [s.name, s]));
    const problems = error.issues.map((issue) => {
      const option = String(issue.path[0] ?? '');
      const spec = specs.get(option);
      // zod 4 leaves the input out of issues, so what was given is looked up.
      if (issue.code === 'invalid_type' && given[option] === undefined) return `${option} is required`;
      if (spec?.choices) return `${option} must be one of ${spec.choices.join(', ')}`;
      if (spec?.kind === 'boolean') return `${option} must be true or false`;
      return option ? `${option}: ${issue.message}` : issue.message;
    });
    return errorReply(
      `Check the options of ${invocation(command, ctx.platform)}`,
      `${problems.join('; ')}. Usage: ${typedExample(command, usage(command), ctx.platform)}`,
      command.examples.slice(0, 2).map((e) => typedExample(command, e, ctx.platform)),
    );
  }
}

/** Every text option, from any platform, without control and direction characters: this is where input enters. */
function cleanStrings(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' ? stripControls(v) : Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? stripControls(x) : x)) : v]),
  );
}

/** Empty strings from forms and parsers mean "not given". */
function cleanRaw(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}

function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
