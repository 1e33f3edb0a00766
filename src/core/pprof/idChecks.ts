// Ids that make pprof reject a profile as malformed ("found location with reserved id=0",
// "multiple functions with same id"), written by buggy converters and mergers. We still read
// such a profile (the first message with an id wins; id 0 is an ordinary key) and say so in
// a warning, since a guess at which function a frame meant must not pass silently.

/** How many messages of one kind have the id 0, and repeat an id an earlier one has (the first such id). */
export interface IdTally { zero: number; repeated: number; firstRepeated: number }

/**
 * Warnings for the ids of one kind of message (functions, locations, mappings), counted by the
 * decoder while it indexes them (its index keeps each id's first message): no pass of its own
 * (one over 10^6 location ids, asking the index, took more time than the locations' decoding).
 * `shown` writes an id as the file did (an id past 2^53 is keyed by a stand-in, wideIds.ts).
 */
export function idWarnings(kind: string, ids: IdTally, shown: (id: number) => string = String): string[] {
  const warnings: string[] = [];
  if (ids.zero > 0) warnings.push(`${ids.zero} ${kind} with the reserved id 0 (pprof rejects the profile)`);
  if (ids.repeated > 0) warnings.push(`${ids.repeated} ${kind} repeat an id already used (first: ${shown(ids.firstRepeated)}); the first of each is used (pprof rejects the profile)`);
  return warnings;
}
