import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { ASK_DATA_FILES, DATA_FILES, type AskData, type FactData } from './schema.js';
import { crossCheck } from './cross-check.js';
import { formatPath, type DataProblem } from './problems.js';

export type LoadResult = { ok: true; data: FactData } | { ok: false; problems: DataProblem[] };

/** The project's data/ folder, found from wherever this module runs: src/facts/ under tsx, or dist/ when bundled. */
export const DEFAULT_DATA_DIR = join(projectRoot(dirname(fileURLToPath(import.meta.url))), 'data');

function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return from;
  }
}

type FileName = keyof typeof DATA_FILES;

/** Reads and validates every data file, then checks the references between them. */
export function loadFactData(dir: string = DEFAULT_DATA_DIR): LoadResult {
  const problems: DataProblem[] = [];
  const parsed: Partial<Record<FileName, unknown>> = {};

  for (const [file, schema] of Object.entries(DATA_FILES) as [FileName, z.ZodType][]) {
    let raw: string;
    try {
      raw = readFileSync(join(dir, file), 'utf8');
    } catch {
      problems.push({ file, path: '', message: 'file is missing or unreadable' });
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      problems.push({ file, path: '', message: `not valid JSON: ${(err as Error).message}` });
      continue;
    }
    const result = schema.safeParse(json);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file, path: formatPath(issue.path, json), message: issue.message });
      }
      continue;
    }
    parsed[file] = result.data;
  }
  const ask = loadAskData(dir, problems);
  if (problems.length > 0) return { ok: false, problems };

  const data = {
    meta: parsed['meta.json'],
    sources: parsed['sources.json'],
    countries: parsed['countries.json'],
    memberships: parsed['memberships.json'],
    memberCount: parsed['member-count.json'],
    organisation: parsed['organisation.json'],
    chairs: parsed['chairs.json'],
    events: parsed['events.json'],
    officials: parsed['officials.json'],
    disputedClaims: parsed['disputed-claims.json'],
    rejectedSources: parsed['rejected-sources.json'],
    feeds: parsed['feeds.json'],
    ask,
    unknowns: parsed['unknowns.json'],
  } as FactData;

  const crossProblems = crossCheck(data);
  return crossProblems.length > 0 ? { ok: false, problems: crossProblems } : { ok: true, data };
}

/** The ask engine's files (names per language, topics, figures), read and validated like the others. */
function loadAskData(dir: string, problems: DataProblem[]): AskData {
  const out: Record<string, unknown> = {};
  for (const [file, schema] of Object.entries(ASK_DATA_FILES) as [keyof typeof ASK_DATA_FILES, z.ZodType][]) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (err) {
      problems.push({
        file,
        path: '',
        message: existsSync(join(dir, file))
          ? `not valid JSON: ${(err as Error).message}`
          : 'file is missing or unreadable',
      });
      continue;
    }
    const result = schema.safeParse(json);
    if (!result.success)
      for (const issue of result.error.issues)
        problems.push({ file, path: formatPath(issue.path, json), message: issue.message });
    else out[file] = result.data;
  }
  return {
    names: out['i18n/names.json'],
    topics: out['lexicon/topics.json'],
    synonyms: out['lexicon/synonyms.json'],
    figures: out['figures.json'],
  } as AskData;
}
