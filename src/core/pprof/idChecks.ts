// Ids that make pprof reject a profile as malformed ("found location with reserved id=0",
// "multiple functions with same id"), written by buggy converters and mergers. We still read
// such a profile (the first message with an id wins; id 0 is an ordinary key) and say so in
// a warning, since a guess at which function a frame meant must not pass silently.

/**
 * Warnings for the ids of one kind of message (functions, locations, mappings), given where the
 * decoder's index of them puts each id (its first message): an id found elsewhere than at its own
 * place is a repeat. Asking the index the decoder built anyway costs no table of its own (one of
 * 10^6 location ids took more time than the locations' decoding). `shown` writes an id as the file
 * did (an id past 2^53 is keyed by a stand-in, wideIds.ts).
 */
export function idWarnings(kind: string, ids: ArrayLike<number>, firstWithId: (id: number) => number, shown: (id: number) => string = String): string[] {
  const warnings: string[] = [];
  let zero = 0, duplicated = 0, firstDuplicate = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id === 0) zero++;
    else if (firstWithId(id) !== i) { if (duplicated++ === 0) firstDuplicate = id; }
  }
  if (zero > 0) warnings.push(`${zero} ${kind} with the reserved id 0 (pprof rejects the profile)`);
  if (duplicated > 0) warnings.push(`${duplicated} ${kind} repeat an id already used (first: ${shown(firstDuplicate)}); the first of each is used (pprof rejects the profile)`);
  return warnings;
}
