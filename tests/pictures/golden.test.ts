import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { mapModel, timelineModel, type MapModel, type TimelineModel } from '../../src/pictures/model.js';
import { timelineSvg } from '../../src/pictures/timeline.js';
import { mapSvg } from '../../src/pictures/map.js';
import { renderPng } from '../../src/pictures/render.js';
import type { PictureLang } from '../../src/pictures/lang.js';
import { facts } from '../helpers/app.js';
import { drawable, testFonts } from './helpers.js';

/**
 * The drawing compared with reviewed goldens, pixel by pixel with a small tolerance (pixelmatch's
 * default colour threshold, anti-aliased edges ignored, at most 50 pixels). Each golden is drawn from a frozen model
 * (fixtures/), not from data/, so a data edit does not fail this test — the data-following tests
 * in pictures.test.ts cover that; this one catches changes in layout, text shaping and rendering.
 * After a deliberate change in the drawing, look at the pictures and rewrite them with
 * `UPDATE_GOLDENS=1 npx vitest run tests/pictures/golden.test.ts`.
 */

const HERE = join('tests', 'pictures');
const UPDATE = process.env.UPDATE_GOLDENS === '1';
/** Pixels allowed to differ: a moved line or a 1-pixel-larger dot is more. */
const MAX_DIFFERING = 50;

const CASES: { name: string; kind: 'timeline' | 'map'; lang: PictureLang }[] = [
  { name: 'timeline-en', kind: 'timeline', lang: 'en' },
  { name: 'map-en', kind: 'map', lang: 'en' },
  // Devanagari shaping (vowel signs) and right-to-left Perso-Arabic, the two that went wrong before shaping was ours.
  { name: 'timeline-hi', kind: 'timeline', lang: 'hi' },
  { name: 'map-fa', kind: 'map', lang: 'fa' },
];

describe('pictures against their goldens', () => {
  it.each(CASES)('$name matches its golden', ({ name, kind, lang }) => {
    const modelFile = join(HERE, 'fixtures', `${name}.json`);
    const goldenFile = join(HERE, 'golden', `${name}.png`);
    if (UPDATE) {
      mkdirSync(join(HERE, 'fixtures'), { recursive: true });
      const model = kind === 'timeline' ? timelineModel(facts(), lang, drawable) : mapModel(facts(), lang, drawable);
      writeFileSync(modelFile, `${JSON.stringify(model, null, 2)}\n`);
    }
    const model = JSON.parse(readFileSync(modelFile, 'utf8')) as TimelineModel | MapModel;
    const png = renderPng(model.kind === 'timeline' ? timelineSvg(model, testFonts()).svg : mapSvg(model, testFonts()).svg);
    if (UPDATE || !existsSync(goldenFile)) {
      mkdirSync(join(HERE, 'golden'), { recursive: true });
      writeFileSync(goldenFile, png);
    }
    const actual = PNG.sync.read(Buffer.from(png));
    const golden = PNG.sync.read(readFileSync(goldenFile));
    expect([actual.width, actual.height]).toEqual([golden.width, golden.height]);
    const diff = new PNG({ width: golden.width, height: golden.height });
    const differing = pixelmatch(actual.data, golden.data, diff.data, golden.width, golden.height, { threshold: 0.1 });
    if (differing > MAX_DIFFERING) {
      const out = mkdtempSync(join(tmpdir(), `sco-golden-${name}-`));
      writeFileSync(join(out, 'actual.png'), png);
      writeFileSync(join(out, 'diff.png'), PNG.sync.write(diff));
      expect.fail(`${name}: ${differing} pixels differ from the golden; see ${out}`);
    }
  });
});
