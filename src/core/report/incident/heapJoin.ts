// The join: which heap samples a goroutine group holds, found by function name. A sample joins a
// group when its stack holds one of the group's functions (its own frames, its creator, and the
// creator's call path when the dump shows it: creatorPaths.ts): pprof's -focus on those
// functions, so the value equals `goprof top --focus` on them.
import { isStdlibFunc, shortFuncName, type GoroutineAnalysis, type GoroutineGroup } from '../../goroutines';
import { createStackView, type Profile, type StackView } from '../../pprof';
import { joinExact } from '../../pprof/exactSums';
import type { CreatorCallPath, IncidentFlameNode, SuspectHeapJoin } from './incidentModel';
import { ContentKeyedMap, ContentKeyedSet } from '../../../shared/contentKeyedMap';

/**
 * One name for a function however it was built: a vendored package
 * (`k8s.io/kubernetes/vendor/k8s.io/apiserver/pkg/x.F`, GOPATH builds) reads as its module path
 * (`k8s.io/apiserver/pkg/x.F`, module builds), and type arguments (`F[...]` in a dump,
 * `F[go.shape.int]` in a profile) as `[...]`.
 */
export function joinName(func: string): string {
  let name = func;
  const paren = name.indexOf('(');
  const pkgEnd = paren < 0 ? name.length : paren;
  const vendor = name.lastIndexOf('/vendor/', pkgEnd);
  if (vendor >= 0) name = name.slice(vendor + '/vendor/'.length);
  else if (name.startsWith('vendor/')) name = name.slice('vendor/'.length);
  return name.includes('[') ? eraseTypeArguments(name) : name;
}

function eraseTypeArguments(name: string): string {
  let out = '', depth = 0;
  for (const ch of name) {
    if (ch === '[') { if (depth++ === 0) out += '[...]'; continue; }
    if (ch === ']' && depth > 0) { depth--; continue; }
    if (depth === 0) out += ch;
  }
  return out;
}

// The entry point is on the stack of nearly everything the program allocates: joining on it would
// give any group created by main the whole heap.
const ENTRY_POINTS = new Set(['main.main', 'runtime.main']);

export function isEntryPoint(func: string): boolean {
  return ENTRY_POINTS.has(func);
}

/**
 * The functions a group is joined on: its own frames, its creator and its creator's call path, of
 * your code only, entry points left out.
 */
export function groupJoinFunctions(group: GoroutineGroup, creatorPath: CreatorCallPath | null = null): string[] {
  const names = new ContentKeyedSet();
  const add = (func: string) => {
    if (!isStdlibFunc(func) && !ENTRY_POINTS.has(func)) names.add(joinName(func));
  };
  for (const f of group.frames) add(f.func);
  if (group.createdBy) add(group.createdBy.func);
  for (const f of creatorPath?.frames ?? []) add(f.func);
  return [...names];
}

/** Whether a dump and a profile can be joined; when not, why, in a clause. */
export type ProcessVerdict = { readonly same: true } | { readonly same: false; readonly reason: string };

/**
 * A dump and a profile of different processes must not be joined. Both name functions from the
 * same symbol table when they come from one binary, so: they must share a function of your code,
 * and the functions they share must come from the same files (a program of another main package,
 * or another build of the code, prints other paths).
 */
export function sameProcess(analysis: GoroutineAnalysis, profile: Profile): ProcessVerdict {
  const dumpFiles = new ContentKeyedMap<string>();
  const note = (func: string, file: string) => {
    if (isStdlibFunc(func)) return;
    const key = joinName(func);
    if (!dumpFiles.has(key) || (dumpFiles.get(key) === '' && file !== '')) dumpFiles.set(key, file);
  };
  for (const g of analysis.groups) {
    for (const f of g.frames) note(f.func, f.file);
    if (g.createdBy) note(g.createdBy.func, g.createdBy.file);
  }
  const used = functionsUsedBySamples(profile);
  let shared = 0, compared = 0;
  const conflicts: string[] = [];
  for (const fi of used) {
    const fn = profile.functions[fi];
    if (isStdlibFunc(fn.name)) continue;
    const dumpFile = dumpFiles.get(joinName(fn.name));
    if (dumpFile === undefined) continue;
    shared++;
    if (dumpFile === '' || fn.filename === '') continue;
    compared++;
    if (joinName(dumpFile) !== joinName(fn.filename)) conflicts.push(`${shortFuncName(fn.name)} is in ${dumpFile} in the dump and in ${fn.filename} in the profile`);
  }
  if (shared === 0) return { same: false, reason: 'they share no function of your code' };
  // A function of package main in two places is two programs; otherwise most shared functions must agree.
  const mainConflict = conflicts.find(c => c.startsWith('main.'));
  if (mainConflict) return { same: false, reason: mainConflict };
  if (compared > 0 && conflicts.length * 2 > compared) return { same: false, reason: conflicts[0] };
  return { same: true };
}

