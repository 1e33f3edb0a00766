// What a plain stack line means on the byte path (scanner.ts's fast path): the interned `file:line`
// when it reads as a location line, the interned function when it reads as a call line, the row of
// stackLineKinds.ts and its match for the other kinds of stack line (`created by`…). Stacks repeat, so a line text seen twice is remembered: most lines of a big dump are found
// by one comparison with the line that followed the previous one last time, or else by one hash,
// and names already seen are found by a hash of their bytes without building a string.
import { decodeLineEscapingBytes } from '../byteEscapes';
import { MAX_FUNC_NAME_CHARS, type FrameInterner, type FuncId } from './frameInterner';
import { ByteKeyIds, ByteKeyTable } from './byteKeyTable';
import { PathLineIds } from './pathLineIds';
import { parseLocationBytes, type ByteLocation } from './byteLineParsers';
import { callOpenParenOnBytes } from './callShapes';
import { NO_STACK_KIND, stackKindOnBytes } from './stackLineKinds';
import { SAMPLE_EVERY, UNSEEN_RUN_BEFORE_SAMPLING } from './unrepeatedRun';

/** See `LineMeanings.read`. */
export interface LineMeaning {
  /** The interned `file:line` when the line reads as a location line, else -1. */
  locationId: number;
  /** The function when the line reads as a call line, else null. */
  func: FuncId | null;
  /** Argument text, kept only when needed (keepArgs, or a frame whose first argument is waited on). */
  args: string;
  /** The line's row of the stack line kinds (stackLineKinds.ts), STACK_KIND_AS_TEXT, or NO_STACK_KIND. */
  stackKind: number;
  /** The row's match on the bytes, for its effect. */
  stackKindMatch: unknown;
  /** A location line with ` +0x…` after `file:line`. */
  hasOffset: boolean;
}

// Distinct line texts remembered (keys ~80 bytes each).
const LINE_MEMO_MAX_ENTRIES = 1 << 16;
// Lines longer than this are parsed each time they come, never hashed whole or remembered: Go's are
// a few hundred bytes, and a line of megabytes (a crafted name) costs less to parse than to keep.
const MAX_REMEMBERED_LINE_BYTES = 4096;
// Slots of the filter of line hashes seen once (4 bytes each).
const SEEN_ONCE_SLOTS = 1 << 16;
// Texts up to this many bytes are made from their codes when ASCII (far below the arguments' limit of a call).
const MAX_CODES_DECODED = 256;

// Paths past the first 2^23 go to the byte table (pathLineIds.ts keys path and line in one double).
const MAX_NUMBERED_PATHS = 2 ** 23;

const DIGIT_0 = 0x30;

export class LineMeanings {
  // Byte-keyed views of the interner, so repeated names cost a hash and no string.
  private readonly funcsByBytes = new ByteKeyIds();
  private readonly locationsByBytes = new ByteKeyIds();
  /** Each distinct path's text, by the id `pathsByBytes` gives it. */
  private readonly paths: string[] = [];
  private readonly pathsByBytes = new ByteKeyIds();
  /**
   * The path last found, tried first: the frames of a stack read in a row mostly share their file
   * (a stack of 10^6 distinct lines of one file, a race report's accesses), and a comparison of its
   * bytes costs less than hashing them and a probe of the table. Its id is its entry in `pathsByBytes`.
   */
  private lastPath = -1;
  /** Path id and line number → location id, for the lines whose digits are the number as printed. */
  private readonly locationsByPathLine = new PathLineIds();
  private readonly meaningsByLine = new ByteKeyTable<LineMeaning>();
  /**
   * Hashes of lines parsed once, direct-mapped: a line enters the memo on its second sighting. In a
   * debug=2 dump 99 % of distinct lines carry pointer arguments and never repeat (11,832 of 11,945 in
   * the 7.9 MB bench dump); remembering them cost more memory than the whole goroutine model.
   */
  private readonly seenOnce = new Int32Array(SEEN_ONCE_SLOTS);
  /**
   * Per remembered line, the remembered line that followed it last time, or -1. Stacks repeat in
   * the same order, so the next line is usually the one that followed before: one comparison, no hash.
   */
  private readonly nextLineEntry: number[] = [];
  /** The remembered line read saw last, or -1. */
  private previousLineEntry = -1;
  /**
   * Lines looked up in a row that were neither remembered nor seen once before: past a long run, one
   * line in SAMPLE_EVERY is looked up (unrepeatedRun.ts). Counted here, not by calls to an object of
   * its own: a call per line cost the 8.3 MB bench dump's cold CLI 1.2 % of its instructions.
   */
  private unseenRun = 0;
  /** Lines not looked up since the last one that was, in such a run. */
  private skippedInRun = 0;
  /** read's result for a line not remembered: read at once by the caller, so one object serves all. */
  private readonly transientMeaning: LineMeaning = { locationId: -1, func: null, args: '', stackKind: NO_STACK_KIND, stackKindMatch: null, hasOffset: false };
  private readonly byteLocation: ByteLocation = { pathEnd: 0, locationEnd: 0, line: 0 };
  /**
   * Per length, a list of that many character codes, for a short ASCII text being made (`decode`):
   * one list whose length was set for each text cost a trim or a growth of its store each time the
   * length changed (a stack of 10^6 distinct names: every other name).
   */
  private readonly codesOfLength: (number[] | undefined)[] = [];

