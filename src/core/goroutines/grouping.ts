// Groups goroutines (or counted stacks) that share a signature. Each goroutine is hashed once into
// a small key built from interned ids, so grouping is linear and never compares goroutines pairwise.

import type {
  GoroutineGroup, GoroutineId, GoroutineList, GroupWaitTarget, LineRange, Similarity, SourceFrame, UnlistedGoroutines, WaitHistogramBucket,
  WaitMinutesSummary, WaitOn,
} from './model';
import { FrameContentIds } from './frameContentIds';
import { InternedStacks } from './internedStacks';
import { Float64Scratch } from '../typedLists';
import { GoroutineTable } from './goroutineTable';
import { inferStateFromFrames } from './waitStates';
import { waitsFromHiddenFrames, type HiddenWaitInput } from './hiddenRuntimeWaits';
import { StackSlots } from './stackSlots';
import { NumberKeyMap } from '../numberKeyMap';
import { HASH_SEED, finishHash, mixInt } from '../../shared/seededHash';
import { tellStacksApart } from './stacksApart';
import { classifyGroup, formatCount, type DumpVerdict } from './ranking';
import { LOCK_KINDS, pairDeadlocks, type LockSide } from './deadlockPairs';
import { AGE_SAMPLE, waitSinceMade } from './idleWaits';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';

export interface GroupOptions {
  readonly similarity?: Similarity;
  /** How many goroutine ids a group keeps. Default 100. */
  readonly idSampleSize?: number;
  /** The goroutine that crashed the process (index into the goroutines) and the crash message. */
  /** `site`: where a fatal error was thrown on the system stack (its `runtime stack:`), when the goroutine shows only the switch to it. */
  /** `walk`: the stack walk the runtime threw in (badReturnPc.ts), said in words. */
  readonly crash?: { readonly index: number; readonly message: string; readonly recovered?: boolean; readonly printedByProgram?: boolean; readonly site?: SourceFrame | null; readonly walk?: string };
  /** Why every blocked goroutine is stuck for good, when the dump says so (deadlock, test timeout). */
  readonly stuck?: string;
  /** Goroutines counted but not printed: each count joins the group of the goroutines listed with it, when they all share one. */
  readonly unlisted?: readonly UnlistedGoroutines[];
}

/** Input of `groupStackRecords`: a debug=1 record or a goroutine profile.proto sample. */
export interface StackRecordInput {
  readonly count: number;
  /** Innermost frame first. */
  readonly frames: readonly SourceFrame[];
  readonly labels?: Readonly<Record<string, string>>;
  /** From a goroutineleak profile: the runtime found these goroutines leaked. */
  readonly leaked?: boolean;
  readonly lines?: LineRange | null;
  /** A debug=1 record's hidden runtime frames (StackRecord.hiddenAddresses). */
  readonly hiddenAddresses?: readonly number[] | null;
}

const HISTOGRAM_EDGES = [0, 1, 5, 15, 60, 240, 1440];

/** What groups without labels or minutes share: read-only, never copied per group. */
const NO_LABELS: Readonly<Record<string, string>> = Object.freeze({});
const NO_HISTOGRAM: readonly WaitHistogramBucket[] = Object.freeze([]);
/** A group's wait targets before they are counted (each group gets its own list at the end). */
const NO_WAIT_TARGETS: readonly GroupWaitTarget[] = Object.freeze([]);

/** A group while its goroutines are counted: the group itself, in its final shape, its verdict not yet set. */
type GroupInMaking = { -readonly [K in keyof GoroutineGroup]: K extends 'goroutineIds' ? GoroutineId[] : GoroutineGroup[K] };

/**
 * Per group, a tally most groups never get (minutes, labels, a second address waited on): no list
 * at all until one does, and then one slot per group, found by the group's index.
 */
class RareColumn<T> {
  private values: (T | null)[] | null = null;

  constructor(private readonly groups: readonly unknown[]) {}

  /** Some group has a value. */
  get any(): boolean {
    return this.values !== null;
  }

  at(index: number): T | null {
    return this.values === null ? null : this.values[index] ?? null;
  }

  set(index: number, value: T): void {
    (this.values ??= new Array<T | null>(this.groups.length).fill(null))[index] = value;
  }
}

