// Race detector reports (`WARNING: DATA RACE` between `==================` lines). Each access
// section ("Read at 0x… by goroutine 8:", "Previous write at 0x… by main goroutine:") becomes a
// goroutine in state `data race (read)`, `data race (previous write)`…, parked on the raced
// address, so grouping, ranking and "who waits on what" show both sides of a race like any other
// stack. The "Goroutine 8 (running) created at:" sections give those goroutines their creators.

import type { GoroutineId, HeadlessStack, SourceFrame, WaitOn } from './model';
import { goroutineIdOfDigits } from './goroutineIds';
import { frameKey, type FrameInterner, type FuncId } from './frameInterner';
import { FrameScratch, type StackMaker } from './internedStacks';
import type { GoroutineTable, RareGoroutineParts } from './goroutineTable';
import { Float64List, Float64Scratch, Int32List } from '../typedLists';
import { callCutInArguments, parseCallLine, parseLocationLine } from './lineParsers';
import { isWholeCallLine } from './callShapes';
import { NumberKeyMap } from '../numberKeyMap';
import { detachString } from './textChunks';
import { goroutineIdInBytes } from './goroutineIds';
import { ACCESS_CUT_ENDS, ACCESS_HEADER, ACCESS_START, CREATED_AT, parseAccessHeaderBytes, parseCreatorHeaderBytes, type ByteSectionHeader } from './raceSectionLines';
import { asciiBytes, callOpenParen, parseLocationBytes, startsWithBytes, type ByteLocation } from './byteLineParsers';
import { ByteKeyTable, hashBytes } from './byteKeyTable';
import type { LineMeanings } from './lineMeanings';

const COLON = 0x3a;
const SPACE = 0x20;
/** Lines longer than this are read as text: names are cut in characters there (MAX_FUNC_NAME_CHARS), in bytes on the bytes. */
const MAX_BYTE_LINE = 4096;
/** The last letters of ACCESS_CUT_ENDS: a line ending otherwise is not an access line's first part. */
const CUT_END_LAST = new Set(ACCESS_CUT_ENDS.map(ending => ending.charCodeAt(ending.length - 1)));
/** The race detector prints this when a stack could not be recovered. */
const NO_STACK = '[failed to restore the stack]';
const NO_STACK_BYTES = asciiBytes(NO_STACK);
const MAIN_GOROUTINE_ID = 1;
const NO_ANCESTORS: RareGoroutineParts['ancestors'] = Object.freeze([]);

/** The section being read; its frames are the last of the report's (from `firstFrame`). */
interface Section {
  readonly id: GoroutineId;
  /** Lower-case access, e.g. `read`, `previous write`, `atomic write`; '' for a creator section. */
  readonly access: string;
  readonly address: string;
  readonly firstFrame: number;
  readonly startLine: number;
  endLine: number;
  /** The text ends inside this section's stack. */
  cut: boolean;
}

/**
 * The report's accesses, a column each: a report may hold 10^5 of them, each kept until the report
 * ends (an object and a frames array per access lived that long, and the collector copied them).
 */
class AccessColumns {
  private readonly ids = new Float64List();
  /** Access index → its goroutine's id where it passed 2^53 (the column holds it rounded). */
  private readonly bigIds = new Map<number, bigint>();
  /** Interned: a report names a few kinds of access. */
  readonly accesses: string[] = [];
  readonly addresses: string[] = [];
  /** Where each access's frames start in the report's frames; they end where the next one's start. */
  readonly firstFrames = new Int32List();
  readonly startLines = new Int32List();
  readonly endLines = new Int32List();
  /** Access indexes whose section the text's end cut (one at most). */
  readonly cut = new Set<number>();

  get length(): number {
    return this.accesses.length;
  }

  idAt(index: number): GoroutineId {
    return this.bigIds.get(index) ?? this.ids.at(index);
  }

  push(section: Section): void {
    if (section.cut) this.cut.add(this.accesses.length);
    if (typeof section.id === 'bigint') this.bigIds.set(this.accesses.length, section.id);
    this.ids.push(Number(section.id));
    this.accesses.push(section.access);
    this.addresses.push(section.address);
    this.firstFrames.push(section.firstFrame);
    this.startLines.push(section.startLine);
    this.endLines.push(section.endLine);
  }
}

