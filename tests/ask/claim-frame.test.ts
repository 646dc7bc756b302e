import { describe, expect, it } from 'vitest';
import { framedClaim } from '../../src/ask/understand/claim-frame.js';

describe('framedClaim', () => {
  it('finds a quoted statement, its request to check and where it comes from', () => {
    expect(framedClaim('pasting from our bgr: "The SCO traces its roots to the Shanghai Five." ok to run?')).toEqual({
      claim: 'The SCO traces its roots to the Shanghai Five',
      tag: 'ok to run',
      frame: 'pasting from our bgr',
      rest: '',
    });
  });
  it('takes a request put before the quote, and keeps what follows', () => {
    expect(framedClaim("is it right to say 'the SCO family is 27 countries'? for my slide")).toMatchObject({
      claim: 'the SCO family is 27 countries',
      tag: 'is it right to say',
      rest: 'for my slide',
    });
  });
  it('reads a reported statement only before a request to use the words', () => {
    expect(framedClaim('desk copy says india joined at ufa in 2015. good to go?')).toMatchObject({
      claim: 'india joined at ufa in 2015',
      frame: 'desk copy says',
    });
    expect(framedClaim('the charter says the chair rotates alphabetically. right?')).toBeUndefined();
  });
  it('leaves a quote with no request to check, a short quote and an apostrophe alone', () => {
    expect(framedClaim("who said 'the SCO is not an alliance'?")).toBeUndefined();
    expect(framedClaim("what does 'SCO Plus' mean? ok?")).toBeUndefined();
    expect(framedClaim("India's membership - when? right?")).toBeUndefined();
  });
});
