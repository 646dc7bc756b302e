import { CommandRegistry, type FailureLogger } from './registry.js';
import type { AnyCommand } from './types.js';
import { makeHelp } from './help.js';
import { members } from './members.js';
import { country } from './country.js';
import { events } from './events.js';
import { brief } from './brief.js';
import { sources } from './sources.js';
import { about } from './about.js';
import { ask } from './ask.js';
import { subscribe } from './subscribe.js';
import { unsubscribe } from './unsubscribe.js';
import { schedule } from './schedule.js';
import { news } from './news.js';

/** Every /sco sub-command, in the order help lists them. */
export function allCommands(): AnyCommand[] {
  const list: AnyCommand[] = [];
  list.push(
    makeHelp(() => list),
    members,
    country,
    events,
    brief,
    sources,
    news,
    subscribe,
    unsubscribe,
    schedule,
    about,
    ask,
  );
  return list;
}

export function createRegistry(onFailure?: FailureLogger): CommandRegistry {
  return new CommandRegistry(allCommands(), onFailure);
}
