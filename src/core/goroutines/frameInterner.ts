// Interns frames and whole stacks so 200,000 goroutines with a few hundred distinct stacks cost a
// few hundred arrays, and so grouping can compare small integers instead of strings.

import { NumberKeyMap } from '../numberKeyMap';
import { Float64List, Int32List } from '../typedLists';
import type { SourceFrame } from './model';
import { withoutAutolinkScheme } from './markdownAutolinks';
import { withReceiverStarsRestored } from './markdownEmphasis';
import { detachString } from './textChunks';
import { InternedStacks, type StackMaker } from './internedStacks';
import { waitObjectFuncOf, type WaitObjectFunc } from './waitStates';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';

/**
 * A function of the dump, by its id: its name, its key and what it waits on are columns of the
 * interner (`funcName`, `waitSpecOf`), not an object per function (a stack of 10^6 distinct
 * functions made as many objects for the collector to copy).
 */
export type FuncId = number;

/**
 * The longest function name kept, in characters (in bytes where the scanner reads names on the
 * bytes). Go's names run to a few hundred characters (a generic function's type arguments print as
 * `[...]`); one of megabytes is crafted or junk, and every step after the scan (hashing, grouping,
 * the JSON) would handle it whole. Names past it keep their start, and the dump says so.
 */
export const MAX_FUNC_NAME_CHARS = 16 * 1024;

// Frame ids combine a function id and a location id into one safe integer.
const LOCATION_SPACE = 1 << 24;

/** The id `stackOf` expects for the frame `frame(func, locationId)` returns. */
export function frameKey(func: FuncId, locationId: number): number {
  return func * LOCATION_SPACE + locationId;
}

export class FrameInterner {
  /** `nameCut` is told of each distinct name that was cut to MAX_FUNC_NAME_CHARS. */
  constructor(private readonly nameCut: () => void = () => undefined) {}

  /** Every function's name, by id (`name` may restore what markdown took from the text). */
  private readonly funcNames: string[] = [];
  /** Per function id whose name as the text wrote it (the key it is found by) is not its name, that text. */
  private readonly funcKeys = new Map<FuncId, string>();
  /**
   * Per function id, 1 + the index in `waitSpecs` of what it waits on, or 0 (most functions): read
   * for every frame added to a goroutine, so a typed list, not a map.
   */
  private readonly funcWaitSpecs = new Int32List();
  private readonly waitSpecs: WaitObjectFunc[] = [];
  /**
   * Name → function and `path:line` → location id, for the lines read as text. The byte path finds
   * what it has seen by the bytes (lineMeanings.ts), so what it adds enters these maps only when a
   * line read as text asks (`syncMaps`): a dump read on its bytes alone keeps no entry per name.
   */
  private readonly funcs = new ContentKeyedMap<FuncId>();
  private readonly locations = new ContentKeyedMap<number>();
  private funcsInMap = 0;
  private locationsInMap = 1;
  /**
   * Per location id whose `path:line` text is not its file, `:` and its line number (a line read as
   * text, or digits with leading zeros), that text: the others (the byte path's, most) are made when
   * the map asks for them, not kept for every location.
   */
  private readonly locationTexts = new Map<number, string>([[0, '']]);
  // Per location id, its file's id and its line (two flat lists of numbers, neither an object nor a
  // pointer per location: a dump of one stack 10^6 frames deep has as many locations).
  private readonly locationFiles = listOf(new Int32List(), 0);
  private readonly locationLines = listOf(new Float64List(), 0);
  /** Each distinct path once, by its id: a file's lines share its string. */
  private readonly fileIds = new ContentKeyedMap<number>([['', 0]]);
  private readonly files: string[] = [''];
  /**
   * Per location id, the index in `frames` of its first frame, or -1: a location is almost always
   * one function's, so most frames are found in this list. Frame key (`frameKey`) → index holds
   * only the others (a second function at a location), so a dump of distinct frames keeps no table
   * entry per frame.
   */
  private readonly firstFrameAt = listOf(new Int32List(), -1);
  private readonly frameIndexes = new NumberKeyMap();
  private readonly frames: SourceFrame[] = [];
  private readonly frameKeys = new Float64List();
  /**
   * Frame object → index in `frames`, for the stacks built elsewhere (`frameId`): filled only when
   * one is asked for, up to `frames.length` then, so a dump read on its lines alone (most) never
   * keeps an entry per frame.
   */
  private readonly frameIndexOf = new Map<SourceFrame, number>();
  private framesIndexed = 0;
  private readonly stacks = new InternedStacks();
  /**
   * Whether two frames of one content (function name, file, line) may have been given two ids: a name
   * restored alike from two texts, a scheme taken off a name found by its bytes, a `path:line` text
   * that is not its file and line as printed (leading zeros). Until then, distinct frame ids are
   * distinct frames, and distinct stacks of ids distinct stacks (`framesMayAlias`).
   */
  private aliased = false;

