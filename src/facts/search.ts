import type { FactData } from './schema.js';
import { normaliseName } from '../base/text.js';

/** One searchable statement: an organisation fact, an event, a disputed claim or a rejected reference. */
export interface SearchHit {
  kind: 'fact' | 'event' | 'claim' | 'rejected';
  id: string;
  label: string;
  /** Source ids behind it (none for a rejected reference: it is the thing not to cite). */
  sources: string[];
}

interface Doc extends SearchHit {
  text: string;
}

/**
 * Full-text search over the curated statements. Texts are normalised once at load, so a
 * query costs one pass of substring tests.
 */
export class FactSearch {
  private readonly docs: Doc[];

  constructor(data: FactData) {
    const doc = (hit: SearchHit, ...texts: string[]): Doc => ({ ...hit, text: ` ${normaliseName(texts.join(' '))} ` });
    this.docs = [
      ...data.organisation.map((f) =>
        doc({ kind: 'fact', id: f.id, label: f.label, sources: f.sources }, f.topic, f.label, f.text),
      ),
      ...data.events.map((e) =>
        doc(
          {
            kind: 'event',
            id: e.id,
            label: e.name,
            sources: [...e.sources, ...e.outcomes.flatMap((o) => o.sources), ...e.positions.flatMap((p) => p.sources)],
          },
          e.name,
          e.city,
          e.hostName ?? '',
          e.summary,
        ),
      ),
      ...data.disputedClaims.map((c) =>
        doc({ kind: 'claim', id: c.id, label: c.claim, sources: c.sources }, c.claim, c.keywords.join(' ')),
      ),
      ...data.rejectedSources.map((r) =>
        doc({ kind: 'rejected', id: r.id, label: r.citedAs, sources: [] }, r.citedAs, r.url),
      ),
    ];
  }

  /** Statements containing the whole query, or every word of it longer than two letters. */
  search(query: string): SearchHit[] {
    const key = normaliseName(query);
    if (!key) return [];
    const words = key.split(' ').filter((w) => w.length > 2);
    return this.docs
      .filter((d) => d.text.includes(key) || (words.length > 0 && words.every((w) => d.text.includes(w))))
      .map(({ text: _text, ...hit }) => hit);
  }
}
