import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOT_SCOPES, EVENTS_PATH, OAUTH_REDIRECT_PATH, SLASH_COMMAND } from '../../src/adapters/slack/adapter.js';

const manifest = JSON.parse(readFileSync(new URL('../../slack-manifest.json', import.meta.url), 'utf8')) as {
  features: { slash_commands: { command: string; url: string; should_escape: boolean }[]; app_home: { messages_tab_enabled: boolean } };
  oauth_config: { redirect_urls: string[]; scopes: { bot: string[] } };
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

  it('subscribes to mentions, direct messages, and the events that say a workspace removed the app', () => {
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['app_mention', 'app_uninstalled', 'message.im', 'tokens_revoked']);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
  });

  it('asks for exactly the bot scopes the adapter uses, the ones an OAuth install requests', () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(
      ['app_mentions:read', 'channels:read', 'chat:write', 'commands', 'files:write', 'groups:read', 'im:history', 'im:read', 'users:read'].sort(),
    );
    expect([...BOT_SCOPES].sort()).toEqual(manifest.oauth_config.scopes.bot.sort());
  });

  it('sends installers back to the OAuth redirect path the adapter serves', () => {
    expect(manifest.oauth_config.redirect_urls.map((u) => new URL(u).pathname)).toEqual([OAUTH_REDIRECT_PATH]);
  });
});