  /** The name of the function `id`. */
  funcName(id: FuncId): string {
    return this.funcNames[id];
  }

  /** Whether two ids may stand for one frame's content; false: the stacks it interned differ in their frames. */
  get framesMayAlias(): boolean {
    return this.aliased;
  }

  /** What the function `id` waits on, when it is one of the runtime's or sync's waits. */
  waitSpecOf(id: FuncId): WaitObjectFunc | undefined {
    const index = this.funcWaitSpecs.at(id);
    return index === 0 ? undefined : this.waitSpecs[index - 1];
  }

  /** `cut`: the caller already cut the name (on its bytes) to the longest kept. */
  func(name: string, cut = false): FuncId {
    this.syncMaps();
    return this.funcEntry(name, cut, true);
  }

  /**
   * A name the byte path decoded from bytes it had not seen: found by its string only among the
   * ones read as text, unless it holds U+FFFD (other bytes, invalid UTF-8, may have made it).
   */
  funcOfNewBytes(name: string, cut: boolean): FuncId {
    if (name.includes('\ufffd')) this.syncMaps();
    return this.funcEntry(name, cut, false);
  }

  /** `mapped`: a text line's name, which may be a slice of its line; else one decoded on its own, kept as it is. */
  private funcEntry(name: string, cut: boolean, mapped: boolean): FuncId {
    let own = !mapped;
    const bare = withoutAutolinkScheme(name);
    // Found by its bytes, a name is not looked up as text: its text with the scheme may have an id already.
    if (bare !== name && !mapped) this.aliased = true;
    name = bare;
    if (name.length > MAX_FUNC_NAME_CHARS) { name = name.slice(0, MAX_FUNC_NAME_CHARS); cut = true; own = false; }
    // A dump read on its bytes alone has no names in the map: no string to hash for a lookup that cannot find.
    let id = this.funcs.size === 0 ? undefined : this.funcs.get(name);
    if (id === undefined) {
      const key = own ? name : detachString(name);
      const restored = withReceiverStarsRestored(key);
      id = this.funcNames.push(restored) - 1;
      if (restored !== key) { this.funcKeys.set(id, key); this.aliased = true; }
      const spec = waitObjectFuncOf(restored);
      this.funcWaitSpecs.push(spec === undefined ? 0 : this.waitSpecs.push(spec));
      if (mapped && this.funcsInMap === id) { this.funcs.set(key, id); this.funcsInMap++; }
      if (cut) this.nameCut();
    }
    return id;
  }

  /** Enters in the string maps what the byte path added since they were last asked. */
  private syncMaps(): void {
    const funcs = this.funcNames;
    for (; this.funcsInMap < funcs.length; this.funcsInMap++) this.funcs.set(this.funcKeys.get(this.funcsInMap) ?? funcs[this.funcsInMap], this.funcsInMap);
    const locations = this.locationFiles.length;
    for (; this.locationsInMap < locations; this.locationsInMap++) this.locations.set(this.locationKey(this.locationsInMap), this.locationsInMap);
  }

  /** `fileAndLine` is the raw `path:line` text, used as the key so no parsing is repeated. */
  location(fileAndLine: string, file: () => string, line: number): number {
    this.syncMaps();
    let id = this.locations.get(fileAndLine);
    if (id === undefined) {
      const key = detachString(fileAndLine);
      id = this.newLocation(file(), line, key);
      if (this.locationsInMap === id) { this.locations.set(key, id); this.locationsInMap++; }
    }
    return id;
  }

  /**
   * A location the byte path decoded from bytes it had not seen (see `funcOfNewBytes`): its path and
   * line, and its `path:line` text when that is not `${path}:${line}` (a line number with leading zeros).
   */
  locationOfNewBytes(path: string, line: number, fileAndLine: string | null): number {
    if (path.includes('\ufffd')) this.syncMaps();
    // No text to hash when no text line put a location in the map.
    const key = this.locations.size === 0 ? null : fileAndLine ?? `${path}:${line}`;
    const id = key === null ? undefined : this.locations.get(key);
    return id ?? this.newLocation(path, line, fileAndLine);
  }

