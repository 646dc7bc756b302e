import type { Entities } from './entities.js';
import type { Question } from './text.js';

/** "…and who was…", "…and when did…": where a second question starts inside one line. */
const SECOND_QUESTION = /\s+(?:and|&|also|plus|then)\s+(?=(?:who|whos|when|what|whats|where|which|how|why|is|was|were|did|does|do|has|have)\b)/i;

/**
 * The questions one line asks, when it joins two with "and": "when did India join and who
 * was its defence minister at Qingdao" is two. A part that says "its"/"it" gets the country
 * the line names; a part that names nothing gets the meeting the line names.
 */
export function splitQuestions(q: Question, whole: Entities): string[] {
  if (q.lang !== 'en') return [q.text];
  const parts = q.text.split(SECOND_QUESTION).map((p) => p.trim()).filter((p) => p.length > 0);
  // Each part must be a question of its own: two words at least ("and who?" is not).
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p.split(/\s+/).length < 3)) return [q.text];
  const country = whole.countries.length === 1 ? whole.countries[0]!.country.name : undefined;
  const event = whole.events.length === 1 ? whole.events[0]!.city : undefined;
  return parts.map((p) => {
    let out = p;
    if (country && !out.toLowerCase().includes(country.toLowerCase())) {
      out = out.replace(/\bits\b/i, `${country}'s`).replace(/\b(it|they)\b(?! (is|was) )/i, country);
    }
    if (event && !whole.countries.some((r) => out.toLowerCase().includes(r.text.toLowerCase())) && !out.toLowerCase().includes(event.toLowerCase())) out = `${out} at ${event}`;
    return out;
  });
}
