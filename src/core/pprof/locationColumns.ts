// A profile's locations kept as columns until something reads `profile.locations`. A legacy
// profile's `@` line may list 10^6 distinct addresses and pprof keeps a Location for each; an
// object per location was ~0.5 s of allocation and GC at that size, most of `goprof top`. The stack
// view reads the columns; any other reader gets the objects, made on its first read.
import { NO_LINES, type Profile, type ProfileLine, type ProfileLocation } from './model';

export interface LocationColumns {
  readonly count: number;
  /** Location l's id is l + 1. */
  readonly address: Float64Array;
  /** Index into `Profile.mappings`, or -1. */
  readonly mappingIndex: Int32Array;
  /** 0 for a location without lines (an address alone), else 1 + the index of its lines in `lineLists`. */
  readonly linesRef: Uint32Array;
  readonly lineLists: readonly ProfileLine[][];
}

/** The lines of location `l` (NO_LINES for none). */
export function columnLines(columns: LocationColumns, l: number): ProfileLine[] {
  const ref = columns.linesRef[l];
  return ref === 0 ? NO_LINES : columns.lineLists[ref - 1];
}

/** Per profile whose `locations` is not made yet: its columns. */
const columnsOfUnbuilt = new WeakMap<object, LocationColumns>();

/** The columns of `profile`'s locations while they are not made into objects; undefined once they are (or never were columns). */
export function locationColumns(profile: Profile): LocationColumns | undefined {
  return columnsOfUnbuilt.get(profile);
}

/**
 * Defines `profile.locations` as an enumerable property that makes the objects from `columns`
 * on its first read (then a plain data property), so spreads, JSON, structured clone and deep
 * equality see an ordinary array.
 */
export function defineLazyLocations(profile: Omit<Profile, 'locations'>, columns: LocationColumns): Profile {
  columnsOfUnbuilt.set(profile, columns);
  const settle = (target: object, value: ProfileLocation[]): ProfileLocation[] => {
    columnsOfUnbuilt.delete(target);
    Object.defineProperty(target, 'locations', { value, enumerable: true, writable: true, configurable: true });
    return value;
  };
  Object.defineProperty(profile, 'locations', {
    enumerable: true,
    configurable: true,
    get(this: Profile) { return settle(this, locationObjects(columns)); },
    set(this: Profile, value: ProfileLocation[]) { settle(this, value); },
  });
  return profile as Profile;
}

function locationObjects(columns: LocationColumns): ProfileLocation[] {
  const out = new Array<ProfileLocation>(columns.count);
  for (let l = 0; l < columns.count; l++) {
    out[l] = { id: l + 1, mappingIndex: columns.mappingIndex[l], address: columns.address[l], lines: columnLines(columns, l), isFolded: false };
  }
  return out;
}
