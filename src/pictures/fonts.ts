import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The bundled fonts (assets/fonts/, built by `npm run fonts`) and what each covers. resvg falls
 * back between fonts poorly (a label that starts in one script and needs another loses glyphs),
 * so every label is drawn in one face chosen by its script, and each face carries ASCII and
 * punctuation besides its own script.
 */

export type FontScript = 'latin' | 'devanagari' | 'arabic' | 'han';

export interface FontEntry {
  file: string;
  family: string;
  weight: number;
  script: FontScript;
  /** The npm package the face was cut from. */
  from: { package: string; version: string; file: string };
  sha256: string;
  /** Code points the subset covers, as hex ranges "20-7e,a0-17f". */
  codepoints: string;
}

export interface FontManifest {
  note: string;
  fonts: FontEntry[];
}

export const MANIFEST = 'fonts.json';
export const FONTS_DIR = join(projectRoot(dirname(fileURLToPath(import.meta.url))), 'assets', 'fonts');

export interface FontSet {
  /** The face for a script and weight; the regular one where the weight is not bundled. */
  fileFor(script: FontScript, weight: 400 | 700): string;
  /** The manifest's hashes, so a font change changes every picture's hash. */
  fingerprint: string;
  covers(text: string, script: FontScript): boolean;
  /** The script whose face draws a label: its letters' script, else the face that has every character (a lone "، " is Perso-Arabic). */
  scriptFor(text: string): FontScript;
  /** Can the label be drawn whole in one face? */
  drawable(text: string): boolean;
}

export function loadFonts(dir: string = FONTS_DIR): FontSet {
  const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as FontManifest;
  const coverage = new Map<FontScript, Set<number>>();
  for (const f of manifest.fonts) {
    const set = coverage.get(f.script) ?? new Set<number>();
    // A script's faces may differ (a bold Chinese face is not bundled): what every weight covers counts.
    const own = new Set(parseRanges(f.codepoints));
    coverage.set(f.script, coverage.has(f.script) ? new Set([...set].filter((c) => own.has(c))) : own);
  }
  const fileFor = (script: FontScript, weight: 400 | 700): string => {
    const faces = manifest.fonts.filter((f) => f.script === script);
    const face = faces.find((f) => f.weight === weight) ?? faces.find((f) => f.weight === 400) ?? manifest.fonts[0]!;
    return join(dir, face.file);
  };
  const covers = (text: string, script: FontScript): boolean => {
    const set = coverage.get(script);
    if (!set) return false;
    for (const ch of text) if (!set.has(ch.codePointAt(0)!)) return false;
    return true;
  };
  const scriptFor = (text: string): FontScript => {
    const own = scriptOf(text);
    if (own !== 'latin' || covers(text, 'latin')) return own;
    return ([...coverage.keys()] as FontScript[]).find((s) => covers(text, s)) ?? own;
  };
  return {
    fileFor,
    fingerprint: manifest.fonts.map((f) => f.sha256).join(','),
    covers,
    scriptFor,
    drawable: (text) => covers(text, scriptFor(text)),
  };
}

/** The script of a label's letters: the first non-Latin script in it, else Latin (Cyrillic is in the Latin face). */
function scriptOf(text: string): FontScript {
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) return 'han';
    if (/\p{Script=Devanagari}/u.test(ch)) return 'devanagari';
    if (/\p{Script=Arabic}/u.test(ch)) return 'arabic';
  }
  return 'latin';
}

export function formatRanges(codepoints: Iterable<number>): string {
  const sorted = [...new Set(codepoints)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(i === j ? sorted[i]!.toString(16) : `${sorted[i]!.toString(16)}-${sorted[j]!.toString(16)}`);
    i = j + 1;
  }
  return out.join(',');
}

export function parseRanges(text: string): number[] {
  const out: number[] = [];
  for (const part of text.split(',').filter(Boolean)) {
    const [a, b] = part.split('-').map((h) => parseInt(h, 16));
    for (let c = a!; c <= (b ?? a!); c++) out.push(c);
  }
  return out;
}

function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) return from;
  }
}
