// The goroutines of a dump, stored column-wise. A dump holds 18,000 goroutines in the story and
// 200,000 in an unbounded runtime.Stack; one object per goroutine that lives as long as the dump
// makes V8 grow its young generation while they survive, which cost more memory than the dump's
// text (issue 4's target: peak memory under 2× the input). Here a goroutine is ~44 bytes in typed
// arrays plus indexes into shared lists (header brackets, interned stacks and creators), and
// `get(i)` makes a short-lived record on demand.
import type { AncestorStack, Goroutine, GoroutineId, GoroutineList, LineRange, SourceFrame, WaitOn } from './model';
import { parseHeaderLabels } from './lineParsers';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';

/** What a header bracket says (`[chan send, 429 minutes, locked to thread]`); shared by all goroutines with that bracket. */
export interface HeaderInfo {
  readonly state: string;
  readonly waitMinutes: number | null;
  readonly lockedToThread: boolean;
  readonly leaked: boolean;
  readonly synctest: boolean;
}

/** Fields that only unusual goroutines set. */
export interface RareGoroutineParts {
  readonly args: readonly string[] | null;
  readonly framesElided: boolean;
  readonly stackUnavailable: boolean;
  readonly ancestors: readonly AncestorStack[];
  /** The text ends inside this goroutine. */
  readonly cut: boolean;
  /** `Goroutine.creatorCallers`: set only when the text prints them. */
  readonly creatorCallers?: readonly SourceFrame[];
}

const NO_ANCESTORS: readonly AncestorStack[] = Object.freeze([]);
const NO_FRAMES: readonly SourceFrame[] = Object.freeze([]);
const NONE = -1;
// Rows are stored in chunks of 4,096 rows, never copied to grow past that: a copy-grown column
// touches about three times its final size of fresh memory, and fresh pages cost page faults (on
// the 200,000-goroutine bench dump the copies and their faults took ~60 ms of ~500). Only the first
// chunk starts small and grows by copying up to full size, so a small dump costs a small table.
// Within a chunk, a row's fields are side by side.
const CHUNK_SHIFT = 12;
const ROWS_PER_CHUNK = 1 << CHUNK_SHIFT;
const ROW_MASK = ROWS_PER_CHUNK - 1;
const FIRST_CHUNK_ROWS = 64;
// The Int32 fields of a row.
const HEADER = 0;
const STACK = 1;
const CREATED_BY = 2;
const WAIT_ON = 3;
const RARE = 4;
const START_LINE = 5;
const END_LINE = 6;
const INT_FIELDS = 7;
// The Float64 fields of a row.
const ID = 0;
const CREATOR = 1;
const NUMBER_FIELDS = 2;

/** Objects shared by many goroutines, each stored once and referred to by index. */
class SharedList<T extends object> {
  readonly items: T[] = [];
  private readonly indexOf = new Map<T, number>();
  /**
   * Per number the caller gave an item (the scanner's interned stack id), the item's index + 1, 0
   * while not given: a map keyed by the object gave each its identity hash and an entry of a map
   * as large as the list (a race report of 10^5 accesses has as many stacks).
   */
  private indexPlusOneByNumber = new Int32Array(0);

  /** Whether every item came with its number (`indexByNumber`). */
  get allNumbered(): boolean {
    return this.indexOf.size === 0;
  }

  index(item: T): number {
    let index = this.indexOf.get(item);
    if (index === undefined) { index = this.items.length; this.items.push(item); this.indexOf.set(item, index); }
    return index;
  }

  /** The index of `item`, which the caller numbers `number` (a small integer ≥ 0, one per item). */
  indexByNumber(item: T, number: number): number {
    let byNumber = this.indexPlusOneByNumber;
    if (number >= byNumber.length) {
      const grown = new Int32Array(Math.max(64, byNumber.length * 2, number + 1));
      grown.set(byNumber);
      this.indexPlusOneByNumber = byNumber = grown;
    }
    let index = byNumber[number] - 1;
    if (index < 0) { index = this.items.length; this.items.push(item); byNumber[number] = index + 1; }
    return index;
  }
}