/**
 * Two profiles of one binary: Go writes the executable as the first mapping, with its build ID when
 * the linker recorded one. Different build IDs, or (without them) different executable names, are
 * different programs or builds.
 */
export function sameBinary(a: Profile, b: Profile): ProcessVerdict {
  const ma = a.mappings[0], mb = b.mappings[0];
  if (!ma || !mb) return { same: true };
  if (ma.buildId && mb.buildId) {
    return ma.buildId === mb.buildId ? { same: true } : { same: false, reason: `their binaries' build IDs differ (${ma.buildId} and ${mb.buildId})` };
  }
  const name = (file: string) => file.slice(file.lastIndexOf('/') + 1);
  if (ma.file && mb.file && name(ma.file) !== name(mb.file)) {
    return { same: false, reason: `they name different binaries (${name(ma.file)} and ${name(mb.file)})` };
  }
  return { same: true };
}

/** Function indices that some sample's stack holds. */
function functionsUsedBySamples(profile: Profile): Set<number> {
  const usedLocations = new Uint8Array(profile.locations.length);
  const s = profile.samples;
  for (let p = 0; p < s.stackStart[s.count]; p++) usedLocations[s.locations[p]] = 1;
  const used = new Set<number>();
  profile.locations.forEach((loc, l) => {
    if (usedLocations[l]) for (const line of loc.lines) if (line.functionIndex >= 0) used.add(line.functionIndex);
  });
  return used;
}

const MAX_SITES = 5;
const FLAME_MAX_NODES = 400;
// Callees under this share of the joined value are left out of the drawn tree.
const FLAME_MIN_SHARE = 0.005;

interface FlameBuild { name: string; value: number; exact?: bigint; children: Map<string, FlameBuild> }

/** A sum as the double shown, with its int64 when the view's weights were split (past 2^53). */
interface Weighed { value: number; exact?: bigint }

/** Heaviest first, by the int64s when both have one: two sums a few units apart past 2^53 print alike but are not tied. */
function heavierFirst(a: Weighed, b: Weighed): number {
  if (a.exact !== undefined && b.exact !== undefined) return a.exact < b.exact ? 1 : a.exact > b.exact ? -1 : 0;
  return b.value - a.value;
}

/** What the join sums over the joined samples, of one set of weights. */
interface JoinSums {
  value: number;
  /** Per joined frame: the weight of the samples whose stack holds it. */
  perFunction: Map<number, Weighed>;
  /** Per allocation site (`site\0under`). */
  sites: Map<string, { func: string; under: string } & Weighed>;
  root: FlameBuild;
}

/**
 * The samples of `view` whose stacks hold one of `functions` (join names): their value, share of
 * the view's total (pprof's total: the `top` percentages), the functions found heaviest first, the
 * allocation sites, and the tree drawn from the outermost joined frame. Null when nothing joins.
 * Past 2^53 the sums are pprof's int64s: summed over each half of the view's split weights and
 * joined (exactSums.ts), so every number shown is the int64 rounded once.
 */
export function joinHeap(view: StackView, functions: readonly string[], options: { readonly flame?: boolean } = {}): SuspectHeapJoin | null {
  const drawFlame = options.flame ?? true;
  const wanted = new ContentKeyedSet(functions);
  const frameCount = view.frames.name.length;
  const matches = new Uint8Array(frameCount);
  for (let f = 0; f < frameCount; f++) if (wanted.has(joinName(view.frames.name[f]))) matches[f] = 1;
  const sumOf = (weights: Float64Array) => joinSums(view, matches, weights, drawFlame);
  const sums = view.split ? joinedHalves(sumOf(view.split.high), sumOf(view.split.low)) : sumOf(view.weights);
  if (!sums) return null;
  const { value, perFunction, sites, root } = sums;
  const total = view.total;
  const functionsFound = [...perFunction].sort((a, b) => heavierFirst(a[1], b[1]) || (view.frames.name[a[0]] < view.frames.name[b[0]] ? -1 : 1))
    .map(([f]) => view.frames.name[f]);
  const allocatedIn = [...sites.values()].sort((a, b) => heavierFirst(a, b) || (a.func < b.func ? -1 : 1)).slice(0, MAX_SITES)
    .map(x => (x.under ? { func: x.func, value: x.value, under: x.under } : { func: x.func, value: x.value }));
  return {
    sampleType: view.sampleType.type, value, fraction: total > 0 ? value / total : 0, functions: functionsFound, allocatedIn,
    ...(drawFlame ? { flame: toFlame(root, value) } : {}),
  };
}

/**
 * The join's sums of `weights` (the view's, or one half of them). Samples are skipped by the
 * view's own weights, so both halves' sums have the same entries. Undefined when nothing joins.
 */
