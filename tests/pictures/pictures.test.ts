import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FactStore } from '../../src/facts/store.js';
import { formatDate } from '../../src/base/dates.js';
import { createPictureService } from '../../src/pictures/service.js';
import { mapModel, timelineModel } from '../../src/pictures/model.js';
import { timelineSvg } from '../../src/pictures/timeline.js';
import { mapSvg } from '../../src/pictures/map.js';
import { renderPng } from '../../src/pictures/render.js';
import { nameIn, PICTURE_LANGS, type LegendKey } from '../../src/pictures/lang.js';
import { COLOUR } from '../../src/pictures/svg.js';
import { timelineAlt } from '../../src/pictures/alt.js';
import { facts } from '../helpers/app.js';
import { decode, distance, drawable, onOrBefore, pixelAt, rawData, rgb, testFonts } from './helpers.js';

const MAX_BYTES = 500 * 1024;
const DRAWN = new Set(['member', 'observer', 'dialogue-partner', 'partner']);
const raw = rawData();
const asOf = raw.meta.dataAsOf;
const nameOf = (code: string) => raw.countries.find((c) => c.id === code)!.name;
/** Status records in force on the data's own date. */
const current = raw.memberships.filter((m) => DRAWN.has(m.status) && m.from && onOrBefore(m.from, asOf) && !(m.to && onOrBefore(m.to, asOf)));

describe('the membership timeline', () => {
  const service = createPictureService(facts());

  it.each(PICTURE_LANGS)('is a 1280-pixel-wide PNG under 500 KB, as tall as its rows, in %s', (lang) => {
    const picture = service.timeline(lang);
    const png = picture.png();
    const img = decode(png);
    const drawing = timelineSvg(timelineModel(facts(), lang, drawable), testFonts());
    expect(png.length).toBeLessThanOrEqual(MAX_BYTES);
    expect([img.width, img.height]).toEqual([1280, drawing.height]);
    // One row per country with a drawn status: 24 px each, plus headings and margins.
    const countries = new Set(raw.memberships.filter((m) => DRAWN.has(m.status) || m.status.startsWith('applicant')).map((m) => m.country));
    expect(img.height).toBeGreaterThan(countries.size * 24);
  });

  it('draws every status data/ records for every country, in that status’s colour, read back from the PNG', () => {
    const drawing = timelineSvg(timelineModel(facts(), 'en', drawable), testFonts());
    const img = decode(renderPng(drawing.svg));
    const five = raw.organisation.find((f) => f.id === 'shanghai-five')!;
    const expected: { code: string; status: string }[] = [
      ...raw.memberships.filter((m) => DRAWN.has(m.status) && (!m.from || onOrBefore(m.from, asOf))),
      ...five.countries.map((code) => ({ code, status: 'shanghai-five' })),
    ].map((m) => ({ code: 'country' in m ? m.country : m.code, status: m.status }));
    const seen = new Set<string>();
    for (const { code, status } of expected) {
      const mark = drawing.marks.find((k) => k.code === code && k.status === status);
      expect(mark, `${code} ${status}`).toBeDefined();
      const colour = pixelAt(img, mark!.x, mark!.y);
      expect(distance(colour, rgb(COLOUR[status as LegendKey])), `${code} ${status} at ${mark!.x},${mark!.y} is ${colour}`).toBeLessThanOrEqual(12);
      seen.add(status);
    }
    expect([...seen].sort()).toEqual(['dialogue-partner', 'member', 'observer', 'partner', 'shanghai-five']);
  });

  it('names each row in the asker’s language from the data’s native names', () => {
    for (const lang of ['zh', 'ru', 'hi', 'fa'] as const) {
      const svg = service.timeline(lang).svg();
      for (const code of ['IN', 'IR', 'CN', 'BY']) {
        const c = facts().country(code)!;
        const native = c.nativeNames.find((n) => n.lang === lang)!.name;
        expect(nameIn(c, lang)).toBe(native);
        expect(svg).toContain(`aria-label="${native}"`);
      }
      expect(svg).not.toContain('aria-label="India"');
    }
    expect(service.timeline('en').svg()).toContain('aria-label="India"');
  });

  it('says in its alt text who joined when, and how many partners there are, as data/ has it', () => {
    const alt = service.timeline('en').alt;
    const members = current.filter((m) => m.status === 'member');
    for (const m of members) {
      expect(alt).toContain(nameOf(m.country));
      expect(alt).toContain(formatDate(m.from!));
    }
    const partners = current.filter((m) => m.status === 'partner');
    expect(alt).toContain(`${partners.length} SCO partners now`);
    const merged = raw.memberships.filter((m) => m.status === 'partner' && m.from).map((m) => m.from!).sort()[0]!;
    const label = raw.organisation.find((f) => f.id === 'partner-category-merge')?.label;
    expect(alt).toContain(`${formatDate(merged)}: ${label}`);
    expect(alt.length).toBeLessThanOrEqual(1000);
  });

  it('keeps its alt text within Slack’s 1,000 characters by leaving out the oldest history, and says so', () => {
    const model = timelineModel(facts(), 'en', drawable);
    // Forty more dialogue partners, each with its own years: far more than 1,000 characters to say.
    const extra = Array.from({ length: 40 }, (_, i) => ({
      code: `X${i}`,
      name: `Country number ${i}`,
      label: `Country number ${i}`,
      group: 'partner' as const,
      segments: [{ status: 'dialogue-partner' as const, from: String(1990 + (i % 30)), to: String(2000 + i) }],
    }));
    const alt = timelineAlt({ ...model, rows: [...model.rows, ...extra] });
    expect(alt.length).toBeLessThanOrEqual(1000);
    expect(alt).toMatch(/Earlier observer and dialogue-partner years are in the picture only\.$/);
    expect(alt).not.toContain('Country number');
    for (const m of current.filter((r) => r.status === 'member')) expect(alt).toContain(nameOf(m.country));
  });

  it('is drawn once per hash: the same data gives the same name, hash and bytes, and a second ask reuses the first drawing', () => {
    const a = service.timeline('en');
    const b = createPictureService(facts()).timeline('en-GB');
    expect(b.hash).toBe(a.hash);
    expect(b.name).toBe(a.name);
    expect(Buffer.compare(Buffer.from(a.png()), Buffer.from(b.png()))).toBe(0);
    expect(service.timeline('en').png()).toBe(a.png());
    expect(service.timeline('ru').hash).not.toBe(a.hash);
  });
});

