import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { iso31661Alpha2ToNumeric } from 'iso-3166';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FontSet } from './fonts.js';
import { formatDay, formatNumber, RTL, words, type LegendKey } from './lang.js';
import type { MapCountry, MapModel, MapStatus } from './model.js';
import { BACKGROUND, COLOUR, LAND, MUTED, round, RULE } from './svg.js';
import { Typesetter } from './typeset.js';
import type { Drawing, Mark } from './timeline.js';

/**
 * Members and partners coloured by status on a map of Natural Earth's countries (world-atlas,
 * 1:50m, which still has Bahrain and the Maldives), framed on the countries coloured; the side
 * panel lists every one of them, so a country too small to see is still named.
 */

const WIDTH = 1280;
const HEIGHT = 800;
const MARGIN = 32;
const PANEL = 360;
const OCEAN = '#eef3f8';
/** A coloured country smaller than this on the map (in px²) also gets a dot, so it can be seen. */
const TINY_AREA = 60;
/** Radius of the dot that marks a tiny country. */
const DOT = 5;
const LEGEND: MapStatus[] = ['member', 'partner', 'observer', 'dialogue-partner', 'applicant-member', 'applicant-observer'];

type CountryShape = Feature<Geometry, { name: string }>;
const atlases = new Map<string, CountryShape[]>();

/** Natural Earth countries at a scale: 1:110m draws the map, 1:50m supplies what 110m leaves out (Bahrain, the Maldives). */
function atlas(scale: '110m' | '50m'): CountryShape[] {
  let list = atlases.get(scale);
  if (!list) {
    const file = createRequire(import.meta.url).resolve(`world-atlas/countries-${scale}.json`);
    const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    list = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
    atlases.set(scale, list);
  }
  return list;
}

/** The countries to draw: the small-scale set, plus any wanted country only the larger scale has. */
function shapes(wanted: ReadonlySet<string>): CountryShape[] {
  const base = atlas('110m');
  const have = new Set(base.map((f) => String(f.id)));
  const missing = [...wanted].filter((n) => !have.has(n));
  return missing.length === 0 ? base : base.concat(atlas('50m').filter((f) => missing.includes(String(f.id))));
}

