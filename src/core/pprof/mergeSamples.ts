// pprof's profile.Merge within one sample table, the one merge every caller uses: pprof merges
// every profile it reads, and a profile with its base, so samples with the same stack and labels
// are one sample whose values are their sums, and a sample whose every sum is 0 is gone.
//
// pprof merges before it prunes by drop_frames (its driver calls RemoveUninteresting on the
// merged profile, and never merges after): two samples that differ only in the frames drop_frames
// takes off stay two. A profile pruned when read was merged just before (parse.ts, legacyJava.ts),
// so it is returned as it is; a diff of pruned profiles is merged before it is pruned (profileDiff.ts).
//
// Locations are equal by pprof's key (their mapping's, the address within it, their lines'
// functions and numbers), so a diff's two copies of one location are one; labels are equal by
// their text, in any order. Samples are found in a table hashed with this process's seed.
import { HASH_SEED, finishHash, mixInt, mixNumber } from '../../shared/seededHash';
import type { Profile, ProfileLocation, SampleTable } from './model';
import { EXACT_DOUBLE_LIMIT, exactValueAt } from './exactSums';
import { firstOfEqualLocations } from './locationKeys';
import { pickSamples } from './pickSamples';
import { prunedAfterRead } from './prune';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';
import { columnsOf, locationsIdentity, profileCopy, sameLocations, type LocationColumns } from './locationColumns';

/** The tables a sample table was merged against: its locations by their identity (columns, or the objects made from them). */
interface MergedAgainst extends Pick<Profile, 'functions' | 'mappings' | 'strings'> {
  locations: LocationColumns | readonly ProfileLocation[];
}

/**
 * Sample tables known merged, each with the tables it was merged against (a table put with other
 * locations, functions or strings is merged again): a diff merges each side, then the two, and a
 * second pass over 10^6 distinct samples found nothing to do. Keyed by the table object: nothing
 * changes a sample table's columns in place (a view or a merge makes a new table), so a mark
 * cannot outlive what it was made for; the locations are compared by identity without being
 * made into objects, and the objects made from marked columns are the same locations.
 */
const mergedAgainst = new WeakMap<SampleTable, MergedAgainst>();

/** Whether `profile`'s samples are pairwise distinct by stack and labels, none all zeros, their stacks in the first of equal locations. */
export function isMerged(profile: Profile): boolean {
  const against = mergedAgainst.get(profile.samples);
  return against !== undefined && against.functions === profile.functions && against.mappings === profile.mappings
    && against.strings === profile.strings && sameLocations(profile, against.locations);
}

/** Records that `profile` is merged (isMerged): mergeSamples' result, or a table made so by construction. */
export function markMerged(profile: Profile): Profile {
  const { functions, mappings, strings } = profile;
  mergedAgainst.set(profile.samples, { locations: locationsIdentity(profile), functions, mappings, strings });
  return profile;
}

