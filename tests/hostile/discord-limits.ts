import type { APIEmbed } from 'discord.js';
import { DISCORD_LIMITS as L } from '../../src/reply/limits.js';
import { embedTextLength } from '../../src/adapters/discord/render.js';

/** What Discord would refuse (400) in a message body, in words; empty when it is within every limit. */
export function discordViolations(body: { content?: unknown; embeds?: unknown; allowed_mentions?: unknown }): string[] {
  const out: string[] = [];
  const embeds = (body.embeds ?? []) as APIEmbed[];
  if (JSON.stringify(body.allowed_mentions) !== JSON.stringify({ parse: [] }) && JSON.stringify(body.allowed_mentions) !== JSON.stringify({ parse: [], replied_user: false })) {
    out.push(`allowed_mentions ${JSON.stringify(body.allowed_mentions)}`);
  }
  if (typeof body.content === 'string' && body.content.length > L.content) out.push(`content of ${body.content.length}`);
  if (embeds.length > L.embedsPerMessage) out.push(`${embeds.length} embeds`);
  if (embeds.reduce((n, e) => n + embedTextLength(e), 0) > L.embedsTotal) out.push('embeds over 6000 characters');
  for (const e of embeds) {
    if ((e.title?.length ?? 0) > L.embedTitle) out.push('title too long');
    if ((e.description?.length ?? 0) > L.embedDescription) out.push('description too long');
    if ((e.footer?.text.length ?? 0) > L.footerText) out.push('footer too long');
    if ((e.fields?.length ?? 0) > L.embedFields) out.push(`${e.fields?.length} fields`);
    for (const f of e.fields ?? []) {
      if (f.name.length === 0 || f.name.length > L.fieldName) out.push(`field name of ${f.name.length}`);
      if (f.value.length === 0 || f.value.length > L.fieldValue) out.push(`field value of ${f.value.length}`);
    }
  }
  return out;
}
