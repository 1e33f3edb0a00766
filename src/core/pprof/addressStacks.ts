// Stacks of bare addresses (legacy binary CPU profiles, gperftools' thread profiles) as the sample
// table's columns: one location per distinct address, each with its mapping found once.
import { NO_LINES, type ProfileLocation, type ProfileMapping } from './model';
import { NumberKeyMap } from '../numberKeyMap';
import { mappingFinder } from './procMaps';

export interface AddressStacks {
  readonly locations: ProfileLocation[];
  /** Where each stack starts in `locations` (one more entry than stacks: the end). */
  readonly stackStart: Uint32Array;
  /** The stacks' location indexes, one after the other, in the narrowest array that holds them. */
  readonly flat: Uint16Array | Uint32Array;
}

export function addressStacks(stacks: readonly (readonly number[])[], mappings: readonly ProfileMapping[]): AddressStacks {
  const locations: ProfileLocation[] = [];
  const byAddress = new NumberKeyMap();
  const flat: number[] = [];
  const stackStart = new Uint32Array(stacks.length + 1);
  stacks.forEach((s, k) => {
    stackStart[k] = flat.length;
    byAddress.reserve(s.length);
    for (const pc of s) {
      // A location's entry in byAddress is its index.
      const loc = byAddress.entryOf(pc);
      if (loc === locations.length) locations.push({ id: loc + 1, mappingIndex: -1, address: pc, lines: NO_LINES, isFolded: false });
      flat.push(loc);
    }
  });
  stackStart[stacks.length] = flat.length;
  const mappingOf = mappingFinder(mappings);
  for (const loc of locations) loc.mappingIndex = mappingOf(loc.address);
  return { locations, stackStart, flat: locations.length <= 0x10000 ? Uint16Array.from(flat) : Uint32Array.from(flat) };
}
