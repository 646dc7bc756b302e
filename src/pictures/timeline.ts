import { isoTime } from '../base/dates.js';
import type { FontSet } from './fonts.js';
import { formatDay, formatNumber, RTL, words, type LegendKey } from './lang.js';
import type { Segment, TimelineModel, TimelineRow } from './model.js';
import { BACKGROUND, COLOUR, esc, inkOn, MUTED, round, RULE } from './svg.js';
import { Typesetter } from './typeset.js';

/** The membership timeline as SVG: one row per country, a bar per status, the founding and the partner merger marked. */

const WIDTH = 1280;
const MARGIN = 32;
const ROW = 24;
const BAR = 14;
const HEADING = 28;
const LABEL_SIZE = 14;
const BAR_TEXT = 11;
const YEAR = 365.25 * 86_400_000;
/** How far back a status whose start the data does not record fades in from. */
const FADE_YEARS = 3;
const LEGEND_ORDER: LegendKey[] = ['shanghai-five', 'member', 'observer', 'dialogue-partner', 'partner'];
const APPLICANTS: readonly LegendKey[] = ['applicant-member', 'applicant-observer'];

export interface Drawing {
  svg: string;
  width: number;
  height: number;
  /** A point inside each coloured shape, clear of labels and lines: where a test can read its colour back. */
  marks: Mark[];
}

export interface Mark {
  code: string;
  status: LegendKey;
  x: number;
  y: number;
}