  constructor(private readonly interner: FrameInterner, private readonly keepArgs: boolean) {}

  /** What the (trimmed) line bytes[s, end) would be as a location, and as a call or another kind of stack line. */
  read(bytes: Uint8Array, s: number, end: number): LineMeaning {
    const memo = this.meaningsByLine;
    const previous = this.previousLineEntry;
    const short = end - s <= MAX_REMEMBERED_LINE_BYTES;
    const guess = previous < 0 || !short ? -1 : this.nextLineEntry[previous];
    // A guess follows a line found or remembered, which ended any run of new lines: nothing to count.
    if (guess >= 0 && memo.keyIs(guess, bytes, s, end)) {
      this.previousLineEntry = guess;
      return memo.valueAt(guess);
    }
    const lookUp = short && (this.unseenRun < UNSEEN_RUN_BEFORE_SAMPLING || this.sampledInRun());
    const hash = lookUp ? memo.hash(bytes, s, end) : 0;
    const found = lookUp ? memo.find(bytes, s, end, hash) : -1;
    if (found >= 0) {
      this.unseenRun = 0;
      if (previous >= 0) this.nextLineEntry[previous] = found;
      this.previousLineEntry = found;
      return memo.valueAt(found);
    }
    let meaning: LineMeaning;
    // Past the memo's cap a line not found is as new to it as one never seen.
    const remember = lookUp && this.meaningsByLine.size < LINE_MEMO_MAX_ENTRIES && this.seenBefore(hash);
    if (remember) this.unseenRun = 0;
    else if (lookUp) this.unseenRun++;
    if (remember) meaning = { locationId: -1, func: null, args: '', stackKind: NO_STACK_KIND, stackKindMatch: null, hasOffset: false };
    else {
      meaning = this.transientMeaning;
      meaning.locationId = -1; meaning.func = null; meaning.args = ''; meaning.stackKindMatch = null;
      meaning.hasOffset = false;
    }
    const location = this.byteLocation;
    // A call line ends with ')', a location line never does: no location to look for in most call lines.
    if (bytes[end - 1] !== 0x29 /* ) */ && parseLocationBytes(bytes, s, end, location)) {
      meaning.locationId = this.location(bytes, s, location);
      meaning.hasOffset = location.locationEnd < end;
    }
    const first = bytes[s];
    meaning.stackKind = stackKindOnBytes(bytes, s, end, this, meaning);
    // A row's line (stackLineKinds.ts) is no call.
    if (meaning.stackKind === NO_STACK_KIND && first !== 0x2e /* . */ && first !== 0x5b /* [ */) {
      // No call's name starts with `[`; one behind a relative directory (`../x/pkg.F`) is read on the text path.
      const open = callOpenParenOnBytes(bytes, s, end);
      if (open >= 0) {
        const func = this.func(bytes, s, open);
        meaning.func = func;
        if (this.keepArgs || this.interner.waitSpecOf(func)) meaning.args = this.decode(bytes, open + 1, end - 1);
      }
    }
    // A line seen for the first time, or past the cap, is parsed and not remembered.
    if (remember) {
      const entry = memo.set(bytes, s, end, hash, meaning);
      this.nextLineEntry[entry] = -1;
      if (previous >= 0) this.nextLineEntry[previous] = entry;
      this.previousLineEntry = entry;
    } else this.previousLineEntry = -1;
    return meaning;
  }