export class GoroutineTable implements GoroutineList {
  private size = 0;
  /** Per chunk of ROWS_PER_CHUNK rows, per row: the id and the creator goroutine (NaN when the dump names none). */
  private readonly numberChunks: Float64Array[] = [new Float64Array(FIRST_CHUNK_ROWS * NUMBER_FIELDS)];
  /** Per chunk, per row: the Int32 fields (indexes into the shared lists, line numbers). */
  private readonly intChunks: Int32Array[] = [new Int32Array(FIRST_CHUNK_ROWS * INT_FIELDS)];
  private readonly headers = new SharedList<HeaderInfo>();
  /** The scanner interns stacks and frames: goroutines with the same frames share one array. */
  private readonly stacks = new SharedList<readonly SourceFrame[]>();
  private readonly creatorFrames = new SharedList<SourceFrame>();
  private readonly waitOns: WaitOn[] = [];
  private readonly rares: RareGoroutineParts[] = [];
  /** Per row, the header's label text (Go ≥ 1.27); null until a goroutine has labels (most dumps have none). */
  private labelTexts: (string | undefined)[] | null = null;
  /**
   * Per row, an id past Number.MAX_SAFE_INTEGER, whose double the id column rounds (two nearby ids
   * would read as one goroutine printed twice), and the same for the creator goroutine; null until
   * such an id comes (Go's ids rarely pass 2^53).
   */
  private bigIds: (bigint | undefined)[] | null = null;
  private bigCreators: (bigint | undefined)[] | null = null;
  /** Plain headers of goroutines built elsewhere, one per state: a race report's 10^5 accesses share a few. */
  private readonly plainHeaders = new ContentKeyedMap<HeaderInfo>();
  /**
   * Per row, the argument text per frame of a goroutine blocked long that the scan kept though it
   * keeps no arguments (goroutineBuilder.ts' `wantsArgs`): a deadlock pair's evidence. Null until one.
   */
  private longWaitArgs: Map<number, readonly string[]> | null = null;
  /** `markStacksDistinctByContent` was called. */
  private stacksMarkedDistinct = false;

  get length(): number {
    return this.size;
  }

  /**
   * The interner whose ids `add` was given as `internedStack` (the scanner's FrameInterner) gave no
   * one frame's content two ids: its distinct stacks differ in their frames. Called once every row is added.
   */
  markStacksDistinctByContent(): void {
    this.stacksMarkedDistinct = true;
  }

  /**
   * Whether no two of the rows' stacks (`stackIndex`) have the same frames: each came with its id of
   * an interner said to give two ids to no one content. Grouping then takes a stack's index for its
   * content, and hashes no frame.
   */
  get stacksDistinctByContent(): boolean {
    return this.stacksMarkedDistinct && this.stacks.allNumbered;
  }