/**
 * What is counted of each group beside its own fields, in columns by the group's index, each made
 * when a group first needs it: an object per group for it (an accumulator of two dozen fields, copied
 * into the group at the end) lived through the whole count, so the collector copied it twice and
 * promoted it (a race report's 10^5 accesses are as many groups), to drop it at the end.
 */
class GroupTallies {
  readonly groups: GroupInMaking[] = [];
  /** Of the group's count, the goroutines counted but not printed. */
  readonly unlisted = new RareColumn<number>(this.groups);
  /**
   * How many goroutines wait each number of minutes (a dump prints few distinct values); made at the
   * group's first header with minutes. The group's other goroutines, without minutes, count as 0 minutes.
   */
  readonly minutes = new RareColumn<Map<number, number>>(this.groups);
  /** The first address waited on and its count; `waits` only once a second address comes (most groups wait on none or one). */
  readonly firstWait = new RareColumn<WaitOn>(this.groups);
  readonly firstWaitCount = new RareColumn<number>(this.groups);
  readonly waits = new RareColumn<Map<string, { wait: WaitOn; count: number }>>(this.groups);
  /** Per label key, how many goroutines of the group carry each value (headers with labels, Go ≥ 1.27). */
  readonly labelValues = new RareColumn<Map<string, Map<string, number>>>(this.groups);
  /** The argument text per frame of the group's first goroutine, when read with arguments (similarity `args` or `exact`, or a long wait's): a deadlock pair's evidence. */
  readonly firstArgs = new RareColumn<readonly string[]>(this.groups);
  /**
   * Of a group's first two goroutines, those waiting on a lock with their arguments read: each one's
   * own evidence, where two goroutines of one stack wait on each other's lock (deadlockPairs.ts).
   */
  readonly lockSides = new RareColumn<LockSide[]>(this.groups);
  /** The id and minutes of the group's first goroutines that print minutes, in turn (idleWaits.ts' AGE_SAMPLE of them): whether each waits since it was made. */
  readonly ages = new RareColumn<number[]>(this.groups);

  /** Adds `group` (its counts at 0), keyed `key` when one is made already (a record's); returns its index. */
  add(group: Omit<GroupInMaking, 'key'>, key: string): number {
    return this.groups.push(withLazyKey(group, key)) - 1;
  }

  /** The group's label counts, made when it has none. */
  labelCounts(index: number): Map<string, Map<string, number>> {
    let counts = this.labelValues.at(index);
    if (counts === null) { counts = new ContentKeyedMap(); this.labelValues.set(index, counts); }
    return counts;
  }
}

/** A group of no goroutine yet: what it holds in common with the others, its counts at 0. */
function newGroup(
  state: string, stateInferred: boolean, frames: readonly SourceFrame[], createdBy: SourceFrame | null, firstLines: LineRange | null,
  framesElided: boolean, stackUnavailable: boolean, cut: boolean,
): Omit<GroupInMaking, 'key'> {
  // The keys keep the order `--json` prints; `key` comes last (withLazyKey).
  return {
    count: 0, state, stateInferred, waitMinutes: null, waitHistogram: NO_HISTOGRAM, lockedToThread: 0, leaked: 0, labels: NO_LABELS,
    frames, createdBy, goroutineIds: [], firstLines, framesElided, stackUnavailable, cut, waitTargets: NO_WAIT_TARGETS, crashed: false,
    userFrame: null, isIdleRuntime: false, suspect: null, score: 0,
  };
}

class SignatureIds {
  // Frame ids by content (the list may come from anywhere), and stack ids over them.
  private readonly frameIds = new FrameContentIds();
  private readonly stacks = new InternedStacks();
  private readonly names = new ContentKeyedMap<number>();
  private readonly scratchIds = new Float64Scratch();

  /** The id of a stack by its frames' content; `frames` is kept as it is (not copied). */
  stack(frames: readonly SourceFrame[]): number {
    const ids = this.scratchIds.of(frames.length);
    for (let i = 0; i < frames.length; i++) ids[i] = this.frameIds.idOf(frames[i]);
    return this.stacks.idOf(ids, frames, frames.length, true);
  }

  /** A new stack id for `frames`, which the caller knows no other stack equals: no frame is hashed. */
  unmatchedStack(frames: readonly SourceFrame[]): number {
    return this.stacks.idOfUnmatched(frames);
  }

