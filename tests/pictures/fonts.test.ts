import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Blob, Face } from 'harfbuzzjs';
import { FONTS_DIR, MANIFEST, parseRanges, type FontManifest } from '../../src/pictures/fonts.js';
import { allWording, nameIn, PICTURE_LANGS } from '../../src/pictures/lang.js';
import { facts } from '../helpers/app.js';
import { testFonts } from './helpers.js';

const manifest = JSON.parse(readFileSync(join(FONTS_DIR, MANIFEST), 'utf8')) as FontManifest;
const RERUN = 'run `npm run fonts` to cut the fonts again from their npm packages';

describe('the bundled fonts', () => {
  it.each(manifest.fonts.map((f) => [f.file, f] as const))('%s is the file its manifest entry describes', (_file, entry) => {
    const bytes = readFileSync(join(FONTS_DIR, entry.file));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);
    const actual = [...new Face(new Blob(bytes)).collectUnicodes()].sort((a, b) => a - b);
    expect(actual).toEqual(parseRanges(entry.codepoints));
    expect(existsSync(join(FONTS_DIR, `${entry.family.replace(/ /g, '')}-OFL.txt`))).toBe(true);
  });

  it('cover Latin, Cyrillic, Chinese, Devanagari and Arabic script', () => {
    const sample = ['Kyrgyzstan', 'Кыргызстан', '吉尔吉斯斯坦', 'किर्गिज़स्तान', 'قرقیزستان', 'کرغزستان'];
    for (const text of sample) expect(testFonts().drawable(text), text).toBe(true);
  });

  it('draw every country’s name in every language the pictures are labelled in', () => {
    const missing: string[] = [];
    for (const c of facts().countries()) {
      for (const lang of PICTURE_LANGS) {
        const name = nameIn(c, lang);
        if (!testFonts().drawable(name)) missing.push(`${c.id} ${lang} "${name}"`);
      }
    }
    expect(missing, `names the fonts cannot draw (they are drawn in English until you ${RERUN})`).toEqual([]);
  });

  it('draw all of the pictures’ own wording, in every language', () => {
    // Each label is drawn in the face of its script, so each must be whole in that face.
    const missing = allWording().filter((label) => !testFonts().drawable(label));
    expect(missing, RERUN).toEqual([]);
  });
});