  /** The argument text of the call line bytes[s, end) (`f(…)`), which `read` keeps only for the frames that name what they wait on; '' for none. */
  argsOf(bytes: Uint8Array, s: number, end: number): string {
    const open = callOpenParenOnBytes(bytes, s, end);
    return open < 0 ? '' : this.decode(bytes, open + 1, end - 1);
  }

  /** In a long run of new lines, whether this one is looked up. */
  private sampledInRun(): boolean {
    if (++this.skippedInRun < SAMPLE_EVERY) return false;
    this.skippedInRun = 0;
    return true;
  }

  /** True when a line with this hash was parsed before (or collides with one); else notes it. */
  private seenBefore(hash: number): boolean {
    const slot = hash & (SEEN_ONCE_SLOTS - 1);
    if (this.seenOnce[slot] === hash) return true;
    this.seenOnce[slot] = hash;
    return false;
  }

  /** The function named bytes[start, end), found by its bytes when seen before (a race report's frames, whose lines it reads itself). */
  func(bytes: Uint8Array, start: number, end: number): FuncId {
    const whole = end;
    // A name past the longest kept is cut on a character's first byte.
    if (end - start > MAX_FUNC_NAME_CHARS) {
      end = start + MAX_FUNC_NAME_CHARS;
      while (end > start && (bytes[end] & 0xc0) === 0x80) end--;
    }
    const hash = this.funcsByBytes.hash(bytes, start, end);
    const id = this.funcsByBytes.get(bytes, start, end, hash);
    if (id >= 0) return id;
    const func = this.interner.funcOfNewBytes(this.decode(bytes, start, end), end < whole);
    this.funcsByBytes.set(bytes, start, end, hash, func);
    return func;
  }

  /** The id of the `file:line` that `parseLocationBytes` found in the line at `s`, found by its bytes when seen before. */
  location(bytes: Uint8Array, s: number, location: ByteLocation): number {
    const digits = location.pathEnd + 1;
    const printed = bytes[digits] !== DIGIT_0 || location.locationEnd === digits + 1;
    // A line number as printed is the number: the location is its path's id and the number, no
    // bytes kept per location and the path decoded once (a stack of 10^6 distinct lines of one file).
    const path = printed ? this.pathId(bytes, s, location.pathEnd) : -1;
    if (path >= 0 && path < MAX_NUMBERED_PATHS) {
      let id = this.locationsByPathLine.get(path, location.line);
      if (id < 0) {
        id = this.interner.locationOfNewBytes(this.paths[path], location.line, null);
        this.locationsByPathLine.set(path, location.line, id);
      }
      return id;
    }
    const hash = this.locationsByBytes.hash(bytes, s, location.locationEnd);
    let id = this.locationsByBytes.get(bytes, s, location.locationEnd, hash);
    if (id < 0) {
      // The path alone is decoded: `path:line` is made from it and the number when a text line needs it,
      // unless the digits are not the number as printed (leading zeros).
      id = this.interner.locationOfNewBytes(this.decode(bytes, s, location.pathEnd), location.line, printed ? null : this.decode(bytes, s, location.locationEnd));
      this.locationsByBytes.set(bytes, s, location.locationEnd, hash, id);
    }
    return id;
  }

  /** The id of the path bytes[start, end), its text decoded when first seen. */
  private pathId(bytes: Uint8Array, start: number, end: number): number {
    if (this.lastPath >= 0 && this.pathsByBytes.keyIs(this.lastPath, bytes, start, end)) return this.lastPath;
    const hash = this.pathsByBytes.hash(bytes, start, end);
    let id = this.pathsByBytes.get(bytes, start, end, hash);
    if (id < 0) {
      id = this.paths.length;
      this.paths.push(this.decode(bytes, start, end));
      this.pathsByBytes.set(bytes, start, end, hash, id);
    }
    this.lastPath = id;
    return id;
  }

  /**
   * The text of bytes[start, end). A short ASCII run (most names and paths) is made from its codes:
   * the decoder's call and the view it reads cost more than the string, once per distinct name (10^6
   * in a stack of distinct frames).
   */
  private decode(bytes: Uint8Array, start: number, end: number): string {
    if (end - start <= MAX_CODES_DECODED) {
      const codes = this.codesOfLength[end - start] ??= new Array<number>(end - start).fill(0);
      let i = start;
      for (; i < end && bytes[i] < 0x80; i++) codes[i - start] = bytes[i];
      if (i === end) return String.fromCharCode.apply(null, codes);
    }
    return decodeLineEscapingBytes(bytes.subarray(start, end));
  }
}