  /**
   * Adds a goroutine. `internedStack`: the id the scanner's interner gave `frames` (FrameInterner
   * `stackIdOfIds`), by which the stack is found again; -1 when there is none. A table's stacks come
   * all with their ids or all without: a stack added both ways would be listed twice.
   */
  add(
    id: GoroutineId, header: HeaderInfo, frames: readonly SourceFrame[], createdBy: SourceFrame | null,
    creatorGoroutine: GoroutineId | null, waitOn: WaitOn | null, startLine: number, endLine: number, rare: RareGoroutineParts | null,
    labelsText: string | null = null, internedStack = -1,
  ): void {
    const i = this.size++;
    const chunk = i >>> CHUNK_SHIFT;
    if (chunk === this.intChunks.length || (chunk === 0 && i * INT_FIELDS === this.intChunks[0].length)) this.makeRoom(chunk);
    const numbers = this.numberChunks[chunk];
    const ints = this.intChunks[chunk];
    const n = (i & ROW_MASK) * NUMBER_FIELDS;
    const at = (i & ROW_MASK) * INT_FIELDS;
    if (typeof id === 'number') numbers[n + ID] = id;
    else { numbers[n + ID] = Number(id); (this.bigIds ??= [])[i] = id; }
    if (typeof creatorGoroutine !== 'bigint') numbers[n + CREATOR] = creatorGoroutine ?? NaN;
    else { numbers[n + CREATOR] = Number(creatorGoroutine); (this.bigCreators ??= [])[i] = creatorGoroutine; }
    // A row taken again after `remove` forgets the big ids of the row it replaces.
    if (this.bigIds !== null && typeof id === 'number' && i < this.bigIds.length) this.bigIds[i] = undefined;
    if (this.bigCreators !== null && typeof creatorGoroutine !== 'bigint' && i < this.bigCreators.length) this.bigCreators[i] = undefined;
    ints[at + HEADER] = this.headers.index(header);
    ints[at + STACK] = internedStack >= 0 ? this.stacks.indexByNumber(frames, internedStack) : this.stacks.index(frames);
    ints[at + CREATED_BY] = createdBy ? this.creatorFrames.index(createdBy) : NONE;
    ints[at + WAIT_ON] = waitOn ? this.waitOns.push(waitOn) - 1 : NONE;
    ints[at + RARE] = rare ? this.rares.push(rare) - 1 : NONE;
    if (labelsText !== null) (this.labelTexts ??= [])[i] = labelsText;
    else if (this.labelTexts !== null && i < this.labelTexts.length) this.labelTexts[i] = undefined;
    ints[at + START_LINE] = startLine;
    ints[at + END_LINE] = endLine;
  }

  /**
   * Forgets goroutines [from, from + count): the first ones when a later dump in the same text starts
   * after them, or one whose stack is printed again. Shared lists and rare parts stay, so the
   * indexes of the goroutines kept stay valid.
   */
  remove(from: number, count: number): void {
    for (let to = from, row = from + count; row < this.size; to++, row++) this.moveRow(row, to);
    this.labelTexts?.splice(from, count);
    this.bigIds?.splice(from, count);
    this.bigCreators?.splice(from, count);
    if (this.longWaitArgs !== null) this.longWaitArgs = movedKeys(this.longWaitArgs, from, count);
    this.size -= count;
  }

  /** A new table with rows [from, to) of this one, leaving out the rows in `skip`. */
  copyRows(from: number, to: number, skip: ReadonlySet<number>): GoroutineTable {
    const copy = new GoroutineTable();
    for (let i = from; i < to; i++) {
      if (skip.has(i)) continue;
      copy.add(this.exactId(i), this.header(i), this.frames(i), this.createdBy(i), this.creatorGoroutine(i), this.waitOn(i),
        this.startLine(i), this.endLine(i), this.rare(i), this.labelsText(i));
      const args = this.longWaitArgs?.get(i);
      if (args !== undefined) copy.setLongWaitArgs(copy.length - 1, args);
    }
    return copy;
  }

  /** A goroutine built elsewhere (race detector reports): taken apart into the columns. */
  addGoroutine(g: Goroutine): void {
    const header = this.headerOf(g);
    const callers = g.creatorCallers ?? NO_FRAMES;
    const rare = g.args !== null || g.framesElided || g.stackUnavailable || g.ancestors.length > 0 || g.cut || callers.length > 0
      ? { args: g.args, framesElided: g.framesElided, stackUnavailable: g.stackUnavailable, ancestors: g.ancestors, cut: g.cut, ...(callers.length > 0 ? { creatorCallers: callers } : {}) }
      : null;
    this.add(g.id, header, g.frames, g.createdBy, g.creatorGoroutine, g.waitOn, g.lines.start, g.lines.end, rare,
      g.labels === null ? null : labelsTextOf(g.labels));
  }

