import { describe, expect, it } from 'vitest';
import { enabledPlatforms, loadConfig, secretsOf } from '../../src/base/config.js';

/** The two Slack modes as the configuration sees them: one workspace (SLACK_BOT_TOKEN) or installs through OAuth (SLACK_CLIENT_ID). */

const OAUTH = {
  SLACK_CLIENT_ID: '1111111111.2222222222',
  SLACK_CLIENT_SECRET: 'client-secret-for-tests',
  SLACK_STATE_SECRET: 'state-secret-for-tests-0123456789',
  SLACK_TOKEN_KEY: 'a1'.repeat(32),
  SLACK_SIGNING_SECRET: 'signing-secret-for-tests-0123',
};
const problems = (env: Record<string, string>) => {
  const result = loadConfig(env);
  return result.ok ? [] : result.problems;
};

describe('Slack modes in the configuration', () => {
  it('turns Slack on in multi-workspace mode without a bot token, and treats its secrets as secrets', () => {
    const result = loadConfig(OAUTH);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(enabledPlatforms(result.config).slack).toBe(true);
    expect(secretsOf(result.config)).toEqual(
      expect.arrayContaining([OAUTH.SLACK_CLIENT_SECRET, OAUTH.SLACK_STATE_SECRET, OAUTH.SLACK_TOKEN_KEY]),
    );
  });

  it('names each missing OAuth setting, and never echoes a value', () => {
    const listed = problems({ SLACK_CLIENT_ID: OAUTH.SLACK_CLIENT_ID, SLACK_CLIENT_SECRET: OAUTH.SLACK_CLIENT_SECRET });
    expect(listed).toEqual([
      'SLACK_STATE_SECRET: required when SLACK_CLIENT_ID is set (installs through OAuth)',
      'SLACK_TOKEN_KEY: required when SLACK_CLIENT_ID is set (installs through OAuth)',
      'SLACK_SIGNING_SECRET: required when SLACK_CLIENT_ID is set (installs through OAuth)',
    ]);
    expect(listed.join('\n')).not.toContain(OAUTH.SLACK_CLIENT_SECRET);
  });

  it('refuses a token key that is not 256 bits in hex', () => {
    expect(problems({ ...OAUTH, SLACK_TOKEN_KEY: 'short' }).join()).toMatch(
      /^SLACK_TOKEN_KEY: expected 64 hex characters/,
    );
    expect(problems({ ...OAUTH, SLACK_TOKEN_KEY: 'z'.repeat(64) })).toHaveLength(1);
  });

  it('refuses both modes at once, and OAuth over Socket Mode', () => {
    expect(problems({ ...OAUTH, SLACK_BOT_TOKEN: 'xoxb-one-workspace-token' })).toEqual([
      'SLACK_BOT_TOKEN: leave it empty when SLACK_CLIENT_ID is set; each workspace gets its own token when it installs the app',
    ]);
    expect(problems({ ...OAUTH, SLACK_APP_TOKEN: 'xapp-1-socket-token' })).toEqual([
      'SLACK_APP_TOKEN: installs through OAuth need the HTTP receiver, not Socket Mode',
    ]);
  });

  it('asks for the client id when only OAuth secrets are set, and keeps single-workspace mode as it was', () => {
    expect(problems({ SLACK_TOKEN_KEY: OAUTH.SLACK_TOKEN_KEY })).toEqual([
      'SLACK_CLIENT_ID: required when SLACK_TOKEN_KEY is set',
    ]);
    const single = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-one-workspace-token',
      SLACK_SIGNING_SECRET: OAUTH.SLACK_SIGNING_SECRET,
    });
    expect(single.ok && enabledPlatforms(single.config).slack).toBe(true);
  });
});