export class RaceReportBuilder implements StackMaker {
  private readonly accesses = new AccessColumns();
  /**
   * Every access's frames one after another, as their functions and their ids (`frameKey`): a
   * stack is interned by its ids, its frame objects made only when it is new (`framesOfIds`).
   */
  private readonly frameFuncs = new Int32List();
  private readonly frameIds = new Float64List();
  /** Where the stack being interned starts in the lists above, for `framesOfIds`. */
  private stackStart = 0;
  private readonly frameScratch = new FrameScratch();
  /** Each access's words once, lower-cased (`Previous write` → `previous write`). */
  private readonly accessWords = new Map<string, string>();
  /** Goroutine id (a dump's to choose) → index into creatorFrames. */
  private readonly creators = new NumberKeyMap();
  /** The same for ids past 2^53, which the number keys would round alike. */
  private readonly bigIdCreators = new Map<bigint, number>();
  private readonly creatorFrames: SourceFrame[] = [];
  /** The creator sections, in text order, for a report cut at its start (whose accesses may be missing). */
  private readonly creatorSections: { id: GoroutineId; createdBy: SourceFrame; start: number; end: number }[] = [];
  private section: Section | null = null;
  private pendingFunc: FuncId | null = null;
  /** A blank line right after a section's header: a double-spaced paste if a call follows. */
  private blankAfterHeader = false;
  private doubleSpaced = false;
  private blankRun = 0;
  /** The first part of an access line broken after its `by` (`Write at 0x… by goroutine`), until the next line tells. */
  private heldAccessStart: { text: string; lineNo: number } | null = null;
  private readonly scratchIds = new Float64Scratch();
  /** Each access's words as the bytes wrote them → lower-cased, as accessWords. */
  private readonly accessWordsByBytes = new ByteKeyTable<string>();
  private readonly byteHeader: ByteSectionHeader = { wordsEnd: 0, addressStart: -1, addressEnd: -1, idStart: -1, idEnd: -1, id: 0 };
  private readonly byteLocation: ByteLocation = { pathEnd: 0, locationEnd: 0, line: 0 };
  private readonly addressDecoder = new TextDecoder();
  /** The character codes of an address being made (`lowerCaseAddress`). */
  private readonly addressCodes: number[] = [];

  /** `meanings` interns the names and locations of the lines read on their bytes (`lineBytes`), as the scanner's own. */
  constructor(private readonly interner: FrameInterner, private readonly internState: (state: string) => string, private readonly meanings: LineMeanings) {}

  /** One trimmed line of the report; false when it is not one the race detector writes. */
  line(text: string, s: number, end: number, lineNo: number): boolean {
    if (s === end) { this.blankLine(lineNo); return true; }
    this.blankRun = 0;
    if (this.blankAfterHeader) {
      this.blankAfterHeader = false;
      if (isWholeCallLine(text, s, end)) this.doubleSpaced = true;
    }
    // Access and creator lines end with `:`, and a broken access line's first part with ACCESS_CUT_ENDS:
    // the regexes run on those alone, not on each of a report's 10^5 frame lines.
    const held = this.heldAccessStart;
    const last = text.charCodeAt(end - 1);
    if (held !== null || last === COLON || CUT_END_LAST.has(last)) {
      let line = text.slice(s, end);
      if (held !== null) {
        this.heldAccessStart = null;
        // `Write at 0x… by goroutine` / `25:`: the access line broken in two.
        if (ACCESS_HEADER.test(`${held.text} ${line}`)) { line = `${held.text} ${line}`; lineNo = held.lineNo; }
      }
      const access = ACCESS_HEADER.exec(line);
      if (access) {
        // A flat copy: a slice would keep its whole line alive as long as the goroutine's wait.
        const address = access[2] === undefined ? '' : detachString(access[2].toLowerCase());
        this.openSection(access[3] !== undefined ? goroutineIdOfDigits(access[3]) : MAIN_GOROUTINE_ID, this.accessWordsOf(access[1]), address, lineNo);
        return true;
      }
      if (ACCESS_CUT_ENDS.some(ending => line.endsWith(ending)) && ACCESS_START.test(line)) {
        this.heldAccessStart = { text: line, lineNo };
        return true;
      }
      const created = CREATED_AT.exec(line);
      if (created) { this.openSection(goroutineIdOfDigits(created[1]), '', '', lineNo); return true; }
    }
    const section = this.section;
    if (!section) return false;
    if (end - s === NO_STACK.length && text.startsWith(NO_STACK, s)) { section.endLine = lineNo; return true; }
    if (this.pendingFunc !== null) {
      const location = parseLocationLine(text, s, end);
      if (location) {
        const pathEnd = location.pathEnd;
        const locationId = this.interner.location(text.slice(s, location.locationEnd), () => text.slice(s, pathEnd), location.line);
        this.pushFrame(this.pendingFunc, locationId);
        this.pendingFunc = null;
        section.endLine = lineNo;
        return true;
      }
    }
    // A call whose closing `)` a logger cut (`pkg.init.0(`) is still the frame over the next `file:line`.
    const funcEnd = parseCallLine(text, s, end)?.funcEnd ?? callCutInArguments(text, s, end);
    if (funcEnd < 0) return false;
    this.commitPendingWithoutLocation();
    this.pendingFunc = this.interner.func(text.slice(s, funcEnd));
    section.endLine = lineNo;
    return true;
  }

