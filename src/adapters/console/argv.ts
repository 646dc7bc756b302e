/** `sco [--json] [command words…]`: the output format and the command line the words make. */
export function parseArgv(argv: readonly string[]): { format: 'text' | 'json'; line: string } {
  const words: string[] = [];
  let format: 'text' | 'json' = 'text';
  for (const arg of argv) {
    if (arg === '--json') format = 'json';
    else
      words.push(words.length > 0 && /\s/.test(arg) && !/^[\w-]+[:=]/.test(arg) ? `"${arg.replace(/"/g, '')}"` : arg);
  }
  return { format, line: words.join(' ') };
}
