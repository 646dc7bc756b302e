import { Resvg } from '@resvg/resvg-js';

/**
 * SVG → PNG with resvg (its binary ships in the npm package). Text arrives as outlines
 * (typeset.ts), so no font is loaded, not even the system's: the same SVG gives the same pixels
 * on every machine.
 */
export function renderPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  });
  return new Uint8Array(resvg.render().asPng());
}