  name(name: string): number {
    let id = this.names.get(name);
    if (id === undefined) { id = this.names.size; this.names.set(name, id); }
    return id;
  }
}

// Values from 1 MiB up to 2^63 - 1 (exclusive) are taken for pointers, as panicparse does: above
// are negative numbers (0xffffffffffffffff is -1), MaxInt64 and flag words, which must match.
const POINTER_FLOOR = 0x100000;

function nonPointerArgs(args: readonly string[]): string {
  return args.map(a => a.replace(/0x([0-9a-fA-F]+)\??/g, (hex, digits: string) => {
    const significant = digits.replace(/^0+/, '');
    const atCeiling = significant.length > 16 || (significant.length === 16 && (significant[0] >= '8' || /^7f{15}$/i.test(significant)));
    return parseInt(digits, 16) >= POINTER_FLOOR && !atCeiling ? '*' : hex.replace('?', '');
  })).join('\u0001');
}

// Frames per joined block of a stable key: each frame's text is joined within its block and dies
// young, so a stack 10^6 frames deep never holds a string (and its pieces) per frame at once.
const KEY_BLOCK_FRAMES = 4096;

function stableKey(state: string, frames: readonly SourceFrame[], createdBy: SourceFrame | null, elided: boolean, cut: boolean): string {
  const parts = [state, createdBy ? createdBy.func : '', elided ? 'elided' : ''];
  if (cut) parts.push('cut');
  const block: string[] = [];
  for (let start = 0; start < frames.length; start += KEY_BLOCK_FRAMES) {
    block.length = 0;
    for (let i = start; i < frames.length && i < start + KEY_BLOCK_FRAMES; i++) block.push(`${frames[i].func} ${frames[i].file}:${frames[i].line}`);
    parts.push(block.join('\n'));
  }
  return parts.join('\n');
}

/** Groups goroutines of a traceback dump; the result is ranked (likely problem first). */
export function groupGoroutines(goroutines: GoroutineList, options: GroupOptions = {}): GoroutineGroup[] {
  const table = GoroutineTable.of(goroutines);
  const similarity = options.similarity ?? 'default';
  const sampleSize = options.idSampleSize ?? 100;
  const signatures = new GroupsBySignature(table, similarity);
  // Most rows carry no rare parts: their group follows from their header, stack and creator
  // indexes alone, so the signature is worked out once per distinct triple, not once per row.
  const byShared = new StackSlots<number>();
  const sharedCreators = table.creatorCount + 1;
  const crashed = options.crash?.index ?? -1;
  const unlisted = options.unlisted ?? [];
  const listedIds = new Set(unlisted.flatMap(u => u.listedIds));
  const groupOfListed = new Map<GoroutineId, number>();
  const tallies = signatures.tallies;
  let longestWaitMinutes = 0;
  for (let i = 0; i < table.length; i++) {
    const headerIndex = table.headerIndex(i);
    let index: number;
    if (similarity === 'default' && !table.hasRareParts(i)) {
      const stack = table.stackIndex(i);
      const key = headerIndex * sharedCreators + table.creatorIndex(i) + 1;
      let known = byShared.get(stack, key);
      if (known === undefined) { known = signatures.groupOf(i); byShared.set(stack, key, known); }
      index = known;
    } else index = signatures.groupOf(i);
    const group = tallies.groups[index];
    const header = table.headerAt(headerIndex);
    group.count++;
    if (header.waitMinutes !== null) {
      let minutes = tallies.minutes.at(index);
      if (minutes === null) { minutes = new Map(); tallies.minutes.set(index, minutes); }
      minutes.set(header.waitMinutes, (minutes.get(header.waitMinutes) ?? 0) + 1);
      if (header.waitMinutes > longestWaitMinutes) longestWaitMinutes = header.waitMinutes;
      sampleAge(tallies, index, table.exactId(i), header.waitMinutes);
    }
    if (header.lockedToThread) group.lockedToThread++;
    if (header.leaked) group.leaked++;
    // A group's first id makes its list (of room for one: most groups of a dump of distinct stacks stay at one).
    if (group.goroutineIds.length === 0 && sampleSize > 0) group.goroutineIds = [table.exactId(i)];
    else if (group.goroutineIds.length < sampleSize) group.goroutineIds.push(table.exactId(i));
    if (i === crashed) group.crashed = true;
    if (listedIds.size > 0 && listedIds.has(table.exactId(i))) groupOfListed.set(table.exactId(i), index);
    const labels = table.labels(i);
    if (labels !== null) countLabels(tallies.labelCounts(index), labels);
    const waitOn = table.waitOn(i);
    if (waitOn !== null) countWait(tallies, index, waitOn);
    if (group.count <= 2 && waitOn !== null && LOCK_KINDS.has(waitOn.kind)) noteLockSide(tallies, index, table, i, waitOn);
  }
  countUnlisted(unlisted, groupOfListed, tallies);
  return finish(tallies, {
    crashMessage: options.crash?.message, crashRecovered: options.crash?.recovered === true, crashStackPrinted: options.crash?.printedByProgram === true, crashSite: options.crash?.site ?? null, crashWalk: options.crash?.walk, stuck: options.stuck, showsMinutes: tallies.minutes.any,
    goroutines: table.length, longestWaitMinutes,
  });
}

