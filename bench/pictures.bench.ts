import { loadavg, cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Resvg } from '@resvg/resvg-js';
import { FactStore } from '../src/facts/store.js';
import { loadFonts } from '../src/pictures/fonts.js';
import { createPictureService } from '../src/pictures/service.js';
import { PICTURE_LANGS } from '../src/pictures/lang.js';
import type { Picture } from '../src/pictures/types.js';
import { summarise, table } from './stats.js';

/**
 * Pictures: how long a picture takes to draw when it is not cached (model, SVG with shaped text,
 * resvg to PNG), per kind and language, against the same run's baseline: resvg rendering and
 * encoding a blank canvas of the same size, the floor no drawing can go under. Then the cached
 * path a repeated ask takes. The target is p99 ≤ 200 ms uncached; PNGs ≤ 500 KB.
 */
const ROUNDS = 40;
const WARMUP = 3;
const facts = FactStore.load();
const fonts = loadFonts();

function time(fn: () => void, rounds: number): number[] {
  for (let i = 0; i < WARMUP; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

// The first picture of a process also loads the fonts into HarfBuzz and the world atlas.
const coldStart = performance.now();
createPictureService(facts, { fonts }).map('en').png();
const cold = performance.now() - coldStart;

const blank = (height: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="${height}"><rect width="1280" height="${height}" fill="#fff"/></svg>`;
const baseline = summarise(time(() => new Resvg(blank(1000), { font: { loadSystemFonts: false } }).render().asPng(), ROUNDS));

const rows: (string | number)[][] = [];
let worst = 0;
const sizes: number[] = [];
for (const kind of ['timeline', 'map'] as const) {
  for (const lang of PICTURE_LANGS) {
    let last: Picture | undefined;
    // A fresh service each round: nothing cached, as for the first ask after start-up or a data change.
    const s = summarise(
      time(() => {
        const service = createPictureService(facts, { fonts });
        last = kind === 'timeline' ? service.timeline(lang) : service.map(lang);
        last.png();
      }, ROUNDS),
    );
    const bytes = last!.png().length;
    sizes.push(bytes);
    worst = Math.max(worst, s.p99);
    rows.push([`${kind} ${lang}`, String(s.n), s.p50, s.p99, s.p50 / baseline.p50, Math.round(bytes / 1024), s.p99 <= 200 && bytes <= 500 * 1024 ? 'ok' : 'OVER']);
  }
}
const service = createPictureService(facts, { fonts });
service.timeline('en').png();
const cached = summarise(time(() => service.timeline('en').png(), 1000));

process.stdout.write(`Pictures drawn uncached, ${ROUNDS} rounds each (ms); baseline: resvg renders and encodes a blank 1280×1000 canvas, p50 ${baseline.p50.toFixed(1)} ms, p99 ${baseline.p99.toFixed(1)} ms\n`);
process.stdout.write(`${table(['picture', 'rounds', 'p50 ms', 'p99 ms', 'p50 / baseline', 'PNG KB', 'p99 ≤ 200 ms, ≤ 500 KB'], rows)}\n`);
process.stdout.write(`worst p99: ${worst.toFixed(0)} ms; largest PNG: ${Math.round(Math.max(...sizes) / 1024)} KB\n`);
process.stdout.write(`machine: ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at the end of the run (absolute times drift with load; the baseline moves with them)\n`);
process.stdout.write(`first picture of a process (fonts and atlas loaded): ${cold.toFixed(0)} ms\n`);
process.stdout.write(`cached (same data, same language): p50 ${(cached.p50 * 1000).toFixed(1)} µs, p99 ${(cached.p99 * 1000).toFixed(1)} µs over ${cached.n} asks\n`);
