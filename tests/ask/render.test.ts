import { describe, expect, it } from 'vitest';
import { restates } from '../../src/ask/render.js';

describe('a sentence of context that restates the answer', () => {
  it('is one that holds every word of the answer and names nothing new', () => {
    expect(
      restates('The Office, one of the two standing bodies, is in Springfield.', 'The Office is in Springfield.'),
    ).toBe(true);
  });

  it('is one whose every word the answer already holds', () => {
    expect(
      restates('Jane Roe: Minister of Works of Ruritania.', "Ruritania's works minister at the meeting was Jane Roe."),
    ).toBe(true);
  });

  it('is not one that adds a name or a number, however many words it shares', () => {
    expect(restates('The body had 8 states until Ruritania joined on 4 July.', 'The body had 9 states.')).toBe(false);
  });

  it('is not one about something else', () => {
    expect(restates('Its founders were six states.', 'The body was founded in a port city.')).toBe(false);
  });
});
