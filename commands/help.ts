import { z } from 'zod';
import { defineCommand, type AnyCommand } from './types.js';
import { errorReply, reply } from '../src/reply/model.js';
import { optionSpecs, usage } from './options.js';
import { invocation, typedExample } from './invocation.js';

/** Help is generated from the registry, so it lists exactly what can be run. */
export function makeHelp(list: () => readonly AnyCommand[]) {
  return defineCommand({
    name: 'help',
    description: 'List the commands, or explain one',
    options: z.object({
      command: z.string().trim().max(40).optional().meta({ description: 'A command to explain' }),
    }),
    examples: ['help', 'help country'],
    handler: ({ command }, ctx) => {
      const typed = (c: AnyCommand) => `${invocation(c, ctx.platform)}${usage(c).slice(c.name.length)}`;
      const commands = list();
      if (command) {
        const def = commands.find((c) => c.name === command.toLowerCase().replace(/^\/?sco(-admin)?\s+/, ''));
        if (!def) return errorReply('Unknown command', `There is no /sco ${command.slice(0, 40)}.`, ['/sco help']);
        return reply({
          title: typed(def),
          summary: def.description + (def.adminOnly ? ' (channel admins only)' : ''),
          sections: [
            ...(optionSpecs(def).length
              ? [
                  {
                    heading: 'Options',
                    items: optionSpecs(def).map(
                      (o) =>
                        `${o.name}${o.required ? '' : ' (optional)'} — ${o.description}${o.choices ? ` [${o.choices.join(' | ')}]` : ''}`,
                    ),
                  },
                ]
              : []),
            { heading: 'Examples', items: def.examples.map((e) => typedExample(def, e, ctx.platform)) },
          ],
        });
      }
      return reply({
        title: 'SCO Briefing Bot — commands',
        summary:
          'Facts on the Shanghai Cooperation Organization, each with its sources. Ask in plain words with /sco ask, or mention me.',
        sections: [{ items: commands.map((c) => `${typed(c)} — ${c.description}${c.adminOnly ? ' (admins)' : ''}`) }],
        suggestions: ['/sco members', '/sco country Iran', '/sco help country'],
      });
    },
  });
}
