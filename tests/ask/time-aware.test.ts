import { describe, expect, it } from 'vitest';
import { AskEngine } from '../../src/ask/engine.js';
import { toPlainText } from '../../src/reply/plain-text.js';
import { FROZEN_DAYS, storeOn } from '../facts/frozen-clocks.js';

/** Ask reads today from the store's clock: the same questions on three frozen days (tests/facts/frozen-clocks.ts). */
describe.each(FROZEN_DAYS)('ask on $name', (day) => {
  const engine = new AskEngine(storeOn(day));
  const summary = (q: string) => engine.answer(q).summary;

  it('words the Bishkek summit as that day sees it', () => {
    const s = summary('what happened at the bishkek summit');
    expect(s).toContain('1 September 2026');
    if (day.bishkekSummit.startsWith('held')) {
      expect(s).toContain('its decisions are not in the data');
      expect(s).not.toMatch(/scheduled|will be held|is expected/);
    } else {
      expect(s).toMatch(/not in the data|scheduled/);
      expect(s).not.toContain('took place');
    }
  });

  it("never reads the passed defence ministers' meeting as coming up", () => {
    const s = summary('when is the bishkek defence ministers meeting');
    expect(s).toContain('28 April 2026');
    expect(s).toContain('whether and how it took place is not in the data');
  });

  it('says who chairs, or that the term ended and the successor is not in the data', () => {
    const s = summary('who chairs the sco right now');
    if (day.chairUnknownOpen) {
      expect(s).toMatch(
        /Kyrgyzstan's term as SCO chair \(from 1 September 2025\) ended at the summit of 1 September 2026; the data does not hold who chairs now\./,
      );
      expect(s).toContain('Pakistan announced on 12 September 2025');
      expect(s).toContain('no SCO decision');
    } else {
      expect(s).toMatch(/^Kyrgyzstan holds the rotating SCO chair, since 1 September 2025\./);
    }
  });

  it("lists a country's chairmanships over the years, its open term as that day sees it", () => {
    const s = summary("kyrgyzstan's sco chairmanships over the years?");
    expect(s).toContain('2012–13');
    if (day.chairUnknownOpen) {
      expect(s).toContain('ended at the summit of 1 September 2026');
      expect(s).not.toMatch(/has held the rotating SCO chair since/);
    } else expect(s).not.toContain('ended at the summit');
  });

  it('does not name a killed minister as serving', () => {
    const s = toPlainText(engine.answer("who is iran's defence minister"));
    expect(s).not.toMatch(/defence minister (in the data )?is Aziz Nasirzadeh/);
    expect(s).toContain('Majid ibn al-Reza');
  });

  it("attributes the 2027 host to Pakistan's announcement, as the data words it, with no SCO decision", () => {
    const s = summary('who hosts the 2027 summit');
    expect(s).toMatch(
      /^Pakistan's Prime Minister Shehbaz Sharif announced on 12 September 2025 that Pakistan would host the next summit, in 2027; no SCO decision on it has been found\./,
    );
  });

  it('stamps the reply with the data date and, once it is behind today, its age', () => {
    const r = engine.answer('when did iran join the sco');
    expect(r.asOf).toBe('2026-09-03');
    expect(toPlainText(r)).toContain(day.stamp);
  });
});