function noteLockSide(tallies: GroupTallies, index: number, table: GoroutineTable, i: number, waitOn: WaitOn): void {
  const args = table.argsOf(i);
  if (args === null) return;
  let sides = tallies.lockSides.at(index);
  if (sides === null) { sides = []; tallies.lockSides.set(index, sides); }
  sides.push({ id: table.exactId(i), args, waitsOn: waitOn.address });
}

function sampleAge(tallies: GroupTallies, index: number, id: GoroutineId, minutes: number): void {
  let ages = tallies.ages.at(index);
  if (ages === null) { ages = []; tallies.ages.set(index, ages); }
  if (ages.length < 2 * AGE_SAMPLE) ages.push(Number(id), minutes);
}

/**
 * A count of goroutines not printed joins a group only when every goroutine printed with it is in
 * that group: a debugger's group (Delve's, by location or label) may hold goroutines of several
 * states, and which of them the unprinted ones are in is not in the text.
 */
function countUnlisted(unlisted: readonly UnlistedGoroutines[], groupOfListed: ReadonlyMap<GoroutineId, number>, tallies: GroupTallies): void {
  for (const u of unlisted) {
    const index = u.listedIds.length > 0 ? groupOfListed.get(u.listedIds[0]) : undefined;
    if (index === undefined || !u.listedIds.every(id => groupOfListed.get(id) === index)) continue;
    tallies.groups[index].count += u.count;
    tallies.unlisted.set(index, (tallies.unlisted.at(index) ?? 0) + u.count);
  }
}

/** The group of a row by its signature (stack, state, creator, flags; arguments for the stricter similarities), made on first sight. */
class GroupsBySignature {
  readonly tallies = new GroupTallies();
  private readonly ids = new SignatureIds();
  // Signature → group in two levels of integer keys (stack id, then state/creator/flags), with a
  // third level of argument text for the stricter similarities.
  // The groups by their index in `tallies`.
  private readonly byStack = new StackSlots<number | Map<string, number>>();
  /** Per stack of the table (its shared list), the stack id by content + 1, or 0 before it is asked. */
  private readonly stackIdOfTableStack: Int32Array;

  /** Per stack length, how many of the table's stacks are that long. */
  private readonly stacksOfLength = new NumberKeyMap();
  /** The table's stacks differ in their frames: a stack's index is its id by content. */
  private readonly stacksDistinct: boolean;

  constructor(private readonly table: GoroutineTable, private readonly similarity: Similarity) {
    this.stacksDistinct = table.stacksDistinctByContent;
    this.stackIdOfTableStack = new Int32Array(this.stacksDistinct ? 0 : table.stackCount);
    if (!this.stacksDistinct) for (let index = 0; index < table.stackCount; index++) this.stacksOfLength.add(table.stackAt(index).length, 1);
  }

  private stackId(i: number): number {
    const index = this.table.stackIndex(i);
    if (this.stacksDistinct) return index;
    let id = this.stackIdOfTableStack[index] - 1;
    if (id < 0) {
      const frames = this.table.frames(i);
      // Stacks equal by content are as long: a stack of a length no other has (one stack 10^6 frames
      // deep) equals none, and its frames are not hashed.
      id = this.stacksOfLength.get(frames.length) === 1 ? this.ids.unmatchedStack(frames) : this.ids.stack(frames);
      this.stackIdOfTableStack[index] = id + 1;
    }
    return id;
  }

