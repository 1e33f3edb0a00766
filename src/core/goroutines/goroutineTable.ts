// The goroutines of a dump, stored column-wise. A dump holds 18,000 goroutines in the story and
// 200,000 in an unbounded runtime.Stack; one object per goroutine that lives as long as the dump
// makes V8 grow its young generation while they survive, which cost more memory than the dump's
// text (issue 4's target: peak memory under 2× the input). Here a goroutine is ~44 bytes in typed
// arrays plus indexes into shared lists (header brackets, interned stacks and creators), and
// `get(i)` makes a short-lived record on demand.
import type { AncestorStack, Goroutine, GoroutineList, LineRange, SourceFrame, WaitOn } from './model';
import { parseHeaderLabels } from './lineParsers';

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
}

const NO_ANCESTORS: readonly AncestorStack[] = Object.freeze([]);
const NONE = -1;
const INITIAL_CAPACITY = 256;

/** Objects shared by many goroutines, each stored once and referred to by index. */
class SharedList<T extends object> {
  readonly items: T[] = [];
  private readonly indexOf = new Map<T, number>();

  index(item: T): number {
    let index = this.indexOf.get(item);
    if (index === undefined) { index = this.items.length; this.items.push(item); this.indexOf.set(item, index); }
    return index;
  }
}

export class GoroutineTable implements GoroutineList {
  private size = 0;
  private ids = new Float64Array(INITIAL_CAPACITY);
  /** NaN when the dump names no creator goroutine. */
  private creators = new Float64Array(INITIAL_CAPACITY);
  private headerIndexes = new Int32Array(INITIAL_CAPACITY);
  private stackIndexes = new Int32Array(INITIAL_CAPACITY);
  private createdByIndexes = new Int32Array(INITIAL_CAPACITY);
  private waitOnIndexes = new Int32Array(INITIAL_CAPACITY);
  private rareIndexes = new Int32Array(INITIAL_CAPACITY);
  private startLines = new Int32Array(INITIAL_CAPACITY);
  private endLines = new Int32Array(INITIAL_CAPACITY);
  private readonly headers = new SharedList<HeaderInfo>();
  /** The scanner interns stacks and frames: goroutines with the same frames share one array. */
  private readonly stacks = new SharedList<readonly SourceFrame[]>();
  private readonly creatorFrames = new SharedList<SourceFrame>();
  private readonly waitOns: WaitOn[] = [];
  private readonly rares: RareGoroutineParts[] = [];
  /** Per row, the header's label text (Go ≥ 1.27); null until a goroutine has labels (most dumps have none). */
  private labelTexts: (string | undefined)[] | null = null;

  get length(): number {
    return this.size;
  }

  add(
    id: number, header: HeaderInfo, frames: readonly SourceFrame[], createdBy: SourceFrame | null,
    creatorGoroutine: number | null, waitOn: WaitOn | null, startLine: number, endLine: number, rare: RareGoroutineParts | null,
    labelsText: string | null = null,
  ): void {
    if (this.size === this.ids.length) this.grow();
    const i = this.size++;
    this.ids[i] = id;
    this.creators[i] = creatorGoroutine ?? NaN;
    this.headerIndexes[i] = this.headers.index(header);
    this.stackIndexes[i] = this.stacks.index(frames);
    this.createdByIndexes[i] = createdBy ? this.creatorFrames.index(createdBy) : NONE;
    this.waitOnIndexes[i] = waitOn ? this.waitOns.push(waitOn) - 1 : NONE;
    this.rareIndexes[i] = rare ? this.rares.push(rare) - 1 : NONE;
    if (labelsText !== null) (this.labelTexts ??= [])[i] = labelsText;
    else if (this.labelTexts !== null && i < this.labelTexts.length) this.labelTexts[i] = undefined;
    this.startLines[i] = startLine;
    this.endLines[i] = endLine;
  }

  /**
   * Forgets goroutines [from, from + count): the first ones when a later dump in the same text starts
   * after them, or one whose stack is printed again. Shared lists and rare parts stay, so the
   * indexes of the goroutines kept stay valid.
   */
  remove(from: number, count: number): void {
    for (const column of [this.ids, this.creators, this.headerIndexes, this.stackIndexes, this.createdByIndexes,
      this.waitOnIndexes, this.rareIndexes, this.startLines, this.endLines]) column.copyWithin(from, from + count, this.size);
    this.labelTexts?.splice(from, count);
    this.size -= count;
  }

  /** A new table with rows [from, to) of this one, leaving out the rows in `skip`. */
  copyRows(from: number, to: number, skip: ReadonlySet<number>): GoroutineTable {
    const copy = new GoroutineTable();
    for (let i = from; i < to; i++) {
      if (skip.has(i)) continue;
      copy.add(this.ids[i], this.header(i), this.frames(i), this.createdBy(i), this.creatorGoroutine(i), this.waitOn(i),
        this.startLines[i], this.endLines[i], this.rare(i), this.labelsText(i));
    }
    return copy;
  }

