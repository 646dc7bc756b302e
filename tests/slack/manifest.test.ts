import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENTS_PATH, SLASH_COMMAND } from '../../src/adapters/slack/adapter.js';

const manifest = JSON.parse(readFileSync(new URL('../../slack-manifest.json', import.meta.url), 'utf8')) as {
  features: { slash_commands: { command: string; url: string; should_escape: boolean }[]; app_home: { messages_tab_enabled: boolean } };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { request_url: string; bot_events: string[] } };
};

describe('Slack app manifest', () => {
  it('declares the /sco command the adapter listens for, at the receiver path', () => {
    const [command, ...others] = manifest.features.slash_commands;
    expect(others).toEqual([]);
    expect(command!.command).toBe(SLASH_COMMAND);
    expect(new URL(command!.url).pathname).toBe(EVENTS_PATH);
    expect(new URL(manifest.settings.event_subscriptions.request_url).pathname).toBe(EVENTS_PATH);
  });

  it('subscribes to mentions and direct messages, and lets people message the bot', () => {
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['app_mention', 'message.im']);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
  });

  it('asks for exactly the bot scopes the adapter uses', () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(
      ['app_mentions:read', 'channels:read', 'chat:write', 'commands', 'files:write', 'groups:read', 'im:history', 'im:read', 'users:read'].sort(),
    );
  });
});