function joinSums(view: StackView, matches: Uint8Array, weights: Float64Array, drawFlame: boolean): JoinSums | undefined {
  const { profile, locFrameStart, locFrames } = view;
  const s = profile.samples;
  const perFunction = new Map<number, Weighed>();
  const sites = new ContentKeyedMap<{ func: string; under: string } & Weighed>();
  const root: FlameBuild = { name: '', value: 0, children: new ContentKeyedMap() };
  let value = 0, anyJoined = false;
  const stack: number[] = [];
  // 1 + the last sample that counted each frame: a function recursing on a stack counts once.
  const countedIn = new Int32Array(matches.length);
  for (let i = 0; i < s.count; i++) {
    // The sample's frames, leaf first (inlined frames innermost first within a location).
    stack.length = 0;
    for (let p = s.stackStart[i]; p < s.stackStart[i + 1]; p++) {
      const l = s.locations[p];
      for (let k = locFrameStart[l]; k < locFrameStart[l + 1]; k++) stack.push(locFrames[k]);
    }
    let innermost = -1, outermost = -1;
    for (let k = 0; k < stack.length; k++) {
      if (matches[stack[k]]) { if (innermost < 0) innermost = k; outermost = k; }
    }
    if (innermost < 0) continue;
    anyJoined = true;
    const w = weights[i];
    value += w;
    for (let k = innermost; k <= outermost; k++) {
      const f = stack[k];
      if (matches[f] && countedIn[f] !== i + 1) {
        countedIn[f] = i + 1;
        const sum = perFunction.get(f);
        if (sum) sum.value += w; else perFunction.set(f, { value: w });
      }
    }
    if (view.weights[i] === 0) continue;
    const siteAt = innermostUserFrame(view, stack);
    const site = view.frames.name[stack[siteAt]];
    const underAt = innermost - 1;
    const under = underAt >= 0 && underAt > siteAt ? view.frames.name[stack[underAt]] : '';
    const key = `${site}\u0000${under}`;
    const entry = sites.get(key);
    if (entry) entry.value += w; else sites.set(key, { func: site, under, value: w });
    if (!drawFlame) continue;
    let node = root;
    node.value += w;
    for (let k = outermost; k >= 0; k--) {
      const name = view.frames.name[stack[k]];
      let child = node.children.get(name);
      if (!child) { child = { name, value: 0, children: new ContentKeyedMap() }; node.children.set(name, child); }
      child.value += w;
      node = child;
    }
  }
  return anyJoined ? { value, perFunction, sites, root } : undefined;
}

/** The sums of the two halves of split weights joined, entry by entry, into the int64s they make (as doubles). */
function joinedHalves(high: JoinSums | undefined, low: JoinSums | undefined): JoinSums | undefined {
  if (!high || !low) return undefined;
  // Each sum kept as its int64 too, for the orders; shown as the double it rounds to.
  const join = (h: Weighed, l: Weighed): void => {
    h.exact = joinExact(h.value, l.value);
    h.value = Number(h.exact);
  };
  for (const [f, h] of high.perFunction) join(h, low.perFunction.get(f)!);
  for (const [key, site] of high.sites) join(site, low.sites.get(key)!);
  const joinTree = (h: FlameBuild, l: FlameBuild): void => {
    join(h, l);
    for (const [name, child] of h.children) joinTree(child, l.children.get(name)!);
  };
  joinTree(high.root, low.root);
  return { ...high, value: Number(joinExact(high.value, low.value)) };
}

/** The innermost frame of your code (index into the leaf-first stack); the leaf when there is none. */
function innermostUserFrame(view: StackView, stack: readonly number[]): number {
  for (let k = 0; k < stack.length; k++) if (!isStdlibFunc(view.frames.name[stack[k]])) return k;
  return 0;
}

function toFlame(root: FlameBuild, total: number): IncidentFlameNode {
  let budget = FLAME_MAX_NODES;
  const min = total * FLAME_MIN_SHARE;
  const convert = (n: FlameBuild): IncidentFlameNode => {
    const children = [...n.children.values()].filter(c => c.value > 0 && c.value >= min).sort((a, b) => heavierFirst(a, b) || (a.name < b.name ? -1 : 1));
    const kept: IncidentFlameNode[] = [];
    for (const c of children) {
      if (budget <= 0) break;
      budget--;
      kept.push(convert(c));
    }
    return { name: n.name, value: n.value, children: kept };
  };
  return { ...convert(root), name: 'joined' };
}

/** The view joins read: one sample type at function granularity, no filters. */
export function joinView(profile: Profile, sampleType: string): StackView | null {
  if (!profile.sampleTypes.some(t => t.type === sampleType)) return null;
  return createStackView(profile, { sampleType, granularity: 'functions' });
}