export function mapSvg(model: MapModel, fonts: FontSet): Drawing {
  const t = new Typesetter(fonts);
  const w = words(model.lang);
  const lang = model.lang;
  const rtl = RTL.has(lang);
  const edge = rtl ? WIDTH - MARGIN : MARGIN;
  const along = rtl ? 'end' : 'start';
  const head: string[] = [];
  head.push(t.draw(w.mapTitle, { x: edge, y: MARGIN + 26, size: 26, bold: true, anchor: along }));
  head.push(t.draw(w.asOf(formatDay(model.asOf, lang)), { x: edge, y: MARGIN + 56, size: 15, fill: MUTED, anchor: along }));

  // The map sits on the side the reader starts from; the panel of names on the other.
  const mapBox = { x0: rtl ? MARGIN + PANEL + 16 : MARGIN, y0: 126, x1: rtl ? WIDTH - MARGIN : WIDTH - MARGIN - PANEL - 16, y1: HEIGHT - MARGIN };
  const byNumeric = new Map<string, MapCountry>();
  for (const c of model.countries) {
    const n = iso31661Alpha2ToNumeric[c.code];
    if (n) byNumeric.set(n, c);
  }
  const highlightNumeric = model.highlight ? iso31661Alpha2ToNumeric[model.highlight.code] : undefined;
  const layer = landLayer([...byNumeric.keys()], highlightNumeric, mapBox);
  const land: string[] = [];
  const dots: string[] = [];
  const marks: Mark[] = [];
  let highlightShape = '';
  let highlightLabel = '';
  const placed: [number, number][] = [];
  for (const shape of layer) {
    const c = shape.numeric !== undefined ? byNumeric.get(shape.numeric) : undefined;
    land.push(`<path d="${shape.d}" fill="${c ? fillOf(c.status) : LAND}" stroke="#ffffff" stroke-width="0.6"${c ? ` data-code="${c.code}" data-status="${c.status}"` : ''}/>`);
    if (!c || !Number.isFinite(shape.centroid[0])) continue;
    let at = shape.centroid;
    if (shape.tiny) {
      at = apart(at, placed);
      placed.push(at);
      dots.push(`<circle cx="${round(at[0])}" cy="${round(at[1])}" r="${DOT}" fill="${COLOUR[c.status]}" stroke="#ffffff" stroke-width="1.5"/>`);
    }
    // Applicants are hatched, so no single point holds their colour; the others at their centroid or dot.
    if (!c.status.startsWith('applicant')) marks.push({ code: c.code, status: c.status, x: at[0], y: at[1] });
    if (model.highlight && shape.numeric === highlightNumeric && shape.whole) {
      highlightShape = `<path d="${shape.d}" fill="none" stroke="#111827" stroke-width="2.2" stroke-linejoin="round"/>`;
      highlightLabel = t.draw(model.highlight.label, { x: shape.centroid[0], y: shape.centroid[1] - 10, size: 16, bold: true, anchor: 'middle', halo: '#ffffff' });
    }
  }

  // Legend under the heading: the statuses present.
  // Every status a swatch stands for, on the map or in the panel (a partner applying for membership is listed as applying).
  const present = LEGEND.filter((s) => model.countries.some((c) => c.status === s || c.applying === s));
  const legend: string[] = [];
  let lx = 0;
  for (const s of present) {
    const label = w.legend[s];
    const width = 24 + t.width(label, 14) + 26;
    const sx = rtl ? WIDTH - MARGIN - lx - 18 : MARGIN + lx;
    legend.push(`<rect x="${round(sx)}" y="${MARGIN + 68}" width="18" height="12" rx="2" fill="${fillOf(s)}" stroke="${COLOUR[s]}" stroke-width="${s.startsWith('applicant') ? 1.5 : 0}"/>`);
    legend.push(t.draw(label, { x: rtl ? sx - 6 : sx + 24, y: MARGIN + 79, size: 14, anchor: along }));
    lx += width;
  }

  const panel = namePanel(model, t, { x0: rtl ? MARGIN : WIDTH - MARGIN - PANEL, x1: rtl ? MARGIN + PANEL : WIDTH - MARGIN, y0: mapBox.y0 + 10 });
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
    `<defs>${hatches()}${t.defs()}</defs>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${BACKGROUND}"/>`,
    `<rect x="${mapBox.x0}" y="${mapBox.y0}" width="${mapBox.x1 - mapBox.x0}" height="${mapBox.y1 - mapBox.y0}" fill="${OCEAN}" stroke="${RULE}"/>`,
    ...land,
    ...dots,
    highlightShape,
    highlightLabel,
    ...head,
    ...legend,
    ...panel,
    '</svg>',
  ].join('\n');
  return { svg, width: WIDTH, height: HEIGHT, marks };
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface ProjectedShape {
  numeric?: string;
  d: string;
  centroid: [number, number];
  /** Too small to see as a shape: drawn with a dot too. */
  tiny: boolean;
  /** The highlighted country, inside the frame in one piece, so it can be outlined and named. */
  whole: boolean;
}

/** Projected outlines depend only on which countries frame the map and where it sits, so they are kept per framing. */
const layers = new Map<string, ProjectedShape[]>();

function landLayer(colouredNumerics: readonly string[], highlight: string | undefined, box: Box): ProjectedShape[] {
  const all = shapes(new Set([...colouredNumerics, ...(highlight ? [highlight] : [])]));
  const key = `${[...colouredNumerics].sort().join(',')}|${highlight ?? ''}|${box.x0},${box.y0},${box.x1},${box.y1}`;
  const hit = layers.get(key);
  if (hit) return hit;
  const coloured = new Set(colouredNumerics);
  const framed = all.filter((f) => coloured.has(String(f.id)));
  // Centred on the SCO's middle longitudes, so Russia's Pacific end does not wrap to the far side.
  const projection = geoNaturalEarth1()
    .rotate([-85, 0])
    .fitExtent(
      [
        [box.x0 + 8, box.y0 + 8],
        [box.x1 - 8, box.y1 - 8],
      ],
      { type: 'FeatureCollection', features: framed.length ? framed : all } as GeoPermissibleObjects,
    );
  // Whether the highlighted country lies wholly inside the frame, measured before clipping trims it to fit.
  const highlighted = all.find((f) => highlight !== undefined && String(f.id) === highlight);
  const [[hx0, hy0], [hx1, hy1]] = highlighted ? geoPath(projection).bounds(highlighted as GeoPermissibleObjects) : [[0, 0], [0, 0]];
  const highlightWhole = hx0 >= box.x0 && hx1 <= box.x1 && hy0 >= box.y0 && hy1 <= box.y1 && hx1 - hx0 < (box.x1 - box.x0) / 2;
  projection.clipExtent([
    [box.x0, box.y0],
    [box.x1, box.y1],
  ]);
  const path = geoPath(projection).digits(1);
  const out: ProjectedShape[] = [];
  for (const f of all) {
    const geo = f as GeoPermissibleObjects;
    const d = path(geo);
    if (!d) continue;
    const centroid = path.centroid(geo);
    out.push({
      ...(f.id !== undefined && { numeric: String(f.id) }),
      d,
      centroid,
      tiny: path.area(geo) < TINY_AREA,
      whole: f === highlighted && highlightWhole && Number.isFinite(centroid[0]),
    });
  }
  if (layers.size > 200) layers.clear();
  layers.set(key, out);
  return out;
}