  /** The index of the row's group in `tallies`. */
  groupOf(i: number): number {
    const table = this.table;
    const ids = this.ids;
    const frames = table.frames(i);
    const header = table.header(i);
    const createdBy = table.createdBy(i);
    const rare = table.rare(i);
    const cut = rare?.cut ?? false;
    const framesElided = rare?.framesElided ?? false;
    const stackUnavailable = rare?.stackUnavailable ?? false;
    const stackId = this.stackId(i);
    // Name ids (states, creators) stay below 2^24 (a dump would need far more than 100 MB of
    // distinct names to reach it), so the key is an exact integer.
    const restKey = ((ids.name(header.state) * 0x1000000 + (createdBy ? ids.name(createdBy.func) + 1 : 0)) * 16) +
      (cut ? 8 : 0) + (header.leaked ? 4 : 0) + (framesElided ? 2 : 0) + (stackUnavailable ? 1 : 0);
    const slot = this.byStack.get(stackId, restKey);
    let group: number | undefined;
    let byArgs: Map<string, number> | undefined;
    let argsKey = '';
    if (this.similarity === 'default') group = slot as number | undefined;
    else {
      // Goroutines scanned without arguments keep the key '' (apart from any argument text).
      const args = rare?.args ?? null;
      if (args) argsKey = '\u0000' + (this.similarity === 'exact' ? args.join('\u0001') : nonPointerArgs(args));
      byArgs = slot as Map<string, number> | undefined;
      if (!byArgs) { byArgs = new Map(); this.byStack.set(stackId, restKey, byArgs); }
      group = byArgs.get(argsKey);
    }
    if (group === undefined) {
      group = this.tallies.add(newGroup(header.state, false, frames, createdBy, { start: table.startLine(i), end: table.endLine(i) }, framesElided, stackUnavailable, cut), '');
      if (rare?.creatorCallers !== undefined) this.tallies.groups[group].creatorCallers = rare.creatorCallers;
      const args = table.argsOf(i);
      if (args !== null) this.tallies.firstArgs.set(group, args);
      if (byArgs) byArgs.set(argsKey, group);
      else this.byStack.set(stackId, restKey, group);
    }
    return group;
  }
}

/**
 * Groups counted stacks (debug=1 records, goroutine profile.proto samples) into the same model:
 * one group per stack, whatever the labels (runtime/pprof prints a record per label set: 1,500
 * request handlers stuck in one place are one group), which the group summarises. Their compare
 * key is built from the frames debug=1 prints (runtime/pprof hides the runtime frames above the
 * first other one, and runtime.goexit), so a profile.proto compares with a debug=1 text.
 */
export function groupStackRecords(records: readonly StackRecordInput[]): GoroutineGroup[] {
  const ids = new SignatureIds();
  const tallies = new GroupTallies();
  // Stack id → the index of its group in `tallies`.
  const groups = new Map<number, number>();
  const hidden: HiddenWaitInput[] = [];
  for (const r of records) {
    const stackId = ids.stack(r.frames);
    let index = groups.get(stackId);
    if (index === undefined) {
      const state = inferStateFromFrames(r.frames.map(f => f.func));
      hidden.push({ state, hidden: r.hiddenAddresses ?? null });
      index = tallies.add(newGroup(state, state !== '', r.frames, null, r.lines ?? null, false, false, false),
        stableKey('', framesDebug1Prints(r.frames), null, false, false));
      groups.set(stackId, index);
    }
    const group = tallies.groups[index];
    group.count += r.count;
    if (r.leaked) group.leaked += r.count;
    if (r.labels && Object.keys(r.labels).length > 0) countLabels(tallies.labelCounts(index), r.labels, r.count);
  }
  // What the frames runtime/pprof hid say of the groups whose shown frames tell no wait.
  const told = waitsFromHiddenFrames(hidden);
  let goroutines = 0;
  tallies.groups.forEach((g, i) => {
    goroutines += g.count;
    if (told[i] !== '') { g.state = told[i]; g.stateInferred = true; }
  });
  return finish(tallies, { goroutines });
}

// Distinct values remembered per label key of a group: request ids would otherwise grow without bound.
const MAX_LABEL_VALUES = 64;
// Values a group's summary names per key before "… (N values)".
const LABEL_VALUES_SHOWN = 3;
// Where values past MAX_LABEL_VALUES are counted (no label value holds a NUL: Go escapes it).
const OTHER_VALUES = '\u0000';

