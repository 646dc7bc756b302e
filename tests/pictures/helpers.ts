import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { loadFonts, type FontSet } from '../../src/pictures/fonts.js';

/** What the picture tests share: the fonts, PNG decoding, colour sampling, and data/ read on its own. */

let fonts: FontSet | undefined;
export function testFonts(): FontSet {
  fonts ??= loadFonts();
  return fonts;
}

export const drawable = (text: string) => testFonts().drawable(text);

export function decode(png: Uint8Array): PNG {
  return PNG.sync.read(Buffer.from(png));
}

export type Rgb = [number, number, number];

export function pixelAt(img: PNG, x: number, y: number): Rgb {
  const i = (Math.floor(y) * img.width + Math.floor(x)) * 4;
  return [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!];
}

export function rgb(hex: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

/** Largest per-channel difference. */
export function distance(a: Rgb, b: Rgb): number {
  return Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
}

/** data/ as the files say it, read without the fact store, so the pictures are checked against the source and not against themselves. */
export interface RawMembership {
  country: string;
  status: string;
  from?: string;
  to?: string;
}

export function rawData(dir = 'data') {
  const read = <T>(file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
  return {
    meta: read<{ dataAsOf: string }>('meta.json'),
    countries: read<{ id: string; name: string; nativeNames: { lang: string; name: string }[] }[]>('countries.json'),
    memberships: read<RawMembership[]>('memberships.json'),
    organisation: read<{ id: string; label: string; date?: string; countries: string[] }[]>('organisation.json'),
  };
}

/** Is a (possibly partial) ISO date on or before another? */
export function onOrBefore(a: string, b: string): boolean {
  const pad = (d: string) => `${d}-01-01`.slice(0, 10);
  return pad(a) <= pad(b);
}