  private headerOf(g: Goroutine): HeaderInfo {
    if (g.waitMinutes === null && !g.lockedToThread && !g.leaked && !g.synctest) return this.plainHeader(g.state);
    return { state: g.state, waitMinutes: g.waitMinutes, lockedToThread: g.lockedToThread, leaked: g.leaked, synctest: g.synctest };
  }

  /** The header of `state` alone (no minutes, no flags), one per state. */
  plainHeader(state: string): HeaderInfo {
    let header = this.plainHeaders.get(state);
    if (header === undefined) {
      header = { state, waitMinutes: null, lockedToThread: false, leaked: false, synctest: false };
      this.plainHeaders.set(state, header);
    }
    return header;
  }

  get(index: number): Goroutine {
    if (!(index >= 0 && index < this.size)) throw new RangeError(`goroutine index ${index} out of range (0–${this.size - 1})`);
    return new GoroutineRecord(this, index);
  }

  *[Symbol.iterator](): Iterator<Goroutine> {
    for (let i = 0; i < this.size; i++) yield new GoroutineRecord(this, i);
  }

  /** The goroutines as plain records, so JSON output lists them as before. */
  toJSON(): Goroutine[] {
    const all: Goroutine[] = [];
    for (let i = 0; i < this.size; i++) all.push(new GoroutineRecord(this, i).toJSON());
    return all;
  }

  /** `goroutines` as a table: itself when it is one (the scanner's), else a copy. */
  static of(goroutines: GoroutineList): GoroutineTable {
    if (goroutines instanceof GoroutineTable) return goroutines;
    const table = new GoroutineTable();
    for (let i = 0; i < goroutines.length; i++) table.addGoroutine(goroutines.get(i));
    return table;
  }

  // What a row shares with others, as indexes into the shared lists: rows with the same indexes
  // have the same header, stack and creator, so work done per distinct item (grouping) is done once.
  headerIndex(i: number): number { return this.int(i, HEADER); }
  stackIndex(i: number): number { return this.int(i, STACK); }
  /** -1 when the dump names no creator. */
  creatorIndex(i: number): number { return this.int(i, CREATED_BY); }
  /** How many distinct creators the rows refer to (creatorIndex is below it). */
  get creatorCount(): number { return this.creatorFrames.items.length; }
  /** How many distinct stacks the rows refer to (stackIndex is below it). */
  get stackCount(): number { return this.stacks.items.length; }
  headerAt(index: number): HeaderInfo { return this.headers.items[index]; }
  /** Every header the rows share (a dump has few). */
  get sharedHeaders(): readonly HeaderInfo[] { return this.headers.items; }
  /** Whether any row has rare parts. */
  get hasAnyRareParts(): boolean { return this.rares.length > 0; }
  /** The rows' ids, in row order, in one array. */
  ids(): Float64Array {
    const ids = new Float64Array(this.size);
    for (let chunk = 0, row = 0; row < this.size; chunk++) {
      const numbers = this.numberChunks[chunk];
      const rows = Math.min(ROWS_PER_CHUNK, this.size - row);
      for (let i = 0; i < rows; i++) ids[row + i] = numbers[i * NUMBER_FIELDS + ID];
      row += rows;
    }
    return ids;
  }
  /** Whether the row has any of the fields only unusual goroutines set (`rare`). */
  hasRareParts(i: number): boolean { return this.int(i, RARE) !== NONE; }

