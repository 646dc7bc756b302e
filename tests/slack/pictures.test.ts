import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';
import { createSlackPoster, createSlackWebClient } from '../../src/adapters/slack/poster.js';
import { reply } from '../../src/reply/model.js';
import { asReplyImage } from '../../src/pictures/types.js';
import { pictures } from '../helpers/app.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('pictures on Slack, against the fake Slack', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ channels: [{ id: 'COUTSIDE', is_member: false }] });
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(() => h.fake.reset());

  it('answers /sco members picture:true in the channel, then shares the timeline there through the files API with its alt text', async () => {
    const result = await h.slash('members picture:true', { channelId: 'C0042' });
    expect(result.messages[0]).toMatchObject({ response_type: 'in_channel' });
    const completed = await h.fake.waitFor((c) => c.method === 'files.completeUploadExternal', 15_000);
    const expected = pictures().timeline();
    const ticket = h.fake.callsTo('files.getUploadURLExternal')[0]!;
    expect(ticket.body).toMatchObject({ filename: expected.name, length: String(expected.png().length), alt_txt: expected.alt });
    expect(completed.body).toMatchObject({ channel_id: 'C0042', files: [{ id: expect.stringMatching(/^F/), title: 'SCO member states' }] });
    const [file] = h.fake.files('C0042');
    expect(file!.data!.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(Buffer.compare(file!.data!, Buffer.from(expected.png()))).toBe(0);
    // Steps in the order Slack requires: ticket, bytes, completion.
    expect(h.fake.calls.map((c) => c.method).filter((m) => m.startsWith('files.') || m === 'upload')).toEqual(['files.getUploadURLExternal', 'upload', 'files.completeUploadExternal']);
  });

  it('tells only the asker why, when the picture cannot be shared in a channel the bot is not in', async () => {
    const result = await h.slash('country Iran picture:true', { channelId: 'COUTSIDE' });
    expect(result.messages[0]).toMatchObject({ response_type: 'in_channel' });
    const note = await h.fake.waitFor((c) => c.responseId === result.responseId && c.body.response_type === 'ephemeral', 15_000);
    expect(String(note.body.text)).toMatch(/not in this channel/);
    expect(h.fake.files()).toEqual([]);
  });

  it('uploads nothing when no picture was asked for', async () => {
    await h.slash('members', { channelId: 'C0043' });
    await new Promise((r) => setTimeout(r, 100));
    expect(h.fake.callsTo('files.getUploadURLExternal')).toEqual([]);
  });
});

describe('the Slack poster with a digest that carries the timeline', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(() => h.fake.reset());

  const poster = (failures: unknown[] = []) =>
    createSlackPoster({ client: createSlackWebClient({ token: 'xoxb-test-bot-token', apiUrl: h.fake.apiUrl, retries: 0 }), onImageFailure: (err) => void failures.push(err) });
  const picture = () => pictures().timeline();
  const digest = () => reply({ title: 'SCO digest', summary: 'Laos became an SCO partner.', image: asReplyImage(picture()) });

  it('posts the digest, then shares the picture into the same channel, and returns both ids', async () => {
    const { messageIds } = await poster().post('C0100', digest());
    const [message] = h.fake.messages('C0100');
    const [file] = h.fake.files('C0100');
    expect(messageIds).toEqual([message!.ts, `file:${file!.id}`]);
    expect(file).toMatchObject({ filename: picture().name, alt_txt: picture().alt, title: 'SCO digest', completed: true });
    expect(Buffer.compare(file!.data!, Buffer.from(picture().png()))).toBe(0);
  });

  it('still delivers the digest when the app may not upload files yet, and reports why', async () => {
    h.fake.failNext({ method: 'files.getUploadURLExternal', error: 'missing_scope' });
    const failures: unknown[] = [];
    const { messageIds } = await poster(failures).post('C0101', digest());
    expect(messageIds).toEqual([h.fake.messages('C0101')[0]!.ts]);
    expect(h.fake.files('C0101')).toEqual([]);
    expect(String(failures[0])).toMatch(/missing_scope/);
  });

  it('does not complete an upload whose bytes Slack refused', async () => {
    h.fake.failNext({ method: 'upload', status: 500 });
    const failures: unknown[] = [];
    await poster(failures).post('C0102', digest());
    expect(h.fake.callsTo('files.completeUploadExternal')).toEqual([]);
    expect(String(failures[0])).toMatch(/HTTP 500/);
  });
});