function countLabels(values: Map<string, Map<string, number>>, labels: Readonly<Record<string, string>>, count = 1): void {
  for (const key in labels) {
    let counts = values.get(key);
    if (!counts) { counts = new ContentKeyedMap(); values.set(key, counts); }
    const value = labels[key];
    const n = counts.get(value);
    if (n !== undefined) counts.set(value, n + count);
    else if (counts.size < MAX_LABEL_VALUES) counts.set(value, count);
    else counts.set(OTHER_VALUES, (counts.get(OTHER_VALUES) ?? 0) + count);
  }
}

/**
 * Goroutines of one group may carry different labels (a request id each): the group is not split,
 * and each key reads as its value, or its most common values ("a, b, c, … (64+ values)"), and says
 * how many of the group carry it when not all do ("acme (1 of 4)").
 */
function summarizeLabels(values: Map<string, Map<string, number>>, groupCount: number): Record<string, string> {
  const summary: Record<string, string> = {};
  for (const [key, counts] of values) {
    let carrying = 0;
    for (const n of counts.values()) carrying += n;
    const overflow = counts.has(OTHER_VALUES);
    const common = [...counts].filter(([value]) => value !== OTHER_VALUES)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([value]) => value);
    const distinct = overflow ? `${MAX_LABEL_VALUES}+` : String(common.length);
    const shown = common.length <= LABEL_VALUES_SHOWN && !overflow ? common.join(', ')
      : `${common.slice(0, LABEL_VALUES_SHOWN).join(', ')}, … (${distinct} values)`;
    summary[key] = carrying < groupCount ? `${shown} (${formatCount(carrying)} of ${formatCount(groupCount)})` : shown;
  }
  return summary;
}

/** The frames runtime/pprof prints for a debug=1 record (printStackRecord with allFrames false). */
function framesDebug1Prints(frames: readonly SourceFrame[]): SourceFrame[] {
  let first = 0;
  while (first < frames.length && frames[first].func.startsWith('runtime.')) first++;
  return frames.slice(first).filter(f => f.func !== 'runtime.goexit');
}

/** Keys made when first read (a comparison with another dump), and the records' keys, per group. */
const groupKeys = new WeakMap<object, string>();

type KeySource = Pick<GoroutineGroup, 'state' | 'frames' | 'createdBy' | 'framesElided' | 'cut'>;

// Made when asked: a stack 10^6 frames deep has a key as long.
function lazyGroupKey(this: KeySource): string {
  let key = groupKeys.get(this);
  if (key === undefined) {
    key = stableKey(this.state, this.frames, this.createdBy, this.framesElided, this.cut);
    groupKeys.set(this, key);
  }
  return key;
}
const LAZY_KEY: PropertyDescriptor = { get: lazyGroupKey, enumerable: true, configurable: true };

/**
 * `fields` (an object literal, whose properties V8 lays out at once) given the group's key, made
 * from its own fields when first read (`key`: one made already, a record's). One getter shared by
 * every group keeps them one shape: a getter of its own per object (an object literal's `get
 * key()`) turned each group into a dictionary of ~900 bytes, slow to read (100,000 groups of
 * distinct stacks: ~180 MB). The getter needs no field of its own (a hidden field per group for
 * what the key is made of took a property array each). The key comes last.
 */
function withLazyKey<T extends KeySource>(fields: T, key: string): T & { readonly key: string } {
  if (key !== '') groupKeys.set(fields, key);
  return Object.defineProperty(fields, 'key', LAZY_KEY) as T & { readonly key: string };
}


function finish(tallies: GroupTallies, verdict: DumpVerdict = {}): GoroutineGroup[] {
  const result: GoroutineGroup[] = [];
  // Indexed, each group finished by a call: this loop runs once, and where the CLI lets no loop be
  // compiled while it runs (v8Tuning.ts), a body inlined here stayed unoptimised for 10^5 groups.
  for (let i = 0; i < tallies.groups.length; i++) result.push(finishedGroup(tallies, i, verdict));
  tellSuspectsApart(result);
  pairDeadlocks(result, index => tallies.firstArgs.at(index), index => tallies.lockSides.at(index));
  if (verdict.stuck) {
    for (let i = 0; i < result.length; i++) {
      const g = result[i];
      if (g.suspect !== null && !g.crashed) result[i] = { ...g, suspect: `${g.suspect}; ${verdict.stuck}` };
    }
  }
  return rankGroups(result);
}