  /** Row i's id as a double: rounded past Number.MAX_SAFE_INTEGER (`exactId` is the id itself). */
  id(i: number): number { return this.numberChunks[i >>> CHUNK_SHIFT][(i & ROW_MASK) * NUMBER_FIELDS + ID]; }
  /** Row i's id, exact: a bigint past Number.MAX_SAFE_INTEGER. */
  exactId(i: number): GoroutineId { return this.bigIds?.[i] ?? this.id(i); }
  /** Row i's id when it is past Number.MAX_SAFE_INTEGER, else undefined. */
  bigId(i: number): bigint | undefined { return this.bigIds?.[i]; }
  /** Rows a and b name the same goroutine id, exactly: ids past 2^53 that round alike are told apart. */
  sameId(a: number, b: number): boolean {
    return this.id(a) === this.id(b) && (this.bigIds === null || this.bigIds[a] === this.bigIds[b]);
  }
  header(i: number): HeaderInfo { return this.headers.items[this.int(i, HEADER)]; }
  frames(i: number): readonly SourceFrame[] { return this.stacks.items[this.int(i, STACK)]; }
  /** The stack whose index (`stackIndex`) is `index`. */
  stackAt(index: number): readonly SourceFrame[] { return this.stacks.items[index]; }
  createdBy(i: number): SourceFrame | null {
    const index = this.int(i, CREATED_BY);
    return index === NONE ? null : this.creatorFrames.items[index];
  }
  creatorGoroutine(i: number): GoroutineId | null {
    const creator = this.numberChunks[i >>> CHUNK_SHIFT][(i & ROW_MASK) * NUMBER_FIELDS + CREATOR];
    return Number.isNaN(creator) ? null : this.bigCreators?.[i] ?? creator;
  }
  waitOn(i: number): WaitOn | null {
    const index = this.int(i, WAIT_ON);
    return index === NONE ? null : this.waitOns[index];
  }
  setLongWaitArgs(i: number, args: readonly string[]): void {
    (this.longWaitArgs ??= new Map()).set(i, args);
  }

  /** The row's arguments per frame: kept by the scan (`rare`), or for a long wait (`setLongWaitArgs`); else null. */
  argsOf(i: number): readonly string[] | null {
    return this.rare(i)?.args ?? this.longWaitArgs?.get(i) ?? null;
  }

  rare(i: number): RareGoroutineParts | null {
    const index = this.int(i, RARE);
    return index === NONE ? null : this.rares[index];
  }
  startLine(i: number): number { return this.int(i, START_LINE); }
  /** Marks the goroutine at row i as cut short by the end of the text. */
  markCut(i: number): void {
    const rare = this.rare(i);
    this.intChunks[i >>> CHUNK_SHIFT][(i & ROW_MASK) * INT_FIELDS + RARE] =
      this.rares.push({ args: null, framesElided: false, stackUnavailable: false, ancestors: NO_ANCESTORS, ...rare, cut: true }) - 1;
  }
  /** The labels' text as the header printed it (Go ≥ 1.27), or null. */
  labelsText(i: number): string | null { return this.labelTexts?.[i] ?? null; }
  /** Parsed from the text on each call: labels are rare and read once, by grouping. */
  labels(i: number): Record<string, string> | null {
    const text = this.labelsText(i);
    return text === null ? null : parseHeaderLabels(text);
  }
  endLine(i: number): number { return this.int(i, END_LINE); }

  private int(i: number, field: number): number {
    return this.intChunks[i >>> CHUNK_SHIFT][(i & ROW_MASK) * INT_FIELDS + field];
  }

  /** Room for row chunk × ROWS_PER_CHUNK + …: the first chunk doubles up to full size, later chunks come whole. */
  private makeRoom(chunk: number): void {
    if (chunk > 0) {
      this.numberChunks.push(new Float64Array(ROWS_PER_CHUNK * NUMBER_FIELDS));
      this.intChunks.push(new Int32Array(ROWS_PER_CHUNK * INT_FIELDS));
      return;
    }
    const rows = Math.min(ROWS_PER_CHUNK, (this.intChunks[0].length / INT_FIELDS) * 2);
    const numbers = new Float64Array(rows * NUMBER_FIELDS);
    numbers.set(this.numberChunks[0]);
    this.numberChunks[0] = numbers;
    const ints = new Int32Array(rows * INT_FIELDS);
    ints.set(this.intChunks[0]);
    this.intChunks[0] = ints;
  }

