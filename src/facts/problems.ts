/** One thing wrong with the data: which file, where inside it, and what. */
export interface DataProblem {
  file: string;
  path: string;
  message: string;
}

/** `[3].sources[0]`, with the record's id where it has one so the reader can find it: `[3 "india"].sources[0]`. */
export function formatPath(path: readonly PropertyKey[], root?: unknown): string {
  let out = '';
  let node: unknown = root;
  for (const key of path) {
    if (typeof key === 'number') {
      node = Array.isArray(node) ? node[key] : undefined;
      const id = node && typeof node === 'object' && 'id' in node ? (node as { id: unknown }).id : undefined;
      out += typeof id === 'string' ? `[${key} "${id}"]` : `[${key}]`;
    } else {
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(key)] : undefined;
      out += out === '' ? String(key) : `.${String(key)}`;
    }
  }
  return out;
}

export function formatProblem(p: DataProblem): string {
  return `data/${p.file}${p.path ? ` at ${p.path}` : ''}: ${p.message}`;
}