export function timelineSvg(model: TimelineModel, fonts: FontSet): Drawing {
  const w = words(model.lang);
  const lang = model.lang;
  const t = new Typesetter(fonts);
  const rtl = RTL.has(lang);
  // Right-to-left languages read the heading and legend from the right; time still runs left to right.
  const edge = rtl ? WIDTH - MARGIN : MARGIN;
  const along = rtl ? 'end' : 'start';
  const out: string[] = [];
  const startYear = Number(model.start.slice(0, 4));
  const endYear = Number(model.asOf.slice(0, 4));
  let y = MARGIN + 26;
  out.push(t.draw(w.timelineTitle, { x: edge, y, size: 26, bold: true, anchor: along }));
  y += 30;
  out.push(t.draw(`${formatNumber(startYear, lang)}–${formatNumber(endYear, lang)}${w.sep}${w.asOf(formatDay(model.asOf, lang))}`, { x: edge, y, size: 15, fill: MUTED, anchor: along }));

  // Legend: the statuses present, then how an unrecorded start and a pending application look.
  const present = new Set(model.rows.flatMap((r) => r.segments.map((s) => s.status)));
  const items: { swatch: (x: number, y: number) => string; label: string }[] = LEGEND_ORDER.filter((k) => present.has(k)).map((k) => ({
    swatch: (x, sy) => `<rect x="${round(x)}" y="${round(sy - 11)}" width="18" height="12" rx="2" fill="${COLOUR[k]}"/>`,
    label: w.legend[k],
  }));
  if (model.rows.some((r) => r.segments.some((s) => !s.from && !APPLICANTS.includes(s.status)))) {
    items.push({ swatch: (x, sy) => `<rect x="${round(x)}" y="${round(sy - 11)}" width="18" height="12" rx="2" fill="url(#fade-legend)"/>`, label: w.startUnknown });
  }
  if (model.rows.some((r) => r.segments.some((s) => APPLICANTS.includes(s.status)))) {
    items.push({ swatch: (x, sy) => `<line x1="${round(x)}" x2="${round(x + 18)}" y1="${round(sy - 5)}" y2="${round(sy - 5)}" stroke="${MUTED}" stroke-width="2" stroke-dasharray="4 3"/>`, label: w.applicantNote });
  }
  y += 32;
  let x = 0;
  for (const item of items) {
    const width = 24 + t.width(item.label, 14) + 26;
    if (x + width > WIDTH - 2 * MARGIN && x > 0) {
      x = 0;
      y += 24;
    }
    // Swatch then label, from the reading edge.
    const sx = rtl ? WIDTH - MARGIN - x - 18 : MARGIN + x;
    out.push(item.swatch(sx, y), t.draw(item.label, { x: rtl ? sx - 6 : sx + 24, y, size: 14, anchor: along }));
    x += width;
  }

  // Plot geometry.
  const labelWidth = Math.max(120, ...model.rows.map((r) => t.width(r.label, LABEL_SIZE))) + 20;
  const left = MARGIN + labelWidth;
  const right = WIDTH - MARGIN - 8;
  const t0 = Date.UTC(startYear, 0, 1);
  const t1 = Date.UTC(endYear + 1, 0, 1);
  const xOf = (iso: string) => left + ((isoTime(iso) - t0) / (t1 - t0)) * (right - left);
  const xAsOf = xOf(model.asOf);
  const captionTop = y + 30;
  const captions: { x: number; label: string }[] = [];
  if (model.founded) captions.push({ x: xOf(model.founded), label: `${w.founded}${w.sep}${formatDay(model.founded, lang)}` });
  // English uses data/'s own words for the merger; other languages the pictures' translation of them.
  const mergedWords = lang === 'en' && model.mergedLabel ? model.mergedLabel : w.merged;
  if (model.merged) captions.push({ x: xOf(model.merged), label: `${formatDay(model.merged, lang)}${w.sep}${mergedWords}` });
  const plotTop = captionTop + captions.length * 20 + 6;

  // Rows, grouped under headings.
  const rowsOut: string[] = [];
  const bands: string[] = [];
  const marks: Mark[] = [];
  const gradients: string[] = [];
  let ry = plotTop;
  let band = 0;
  for (const group of ['member', 'partner', 'applicant'] as const) {
    const rows = model.rows.filter((r) => r.group === group);
    if (rows.length === 0) continue;
    // Right-to-left headings sit over the names they head, right-aligned like them.
    rowsOut.push(t.draw(w.group(group, formatNumber(rows.length, lang)), { x: rtl ? left - 10 : MARGIN, y: ry + 19, size: 13, bold: true, fill: MUTED, anchor: along }));
    rowsOut.push(`<line x1="${MARGIN}" x2="${right}" y1="${round(ry + HEADING - 2)}" y2="${round(ry + HEADING - 2)}" stroke="${RULE}"/>`);
    ry += HEADING;
    for (const row of rows) {
      if (band++ % 2 === 0) bands.push(`<rect x="${MARGIN}" y="${round(ry)}" width="${right - MARGIN}" height="${ROW}" fill="#f5f7fa"/>`);
      rowsOut.push(t.draw(row.label, { x: left - 10, y: ry + 17, size: LABEL_SIZE, anchor: 'end' }));
      rowsOut.push(...rowBars(row, ry, marks, { t, gradients, xOf, xAsOf, left, lang, fadeWidth: ((FADE_YEARS * YEAR) / (t1 - t0)) * (right - left) }));
      ry += ROW;
    }
  }
  const bottom = ry;

  // Year grid and axis under the rows.
  const grid: string[] = [];
  const step = endYear - startYear > 15 ? 5 : 1;
  for (let year = startYear; year <= endYear + 1; year++) {
    const gx = left + ((Date.UTC(year, 0, 1) - t0) / (t1 - t0)) * (right - left);
    const major = year % step === 0 || (year === startYear && (step - (year % step)) * 2 >= step);
    grid.push(`<line x1="${round(gx)}" x2="${round(gx)}" y1="${round(plotTop)}" y2="${round(bottom + (major ? 6 : 3))}" stroke="${major ? '#bcccdc' : RULE}" stroke-width="1"/>`);
    if (major && year <= endYear) grid.push(t.draw(formatNumber(year, lang), { x: gx, y: bottom + 22, size: 13, fill: MUTED, anchor: 'middle' }));
  }

  // Marker lines with captions stacked above the plot, each kept inside the picture.
  const markers: string[] = [];
  captions.forEach((c, i) => {
    const cy = captionTop + i * 20 + 12;
    markers.push(`<line x1="${round(c.x)}" x2="${round(c.x)}" y1="${round(cy + 4)}" y2="${round(bottom)}" stroke="${MUTED}" stroke-width="1.2" stroke-dasharray="5 4"/>`);
    const width = t.width(c.label, 13);
    const anchor = c.x + width + 6 > WIDTH - MARGIN ? 'end' : 'start';
    markers.push(t.draw(c.label, { x: anchor === 'end' ? c.x - 6 : c.x + 6, y: cy, size: 13, fill: MUTED, anchor }));
  });

  const height = Math.ceil(bottom + 44);
  const defs = fadeDefs(model, gradients.join('') + t.defs());
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">`,
    defs,
    `<rect width="${WIDTH}" height="${height}" fill="${BACKGROUND}"/>`,
    ...bands,
    ...grid,
    ...rowsOut,
    ...markers,
    ...out,
    '</svg>',
  ].join('\n');
  return { svg, width: WIDTH, height, marks };
}