/** The profile with its equal samples summed, each group where its first nonzero sample was, in the first's locations. */
export function mergeSamples(profile: Profile): Profile {
  if (prunedAfterRead(profile)) return profile;
  if (isMerged(profile)) return profile;
  const s = profile.samples;
  const vc = s.valueCount;
  const canonical = firstOfEqualLocations(profile.functions, profile.mappings, columnsOf(profile));
  // Stacks in the first of each set of equal locations; the column as it is when all are distinct.
  const renamed = canonical.some((first, l) => first !== l);
  const stacks = renamed ? s.locations.map(l => canonical[l]) : s.locations;
  // Samples whose leaves are all apart are all apart, each its own group: no table of stacks;
  // and when, besides, none is all zeros and none needs int64 sums, the profile is merged as it is.
  const apart = leavesApart(s, stacks, canonical.length);
  if (apart && !renamed && plainNonzeroValues(s)) return markMerged(profile);
  const labelIds = labelContentIds(profile);
  // pprof keys a sample by its labels sorted (Go writes a label map in any order): each
  // sample's labels are visited in one order of their content.
  const order = new Uint32Array(s.labelKey.length);
  for (let j = 0; j < order.length; j++) order[j] = j;
  const byContent = (x: number, y: number): number => labelIds.key[x] - labelIds.key[y] || labelIds.str[x] - labelIds.str[y]
    || labelIds.unit[x] - labelIds.unit[y] || (s.labelNum[x] < s.labelNum[y] ? -1 : s.labelNum[x] > s.labelNum[y] ? 1 : 0);
  for (let i = 0; i < s.count; i++) {
    if (s.labelStart[i + 1] - s.labelStart[i] > 1) order.subarray(s.labelStart[i], s.labelStart[i + 1]).sort(byContent);
  }

  const hashOf = (i: number): number => {
    let h = HASH_SEED;
    for (let p = s.stackStart[i]; p < s.stackStart[i + 1]; p++) h = mixInt(h, stacks[p]);
    h = mixInt(h, -1);
    for (let k = s.labelStart[i]; k < s.labelStart[i + 1]; k++) {
      const j = order[k];
      h = mixNumber(mixInt(mixInt(mixInt(h, labelIds.key[j]), labelIds.str[j]), labelIds.unit[j]), s.labelNum[j]);
    }
    return finishHash(h);
  };
  const same = (a: number, b: number): boolean => {
    const stackA = s.stackStart[a], stackB = s.stackStart[b], depth = s.stackStart[a + 1] - stackA;
    if (s.stackStart[b + 1] - stackB !== depth) return false;
    for (let k = 0; k < depth; k++) if (stacks[stackA + k] !== stacks[stackB + k]) return false;
    const labelA = s.labelStart[a], labelB = s.labelStart[b], labels = s.labelStart[a + 1] - labelA;
    if (s.labelStart[b + 1] - labelB !== labels) return false;
    for (let k = 0; k < labels; k++) {
      const x = order[labelA + k], y = order[labelB + k];
      if (labelIds.key[x] !== labelIds.key[y] || labelIds.str[x] !== labelIds.str[y]
        || labelIds.unit[x] !== labelIds.unit[y] || !Object.is(s.labelNum[x], s.labelNum[y])) return false;
    }
    return true;
  };
  const isZero = (values: Float64Array, at: number): boolean => {
    for (let t = 0; t < vc; t++) if (values[at + t] !== 0) return false;
    return true;
  };

  let capacity = 16;
  while (!apart && capacity < s.count * 2) capacity *= 2;
  const slots = new Int32Array(capacity).fill(-1);
  // Per slot its group's hash: a probe past another stack compares two numbers, not two stacks.
  const slotHashes = new Int32Array(capacity);
  const firstOfGroup = new Int32Array(s.count);
  const sums = new Float64Array(s.count * vc);
  let groups = 0;
  // Whether some sum passed 2^53 on the way, where doubles lose units: summed again as int64.
  let wide = s.valuesExact !== undefined;
  const groupOf = new Int32Array(s.count).fill(-1);
  for (let i = 0; i < s.count; i++) {
    // pprof passes over a sample of zeros: it neither is one nor places one.
    if (isZero(s.values, i * vc)) continue;
    let g: number;
    if (apart) {
      g = groups++; firstOfGroup[g] = i;
    } else {
      const hash = hashOf(i) | 0;
      let slot = hash & (capacity - 1);
      while (slots[slot] >= 0 && (slotHashes[slot] !== hash || !same(firstOfGroup[slots[slot]], i))) slot = (slot + 1) & (capacity - 1);
      g = slots[slot];
      if (g < 0) { g = groups++; slots[slot] = g; slotHashes[slot] = hash; firstOfGroup[g] = i; }
    }
    groupOf[i] = g;
    for (let t = 0; t < vc; t++) {
      const sum = sums[g * vc + t] += s.values[i * vc + t];
      if (sum >= EXACT_DOUBLE_LIMIT || sum <= -EXACT_DOUBLE_LIMIT) wide = true;
    }
  }
  const exactSums = wide ? int64Sums(s, groupOf, groups) : undefined;
  if (exactSums) for (let k = 0; k < sums.length; k++) sums[k] = Number(exactSums[k]);

  // Summing can cancel out (a sample and its negated base): those go as pprof's do.
  const keep: number[] = [];
  for (let g = 0; g < groups; g++) if (exactSums ? exactSums.subarray(g * vc, g * vc + vc).some(v => v !== 0n) : !isZero(sums, g * vc)) keep.push(g);
  if (keep.length === s.count && !renamed && !exactSums) return markMerged(profile);
  const samples = pickSamples({ ...s, locations: stacks }, keep.map(g => firstOfGroup[g]), k => sums.subarray(keep[k] * vc, keep[k] * vc + vc),
    exactSums && (k => exactSums.subarray(keep[k] * vc, keep[k] * vc + vc)));
  return markMerged(profileCopy(profile, { samples }));
}

