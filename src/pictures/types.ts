import type { ReplyImage } from '../reply/model.js';

/**
 * The pictures feature's port: what commands and the digest may ask of it. Everything drawn comes
 * from the FactStore; the same data gives the same bytes and the same hash.
 */

type PictureKind = 'timeline' | 'map';

export interface Picture {
  kind: PictureKind;
  /** The language the labels are in (en, zh, ru, hi, fa or ur). */
  lang: string;
  /** A file name that changes when the picture does: `sco-timeline-en-1a2b3c4d5e.png`. */
  name: string;
  /** The same facts in words (English), for screen readers and for clients that show no images. */
  alt: string;
  /** SHA-256 of what is drawn (data, language, fonts and drawing version): the cache key. */
  hash: string;
  /** The PNG, drawn on first use and then served from the cache. */
  png(): Uint8Array;
  /** The SVG it is drawn from. */
  svg(): string;
}

export interface PictureService {
  readonly kind: 'pictures';
  /**
   * Membership over time. `locale` is the asker's language as a platform reports it ("ru",
   * "zh-CN", "fa_IR.UTF-8"), or several in order of preference; labels use the data's native
   * names in the first one the pictures can be labelled in, English otherwise.
   */
  timeline(locale?: string | readonly string[]): Picture;
  /** Members and partners on a map; `highlight` (ISO alpha-2) outlines one country. */
  map(locale?: string | readonly string[], highlight?: string): Picture;
}

/** A picture as a reply's image: drawn only when a platform sends the reply. */
export function asReplyImage(picture: Picture): ReplyImage {
  return { name: picture.name, alt: picture.alt, data: () => picture.png() };
}
