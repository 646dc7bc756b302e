/** Request bodies shaped like Slack's, for driving Bolt's receiver in tests and the bench. */

export interface SlashCommandInit {
  text: string;
  responseUrl: string;
  userId?: string;
  channelId?: string;
  teamId?: string;
  command?: string;
  /** Unique per command unless given (Slack's are). */
  triggerId?: string;
}

let triggerCounter = 0;

/** A slash command as Slack POSTs it: form-encoded. */
export function slashCommandBody(init: SlashCommandInit): string {
  return new URLSearchParams({
    token: 'legacy-verification-token-unused',
    team_id: init.teamId ?? 'T0001',
    team_domain: 'fake',
    channel_id: init.channelId ?? 'C0001',
    channel_name: 'general',
    user_id: init.userId ?? 'U0001',
    user_name: 'someone',
    command: init.command ?? '/sco',
    text: init.text,
    api_app_id: 'A0001',
    is_enterprise_install: 'false',
    response_url: init.responseUrl,
    trigger_id: init.triggerId ?? `${Date.now()}.${++triggerCounter}.fake`,
  }).toString();
}

let eventCounter = 0;

/** An Events API callback envelope around one event: JSON. */
export function eventBody(event: Record<string, unknown>, teamId = 'T0001', eventId?: string): string {
  eventCounter++;
  return JSON.stringify({
    token: 'legacy-verification-token-unused',
    team_id: teamId,
    api_app_id: 'A0001',
    event: { event_ts: event.ts, ...event },
    type: 'event_callback',
    event_id: eventId ?? `Ev${String(eventCounter).padStart(8, '0')}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: teamId, user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  });
}