/**
 * Whether every sample with a nonzero value has a stack whose leaf no other such sample has: the
 * leaf is part of the key, so then no two are one (a profile of a sample per location). A profile
 * whose samples share leaves, as most do, answers at its first repeat.
 */
function leavesApart(s: SampleTable, stacks: ArrayLike<number>, locationCount: number): boolean {
  const seen = new Uint8Array(locationCount);
  const vc = s.valueCount;
  for (let i = 0; i < s.count; i++) {
    let zero = true;
    for (let t = 0; t < vc && zero; t++) zero = s.values[i * vc + t] === 0;
    if (zero) continue;
    const start = s.stackStart[i];
    if (start === s.stackStart[i + 1]) return false;
    const leaf = stacks[start];
    if (seen[leaf] === 1) return false;
    seen[leaf] = 1;
  }
  return true;
}

/** Whether no sample's values are all zeros, and every value is a double summed exactly (no int64 kept, none past 2^53). */
function plainNonzeroValues(s: SampleTable): boolean {
  if (s.valuesExact !== undefined) return false;
  const vc = s.valueCount;
  for (let i = 0; i < s.count; i++) {
    let zero = true;
    for (let t = 0; t < vc; t++) {
      const v = s.values[i * vc + t];
      if (v >= EXACT_DOUBLE_LIMIT || v <= -EXACT_DOUBLE_LIMIT) return false;
      if (v !== 0) zero = false;
    }
    if (zero) return false;
  }
  return true;
}

/** The groups' sums as Go's int64 (wrapping past 2^63), sample i in group groupOf[i] (-1: none). */
function int64Sums(s: SampleTable, groupOf: Int32Array, groups: number): BigInt64Array {
  const vc = s.valueCount;
  const sums = new BigInt64Array(groups * vc);
  for (let i = 0; i < s.count; i++) {
    const g = groupOf[i];
    if (g < 0) continue;
    // A BigInt64Array keeps each sum modulo 2^64, as Go's int64 addition does.
    for (let t = 0; t < vc; t++) sums[g * vc + t] += exactValueAt(s, i * vc + t);
  }
  return sums;
}

/** Per label entry, a number per distinct text of its key, string value and unit: a string table may repeat a string. */
function labelContentIds(profile: Profile): { key: Int32Array; str: Int32Array; unit: Int32Array } {
  const s = profile.samples;
  const idOfString = new Int32Array(profile.strings.length).fill(-1);
  const idOfText = new ContentKeyedMap<number>();
  const stringId = (index: number): number => {
    if (idOfString[index] < 0) {
      const text = profile.strings[index] ?? '';
      let id = idOfText.get(text);
      if (id === undefined) { id = idOfText.size; idOfText.set(text, id); }
      idOfString[index] = id;
    }
    return idOfString[index];
  };
  const n = s.labelKey.length;
  const key = new Int32Array(n), str = new Int32Array(n), unit = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    key[j] = stringId(s.labelKey[j]); str[j] = stringId(s.labelStr[j]); unit[j] = stringId(s.labelUnit[j]);
  }
  return { key, str, unit };
}