  /**
   * The same as `line` for the trimmed line bytes[s, end) in the shapes the race detector prints
   * (section headers, calls, `file:line +0x…`, blank lines), read without a string per line. False,
   * having changed nothing, for any other line and in the rare states (a broken access line held, a
   * double-spaced paste): `line` then reads it as text and decides.
   */
  lineBytes(bytes: Uint8Array, s: number, end: number, lineNo: number): boolean {
    if (this.heldAccessStart !== null || this.blankAfterHeader || this.doubleSpaced || end - s > MAX_BYTE_LINE) return false;
    if (s === end) { this.blankLine(lineNo); return true; }
    // Lines as Go prints them: printable ASCII without `=` or `"` (what a log record's line holds, which the scanner reads otherwise).
    let space = -1;
    let spaces = 0;
    for (let i = s; i < end; i++) {
      const b = bytes[i];
      if (b === SPACE) { if (spaces++ === 0) space = i; } else if (b < SPACE || b > 0x7e || b === 0x3d /* = */ || b === 0x22 /* " */) return false;
    }
    const last = bytes[end - 1];
    if (last === COLON) return this.sectionHeaderBytes(bytes, s, end, lineNo);
    const section = this.section;
    if (section === null) return false;
    if (end - s === NO_STACK_BYTES.length && startsWithBytes(bytes, s, end, NO_STACK_BYTES)) { this.blankRun = 0; section.endLine = lineNo; return true; }
    // A frame's line: no space but the one before a location's offset, not starting with a digit (a
    // time alone) or a bracket. The text parsers read such a line as the byte parsers do.
    const first = bytes[s];
    if (spaces > 1 || (first >= 0x30 && first <= 0x39) || first === 0x7b /* { */ || first === 0x5b /* [ */) return false;
    if (this.pendingFunc !== null && parseLocationBytes(bytes, s, end, this.byteLocation)) {
      // Only `file:line` or `file:line +0x…`: other suffixes and paths with spaces are the text parser's.
      const location = this.byteLocation;
      if (space >= 0 && (space !== location.locationEnd || !isOffsetSuffix(bytes, space, end))) return false;
      if (space < 0 && location.locationEnd !== end) return false;
      this.blankRun = 0;
      this.pushFrame(this.pendingFunc, this.meanings.location(bytes, s, location));
      this.pendingFunc = null;
      section.endLine = lineNo;
      return true;
    }
    // A call line holds no space; one that ends like a broken access line's first part is left to `line`.
    const open = space < 0 && (last === 0x29 /* ) */) ? callOpenParen(bytes, s, end) : -1;
    if (open < 0) return false;
    this.blankRun = 0;
    this.commitPendingWithoutLocation();
    this.pendingFunc = this.meanings.func(bytes, s, open);
    section.endLine = lineNo;
    return true;
  }

