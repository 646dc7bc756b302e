/**
 * The platform-neutral reply every handler returns. Plain data, so it can be rendered by
 * any adapter, printed as JSON by the console, and compared in tests.
 */

export type Tone = 'info' | 'success' | 'warning' | 'error';

export interface Field {
  label: string;
  value: string;
  /** A hint that the field is short enough to sit beside others. */
  inline?: boolean;
}

export interface Section {
  heading?: string;
  text?: string;
  items?: string[];
  fields?: Field[];
}

/** A source as shown to the reader: enough to find it again. */
export interface Citation {
  id: string;
  publisher: string;
  title: string;
  /** Absent for a print edition: it is cited without a link, never with an invented one. */
  url?: string;
  /** The publication date as the reader reads it ("4 July 2023"). */
  date?: string;
  /** A newspaper print edition: true, or where in it ("p. 1"). */
  print?: string | true;
}

/**
 * A picture sent with the reply. Every platform shows it (Discord in the embed, Slack as an
 * uploaded file, the console as a file under var/); `alt` says the same facts in words for
 * screen readers and for anyone who cannot see it.
 */
export interface ReplyImage {
  /** File name, with its extension (.png). */
  name: string;
  alt: string;
  /** The PNG, or what makes it when a platform sends the reply: a reply never sent is never drawn. */
  data: Uint8Array | (() => Uint8Array | Promise<Uint8Array>);
}

/** The image's bytes, made now if they were left to be made. */
export async function imageBytes(image: ReplyImage): Promise<Uint8Array> {
  return typeof image.data === 'function' ? await image.data() : image.data;
}

export interface Reply {
  tone: Tone;
  title: string;
  /** One or two sentences that answer the question on their own. */
  summary?: string;
  sections: Section[];
  sources: Citation[];
  /** The date the facts in this reply hold as of; rendered in the footer. */
  asOf?: string;
  /** How long before the reply was composed that date was ("3 months ago"); rendered beside it. */
  asOfAge?: string;
  footer?: string;
  /** Only the asker should see it (errors, usage, admin refusals). */
  ephemeral?: boolean;
  /** Follow-up commands or questions worth trying. */
  suggestions?: string[];
  image?: ReplyImage;
}

export interface ReplyInit {
  tone?: Tone;
  title: string;
  summary?: string;
  sections?: Section[];
  sources?: Citation[];
  asOf?: string;
  asOfAge?: string;
  footer?: string;
  ephemeral?: boolean;
  suggestions?: string[];
  image?: ReplyImage;
}

export function reply(init: ReplyInit): Reply {
  return {
    tone: init.tone ?? 'info',
    title: init.title,
    ...(init.summary !== undefined && { summary: init.summary }),
    sections: init.sections ?? [],
    sources: dedupeCitations(init.sources ?? []),
    ...(init.asOf !== undefined && { asOf: init.asOf }),
    ...(init.asOfAge !== undefined && { asOfAge: init.asOfAge }),
    ...(init.footer !== undefined && { footer: init.footer }),
    ...(init.ephemeral !== undefined && { ephemeral: init.ephemeral }),
    ...(init.suggestions !== undefined && init.suggestions.length > 0 && { suggestions: init.suggestions }),
    ...(init.image !== undefined && { image: init.image }),
  };
}

/** A short error for the asker only: what went wrong and, when useful, what to type instead. */
export function errorReply(title: string, summary: string, suggestions?: string[]): Reply {
  return reply({ tone: 'error', title, summary, ephemeral: true, ...(suggestions && { suggestions }) });
}

function dedupeCitations(list: Citation[]): Citation[] {
  const seen = new Set<string>();
  return list.filter((c) => !seen.has(c.id) && Boolean(seen.add(c.id)));
}
