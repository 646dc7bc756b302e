import type { Config } from '../base/config.js';
import type { State } from './state.js';
import type { InstallationStore } from '../installations/types.js';
import { createSealer } from '../installations/seal.js';
import { openInstallationStore } from '../installations/open-store.js';

/** Slack installations on the process's state (either engine), tokens sealed under SLACK_TOKEN_KEY. */
export function openInstallations(config: Pick<Config, 'SLACK_TOKEN_KEY'>, state: State): Promise<InstallationStore> {
  if (!config.SLACK_TOKEN_KEY) throw new Error('SLACK_TOKEN_KEY is required to keep Slack tokens');
  return openInstallationStore(state.handle, createSealer(config.SLACK_TOKEN_KEY));
}
