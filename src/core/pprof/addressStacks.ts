// Stacks of bare addresses (legacy binary CPU profiles, gperftools' thread profiles) as the sample
// table's columns: one location per distinct address, each with its mapping found once, the
// locations themselves as columns (locationColumns.ts).
import type { ProfileMapping } from './model';
import { NumberKeyMap } from '../numberKeyMap';
import { mappingFinder } from './procMaps';
import type { LocationColumns } from './locationColumns';

export interface AddressStacks {
  readonly locations: LocationColumns;
  /** Where each stack starts in `flat` (one more entry than stacks: the end). */
  readonly stackStart: Uint32Array;
  /** The stacks' location indexes, one after the other, in the narrowest array that holds them. */
  readonly flat: Uint16Array | Uint32Array;
}

export function addressStacks(stacks: readonly (readonly number[])[], mappings: readonly ProfileMapping[]): AddressStacks {
  // A location's entry in byAddress is its index.
  const byAddress = new NumberKeyMap();
  let depth = 0;
  for (const s of stacks) depth += s.length;
  const flat = new Uint32Array(depth);
  const stackStart = new Uint32Array(stacks.length + 1);
  let at = 0;
  stacks.forEach((s, k) => {
    stackStart[k] = at;
    byAddress.reserve(s.length);
    for (const pc of s) flat[at++] = byAddress.entryOf(pc);
  });
  stackStart[stacks.length] = at;
  const count = byAddress.size, address = byAddress.keysInOrder();
  const mappingIndex = new Int32Array(count);
  const mappingOf = mappingFinder(mappings);
  for (let l = 0; l < count; l++) mappingIndex[l] = mappingOf(address[l]);
  const locations: LocationColumns = { count, address, mappingIndex, linesRef: new Uint32Array(count), lineLists: [] };
  return { locations, stackStart, flat: count <= 0x10000 ? Uint16Array.from(flat) : flat };
}
