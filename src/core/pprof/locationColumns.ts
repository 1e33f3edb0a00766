// A profile's locations kept as columns until something reads `profile.locations`. A legacy
// profile's `@` line may list 10^6 distinct addresses, and a profile.proto as many locations; an
// object per location was ~0.5 s of allocation and GC at that size. The decoder, the stack view,
// the merge and a diff read the columns; any other reader gets the objects, made on its first read.
import { NO_LINES, type Profile, type ProfileLine, type ProfileLocation } from './model';

export interface LocationColumns {
  readonly count: number;
  /** Location l's id; absent when it is l + 1. */
  readonly id?: Float64Array;
  readonly address: Float64Array;
  /** Index into `Profile.mappings`, or -1. */
  readonly mappingIndex: Int32Array;
  /** 0 for a location without lines (an address alone), else 1 + the index of its lines in `lineLists`. */
  readonly linesRef: Uint32Array;
  /** Lists of lines, one shared by every location that has the same (nothing changes a location's lines once read). */
  readonly lineLists: readonly ProfileLine[][];
  /** 1 where the location is folded; absent when none is. */
  readonly folded?: Uint8Array;
}

/** The lines of location `l` (NO_LINES for none). */
export function columnLines(columns: LocationColumns, l: number): ProfileLine[] {
  const ref = columns.linesRef[l];
  return ref === 0 ? NO_LINES : columns.lineLists[ref - 1];
}

/** Per profile whose `locations` is not made yet: its columns. */
const columnsOfUnbuilt = new WeakMap<object, LocationColumns>();
/** Per array of locations made from columns: those columns (a mark on the columns still holds for the objects). */
const columnsOfBuilt = new WeakMap<readonly ProfileLocation[], LocationColumns>();

/** The columns of `profile`'s locations while they are not made into objects; undefined once they are (or never were columns). */
export function locationColumns(profile: Profile): LocationColumns | undefined {
  return columnsOfUnbuilt.get(profile);
}

/**
 * What `profile`'s locations are, without making them: its columns while unbuilt, else its array.
 * Two profiles of the same identity hold the same locations (a mark keyed on it, mergeSamples.ts).
 */
export function locationsIdentity(profile: Profile): LocationColumns | readonly ProfileLocation[] {
  return columnsOfUnbuilt.get(profile) ?? profile.locations;
}

/** Whether `identity` (locationsIdentity of some profile, earlier) still names `profile`'s locations. */
export function sameLocations(profile: Profile, identity: LocationColumns | readonly ProfileLocation[]): boolean {
  const columns = columnsOfUnbuilt.get(profile);
  if (columns !== undefined) return columns === identity;
  return profile.locations === identity || columnsOfBuilt.get(profile.locations) === identity;
}

/** `profile`'s locations as columns: its own when unbuilt, else made from its objects (their line arrays shared). */
export function columnsOf(profile: Profile): LocationColumns {
  return columnsOfUnbuilt.get(profile) ?? objectColumns(profile.locations);
}

function objectColumns(locations: readonly ProfileLocation[]): LocationColumns {
  const count = locations.length;
  const id = new Float64Array(count), address = new Float64Array(count), mappingIndex = new Int32Array(count);
  const linesRef = new Uint32Array(count), lineLists: ProfileLine[][] = [];
  let folded: Uint8Array | undefined;
  for (let l = 0; l < count; l++) {
    const loc = locations[l];
    id[l] = loc.id; address[l] = loc.address; mappingIndex[l] = loc.mappingIndex;
    if (loc.lines.length > 0) linesRef[l] = lineLists.push(loc.lines);
    if (loc.isFolded) (folded ??= new Uint8Array(count))[l] = 1;
  }
  return { count, id, address, mappingIndex, linesRef, lineLists, ...(folded && { folded }) };
}

/**
 * Defines `profile.locations` as an enumerable property that makes the objects from `columns`
 * on its first read (then a plain data property), so JSON, structured clone and deep equality see
 * an ordinary array. A spread reads it too: copy a profile with profileCopy to keep the columns.
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
    get(this: Profile) {
      const value = locationObjects(columns);
      columnsOfBuilt.set(value, columns);
      return settle(this, value);
    },
    set(this: Profile, value: ProfileLocation[]) { settle(this, value); },
  });
  return profile as Profile;
}

/** `{ ...profile, ...changes }`, the locations kept as columns when they are (a spread would make them). */
export function profileCopy(profile: Profile, changes: Partial<Profile>): Profile {
  const columns = columnsOfUnbuilt.get(profile);
  if (columns === undefined || 'locations' in changes) return { ...profile, ...changes };
  return defineLazyLocations({ ...profileFields(profile), ...changes }, columns);
}

/** `profile`'s fields but its locations, which are not read (nor made). */
export function profileFields(profile: Profile): Omit<Profile, 'locations'> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(profile)) if (key !== 'locations') out[key] = (profile as unknown as Record<string, unknown>)[key];
  return out as unknown as Omit<Profile, 'locations'>;
}

function locationObjects(columns: LocationColumns): ProfileLocation[] {
  const out = new Array<ProfileLocation>(columns.count);
  const { id, folded } = columns;
  for (let l = 0; l < columns.count; l++) {
    out[l] = { id: id ? id[l] : l + 1, mappingIndex: columns.mappingIndex[l], address: columns.address[l], lines: columnLines(columns, l), isFolded: folded ? folded[l] === 1 : false };
  }
  return out;
}