  /** An access's or creator's header on the bytes; false, having changed nothing, for any other line. */
  private sectionHeaderBytes(bytes: Uint8Array, s: number, end: number, lineNo: number): boolean {
    const header = this.byteHeader;
    if (parseAccessHeaderBytes(bytes, s, end, header)) {
      const id = header.idStart < 0 ? MAIN_GOROUTINE_ID : goroutineIdInBytes(bytes, header.idStart, header.idEnd, header.id);
      // Made on its own, it pins no line (detachString's copy would add a second string).
      const address = header.addressStart < 0 ? '' : this.lowerCaseAddress(bytes, header.addressStart, header.addressEnd);
      this.blankRun = 0;
      this.openSection(id, this.accessWordsOfBytes(bytes, s, header.wordsEnd), address, lineNo);
      return true;
    }
    if (parseCreatorHeaderBytes(bytes, s, end, header)) {
      this.blankRun = 0;
      this.openSection(goroutineIdInBytes(bytes, header.idStart, header.idEnd, header.id), '', '', lineNo);
      return true;
    }
    return false;
  }

  /**
   * The address bytes[start, end) (printable ASCII, the header's check) lower-cased, as one flat
   * string: a decoder's call and its lower-cased copy cost twice the time, once per access. At most
   * MAX_BYTE_LINE codes are passed as arguments, far below what overflows the stack.
   */
  private lowerCaseAddress(bytes: Uint8Array, start: number, end: number): string {
    const codes = this.addressCodes;
    codes.length = end - start;
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      codes[i - start] = b >= 0x41 && b <= 0x5a ? b | 0x20 : b;
    }
    return String.fromCharCode.apply(null, codes);
  }

  private accessWordsOfBytes(bytes: Uint8Array, s: number, end: number): string {
    const hash = hashBytes(bytes, s, end);
    let lower = this.accessWordsByBytes.get(bytes, s, end, hash);
    if (lower === undefined) {
      lower = this.accessWordsOf(this.addressDecoder.decode(bytes.subarray(s, end)));
      this.accessWordsByBytes.set(bytes, s, end, hash, lower);
    }
    return lower;
  }

  private blankLine(lineNo: number): void {
    const section = this.section;
    if (this.doubleSpaced) { if (++this.blankRun >= 2) this.closeSection(); return; }
    if (section !== null && this.frameIds.length === section.firstFrame && this.pendingFunc === null && section.startLine === lineNo - 1) {
      this.blankAfterHeader = true;
      return;
    }
    this.closeSection();
  }

  /** A call line waits for its `file:line` line. */
  get callPending(): boolean {
    return this.pendingFunc !== null;
  }

  /** The line `lineNo` was the open section's. */
  endsAt(lineNo: number): boolean {
    return this.section !== null && this.section.endLine === lineNo;
  }

  /** The line `lineNo` ended a section's header or one of its frames: a call line comes next. */
  callDueAfter(lineNo: number): boolean {
    return this.pendingFunc === null && this.endsAt(lineNo);
  }

  /**
   * The text ends cut short in the open section, in its line `lineNo` or right after it: the section
   * keeps its frames, then the call whose `file:line` the cut took, or else `cutCall`, the function of
   * the call line the cut fell in; it is marked cut. Returns that access's goroutine (a creator
   * section is none), or null.
   */
  cutShort(lineNo: number, cutCall: FuncId | null): { id: GoroutineId; startLine: number; frames: number } | null {
    const section = this.section;
    if (section === null || section.endLine < lineNo - 1) return null;
    if (this.pendingFunc !== null) this.commitPendingWithoutLocation();
    else if (cutCall !== null) this.pushFrame(cutCall, 0);
    section.cut = true;
    return section.access === '' ? null : { id: section.id, startLine: section.startLine, frames: this.frameIds.length - section.firstFrame };
  }

  /** Adds the report's accesses to `table` as goroutines, in report order. */
  finish(table: GoroutineTable): void {
    this.closeSection();
    const a = this.accesses;
    const states = new Map<string, string>();
    for (let i = 0; i < a.length; i++) {
      const access = a.accesses[i];
      let state = states.get(access);
      if (state === undefined) { state = this.internState(`data race (${access})`); states.set(access, state); }
      const firstFrame = a.firstFrames.at(i);
      const endFrame = i + 1 < a.length ? a.firstFrames.at(i + 1) : this.frameIds.length;
      this.stackStart = firstFrame;
      const frames = this.interner.stackOfIds(this.idsOf(firstFrame, endFrame), endFrame - firstFrame, this);
      const cut = a.cut.has(i);
      const stackUnavailable = frames.length === 0 && !cut;
      const rare: RareGoroutineParts | null = stackUnavailable || cut ? { args: null, framesElided: false, stackUnavailable, ancestors: NO_ANCESTORS, cut } : null;
      const address = a.addresses[i];
      // Without an address (Go < 1.6) the two sides cannot be paired by it.
      const waitOn: WaitOn | null = address === '' ? null : { kind: 'memory', op: access.endsWith('read') ? 'read' : 'write', address, inexact: false };
      const id = a.idAt(i);
      table.add(id, table.plainHeader(state), frames, this.creatorOf(id), null, waitOn, a.startLines.at(i), a.endLines.at(i), rare);
    }
  }

  /** The ids of frames [from, to) of the report, in a scratch list. */
  private idsOf(from: number, to: number): Float64Array {
    const ids = this.scratchIds.of(to - from);
    for (let i = from; i < to; i++) ids[i - from] = this.frameIds.at(i);
    return ids;
  }

  /** The frames of the stack being interned (from `stackStart`), for the interner when the stack is new. */
  framesOfIds(ids: ArrayLike<number>, length: number): SourceFrame[] {
    const frames = this.frameScratch;
    for (let i = 0; i < length; i++) frames.set(i, this.interner.frameOfId(this.frameFuncs.at(this.stackStart + i), ids[i]));
    return frames.copy(length);
  }

  private accessWordsOf(words: string): string {
    let lower = this.accessWords.get(words);
    if (lower === undefined) { lower = detachString(words.toLowerCase()); this.accessWords.set(detachString(words), lower); }
    return lower;
  }

  private pushFrame(func: FuncId, locationId: number): void {
    this.frameFuncs.push(func);
    this.frameIds.push(frameKey(func, locationId));
  }

  /**
   * The creator sections of goroutines whose access the report does not show (a report cut at its
   * start): the creation of a goroutine whose stack is not in the text, kept as a stack without its header.
   */
  creatorsWithoutAccess(): HeadlessStack[] {
    const accessed = new Set<GoroutineId>();
    for (let i = 0; i < this.accesses.length; i++) accessed.add(this.accesses.idAt(i));
    return this.creatorSections.filter(c => !accessed.has(c.id)).map(c => ({ frames: [], createdBy: c.createdBy, lines: { start: c.start, end: c.end } }));
  }

  private openSection(id: GoroutineId, access: string, address: string, lineNo: number): void {
    this.closeSection();
    this.section = { id, access, address, firstFrame: this.frameIds.length, startLine: lineNo, endLine: lineNo, cut: false };
  }

  private closeSection(): void {
    this.commitPendingWithoutLocation();
    const section = this.section;
    if (!section) return;
    this.section = null;
    // A creator section's innermost frame is the `go` statement that started the goroutine; its frames leave the report's.
    if (section.access === '') {
      const first = section.firstFrame;
      const createdBy = first < this.frameIds.length ? this.interner.frameOfId(this.frameFuncs.at(first), this.frameIds.at(first)) : undefined;
      this.frameFuncs.truncate(first);
      this.frameIds.truncate(first);
      if (createdBy !== undefined) {
        if (typeof section.id === 'bigint') this.bigIdCreators.set(section.id, this.creatorFrames.length);
        else this.creators.set(section.id, this.creatorFrames.length);
        this.creatorFrames.push(createdBy);
        this.creatorSections.push({ id: section.id, createdBy, start: section.startLine, end: section.endLine });
      }
    }
    else this.accesses.push(section);
  }

  private commitPendingWithoutLocation(): void {
    if (this.pendingFunc === null || !this.section) { this.pendingFunc = null; return; }
    this.pushFrame(this.pendingFunc, 0);
    this.pendingFunc = null;
  }

  private creatorOf(id: GoroutineId): SourceFrame | null {
    const at = typeof id === 'bigint' ? this.bigIdCreators.get(id) : this.creators.get(id);
    return at === undefined ? null : this.creatorFrames[at];
  }
}

/** bytes[space, end) is ` +0x` and hex digits, the offset Go prints after a frame's `file:line`. */
function isOffsetSuffix(bytes: Uint8Array, space: number, end: number): boolean {
  if (end - space < 5 || bytes[space + 1] !== 0x2b /* + */ || bytes[space + 2] !== 0x30 || bytes[space + 3] !== 0x78 /* x */) return false;
  for (let i = space + 4; i < end; i++) {
    const b = bytes[i];
    if (!((b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x66))) return false;
  }
  return true;
}
