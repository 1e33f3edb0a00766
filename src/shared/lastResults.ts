// A long string's hash or digest asked again by the next table or answer (each view of a profile keys
// and cuts its names anew; a profile's name and its base's take turns) is computed once: the last
// few strings are kept with their results, matched by identity (one pointer compare for a 96 MB name).

/** `compute`, remembering its results for the last `size` strings it was asked. */
export function rememberingLast<T>(size: number, compute: (s: string) => T): (s: string) => T {
  const strings: (string | undefined)[] = new Array<string | undefined>(size);
  const results: T[] = new Array<T>(size);
  let next = 0;
  return (s: string): T => {
    for (let i = 0; i < size; i++) if (strings[i] === s) return results[i];
    const result = compute(s);
    strings[next] = s;
    results[next] = result;
    next = (next + 1) % size;
    return result;
  };
}