/** A dot moved off the dots already placed (Bahrain and Qatar are a few pixels apart at this scale), so each stays visible. */
function apart(at: [number, number], placed: readonly [number, number][]): [number, number] {
  const gap = 2 * DOT + 2;
  let [x, y] = at;
  for (let round = 0; round < 8; round++) {
    const near = placed.find(([px, py]) => Math.hypot(x - px, y - py) < gap);
    if (!near) break;
    const d = Math.hypot(x - near[0], y - near[1]);
    const [ux, uy] = d > 0.01 ? [(x - near[0]) / d, (y - near[1]) / d] : [1, 0];
    x = near[0] + ux * gap;
    y = near[1] + uy * gap;
  }
  return [x, y];
}

/** Applicants are hatched in their status colour: in the queue, not yet in. */
function fillOf(s: MapStatus): string {
  return s.startsWith('applicant') ? `url(#hatch-${s})` : COLOUR[s];
}

function hatches(): string {
  return (['applicant-member', 'applicant-observer'] as const)
    .map(
      (s) =>
        `<pattern id="hatch-${s}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="3" height="6" fill="${COLOUR[s]}"/></pattern>`,
    )
    .join('');
}

/** Every coloured country by name, grouped as /sco members groups them; a long group runs in two columns. */
function namePanel(model: MapModel, t: Typesetter, box: { x0: number; x1: number; y0: number }): string[] {
  const w = words(model.lang);
  const rtl = RTL.has(model.lang);
  const out: string[] = [];
  const groups: { key: 'member' | 'partner' | 'applicant'; list: MapCountry[]; colour: (c: MapCountry) => LegendKey }[] = [
    { key: 'member', list: model.countries.filter((c) => c.status === 'member'), colour: () => 'member' },
    { key: 'partner', list: model.countries.filter((c) => c.status === 'partner' || c.status === 'observer' || c.status === 'dialogue-partner'), colour: (c) => c.status },
    {
      key: 'applicant',
      list: model.countries.filter((c) => c.status.startsWith('applicant') || c.applying),
      colour: (c) => (c.status.startsWith('applicant') ? c.status : c.applying!),
    },
  ];
  let y = box.y0 + 8;
  for (const g of groups) {
    if (g.list.length === 0) continue;
    out.push(t.draw(w.group(g.key, formatNumber(g.list.length, model.lang)), { x: rtl ? box.x1 : box.x0, y, size: 15, bold: true, anchor: rtl ? 'end' : 'start' }));
    y += 10;
    const columns = g.list.length > 8 ? 2 : 1;
    const perColumn = Math.ceil(g.list.length / columns);
    const columnWidth = (box.x1 - box.x0) / columns;
    g.list.forEach((c, i) => {
      const col = Math.floor(i / perColumn);
      const row = i % perColumn;
      const cy = y + 20 + row * 21;
      const start = rtl ? box.x1 - col * columnWidth : box.x0 + col * columnWidth;
      const key = g.colour(c);
      const swatch = rtl ? start - 10 : start;
      out.push(`<rect x="${round(swatch)}" y="${round(cy - 10)}" width="10" height="10" rx="2" fill="${fillOf(key as MapStatus)}" stroke="${COLOUR[key]}" stroke-width="${key.startsWith('applicant') ? 1.2 : 0}"/>`);
      const since = g.key === 'member' && c.since ? `${w.sep}${formatNumber(Number(c.since.slice(0, 4)), model.lang)}` : '';
      out.push(t.draw(`${c.label}${since}`, { x: rtl ? start - 16 : start + 16, y: cy, size: 14, anchor: rtl ? 'end' : 'start', ...(model.highlight?.code === c.code && { bold: true }) }));
    });
    y += 20 + perColumn * 21 + 18;
  }
  if (model.highlight && !model.highlight.status) {
    out.push(t.draw(`${model.highlight.label}: ${model.highlight.guest ? w.guest : w.notInSco}`, { x: rtl ? box.x1 : box.x0, y: y + 6, size: 14, bold: true, anchor: rtl ? 'end' : 'start' }));
  }
  return out.filter(Boolean);
}