  /** A goroutine built elsewhere (race detector reports): taken apart into the columns. */
  addGoroutine(g: Goroutine): void {
    const header: HeaderInfo = { state: g.state, waitMinutes: g.waitMinutes, lockedToThread: g.lockedToThread, leaked: g.leaked, synctest: g.synctest };
    const rare = g.args !== null || g.framesElided || g.stackUnavailable || g.ancestors.length > 0 || g.cut
      ? { args: g.args, framesElided: g.framesElided, stackUnavailable: g.stackUnavailable, ancestors: g.ancestors, cut: g.cut }
      : null;
    this.add(g.id, header, g.frames, g.createdBy, g.creatorGoroutine, g.waitOn, g.lines.start, g.lines.end, rare,
      g.labels === null ? null : labelsTextOf(g.labels));
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

  id(i: number): number { return this.ids[i]; }
  header(i: number): HeaderInfo { return this.headers.items[this.headerIndexes[i]]; }
  frames(i: number): readonly SourceFrame[] { return this.stacks.items[this.stackIndexes[i]]; }
  createdBy(i: number): SourceFrame | null {
    const index = this.createdByIndexes[i];
    return index === NONE ? null : this.creatorFrames.items[index];
  }
  creatorGoroutine(i: number): number | null {
    const creator = this.creators[i];
    return Number.isNaN(creator) ? null : creator;
  }
  waitOn(i: number): WaitOn | null {
    const index = this.waitOnIndexes[i];
    return index === NONE ? null : this.waitOns[index];
  }
  rare(i: number): RareGoroutineParts | null {
    const index = this.rareIndexes[i];
    return index === NONE ? null : this.rares[index];
  }
  startLine(i: number): number { return this.startLines[i]; }
  /** Marks the goroutine at row i as cut short by the end of the text. */
  markCut(i: number): void {
    const rare = this.rare(i);
    this.rareIndexes[i] = this.rares.push({ args: null, framesElided: false, stackUnavailable: false, ancestors: NO_ANCESTORS, ...rare, cut: true }) - 1;
  }
  /** The labels' text as the header printed it (Go ≥ 1.27), or null. */
  labelsText(i: number): string | null { return this.labelTexts?.[i] ?? null; }
  /** Parsed from the text on each call: labels are rare and read once, by grouping. */
  labels(i: number): Record<string, string> | null {
    const text = this.labelsText(i);
    return text === null ? null : parseHeaderLabels(text);
  }
  endLine(i: number): number { return this.endLines[i]; }

  /** ×1.5: untouched pages of a large typed array cost no memory, but each copy briefly doubles the columns. */
  private grow(): void {
    const capacity = Math.ceil(this.ids.length * 1.5);
    const grown = <A extends Float64Array | Int32Array>(from: A, make: (n: number) => A): A => {
      const to = make(capacity);
      to.set(from);
      return to;
    };
    this.ids = grown(this.ids, n => new Float64Array(n));
    this.creators = grown(this.creators, n => new Float64Array(n));
    this.headerIndexes = grown(this.headerIndexes, n => new Int32Array(n));
    this.stackIndexes = grown(this.stackIndexes, n => new Int32Array(n));
    this.createdByIndexes = grown(this.createdByIndexes, n => new Int32Array(n));
    this.waitOnIndexes = grown(this.waitOnIndexes, n => new Int32Array(n));
    this.rareIndexes = grown(this.rareIndexes, n => new Int32Array(n));
    this.startLines = grown(this.startLines, n => new Int32Array(n));
    this.endLines = grown(this.endLines, n => new Int32Array(n));
  }
}

/** One goroutine of a table, read from its columns when asked. */
class GoroutineRecord implements Goroutine {
  constructor(private readonly table: GoroutineTable, private readonly index: number) {}

  get id(): number { return this.table.id(this.index); }
  get state(): string { return this.table.header(this.index).state; }
  get waitMinutes(): number | null { return this.table.header(this.index).waitMinutes; }
  get lockedToThread(): boolean { return this.table.header(this.index).lockedToThread; }
  get leaked(): boolean { return this.table.header(this.index).leaked; }
  get synctest(): boolean { return this.table.header(this.index).synctest; }
  get labels(): Readonly<Record<string, string>> | null { return this.table.labels(this.index); }
  get frames(): readonly SourceFrame[] { return this.table.frames(this.index); }
  get args(): readonly string[] | null { return this.table.rare(this.index)?.args ?? null; }
  get createdBy(): SourceFrame | null { return this.table.createdBy(this.index); }
  get creatorGoroutine(): number | null { return this.table.creatorGoroutine(this.index); }
  get framesElided(): boolean { return this.table.rare(this.index)?.framesElided ?? false; }
  get stackUnavailable(): boolean { return this.table.rare(this.index)?.stackUnavailable ?? false; }
  get cut(): boolean { return this.table.rare(this.index)?.cut ?? false; }
  get ancestors(): readonly AncestorStack[] { return this.table.rare(this.index)?.ancestors ?? NO_ANCESTORS; }
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
    };
  }
}

/** Labels in the form a header prints them, for goroutines built elsewhere. */
function labelsTextOf(labels: Readonly<Record<string, string>>): string {
  return Object.entries(labels).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ');
}