  private moveRow(from: number, to: number): void {
    const fromNumbers = this.numberChunks[from >>> CHUNK_SHIFT];
    const toNumbers = this.numberChunks[to >>> CHUNK_SHIFT];
    const fromInts = this.intChunks[from >>> CHUNK_SHIFT];
    const toInts = this.intChunks[to >>> CHUNK_SHIFT];
    const f = from & ROW_MASK;
    const t = to & ROW_MASK;
    for (let k = 0; k < NUMBER_FIELDS; k++) toNumbers[t * NUMBER_FIELDS + k] = fromNumbers[f * NUMBER_FIELDS + k];
    for (let k = 0; k < INT_FIELDS; k++) toInts[t * INT_FIELDS + k] = fromInts[f * INT_FIELDS + k];
  }
}

/** One goroutine of a table, read from its columns when asked. */
class GoroutineRecord implements Goroutine {
  constructor(private readonly table: GoroutineTable, private readonly index: number) {}

  get id(): GoroutineId { return this.table.exactId(this.index); }
  get state(): string { return this.table.header(this.index).state; }
  get waitMinutes(): number | null { return this.table.header(this.index).waitMinutes; }
  get lockedToThread(): boolean { return this.table.header(this.index).lockedToThread; }
  get leaked(): boolean { return this.table.header(this.index).leaked; }
  get synctest(): boolean { return this.table.header(this.index).synctest; }
  get labels(): Readonly<Record<string, string>> | null { return this.table.labels(this.index); }
  get frames(): readonly SourceFrame[] { return this.table.frames(this.index); }
  get args(): readonly string[] | null { return this.table.rare(this.index)?.args ?? null; }
  get createdBy(): SourceFrame | null { return this.table.createdBy(this.index); }
  get creatorGoroutine(): GoroutineId | null { return this.table.creatorGoroutine(this.index); }
  get framesElided(): boolean { return this.table.rare(this.index)?.framesElided ?? false; }
  get stackUnavailable(): boolean { return this.table.rare(this.index)?.stackUnavailable ?? false; }
  get cut(): boolean { return this.table.rare(this.index)?.cut ?? false; }
  get ancestors(): readonly AncestorStack[] { return this.table.rare(this.index)?.ancestors ?? NO_ANCESTORS; }
  get creatorCallers(): readonly SourceFrame[] | undefined { return this.table.rare(this.index)?.creatorCallers; }
  get waitOn(): WaitOn | null { return this.table.waitOn(this.index); }
  get lines(): LineRange { return { start: this.table.startLine(this.index), end: this.table.endLine(this.index) }; }

  /** The plain Goroutine, field for field (and in the order the scanner used to build them). */
  toJSON(): Goroutine {
    return {
      id: this.id, state: this.state, waitMinutes: this.waitMinutes, lockedToThread: this.lockedToThread,
      leaked: this.leaked, synctest: this.synctest, frames: this.frames, args: this.args,
      createdBy: this.createdBy, creatorGoroutine: this.creatorGoroutine, framesElided: this.framesElided,
      stackUnavailable: this.stackUnavailable, cut: this.cut, ancestors: this.ancestors, waitOn: this.waitOn, lines: this.lines,
      labels: this.labels,
      ...(this.creatorCallers !== undefined ? { creatorCallers: this.creatorCallers } : {}),
    };
  }
}

/** Labels in the form a header prints them, for goroutines built elsewhere. */
function labelsTextOf(labels: Readonly<Record<string, string>>): string {
  return Object.entries(labels).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ');
}

/** `byRow` with the rows [from, from + count) removed and the rows after them moved up by `count`. */
function movedKeys<T>(byRow: ReadonlyMap<number, T>, from: number, count: number): Map<number, T> {
  const moved = new Map<number, T>();
  for (const [row, value] of byRow) {
    if (row < from) moved.set(row, value);
    else if (row >= from + count) moved.set(row - count, value);
  }
  return moved;
}
