import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../src/reply/plain-text.js';
import { fixtureEngine, withEditedFixture } from './fixture.js';

/** A correction in data/ changes the answer: the engine holds no copy of the facts. */
describe('a correction in the data changes the answer', () => {
  const before = fixtureEngine();

  it('a membership date', () => {
    expect(before.answer('when did iran join the sco').summary).toContain('4 July 2023');
    // The accession date moves in both records that hold it (the cross-checks keep them in step).
    const after = withEditedFixture(
      {
        'memberships.json': (rows: { country: string; status: string; from?: string; to?: string }[]) => {
          for (const r of rows) {
            if (r.country === 'IR' && r.status === 'member') r.from = '2023-07-05';
            if (r.country === 'IR' && r.to === '2023-07-04') r.to = '2023-07-05';
          }
        },
        'member-count.json': (rows: { from: string; to?: string }[]) => {
          for (const r of rows) {
            if (r.from === '2023-07-04') r.from = '2023-07-05';
            if (r.to === '2023-07-04') r.to = '2023-07-05';
          }
        },
      },
      (e) => e.answer('when did iran join the sco').summary,
    );
    expect(after).toContain('5 July 2023');
    expect(after).not.toContain('4 July 2023');
  });

  it("an official's name", () => {
    expect(toPlainText(before.answer('who is the secretary-general of the sco'))).toContain('Nurlan Yermekbayev');
    const after = withEditedFixture(
      {
        'officials.json': (rows: { id: string; name: string }[]) => {
          rows.find((r) => r.id === 'nurlan-yermekbayev')!.name = 'Nurlan B. Yermekbayev';
        },
      },
      (e) => toPlainText(e.answer('who is the secretary-general of the sco')),
    );
    expect(after).toContain('Nurlan B. Yermekbayev');
  });

  it("the organisation's name in another language", () => {
    expect(before.answer('Wer ist der Generalsekretär der SOZ?').summary).toContain('SOZ');
    const after = withEditedFixture(
      {
        'i18n/names.json': (names: { organisation: { display: Record<string, string> } }) => {
          names.organisation.display.de = 'S.O.Z.';
        },
      },
      (e) => e.answer('Wer ist der Generalsekretär der SOZ?').summary,
    );
    expect(after).toContain('S.O.Z.');
  });

  it('a figure', () => {
    expect(before.answer('how many people were killed in the pahalgam attack').summary).toContain('26');
    const after = withEditedFixture(
      {
        'figures.json': (rows: { id: string; value: number; text: string }[]) => {
          const r = rows.find((x) => x.value === 26)!;
          r.value = 25;
          r.text = r.text.replace('26', '25');
        },
      },
      (e) => e.answer('how many people were killed in the pahalgam attack').summary,
    );
    expect(after).toContain('25');
  });

  it('the topic an answer draws on (data/lexicon/topics.json re-points it)', () => {
    expect(before.answer('where is the sco secretariat').summary).toContain('Beijing');
    const after = withEditedFixture(
      {
        'organisation.json': (rows: { id: string; place?: string; text: string }[]) => {
          const r = rows.find((x) => x.place === 'Beijing')!;
          r.place = 'Shanghai';
          r.text = r.text.replace('Beijing', 'Shanghai');
        },
      },
      (e) => e.answer('where is the sco secretariat').summary,
    );
    expect(after).toContain('Shanghai');
  });
});
