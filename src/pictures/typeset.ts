import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Bidi } from 'bidi-js';
import { Blob, Buffer, Direction, Face, Font, shape } from 'harfbuzzjs';
import type { FontSet } from './fonts.js';
import { esc, INK, round } from './svg.js';

/**
 * Text set as glyph outlines. HarfBuzz shapes every label (resvg's own layout drops the advance
 * of Devanagari vowel signs: "भारत" came out as "भरत"), bidi-js orders right-to-left runs, and
 * the SVG carries paths, so resvg only fills shapes and the layout knows each label's true width.
 */

interface LoadedFace {
  key: string;
  font: Font;
  upem: number;
  glyphs: Map<number, string>;
}

export interface TextOptions {
  x: number;
  y: number;
  size: number;
  bold?: boolean;
  fill?: string;
  /** Where x is: the label's left edge, centre or right edge, whatever its direction. */
  anchor?: 'start' | 'middle' | 'end';
  opacity?: number;
  /** A ring of this colour around the glyphs, so a label stays legible over a map. */
  halo?: string;
}

interface Placed {
  face: LoadedFace;
  gid: number;
  /** Font units from the label's left edge. */
  x: number;
  y: number;
}

// A UMD bundle whose types declare an ES default export: loaded with require so both agree.
const bidi = (createRequire(import.meta.url)('bidi-js') as () => Bidi)();
const faces = new Map<string, LoadedFace>();

function face(file: string): LoadedFace {
  let f = faces.get(file);
  if (!f) {
    const hbFace = new Face(new Blob(readFileSync(file)));
    f = { key: `f${faces.size}`, font: new Font(hbFace), upem: hbFace.upem, glyphs: new Map() };
    faces.set(file, f);
  }
  return f;
}

/** One drawing's text: lays labels out and collects the glyph outlines they use. */
export class Typesetter {
  private readonly used = new Map<string, string>();
  private readonly layouts = new Map<string, { placed: Placed[]; width: number }>();

  constructor(private readonly fonts: FontSet) {}

  /** The label's advance width in pixels at this size. */
  width(text: string, size: number, bold = false): number {
    const { width, placed } = this.layout(text, bold);
    return placed.length ? (width / placed[0]!.face.upem) * size : 0;
  }

  /** The label as a group of glyph references; `aria-label` keeps its text findable in the SVG. */
  draw(text: string, o: TextOptions): string {
    const { placed, width } = this.layout(text, o.bold ?? false);
    if (placed.length === 0) return '';
    const upem = placed[0]!.face.upem;
    const scale = o.size / upem;
    const shift = o.anchor === 'end' ? width : o.anchor === 'middle' ? width / 2 : 0;
    const uses = placed.map((p) => {
      const id = `${p.face.key}g${p.gid}`;
      if (!this.used.has(id)) this.used.set(id, outline(p.face, p.gid));
      return `<use href="#${id}" x="${Math.round(p.x - shift)}"${p.y ? ` y="${Math.round(p.y)}"` : ''}/>`;
    });
    const attrs = [
      `aria-label="${esc(text)}"`,
      `fill="${o.fill ?? INK}"`,
      o.opacity !== undefined ? `fill-opacity="${o.opacity}"` : '',
      // The stroke is in font units: the group is scaled to the text size.
      o.halo ? `stroke="${o.halo}" stroke-width="${Math.round(3 / scale)}" stroke-linejoin="round" paint-order="stroke"` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return `<g ${attrs} transform="translate(${round(o.x)} ${round(o.y)}) scale(${trim(scale)} ${trim(-scale)})">${uses.join('')}</g>`;
  }

  /** The outlines drawn so far, for the SVG's <defs>. */
  defs(): string {
    return [...this.used].map(([id, d]) => `<path id="${id}" d="${d}"/>`).join('');
  }

  private layout(text: string, bold: boolean): { placed: Placed[]; width: number } {
    const key = `${bold ? 'b' : 'r'}|${text}`;
    let hit = this.layouts.get(key);
    if (hit) return hit;
    const f = face(this.fonts.fileFor(this.fonts.scriptFor(text), bold ? 700 : 400));
    const levels = bidi.getEmbeddingLevels(text).levels;
    // Runs of one embedding level, in logical order; each is shaped in its own direction.
    const runs: { start: number; end: number; level: number }[] = [];
    for (let i = 0; i < text.length; i++) {
      const level = levels[i]!;
      const last = runs.at(-1);
      if (last && last.level === level) last.end = i + 1;
      else runs.push({ start: i, end: i + 1, level });
    }
    // Rule L2 of the bidi algorithm at run granularity: from the highest level down to the lowest odd one, reverse each stretch at or above it.
    const visual = [...runs];
    const max = Math.max(0, ...runs.map((r) => r.level));
    const minOdd = Math.min(...runs.map((r) => (r.level % 2 ? r.level : r.level + 1)));
    for (let level = max; level >= minOdd; level--) {
      for (let i = 0; i < visual.length; ) {
        if (visual[i]!.level < level) {
          i++;
          continue;
        }
        let j = i;
        while (j < visual.length && visual[j]!.level >= level) j++;
        visual.splice(i, j - i, ...visual.slice(i, j).reverse());
        i = j;
      }
    }
    const placed: Placed[] = [];
    let pen = 0;
    for (const run of visual) {
      const buffer = new Buffer();
      buffer.addText(text.slice(run.start, run.end));
      buffer.guessSegmentProperties();
      buffer.setDirection(run.level % 2 ? Direction.RTL : Direction.LTR);
      shape(f.font, buffer);
      for (const g of buffer.getGlyphInfosAndPositions()) {
        placed.push({ face: f, gid: g.codepoint, x: pen + (g.xOffset ?? 0), y: g.yOffset ?? 0 });
        pen += g.xAdvance ?? 0;
      }
    }
    hit = { placed, width: pen };
    this.layouts.set(key, hit);
    return hit;
  }
}

function outline(f: LoadedFace, gid: number): string {
  let d = f.glyphs.get(gid);
  if (d === undefined) {
    d = f.font.glyphToPath(gid);
    f.glyphs.set(gid, d);
  }
  return d;
}

function trim(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}