describe('the map', () => {
  const service = createPictureService(facts());

  it.each(PICTURE_LANGS)('is a 1280 × 800 PNG under 500 KB in %s', (lang) => {
    const png = service.map(lang).png();
    const img = decode(png);
    expect([img.width, img.height]).toEqual([1280, 800]);
    expect(png.length).toBeLessThanOrEqual(MAX_BYTES);
  });

  it('colours every current member and partner in its status’s colour, read back from the PNG', () => {
    const drawing = mapSvg(mapModel(facts(), 'en', drawable), testFonts());
    const img = decode(renderPng(drawing.svg));
    for (const m of current) {
      expect(drawing.svg, m.country).toMatch(new RegExp(`data-code="${m.country}" data-status="${m.status}"`));
      const mark = drawing.marks.find((k) => k.code === m.country);
      expect(mark, m.country).toBeDefined();
      const colour = pixelAt(img, mark!.x, mark!.y);
      expect(distance(colour, rgb(COLOUR[m.status as LegendKey])), `${m.country} ${m.status} is ${colour}`).toBeLessThanOrEqual(12);
    }
  });

  it('lists every member and partner by name in its alt text, with the counts data/ gives', () => {
    const alt = service.map('en').alt;
    const members = current.filter((m) => m.status === 'member');
    const partners = current.filter((m) => m.status !== 'member');
    expect(alt).toContain(`Member states (${members.length})`);
    expect(alt).toContain(`SCO partners (${partners.length})`);
    for (const m of current) expect(alt).toContain(nameOf(m.country));
  });

  it('outlines and names the country a /sco country picture is about, and says what it is', () => {
    const picture = service.map('en', 'IR');
    expect(picture.svg()).toContain('stroke="#111827"');
    expect(picture.svg()).toContain('aria-label="Iran"');
    const iran = current.find((m) => m.country === 'IR')!;
    expect(picture.alt).toContain(`Outlined: Iran, member state since ${formatDate(iran.from!)}`);
    expect(service.map('en', 'US').alt).toContain('Outlined: United States, not part of the SCO');
  });
});

describe('pictures and the clock', () => {
  it('draw nothing the data dates after today when the clock is set before the data’s date', () => {
    const before = facts().withClock(() => new Date('2025-06-01T12:00:00Z'));
    const model = timelineModel(before, 'en', drawable);
    expect(model.asOf).toBe('2025-06-01');
    expect(model.merged).toBeUndefined();
    expect(model.rows.flatMap((r) => r.segments).some((s) => s.status === 'partner')).toBe(false);
    // Mongolia was still an observer then.
    expect(mapModel(before, 'en', drawable).countries.find((c) => c.code === 'MN')?.status).toBe('observer');
  });
});

describe('pictures follow data/', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** A copy of data/ with one membership record's status changed. */
  function editedData(country: string, from: string, to: string): FactStore {
    const dir = mkdtempSync(join(tmpdir(), 'sco-data-'));
    dirs.push(dir);
    cpSync('data', dir, { recursive: true });
    const file = join(dir, 'memberships.json');
    const list = JSON.parse(readFileSync(file, 'utf8')) as { country: string; status: string }[];
    const record = list.find((m) => m.country === country && m.status === from)!;
    record.status = to;
    writeFileSync(file, JSON.stringify(list, null, 2));
    return FactStore.load(dir);
  }

  it('redraws the timeline when a status changes, with a new hash and the new colour where the old one was', () => {
    const before = createPictureService(facts()).timeline('en');
    const store = editedData('MN', 'observer', 'dialogue-partner');
    const after = createPictureService(store).timeline('en');
    expect(after.hash).not.toBe(before.hash);
    expect(after.name).not.toBe(before.name);
    expect(Buffer.compare(Buffer.from(after.png()), Buffer.from(before.png()))).not.toBe(0);
    const drawing = timelineSvg(timelineModel(store, 'en', drawable), testFonts());
    const mark = drawing.marks.find((k) => k.code === 'MN' && k.status === 'dialogue-partner')!;
    expect(drawing.marks.some((k) => k.code === 'MN' && k.status === 'observer')).toBe(false);
    expect(distance(pixelAt(decode(renderPng(drawing.svg)), mark.x, mark.y), rgb(COLOUR['dialogue-partner']))).toBeLessThanOrEqual(12);
    expect(after.alt).toMatch(/Dialogue partners: [^.]*Mongolia 2004–2025/);
  });

  it('recolours the map when a country’s current status changes', () => {
    const before = createPictureService(facts()).map('en');
    const store = editedData('LA', 'partner', 'observer');
    const after = createPictureService(store).map('en');
    expect(after.hash).not.toBe(before.hash);
    expect(after.svg()).toContain('data-code="LA" data-status="observer"');
    expect(before.svg()).toContain('data-code="LA" data-status="partner"');
    expect(after.alt).toContain('Laos (observer)');
  });
});
