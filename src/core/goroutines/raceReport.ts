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
import { NumberKeyMap } from '../numberKeyMap';
import { detachString } from './textChunks';
import { goroutineIdInBytes } from './goroutineIds';
import { parseAccessHeaderBytes, parseCreatorHeaderBytes, type ByteSectionHeader } from './raceSectionLines';
import type { ByteLocation } from './byteLineParsers';
import {
  RACE_BETWEEN, RACE_BLANK_UNDER_HEADER, RACE_CALL, RACE_FRAMES, RACE_HEADER, RACE_HELD, readRaceLineBytes, readRaceLineText,
  type AccessMatch, type RaceLineActions,
} from './raceLineRows';
import { ByteKeyTable, hashBytes } from './byteKeyTable';
import type { LineMeanings } from './lineMeanings';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';
import { decodeLineEscapingBytes } from '../byteEscapes';

const MAIN_GOROUTINE_ID = 1;
const NO_ANCESTORS: RareGoroutineParts['ancestors'] = Object.freeze([]);
/** A creator section of one frame: no calls under its `go` statement in the text. */
const NO_CALLERS = -1;

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

  /** Takes the last access back out, as the section it was (open again: more of its frames follow). */
  pop(): Section {
    const i = this.accesses.length - 1;
    const section: Section = {
      id: this.idAt(i), access: this.accesses[i], address: this.addresses[i], firstFrame: this.firstFrames.at(i),
      startLine: this.startLines.at(i), endLine: this.endLines.at(i), cut: this.cut.delete(i),
    };
    this.bigIds.delete(i);
    this.ids.truncate(i);
    this.accesses.length = i;
    this.addresses.length = i;
    this.firstFrames.truncate(i);
    this.startLines.truncate(i);
    this.endLines.truncate(i);
    return section;
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

export class RaceReportBuilder implements StackMaker, RaceLineActions {
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
  private readonly accessWords = new ContentKeyedMap<string>();
  /** Goroutine id (a dump's to choose) → index into creatorFrames. */
  private readonly creators = new NumberKeyMap();
  /** The same for ids past 2^53, which the number keys would round alike. */
  private readonly bigIdCreators = new Map<bigint, number>();
  private readonly creatorFrames: SourceFrame[] = [];
  /** Per creator, the interned stack of the calls under its `go` statement (the section's frames past its first), or NO_CALLERS. */
  private readonly creatorCallerStacks = new Int32List();
  /** The rare parts of an uncut access with frames, by its creator's callers' stack: one object for all its accesses. */
  private readonly rareByCallers = new Map<number, RareGoroutineParts>();
  /** The creator sections, in text order, for a report cut at its start (whose accesses may be missing). */
  private readonly creatorSections: { id: GoroutineId; createdBy: SourceFrame; start: number; end: number }[] = [];
  private section: Section | null = null;
  private pendingFunc: FuncId | null = null;
  /** A blank line right after a section's header: a double-spaced paste if a call follows. */
  private blankAfterHeader = false;
  /** A call right after the blank under a header: every line break is doubled, a blank line alone closes no section. */
  doubleSpaced = false;
  /** Blank lines in a row, counted in a double-spaced report. */
  blankRun = 0;
  /** The line of the blank line (the last of a run) that closed an access section with frames, the report's last, or -1. */
  blankClosedAccessAt = -1;
  /** The first part of an access line broken after its `by` (`Write at 0x… by goroutine`), until the next line tells. */
  private heldAccessStart: { text: string; lineNo: number } | null = null;
  private readonly scratchIds = new Float64Scratch();
  /** Each access's words as the bytes wrote them → lower-cased, as accessWords. */
  private readonly accessWordsByBytes = new ByteKeyTable<string>();
  private readonly byteHeader: ByteSectionHeader = { wordsEnd: 0, addressStart: -1, addressEnd: -1, idStart: -1, idEnd: -1, id: 0 };
  readonly byteLocation: ByteLocation = { pathEnd: 0, locationEnd: 0, line: 0 };
  /** The character codes of an address being made (`lowerCaseAddress`). */
  private readonly addressCodes: number[] = [];
  /** The access header a row matched (reused: taken before the next line). */
  private readonly accessMatch: AccessMatch = { id: 0, access: '', address: '' };

  /** `meanings` interns the names and locations of the lines read on their bytes (`lineBytes`), as the scanner's own. */
  constructor(private readonly interner: FrameInterner, private readonly internState: (state: string) => string, private readonly meanings: LineMeanings) {}

  /** One trimmed line of the report, read by the rows (raceLineRows.ts); false when it is not one the race detector writes. */
  line(text: string, s: number, end: number, lineNo: number): boolean {
    // A line that is not blank ends a run of blank lines, the report's or not.
    if (s !== end) this.blankRun = 0;
    return readRaceLineText(this, text, s, end, lineNo);
  }

  /**
   * The same as `line` for the trimmed line bytes[s, end), read by the rows' matches on the bytes
   * without a string per line. False, having changed nothing, for a line the rows leave to the text
   * path (any in the rare states: a broken access line held, a blank under a header): `line` then
   * reads it as text and decides.
   */
  lineBytes(bytes: Uint8Array, s: number, end: number, lineNo: number): boolean {
    if (!readRaceLineBytes(this, bytes, s, end, lineNo)) return false;
    if (s !== end) this.blankRun = 0;
    return true;
  }

  // The state and what the rows read and do (RaceLineActions).

  get state(): number {
    if (this.heldAccessStart !== null) return RACE_HELD;
    if (this.blankAfterHeader) return RACE_BLANK_UNDER_HEADER;
    const section = this.section;
    if (section === null) return RACE_BETWEEN;
    if (this.pendingFunc !== null) return RACE_CALL;
    return section.endLine === section.startLine ? RACE_HEADER : RACE_FRAMES;
  }

  get sectionStartLine(): number {
    return this.section === null ? -1 : this.section.startLine;
  }

  get heldAccessText(): string | null {
    return this.heldAccessStart === null ? null : this.heldAccessStart.text;
  }

  accessOfText(words: string, address: string | undefined, digits: string | undefined): AccessMatch {
    const match = this.accessMatch;
    match.id = digits !== undefined ? goroutineIdOfDigits(digits) : MAIN_GOROUTINE_ID;
    match.access = this.accessWordsOf(words);
    // A flat copy: a slice would keep its whole line alive as long as the goroutine's wait.
    match.address = address === undefined ? '' : detachString(address.toLowerCase());
    return match;
  }

  accessOfBytes(bytes: Uint8Array, s: number, end: number): AccessMatch | null {
    const header = this.byteHeader;
    if (!parseAccessHeaderBytes(bytes, s, end, header)) return null;
    const match = this.accessMatch;
    match.id = header.idStart < 0 ? MAIN_GOROUTINE_ID : goroutineIdInBytes(bytes, header.idStart, header.idEnd, header.id);
    // Made on its own, it pins no line (detachString's copy would add a second string).
    match.address = header.addressStart < 0 ? '' : this.lowerCaseAddress(bytes, header.addressStart, header.addressEnd);
    match.access = this.accessWordsOfBytes(bytes, s, header.wordsEnd);
    return match;
  }

  creatorIdOfText(digits: string): GoroutineId {
    return goroutineIdOfDigits(digits);
  }

  creatorIdOfBytes(bytes: Uint8Array, s: number, end: number): GoroutineId | null {
    const header = this.byteHeader;
    return parseCreatorHeaderBytes(bytes, s, end, header) ? goroutineIdInBytes(bytes, header.idStart, header.idEnd, header.id) : null;
  }

  funcOfText(text: string, s: number, end: number): FuncId {
    return this.interner.func(text.slice(s, end));
  }

  funcOfBytes(bytes: Uint8Array, s: number, end: number): FuncId {
    return this.meanings.func(bytes, s, end);
  }

  locationOfText(text: string, s: number, locationEnd: number, pathEnd: number, line: number): number {
    return this.interner.location(text.slice(s, locationEnd), () => text.slice(s, pathEnd), line);
  }

  locationOfBytes(bytes: Uint8Array, s: number, location: ByteLocation): number {
    return this.meanings.location(bytes, s, location);
  }

  countBlank(): void {
    this.blankRun++;
  }

  closeSectionAtBlank(lineNo: number): void {
    const section = this.section;
    if (section === null) {
      this.blankClosedAccessAt = this.blankClosedAccessAt === lineNo - 1 ? lineNo : -1;
      return;
    }
    const withFrames = section.access !== '' && this.pendingFunc === null && this.frameIds.length > section.firstFrame;
    this.closeSection();
    this.blankClosedAccessAt = withFrames ? lineNo : -1;
  }

  reopenAccess(): void {
    this.blankClosedAccessAt = -1;
    this.section = this.accesses.pop();
  }

  holdBlankUnderHeader(): void {
    this.blankAfterHeader = true;
  }

  spacingTold(doubleSpaced: boolean): void {
    this.blankAfterHeader = false;
    if (doubleSpaced) this.doubleSpaced = true;
  }

  holdAccessStart(text: string, lineNo: number): void {
    this.heldAccessStart = { text, lineNo };
  }

  dropHeldAccess(): number {
    const lineNo = this.heldAccessStart!.lineNo;
    this.heldAccessStart = null;
    return lineNo;
  }

  openAccess(access: AccessMatch, lineNo: number): void {
    this.openSection(access.id, access.access, access.address, lineNo);
  }

  openCreator(id: GoroutineId, lineNo: number): void {
    this.openSection(id, '', '', lineNo);
  }

  sectionReaches(lineNo: number): void {
    this.section!.endLine = lineNo;
  }

  addLocation(locationId: number, lineNo: number): void {
    this.pushFrame(this.pendingFunc!, locationId);
    this.pendingFunc = null;
    this.section!.endLine = lineNo;
  }

  setCall(func: FuncId, lineNo: number): void {
    this.commitPendingWithoutLocation();
    this.pendingFunc = func;
    this.section!.endLine = lineNo;
  }

  /**
   * The address bytes[start, end) (printable ASCII, the header's check) lower-cased, as one flat
   * string: a decoder's call and its lower-cased copy cost twice the time, once per access. At most
   * MAX_BYTE_LINE codes (raceLineRows.ts) are passed as arguments, far below what overflows the stack.
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
      lower = this.accessWordsOf(decodeLineEscapingBytes(bytes.subarray(s, end)));
      this.accessWordsByBytes.set(bytes, s, end, hash, lower);
    }
    return lower;
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

  /** The open section when it is a creator's (`Goroutine 6 (running) created at:`): its goroutine and first line; else null. */
  openCreatorSection(): { id: GoroutineId; startLine: number } | null {
    const section = this.section;
    return section === null || section.access !== '' ? null : { id: section.id, startLine: section.startLine };
  }

  /** The open section's last frame read, or undefined before its first. */
  lastFrame(): SourceFrame | undefined {
    const section = this.section;
    const at = this.frameIds.length - 1;
    if (section === null || at < section.firstFrame) return undefined;
    return this.interner.frameOfId(this.frameFuncs.at(at), this.frameIds.at(at));
  }

  /** Adds the report's accesses to `table` as goroutines, in report order. */
  finish(table: GoroutineTable): void {
    this.closeSection();
    const a = this.accesses;
    const states = new ContentKeyedMap<string>();
    for (let i = 0; i < a.length; i++) {
      const access = a.accesses[i];
      let state = states.get(access);
      if (state === undefined) { state = this.internState(`data race (${access})`); states.set(access, state); }
      const firstFrame = a.firstFrames.at(i);
      const endFrame = i + 1 < a.length ? a.firstFrames.at(i + 1) : this.frameIds.length;
      this.stackStart = firstFrame;
      const stackId = this.interner.stackIdOfIds(this.idsOf(firstFrame, endFrame), endFrame - firstFrame, this);
      const frames = this.interner.framesOfStack(stackId);
      const cut = a.cut.has(i);
      const stackUnavailable = frames.length === 0 && !cut;
      const id = a.idAt(i);
      const rare = this.rareParts(stackUnavailable, cut, this.creatorCallersOf(id));
      const address = a.addresses[i];
      // Without an address (Go < 1.6) the two sides cannot be paired by it.
      const waitOn: WaitOn | null = address === '' ? null : { kind: 'memory', op: access.endsWith('read') ? 'read' : 'write', address, inexact: false };
      table.add(id, table.plainHeader(state), frames, this.creatorOf(id), null, waitOn, a.startLines.at(i), a.endLines.at(i), rare, null, stackId);
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
    this.blankClosedAccessAt = -1;
    this.section = { id, access, address, firstFrame: this.frameIds.length, startLine: lineNo, endLine: lineNo, cut: false };
  }

  closeSection(): void {
    this.commitPendingWithoutLocation();
    const section = this.section;
    if (!section) return;
    this.section = null;
    // A creator section's innermost frame is the `go` statement that started the goroutine, the frames under it
    // its callers (the user's `go t.Run(…)` under testing's own `go`); they leave the report's frames.
    if (section.access === '') {
      const first = section.firstFrame;
      const createdBy = first < this.frameIds.length ? this.interner.frameOfId(this.frameFuncs.at(first), this.frameIds.at(first)) : undefined;
      // Interned as a stack: a report's thousands of accesses were mostly created by a few call paths.
      const end = this.frameIds.length;
      if (end > first + 1) this.stackStart = first + 1;
      const callers = end > first + 1 ? this.interner.stackIdOfIds(this.idsOf(first + 1, end), end - first - 1, this) : NO_CALLERS;
      this.frameFuncs.truncate(first);
      this.frameIds.truncate(first);
      if (createdBy !== undefined) {
        if (typeof section.id === 'bigint') this.bigIdCreators.set(section.id, this.creatorFrames.length);
        else this.creators.set(section.id, this.creatorFrames.length);
        this.creatorFrames.push(createdBy);
        this.creatorCallerStacks.push(callers);
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

  /** The interned stack of the calls under `id`'s creator, or NO_CALLERS. */
  private creatorCallersOf(id: GoroutineId): number {
    const at = typeof id === 'bigint' ? this.bigIdCreators.get(id) : this.creators.get(id);
    return at === undefined ? NO_CALLERS : this.creatorCallerStacks.at(at);
  }

  private rareParts(stackUnavailable: boolean, cut: boolean, callers: number): RareGoroutineParts | null {
    if (callers === NO_CALLERS) return stackUnavailable || cut ? { args: null, framesElided: false, stackUnavailable, ancestors: NO_ANCESTORS, cut } : null;
    const creatorCallers = this.interner.framesOfStack(callers);
    if (stackUnavailable || cut) return { args: null, framesElided: false, stackUnavailable, ancestors: NO_ANCESTORS, cut, creatorCallers };
    let rare = this.rareByCallers.get(callers);
    if (rare === undefined) {
      rare = { args: null, framesElided: false, stackUnavailable: false, ancestors: NO_ANCESTORS, cut: false, creatorCallers };
      this.rareByCallers.set(callers, rare);
    }
    return rare;
  }
}