  private newLocation(path: string, line: number, key: string | null): number {
    const id = this.locationFiles.push(this.fileIdOf(path));
    this.locationLines.push(line);
    this.firstFrameAt.push(-1);
    if (key !== null) {
      this.locationTexts.set(id, key);
      if (key !== `${path}:${line}`) this.aliased = true;
    }
    return id;
  }

  private locationKey(id: number): string {
    return this.locationTexts.get(id) ?? `${this.files[this.locationFiles.at(id)]}:${this.locationLines.at(id)}`;
  }

  frame(func: FuncId, locationId: number): SourceFrame {
    const key = frameKey(func, locationId);
    const first = this.firstFrameAt.at(locationId);
    if (first >= 0) {
      if (this.frameKeys.at(first) === key) return this.frames[first];
      const index = this.frameIndexes.get(key);
      if (index !== undefined) return this.frames[index];
      this.frameIndexes.set(key, this.frames.length);
    } else this.firstFrameAt.set(locationId, this.frames.length);
    const frame: SourceFrame = { func: this.funcNames[func], file: this.files[this.locationFiles.at(locationId)], line: smallIntegerAsSmall(this.locationLines.at(locationId)) };
    this.frames.push(frame);
    this.frameKeys.push(key);
    return frame;
  }

  /** The frame whose id (`frameKey`) is `id`, of the function `func`: a stack kept as ids makes its frames by these. */
  frameOfId(func: FuncId, id: number): SourceFrame {
    return this.frame(func, id - frameKey(func, 0));
  }

  /** Interns a frame built elsewhere (debug=1 records, profile.proto samples). */
  adopt(frame: SourceFrame): SourceFrame {
    const func = this.func(frame.func);
    const location = this.location(`${frame.file}:${frame.line}`, () => frame.file, frame.line);
    return this.frame(func, location);
  }

  frameId(frame: SourceFrame): number {
    return this.frameKeys.at(this.indexOfFrame(frame) ?? this.indexOfFrame(this.adopt(frame))!);
  }

  private indexOfFrame(frame: SourceFrame): number | undefined {
    const frames = this.frames;
    for (; this.framesIndexed < frames.length; this.framesIndexed++) this.frameIndexOf.set(frames[this.framesIndexed], this.framesIndexed);
    return this.frameIndexOf.get(frame);
  }

  /** The interned copy of a stack built elsewhere. */
  stack(frames: readonly SourceFrame[]): readonly SourceFrame[] {
    return this.stackOf(frames.map(f => this.frameId(f)), frames);
  }

  /**
   * The interned stack of the first `length` of `frames`, whose frame ids (`frameKey`) are the first
   * `length` of `ids`. Both may be scratch arrays: the frames are copied when the stack is new, unless
   * `owned` (handed over, exactly the stack's).
   */
  stackOf(ids: ArrayLike<number>, frames: readonly SourceFrame[], length = frames.length, owned = false): readonly SourceFrame[] {
    return this.stacks.framesOf(this.stacks.idOf(ids, frames, length, owned));
  }

  /**
   * The id of the interned stack whose frame ids (`frameKey`) are the first `length` of `ids`, its
   * frames asked of `maker` only when it is new (`framesOfStack` gives them; a goroutine table finds
   * the stack by the id).
   */
  stackIdOfIds(ids: ArrayLike<number>, length: number, maker: StackMaker): number {
    return this.stacks.idOfIds(ids, length, maker);
  }

  /** The frames of the interned stack `id`. */
  framesOfStack(id: number): readonly SourceFrame[] {
    return this.stacks.framesOf(id);
  }

  private fileIdOf(path: string): number {
    let id = this.fileIds.get(path);
    if (id === undefined) {
      const file = detachString(path);
      id = this.files.push(file) - 1;
      this.fileIds.set(file, id);
    }
    return id;
  }
}

function listOf<L extends Int32List | Float64List>(list: L, first: number): L {
  list.push(first);
  return list;
}

/**
 * `n`, read from a list of doubles, made a small integer where it is one: V8 then keeps a frame's
 * line in the frame itself, where a double read as it is made the field hold a boxed number, a
 * second object (16 bytes) per frame for the collector.
 */
function smallIntegerAsSmall(n: number): number {
  return n >= 0 && n <= 0x3fffffff && (n | 0) === n ? n | 0 : n;
}
