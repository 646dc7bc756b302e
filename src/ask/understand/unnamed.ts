/**
 * A function made afresh on every reading, left without a name. The bot and its bench run under tsx, which keeps
 * every function's name by setting it on each function as it is made: on a hot path, made many times a question,
 * that costs more than the work the function does. A function passed through here is not given one; it behaves the same.
 */
export function unnamed<F extends (...args: never[]) => unknown>(f: F): F {
  return f;
}
