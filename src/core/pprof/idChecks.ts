// Ids that make pprof reject a profile as malformed ("found location with reserved id=0",
// "multiple functions with same id"), written by buggy converters and mergers. We still read
// such a profile (the first message with an id wins; id 0 is an ordinary key) and say so in
// a warning, since a guess at which function a frame meant must not pass silently.

import { NumberKeyMap } from '../numberKeyMap';

/**
 * Warnings for the ids of one kind of message (functions, locations, mappings): linear, also on
 * ids picked to share a bucket of V8's (unseeded) number hash, which a Set of them is not.
 */
export function idWarnings(kind: string, ids: readonly number[]): string[] {
  const warnings: string[] = [];
  const seen = new NumberKeyMap();
  let zero = 0, duplicated = 0, firstDuplicate = 0;
  for (const id of ids) {
    if (id === 0) zero++;
    else if (seen.has(id)) { if (duplicated++ === 0) firstDuplicate = id; }
    else seen.set(id, 1);
  }
  if (zero > 0) warnings.push(`${zero} ${kind} with the reserved id 0 (pprof rejects the profile)`);
  if (duplicated > 0) warnings.push(`${duplicated} ${kind} repeat an id already used (first: ${firstDuplicate}); the first of each is used (pprof rejects the profile)`);
  return warnings;
}
