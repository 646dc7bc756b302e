import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, chatInput, STRING, type Harness } from './harness.js';
import type { RecordedRequest } from '../fakes/discord/server.js';
import { createDiscordPoster, createDiscordRest } from '../../src/adapters/discord/poster.js';
import { reply } from '../../src/reply/model.js';
import { asReplyImage } from '../../src/pictures/types.js';
import { pictures } from '../helpers/app.js';
import { TOKEN } from './harness.js';

const BOOLEAN = 5;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

type Embed = { title?: string; image?: { url: string } };
type Body = { embeds: Embed[]; attachments?: { id: number | string; description: string }[] };

describe('pictures on Discord, against the fake Discord', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  const edited = (token: string, since: RecordedRequest) =>
    h.fake.waitForRequest((r) => r.at >= since.at && r.method === 'PATCH' && r.path.endsWith(`/${token}/messages/@original`), 15_000);

  it('answers /sco members picture:true by acknowledging, then uploading the timeline PNG shown in the embed, its alt text as the description', async () => {
    const sent = h.fake.sendInteraction(chatInput('members', [{ name: 'picture', type: BOOLEAN, value: true }]));
    const cb = await sent.callback;
    expect((cb.body as { type: number }).type).toBe(5);
    const edit = await edited(sent.token, cb);
    expect(edit.headers['content-type']).toMatch(/^multipart\/form-data/);
    const body = edit.body as Body;
    const expected = pictures().timeline('en-US');
    expect(body.embeds[0]!.title).toBe('SCO member states');
    expect(body.embeds[0]!.image).toEqual({ url: `attachment://${expected.name}` });
    // discord.js writes the attachments entry itself: id n for files[n], the description being the alt text.
    expect(body.attachments).toHaveLength(1);
    expect(body.attachments![0]).toMatchObject({ id: '0', description: expected.alt });
    expect(edit.files).toHaveLength(1);
    expect(edit.files![0]).toMatchObject({ field: 'files[0]', filename: expected.name, contentType: 'image/png' });
    expect(edit.files![0]!.data.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(Buffer.compare(edit.files![0]!.data, Buffer.from(expected.png()))).toBe(0);
  });

  it('labels the map of /sco country in the asker’s Discord language and outlines the country', async () => {
    const sent = h.fake.sendInteraction({ ...chatInput('country', [{ name: 'name', type: STRING, value: 'India' }, { name: 'picture', type: BOOLEAN, value: true }]), locale: 'ru' });
    const cb = await sent.callback;
    const edit = await edited(sent.token, cb);
    const expected = pictures().map('ru', 'IN');
    expect(expected.name).toMatch(/^sco-map-ru-[0-9a-f]{10}\.png$/);
    expect(expected.alt).toMatch(/Outlined: India, member state since 9 June 2017/);
    expect((edit.body as Body).attachments?.[0]).toMatchObject({ description: expected.alt });
    expect(edit.files![0]!.filename).toBe(expected.name);
    expect(Buffer.compare(edit.files![0]!.data, Buffer.from(expected.png()))).toBe(0);
  });

  it('sends no file and no embed image when the picture was not asked for', async () => {
    const cb = await h.fake.sendInteraction(chatInput('members')).callback;
    const body = cb.body as { type: number; data: Body };
    expect(body.type).toBe(4);
    expect(cb.files).toBeUndefined();
    expect(body.data.embeds[0]!.image).toBeUndefined();
    expect(body.data.attachments).toBeUndefined();
  });

  it('posts a digest with its timeline into a channel as one multipart message, and Discord resolves the embed image to the upload', async () => {
    const poster = createDiscordPoster({ rest: createDiscordRest({ token: TOKEN, apiUrl: h.fake.apiUrl, retries: 0 }) });
    const picture = pictures().timeline();
    const digest = reply({ title: 'SCO digest', summary: 'Laos became an SCO partner.', image: asReplyImage(picture) });
    const { messageIds } = await poster.post(h.fake.channelId, digest, { idempotencyKey: 'sco-delivery-7' });
    const posted = h.fake.messages.get(h.fake.channelId)!.find((m) => m.id === messageIds[0])!;
    expect(posted.files).toHaveLength(1);
    expect(Buffer.compare(posted.files[0]!.data, Buffer.from(picture.png()))).toBe(0);
    expect(posted.attachments[0]).toMatchObject({ filename: picture.name, description: picture.alt, size: posted.files[0]!.data.length });
    expect((posted.embeds[0] as Embed).image!.url).toBe(posted.attachments[0]!.url);
    expect(posted.body).toMatchObject({ enforce_nonce: true, allowed_mentions: { parse: [] } });
  });
});