interface RowContext {
  t: Typesetter;
  /** Gradients made per row (an undated application's fade), for the SVG's <defs>. */
  gradients: string[];
  xOf: (iso: string) => number;
  xAsOf: number;
  left: number;
  lang: TimelineModel['lang'];
  fadeWidth: number;
}

function rowBars(row: TimelineRow, ry: number, marks: Mark[], c: RowContext): string[] {
  const out: string[] = [];
  const barY = ry + (ROW - BAR) / 2;
  for (const s of row.segments) {
    const x2 = s.to ? c.xOf(s.to) : c.xAsOf;
    if (APPLICANTS.includes(s.status)) {
      const x1 = s.from ? c.xOf(s.from) : x2 - c.fadeWidth;
      // Under the bar when the row has one; alone, on the bar's line.
      const alone = row.segments.every((o) => APPLICANTS.includes(o.status));
      const ly = alone ? barY + BAR / 2 : barY + BAR + 3;
      // An application the data does not date fades in, like a status with no recorded start: its length says nothing.
      let stroke = COLOUR[s.status];
      if (!s.from) {
        const id = `fade-line-${row.code}-${s.status}`;
        c.gradients.push(
          `<linearGradient id="${esc(id)}" gradientUnits="userSpaceOnUse" x1="${round(x1)}" x2="${round(x2)}" y1="0" y2="0"><stop offset="0" stop-color="${stroke}" stop-opacity="0"/><stop offset="1" stop-color="${stroke}" stop-opacity="1"/></linearGradient>`,
        );
        stroke = `url(#${esc(id)})`;
      }
      out.push(`<line x1="${round(x1)}" x2="${round(x2)}" y1="${round(ly)}" y2="${round(ly)}" stroke="${stroke}" stroke-width="${alone ? 4 : 2.5}" stroke-dasharray="6 4"/>`);
      continue;
    }
    const x1 = s.from ? c.xOf(s.from) : Math.max(c.left, x2 - c.fadeWidth);
    const fill = s.from ? COLOUR[s.status] : `url(#fade-${s.status})`;
    out.push(`<rect x="${round(x1)}" y="${round(barY)}" width="${round(Math.max(2, x2 - x1))}" height="${BAR}" rx="2" fill="${fill}"/>`);
    // The bar's second pixel row, above any label inside it; a faded bar near its solid end.
    marks.push({ code: row.code, status: s.status, x: s.from ? (x1 + x2) / 2 : x2 - 3, y: barY + 1.5 });
    const inside = s.from ? barLabel(c.t, s, x2 - x1, c.lang) : undefined;
    if (inside) out.push(c.t.draw(inside, { x: x1 + 5, y: barY + BAR - 3, size: BAR_TEXT, fill: inkOn(COLOUR[s.status]) }));
  }
  return out;
}

/** The start date inside the bar, as precise as fits: the full date, else the year. */
function barLabel(t: Typesetter, s: Segment, width: number, lang: TimelineModel['lang']): string | undefined {
  for (const candidate of [formatDay(s.from!, lang), formatNumber(Number(s.from!.slice(0, 4)), lang)]) {
    if (t.width(candidate, BAR_TEXT) + 10 <= width) return candidate;
  }
  return undefined;
}

function fadeDefs(model: TimelineModel, glyphs: string): string {
  const faded = new Set(model.rows.flatMap((r) => r.segments.filter((s) => !s.from && !APPLICANTS.includes(s.status)).map((s) => s.status)));
  const gradient = (id: string, colour: string) =>
    `<linearGradient id="${esc(id)}" x1="0" x2="1" y1="0" y2="0"><stop offset="0" stop-color="${colour}" stop-opacity="0"/><stop offset="1" stop-color="${colour}" stop-opacity="1"/></linearGradient>`;
  const list = [...faded].map((s) => gradient(`fade-${s}`, COLOUR[s]));
  list.push(gradient('fade-legend', MUTED));
  return `<defs>${list.join('')}${glyphs}</defs>`;
}