/** The group at `index` with what its tallies say and its verdict, set on the group itself (a copy, or a spread, made two objects per group). */
function finishedGroup(tallies: GroupTallies, index: number, verdict: DumpVerdict): GoroutineGroup {
  const group = tallies.groups[index];
  const minutes = minutesOf(tallies, index);
  if (minutes !== null) {
    group.waitMinutes = summarize(minutes);
    group.waitHistogram = histogram(minutes);
  }
  const labelValues = tallies.labelValues.at(index);
  if (labelValues !== null) group.labels = summarizeLabels(labelValues, group.count);
  group.waitTargets = topWaitTargets(tallies, index);
  const ages = tallies.ages.at(index);
  const verdictOf = classifyGroup(group, verdict, ages !== null && waitSinceMade(ages));
  group.userFrame = verdictOf.userFrame;
  group.isIdleRuntime = verdictOf.isIdleRuntime;
  group.suspect = verdictOf.suspect;
  group.score = verdictOf.score;
  const unlisted = tallies.unlisted.at(index) ?? 0;
  return unlisted > 0 ? { ...group, unlisted } : group;
}

/**
 * Groups whose sentences read alike (the same frame and creator, stacks that differ further down,
 * often by recursion depth) get what tells them apart (stacksApart.ts).
 */
function tellSuspectsApart(groups: GoroutineGroup[]): void {
  const mayReadAlike = sentencesMaybeShared(groups);
  // A sentence's one group by its index, a list only once a second reads alike (most read alone).
  const bySentence = new ContentKeyedMap<number | number[]>();
  groups.forEach((g, i) => {
    if (g.suspect === null || mayReadAlike[i] === 0) return;
    // Alike but for the count: "1,367 goroutines blocked in select in …" and "1,366 goroutines …".
    const sentence = g.suspect.slice(countEnd(g.suspect));
    const same = bySentence.get(sentence);
    if (same === undefined) bySentence.set(sentence, i);
    else if (typeof same === 'number') bySentence.set(sentence, [same, i]);
    else same.push(i);
  });
  for (const same of bySentence.values()) {
    if (typeof same === 'number') continue;
    const details = tellStacksApart(same.map(i => groups[i].frames));
    same.forEach((i, n) => { if (details[n]) groups[i] = { ...groups[i], suspect: `${groups[i].suspect}, ${details[n]}` }; });
  }
}

/**
 * Per group, 1 when another group's sentence may read as its own: their hashes (of the sentence
 * after its count) are equal. Most sentences read alone (a race report's 10^5 accesses each name
 * their own function): they are hashed in place, with no copy and no entry of a string-keyed map each.
 */
function sentencesMaybeShared(groups: readonly GoroutineGroup[]): Uint8Array {
  const hashes = new Int32Array(groups.length);
  const counts = new NumberKeyMap();
  for (let i = 0; i < groups.length; i++) {
    const sentence = groups[i].suspect;
    if (sentence === null) continue;
    hashes[i] = sentenceHashPastCount(sentence);
    counts.set(hashes[i], (counts.get(hashes[i]) ?? 0) + 1);
  }
  const shared = new Uint8Array(groups.length);
  for (let i = 0; i < groups.length; i++) if (groups[i].suspect !== null && counts.get(hashes[i])! > 1) shared[i] = 1;
  return shared;
}

/**
 * The hash of the sentence after its count. A function of its own, called per sentence: the loop
 * over the groups runs once, and the CLI lets no loop be compiled while it runs (`--no-use-osr` for
 * inputs up to 24 MiB, v8Tuning.ts), so its body inlined there ran unoptimised for every character
 * of 10^5 sentences (a race report of as many accesses: ~0.3 s).
 */
function sentenceHashPastCount(sentence: string): number {
  let hash = HASH_SEED;
  for (let k = countEnd(sentence); k < sentence.length; k++) hash = mixInt(hash, sentence.charCodeAt(k));
  return finishHash(mixInt(hash, sentence.length)) | 0;
}

