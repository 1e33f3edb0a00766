// The profile's own drop_frames / keep_frames, applied as `go tool pprof` does right after
// reading a profile (pprof's profile.RemoveUninteresting → Prune, profile/prune.go):
//
// - Both are regexes anchored as `^(…)$`, matched against the function name as pprof's
//   symbolizer leaves it (displayFunctionName: "std::f(int)" is already "std::f" by then),
//   simplified by simplifyFunc (a leading '.' removed, cut at the first '(' that does not start
//   "(anonymous namespace)" or "operator()"; so `main.(*T).M` is tested as `main.`).
// - Per location, lines scanned from the outermost one (the function the code was compiled
//   into) inwards: the first line matching drop_frames and not keep_frames marks the
//   location. Matching the outermost line marks it "prune" (the whole location goes);
//   matching an inlined line marks it "pruneBeneath" and the location keeps only the lines
//   outside that match.
// - Per sample, scanning from the ROOT towards the leaf: marked locations before the first
//   unmarked ("user") one stay; at the first marked location after it the stack is cut:
//   a "prune" location goes with everything leafward of it, a "pruneBeneath" location stays
//   (with its shortened lines) and everything leafward of it goes.
// A regex pprof cannot compile makes it skip pruning (it ignores RemoveUninteresting's error);
// we do the same, with a warning. The patterns come from the file: they run in RE2 (linear
// time, Go's syntax), once per function.
import type { Profile, SampleTable } from './model';
import { displayFunctionName } from './functionNames';
import { compileLinearRegex, type LinearRegex } from '../linearRegex';

const RESERVED_NAMES = ['(anonymous namespace)', 'operator()'];
const BRACKET_RX = /\(anonymous namespace\)|operator\(\)|\(/g;

/** pprof's simplifyFunc. */
export function simplifyFunc(f: string): string {
  const name = f.startsWith('.') ? f.slice(1) : f;
  BRACKET_RX.lastIndex = 0;
  for (let m = BRACKET_RX.exec(name); m !== null; m = BRACKET_RX.exec(name)) {
    if (!RESERVED_NAMES.includes(m[0])) return name.slice(0, m.index);
  }
  return name;
}

/** Applies the profile's drop_frames / keep_frames in place (no-op when drop_frames is empty). */
export function applyDropFrames(profile: Profile): void {
  if (profile.dropFrames === '') return;
  let drop: LinearRegex, keep: LinearRegex | undefined;
  try {
    drop = compileLinearRegex(profile.dropFrames, 'drop_frames', { anchored: true });
    keep = profile.keepFrames !== '' ? compileLinearRegex(profile.keepFrames, 'keep_frames', { anchored: true }) : undefined;
  } catch (e) {
    profile.warnings.push(`drop_frames/keep_frames not applied: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  // 1 = prune (whole location), 2 = pruneBeneath (location kept, shortened).
  const mark = new Uint8Array(profile.locations.length);
  const simplified = new Map<number, boolean>();
  const dropped = (functionIndex: number): boolean => {
    let d = simplified.get(functionIndex);
    if (d === undefined) {
      const display = displayFunctionName(profile.functions[functionIndex]);
      const name = simplifyFunc(display);
      d = display !== '' && drop.test(name) && !(keep && keep.test(name));
      simplified.set(functionIndex, d);
    }
    return d;
  };
  let any = false;
  // New locations and stack columns, not edits: the ones as read stay for a diff (beforeDropFrames).
  const before = profile.locations;
  const locations = before.slice();
  before.forEach((loc, l) => {
    let i = loc.lines.length - 1;
    for (; i >= 0; i--) {
      const f = loc.lines[i].functionIndex;
      if (f >= 0 && dropped(f)) break;
    }
    if (i < 0) return;
    any = true;
    if (i === loc.lines.length - 1) mark[l] = 1;
    else { mark[l] = 2; locations[l] = { ...loc, lines: loc.lines.slice(i + 1) }; }
  });
  if (!any) return;

  // Cut the stacks (leaf first): cuts only shrink, so the new column is at most as long.
  const s = profile.samples;
  const stacks = s.locations, stacksStart = s.stackStart;
  const locs = new (stacks instanceof Uint16Array ? Uint16Array : Uint32Array)(stacks.length);
  const stackStart = new Uint32Array(stacksStart.length);
  let out = 0;
  for (let k = 0; k < s.count; k++) {
    const start = stacksStart[k], end = stacksStart[k + 1];
    let from = start;
    let foundUser = false;
    for (let p = end - 1; p >= start; p--) {
      const m = mark[stacks[p]];
      if (m === 0) { foundUser = true; continue; }
      if (!foundUser) continue;
      from = m === 1 ? p + 1 : p;
      break;
    }
    stackStart[k] = out;
    for (let p = from; p < end; p++) locs[out++] = stacks[p];
  }
  stackStart[s.count] = out;
  const pruned: SampleTable = { ...s, stackStart, locations: locs.subarray(0, out), locationUsed: undefined };
  profile.beforeDropFrames = { locations: before, samples: s, pruned };
  profile.locations = locations;
  profile.samples = pruned;
}

/** Whether drop_frames pruned this profile's samples after they were read (and merged, as pprof merges before it prunes). */
export function prunedAfterRead(profile: Profile): boolean {
  return profile.beforeDropFrames?.pruned === profile.samples;
}

/** The profile as it was before drop_frames pruned it: what pprof merges with a base. */
export function beforeDropFrames(profile: Profile): Profile {
  const before = profile.beforeDropFrames;
  if (!before || before.pruned !== profile.samples) return profile;
  return { ...profile, locations: before.locations, samples: before.samples, beforeDropFrames: undefined };
}

/** The profile pruned by these drop_frames/keep_frames (pprof prunes a merged profile by its first one's); a warning of theirs was the profile's own when it was read. */
export function prunedByDropFrames(profile: Profile, dropFrames: string, keepFrames: string): Profile {
  if (dropFrames === '') return profile;
  const pruned: Profile = { ...profile, dropFrames, keepFrames, warnings: [] };
  applyDropFrames(pruned);
  return { ...pruned, warnings: profile.warnings };
}
