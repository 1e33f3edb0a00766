// pprof's profile.Merge within one sample table: pprof merges every profile it reads, and a
// diff's two sides, so samples with the same stack and labels are one sample whose values are
// their sums, and a sample whose every sum is 0 is gone. Locations are equal by content (a
// diff holds each side's own copies), label strings by their text (a string table may repeat
// one); samples are found in a table hashed with this process's seed.
import { HASH_SEED, finishHash, mixInt, mixNumber } from '../seededHash';
import type { Profile } from './model';
import { pickSamples } from './pickSamples';

/** The profile with its equal samples summed, each group where its first sample was. */
export function mergeEqualSamples(profile: Profile): Profile {
  const s = profile.samples;
  const vc = s.valueCount;
  const locationIds = locationContentIds(profile);
  const stringIds = new Int32Array(profile.strings.length).fill(-1);
  const stringByText = new Map<string, number>();
  const stringId = (index: number): number => {
    if (stringIds[index] < 0) {
      const text = profile.strings[index] ?? '';
      let id = stringByText.get(text);
      if (id === undefined) { id = stringByText.size; stringByText.set(text, id); }
      stringIds[index] = id;
    }
    return stringIds[index];
  };

  // pprof keys a sample by its labels sorted (Go writes a label map in any order): each
  // sample's labels are visited in one order of their content.
  const order = new Uint32Array(s.labelKey.length);
  for (let j = 0; j < order.length; j++) order[j] = j;
  const byContent = (x: number, y: number): number => stringId(s.labelKey[x]) - stringId(s.labelKey[y])
    || stringId(s.labelStr[x]) - stringId(s.labelStr[y]) || stringId(s.labelUnit[x]) - stringId(s.labelUnit[y])
    || (s.labelNum[x] < s.labelNum[y] ? -1 : s.labelNum[x] > s.labelNum[y] ? 1 : 0);
  for (let i = 0; i < s.count; i++) {
    if (s.labelStart[i + 1] - s.labelStart[i] > 1) order.subarray(s.labelStart[i], s.labelStart[i + 1]).sort(byContent);
  }

  const hashOf = (i: number): number => {
    let h = HASH_SEED;
    for (let p = s.stackStart[i]; p < s.stackStart[i + 1]; p++) h = mixInt(h, locationIds[s.locations[p]]);
    h = mixInt(h, -1);
    for (let k = s.labelStart[i]; k < s.labelStart[i + 1]; k++) {
      const j = order[k];
      h = mixInt(mixInt(mixInt(h, stringId(s.labelKey[j])), stringId(s.labelStr[j])), stringId(s.labelUnit[j]));
      h = mixNumber(h, s.labelNum[j]);
    }
    return finishHash(h);
  };
  const same = (a: number, b: number): boolean => {
    const stackA = s.stackStart[a], stackB = s.stackStart[b], depth = s.stackStart[a + 1] - stackA;
    if (s.stackStart[b + 1] - stackB !== depth) return false;
    for (let k = 0; k < depth; k++) if (locationIds[s.locations[stackA + k]] !== locationIds[s.locations[stackB + k]]) return false;
    const labelA = s.labelStart[a], labelB = s.labelStart[b], labels = s.labelStart[a + 1] - labelA;
    if (s.labelStart[b + 1] - labelB !== labels) return false;
    for (let k = 0; k < labels; k++) {
      const x = order[labelA + k], y = order[labelB + k];
      if (stringId(s.labelKey[x]) !== stringId(s.labelKey[y]) || stringId(s.labelStr[x]) !== stringId(s.labelStr[y])
        || stringId(s.labelUnit[x]) !== stringId(s.labelUnit[y]) || !Object.is(s.labelNum[x], s.labelNum[y])) return false;
    }
    return true;
  };

  let capacity = 16;
  while (capacity < s.count * 2) capacity *= 2;
  const slots = new Int32Array(capacity).fill(-1);
  const firstOfGroup = new Int32Array(s.count);
  const groupOf = new Int32Array(s.count);
  const sums = new Float64Array(s.count * vc);
  let groups = 0;
  for (let i = 0; i < s.count; i++) {
    let slot = hashOf(i) & (capacity - 1);
    while (slots[slot] >= 0 && !same(firstOfGroup[slots[slot]], i)) slot = (slot + 1) & (capacity - 1);
    let g = slots[slot];
    if (g < 0) { g = groups++; slots[slot] = g; firstOfGroup[g] = i; }
    groupOf[i] = g;
    for (let t = 0; t < vc; t++) sums[g * vc + t] += s.values[i * vc + t];
  }

  const keep: number[] = [];
  for (let g = 0; g < groups; g++) {
    for (let t = 0; t < vc; t++) if (sums[g * vc + t] !== 0) { keep.push(g); break; }
  }
  if (keep.length === s.count) return profile;
  const samples = pickSamples(s, keep.map(g => firstOfGroup[g]), k => sums.subarray(keep[k] * vc, keep[k] * vc + vc));
  return { ...profile, samples };
}

/** Per location a number shared by the locations of the same address and lines (function name, file, line). */
function locationContentIds(profile: Profile): Int32Array {
  const functionIds = new Map<string, number>();
  const functionId = profile.functions.map(f => {
    const text = `${f.name}\u0000${f.filename}`;
    let id = functionIds.get(text);
    if (id === undefined) { id = functionIds.size; functionIds.set(text, id); }
    return id;
  });
  const locationIds = new Map<string, number>();
  const ids = new Int32Array(profile.locations.length);
  profile.locations.forEach((loc, i) => {
    let text = `${loc.address}`;
    for (const l of loc.lines) text += l.functionIndex >= 0 ? `|${functionId[l.functionIndex]}:${l.line}` : `|?${l.line}`;
    let id = locationIds.get(text);
    if (id === undefined) { id = locationIds.size; locationIds.set(text, id); }
    ids[i] = id;
  });
  return ids;
}