/** Where the sentence goes on after its leading count and `goroutine`/`goroutines ` (what /^[\d,]+ goroutines? / takes), 0 without one; no regex per sentence. */
function countEnd(sentence: string): number {
  let at = 0;
  for (let c = sentence.charCodeAt(0); (c >= 0x30 && c <= 0x39) || c === 0x2c; c = sentence.charCodeAt(++at));
  if (at === 0 || !sentence.startsWith(' goroutine', at)) return 0;
  at += 10;
  if (sentence.charCodeAt(at) === 0x73 /* s */) at++;
  return sentence.charCodeAt(at) === 0x20 ? at + 1 : 0;
}

/** Idle runtime groups last; otherwise by score, then size, then position in the dump. */
export function rankGroups(groups: GoroutineGroup[]): GoroutineGroup[] {
  return groups.sort((a, b) =>
    Number(a.isIdleRuntime) - Number(b.isIdleRuntime) || b.score - a.score || b.count - a.count ||
    (a.firstLines?.start ?? 0) - (b.firstLines?.start ?? 0));
}

function summarize(minutes: ReadonlyMap<number, number>): WaitMinutesSummary {
  const values = Float64Array.from(minutes.keys()).sort();
  let count = 0;
  for (const n of minutes.values()) count += n;
  const mid = count >> 1;
  const median = count % 2 ? valueAt(values, minutes, mid) : (valueAt(values, minutes, mid - 1) + valueAt(values, minutes, mid)) / 2;
  return { min: values[0], median, max: values[values.length - 1] };
}

/** The value at `position` of the sorted multiset `values` × counts. */
function valueAt(values: Float64Array, counts: ReadonlyMap<number, number>, position: number): number {
  let seen = 0;
  for (const value of values) {
    seen += counts.get(value)!;
    if (position < seen) return value;
  }
  return values[values.length - 1];
}

function histogram(minutes: ReadonlyMap<number, number>): WaitHistogramBucket[] {
  const counts = new Array<number>(HISTOGRAM_EDGES.length).fill(0);
  for (const [m, n] of minutes) {
    let bucket = HISTOGRAM_EDGES.length - 1;
    while (bucket > 0 && m < HISTOGRAM_EDGES[bucket]) bucket--;
    counts[bucket] += n;
  }
  return counts.map((count, i) => ({
    fromMinutes: HISTOGRAM_EDGES[i], toMinutes: i + 1 < HISTOGRAM_EDGES.length ? HISTOGRAM_EDGES[i + 1] : null, count,
  }));
}

function countWait(tallies: GroupTallies, index: number, wait: WaitOn): void {
  let waits = tallies.waits.at(index);
  if (waits === null) {
    const first = tallies.firstWait.at(index);
    if (first === null) { tallies.firstWait.set(index, wait); tallies.firstWaitCount.set(index, 1); return; }
    const firstCount = tallies.firstWaitCount.at(index)!;
    if (first.address === wait.address) { tallies.firstWaitCount.set(index, firstCount + 1); return; }
    waits = new Map([[first.address, { wait: first, count: firstCount }]]);
    tallies.waits.set(index, waits);
  }
  const entry = waits.get(wait.address);
  if (entry) entry.count++;
  else waits.set(wait.address, { wait, count: 1 });
}

/**
 * Minutes per goroutine count, the goroutines without minutes as 0 (the group's printed ones less
 * those with minutes); null when none of the group's headers printed minutes.
 */
function minutesOf(tallies: GroupTallies, index: number): Map<number, number> | null {
  const minutes = tallies.minutes.at(index);
  if (minutes === null) return null;
  let none = tallies.groups[index].count - (tallies.unlisted.at(index) ?? 0);
  for (const n of minutes.values()) none -= n;
  if (none > 0) minutes.set(0, (minutes.get(0) ?? 0) + none);
  return minutes;
}

function topWaitTargets(tallies: GroupTallies, index: number): GroupWaitTarget[] {
  const waits = tallies.waits.at(index);
  if (waits === null) {
    const wait = tallies.firstWait.at(index);
    return wait === null ? [] : [{ kind: wait.kind, op: wait.op, address: wait.address, count: tallies.firstWaitCount.at(index)! }];
  }
  return [...waits.values()]
    .sort((a, b) => b.count - a.count)
    .slice(0, 3)
    .map(({ wait, count }) => ({ kind: wait.kind, op: wait.op, address: wait.address, count }));
}


