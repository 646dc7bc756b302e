import type { FactStore } from '../src/facts/store.js';
import type { CountryT } from '../src/facts/schema.js';
import { errorReply, type Reply } from '../src/reply/model.js';

/** The reply for a country name the store does not know, with "did you mean". */
export function unknownCountry(store: FactStore, query: string, command: string): Reply {
  const resolution = store.resolver.resolve(query);
  const suggestions = resolution.found ? [] : resolution.suggestions;
  const names = suggestions.map((c: CountryT) => c.name);
  return errorReply(
    'Country not found',
    `I have no country called "${clip(query)}".${names.length ? ` Did you mean ${names.join(', ')}?` : ''}`,
    names.length ? names.map((n) => `/sco ${command} ${n}`) : ['/sco members all'],
  );
}

export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
