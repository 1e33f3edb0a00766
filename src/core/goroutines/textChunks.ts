// String helpers shared by the goroutine scanner and interner.

/**
 * A flat copy of a substring. V8 keeps a sliced substring's parent alive; interned names must not
 * pin a whole line or chunk of the dump in memory.
 */
export function detachString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
