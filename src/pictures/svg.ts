import type { LegendKey } from './lang.js';

/** Small pieces shared by the timeline and the map: colours, escaping, number formatting. */

/** Okabe–Ito hues, told apart with the common colour-vision deficiencies. */
export const COLOUR: Record<LegendKey, string> = {
  'shanghai-five': '#7a8794',
  member: '#0072b2',
  observer: '#e69f00',
  'dialogue-partner': '#009e73',
  partner: '#cc79a7',
  'applicant-member': '#0072b2',
  'applicant-observer': '#e69f00',
};
export const INK = '#1f2933';
export const MUTED = '#52606d';
export const RULE = '#d9e2ec';
export const LAND = '#e4e7eb';
export const BACKGROUND = '#ffffff';

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Text readable on a fill: dark on light fills, white on dark ones. */
export function inkOn(fill: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return luminance > 0.3 ? INK : '#ffffff';
}

export function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}
