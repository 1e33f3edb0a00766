// The module cache stores paths case-safely: every upper-case letter X is written `!x`
// (github.com/Azure → github.com/!azure), in module paths and in versions alike.
// Profiles show the escaped form when built from the cache, the plain form with -trimpath.

const UPPER_CASE = /[A-Z]/;

export function escapeModulePath(path: string): string {
  if (!UPPER_CASE.test(path)) return path;
  return path.replace(/[A-Z]/g, c => '!' + c.toLowerCase());
}

/** Inverse of escapeModulePath; tolerant of already-plain input (upper case is kept). */
export function unescapeModulePath(path: string): string {
  if (!path.includes('!')) return path;
  return path.replace(/!([a-z])/g, (_, c: string) => c.toUpperCase());
}
