import { createHash } from 'node:crypto';
import type { FactStore } from '../facts/store.js';
import { loadFonts, type FontSet } from './fonts.js';
import { pictureLang } from './lang.js';
import { mapModel, timelineModel, type MapModel, type TimelineModel } from './model.js';
import { timelineSvg, type Drawing } from './timeline.js';
import { mapSvg } from './map.js';
import { mapAlt, timelineAlt } from './alt.js';
import { renderPng } from './render.js';
import type { Picture, PictureService } from './types.js';

/**
 * Pictures drawn from the facts, cached by a hash of what they draw: the model (names, dates,
 * statuses, language), the fonts and this drawing's version. Building the model and its alt
 * text costs little; the SVG and PNG are made when first asked for, once per hash.
 */

/** Bump when the drawing code changes what the same data looks like, so cached files are not reused. */
const DRAWING_VERSION = 1;

export interface PictureServiceOptions {
  fonts?: FontSet;
  /** Rendered pictures kept (default 32: two kinds × six languages, with room for highlighted maps). */
  cacheSize?: number;
}

interface Rendered {
  svg?: Drawing;
  png?: Uint8Array;
}

export function createPictureService(facts: FactStore, options: PictureServiceOptions = {}): PictureService {
  let fonts = options.fonts;
  const getFonts = () => (fonts ??= loadFonts());
  const drawable = (text: string) => getFonts().drawable(text);
  const cacheSize = options.cacheSize ?? 32;
  const cache = new Map<string, Rendered>();

  const entry = (hash: string): Rendered => {
    let hit = cache.get(hash);
    if (hit) {
      // Most recently used last, so the oldest is the one evicted.
      cache.delete(hash);
      cache.set(hash, hit);
      return hit;
    }
    hit = {};
    cache.set(hash, hit);
    while (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
    return hit;
  };

  const picture = (model: TimelineModel | MapModel, alt: string, draw: () => Drawing): Picture => {
    const hash = createHash('sha256').update(JSON.stringify({ v: DRAWING_VERSION, fonts: getFonts().fingerprint, model })).digest('hex');
    const svg = () => (entry(hash).svg ??= draw()).svg;
    return {
      kind: model.kind,
      lang: model.lang,
      name: `sco-${model.kind}-${model.lang}-${hash.slice(0, 10)}.png`,
      alt,
      hash,
      svg,
      png: () => (entry(hash).png ??= renderPng(svg())),
    };
  };

  return {
    kind: 'pictures',
    timeline(locale) {
      const model = timelineModel(facts, pictureLang(locale), drawable);
      return picture(model, timelineAlt(model), () => timelineSvg(model, getFonts()));
    },
    map(locale, highlight) {
      const model = mapModel(facts, pictureLang(locale), drawable, highlight);
      return picture(model, mapAlt(model), () => mapSvg(model, getFonts()));
    },
  };
}
