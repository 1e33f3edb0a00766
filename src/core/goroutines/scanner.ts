// Tolerant line scanner for goroutine dumps: debug=2, runtime.Stack(all), panics, fatal errors with
// `runtime stack:`, SIGQUIT/SIGABRT crash output, gccgo tracebacks and debug=1 profiles, as pasted
// (prefixes, indentation, CRLF, fences, notes). Lines are located with indexOf over 1 MB chunks and
// parsed in place; nothing splits the dump into one string per line.

import type {
  AncestorStack, CrashHeader, DumpWarning, Goroutine, GoroutineDump, RuntimeStack, SourceFrame, StackRecord, WaitOn,
} from './model';
import { FrameInterner, frameKey, type InternedFunc } from './frameInterner';
import {
  indexInLine, isBareFunctionName, isBlank, isElidedMarker, lastIndexInLine, looksCutShort, parseAncestorLine, parseCallLine, parseHeaderLine, parseLocationLine,
  readDecimal, type HeaderLine, type LocationLine,
} from './lineParsers';
import { linePrefixFrom, skipLinePrefix, type LinePrefix } from './linePrefix';
import { forEachTextChunk, detachString } from './textChunks';
import { parseLabels, parseRecordFrameLine } from './debug1Lines';

export interface ScanOptions {
  /** Keep each frame's raw argument text (needed for the `args` and `exact` similarities). Default false. */
  readonly keepArgs?: boolean;
  /** Warnings beyond this number are counted in one final warning. Default 100. */
  readonly maxWarnings?: number;
}

/** runtime/pprof stops writing debug=2 goroutine stacks at this size. */
export const PPROF_DEBUG2_LIMIT = 64 << 20;

interface PendingCall {
  func: InternedFunc;
  args: string;
  bare: boolean;
  createdBy: boolean;
  creatorGoroutine: number | null;
  line: number;
}

interface GoroutineBuilder {
  header: HeaderLine;
  startLine: number;
  endLine: number;
  createdBy: SourceFrame | null;
  creatorGoroutine: number | null;
  framesElided: boolean;
  stackUnavailable: boolean;
  ancestors: { id: number; frames: SourceFrame[] }[];
  waitOn: WaitOn | null;
  waitPriority: number;
}

interface RecordBuilder {
  count: number;
  frames: SourceFrame[];
  labels: Record<string, string>;
  startLine: number;
  endLine: number;
}

type Mode = 'outside' | 'goroutine' | 'ancestor' | 'runtimeStack' | 'record' | 'race';

const NO_ANCESTORS: readonly AncestorStack[] = Object.freeze([]);
const FENCE = /^(```|~~~)/;
const CRASH_HEADER = /^(panic: |fatal error: |SIG[A-Z0-9]+: |signal \d+|unexpected fault address )/;
const RUNTIME_NOISE = /^(PC=0x|\[signal |runtime: |stack: frame=|traceback: |\[recovered\]|created by .*\[unknown goroutine\])/;
const HEX_DUMP = /^0x[0-9a-f]+: /;
const REGISTER = /^[a-z][a-z0-9]{0,7}\s+0x[0-9a-f]+$/;
const RECORD_HEADER = /^(\d+) @( 0x[0-9a-f]+)*$/;

class DumpScanner {
  private readonly interner = new FrameInterner();
  private readonly keepArgs: boolean;
  private readonly maxWarnings: number;
  private readonly states = new Map<string, string>();

  private lineNo = 0;
  private lastLineTerminated = true;
  private lastLineCut = false;
  private prefix: LinePrefix | null = null;
  private mode: Mode = 'outside';
  private pending: PendingCall | null = null;

  private goroutine: GoroutineBuilder | null = null;
  private readonly frames: SourceFrame[] = [];
  private readonly frameIds: number[] = [];
  private args: string[] = [];
  private ancestorFrames: SourceFrame[] | null = null;
  private runtimeStack: { frames: SourceFrame[]; startLine: number; endLine: number } | null = null;
  private record: RecordBuilder | null = null;
  private raceStart = 0;

  private readonly goroutines: Goroutine[] = [];
  private readonly records: StackRecord[] = [];
  private readonly runtimeStacks: RuntimeStack[] = [];
  private readonly warnings: DumpWarning[] = [];
  private suppressedWarnings = 0;
  private crash: CrashHeader | null = null;
  private declaredTotal: number | null = null;

  private skipStart = 0;
  private skipEnd = 0;
  private skipCount = 0;
  private skipSample = '';

  constructor(options: ScanOptions) {
    this.keepArgs = options.keepArgs ?? false;
    this.maxWarnings = options.maxWarnings ?? 100;
  }

  scanChunk(text: string): void {
    const length = text.length;
    let pos = 0;
    while (pos < length) {
      let newline = text.indexOf('\n', pos);
      const terminated = newline >= 0;
      if (!terminated) newline = length;
      let end = newline;
      if (end > pos && text.charCodeAt(end - 1) === 0x0d) end--;
      this.lineNo++;
      this.lastLineCut = false;
      this.handleLine(text, pos, end);
      this.lastLineTerminated = terminated;
      pos = newline + 1;
    }
  }

  private handleLine(text: string, lineStart: number, lineEnd: number): void {
    let s = skipLinePrefix(this.prefix, text, lineStart, lineEnd);
    const prefixMatched = s !== lineStart;
    while (s < lineEnd && isBlank(text.charCodeAt(s))) s++;
    let end = lineEnd;
    while (end > s && isBlank(text.charCodeAt(end - 1))) end--;
    if (s === end) { this.endSection(); return; }

    if (this.pending) {
      const location = parseLocationLine(text, s, end);
      if (location && !text.startsWith('goroutine ', s)) { this.completePending(text, s, location); return; }
      this.commitPendingWithoutLocation();
    }

    const first = text.charCodeAt(s);
    if (first === 0x67 /* g */ && text.startsWith('goroutine ', s)) {
      if (this.startHeader(text, s, end, prefixMatched)) return;
    }
    if (this.mode === 'race') {
      if (text.startsWith('==================', s)) this.endRace();
      return;
    }
    if ((this.mode === 'goroutine' || this.mode === 'ancestor' || this.mode === 'runtimeStack') && this.stackLine(text, s, end)) return;
    if (this.mode === 'record' && first === 0x23 /* # */) { this.recordLine(text, s, end); return; }
    if (this.otherDumpLine(text, s, end)) return;

    // A header behind a prefix this scanner has not seen yet (timestamps, CRI, kubectl --prefix, `> `).
    const at = indexInLine(text, 'goroutine ', lineStart, end);
    if (at > lineStart) {
      const previous = this.prefix;
      this.prefix = linePrefixFrom(text.slice(lineStart, at));
      if (this.startHeader(text, at, end, true)) return;
      this.prefix = previous;
    }
    this.skipLine(text, s, end);
  }

  /** Goroutine header or `goroutine profile: total N`; false when the line is neither. */
  private startHeader(text: string, s: number, end: number, prefixMatched: boolean): boolean {
    const header = parseHeaderLine(text, s, end);
    if (header) {
      if (!prefixMatched) this.prefix = null;
      if (this.mode === 'race') this.endRace();
      this.endSection();
      this.flushSkipped();
      this.goroutine = {
        header: { ...header, state: this.internState(header.state) },
        startLine: this.lineNo, endLine: this.lineNo, createdBy: null, creatorGoroutine: null,
        framesElided: false, stackUnavailable: false, ancestors: [], waitOn: null, waitPriority: -1,
      };
      this.frames.length = 0;
      this.frameIds.length = 0;
      if (this.keepArgs) this.args = [];
      this.mode = 'goroutine';
      return true;
    }
    if (text.startsWith('goroutine profile: total ', s)) {
      const total = readDecimal(text, s + 25, end);
      if (!total) return false;
      if (!prefixMatched) this.prefix = null;
      this.endSection();
      this.flushSkipped();
      this.declaredTotal = (this.declaredTotal ?? 0) + total[0];
      return true;
    }
    return false;
  }

  private internState(state: string): string {
    let interned = this.states.get(state);
    if (interned === undefined) { interned = detachString(state); this.states.set(interned, interned); }
    return interned;
  }

  /** Lines inside a goroutine or `runtime stack:` section; false when the line is none of them. */
  private stackLine(text: string, s: number, end: number): boolean {
    const first = text.charCodeAt(s);
    if (first === 0x63 /* c */ && text.startsWith('created by ', s)) {
      let funcEnd = end;
      let creatorGoroutine: number | null = null;
      const inGoroutine = lastIndexInLine(text, ' in goroutine ', s, end);
      if (inGoroutine > s + 11) {
        const num = readDecimal(text, inGoroutine + 14, end);
        if (num && num[1] === end) { funcEnd = inGoroutine; creatorGoroutine = num[0]; }
      }
      this.pending = {
        func: this.interner.func(text.slice(s + 11, funcEnd)), args: '', bare: false, createdBy: true,
        creatorGoroutine, line: this.lineNo,
      };
      this.touch();
      return true;
    }
    if (first === 0x2e /* . */ && isElidedMarker(text, s, end)) {
      if (this.goroutine) this.goroutine.framesElided = true;
      this.touch();
      return true;
    }
    if (first === 0x5b /* [ */) {
      const ancestor = parseAncestorLine(text, s, end);
      if (ancestor !== null && this.goroutine) {
        const frames: SourceFrame[] = [];
        this.goroutine.ancestors.push({ id: ancestor, frames });
        this.ancestorFrames = frames;
        this.mode = 'ancestor';
        this.touch();
        return true;
      }
      return false;
    }
    if (first === 0x67 /* g */ && text.endsWith('stack unavailable', end) && text.startsWith('goroutine ', s)) {
      if (this.goroutine) this.goroutine.stackUnavailable = true;
      this.touch();
      return true;
    }
    const call = parseCallLine(text, s, end);
    if (call) {
      const func = this.interner.func(text.slice(s, call.funcEnd));
      this.pending = {
        func, args: this.keepArgs || func.waitSpec ? text.slice(call.argsStart, call.argsEnd) : '',
        bare: false, createdBy: false, creatorGoroutine: null, line: this.lineNo,
      };
      this.touch();
      return true;
    }
    if (isBareFunctionName(text, s, end)) {
      this.pending = {
        func: this.interner.func(text.slice(s, end)), args: '', bare: true, createdBy: false,
        creatorGoroutine: null, line: this.lineNo,
      };
      return true;
    }
    return false;
  }

  private completePending(text: string, s: number, location: LocationLine): void {
    const pathEnd = location.pathEnd;
    const locationId = this.interner.location(text.slice(s, location.locationEnd), () => text.slice(s, pathEnd), location.line);
    this.addFrame(this.pending!, locationId);
    this.pending = null;
    this.touch();
  }

  private commitPendingWithoutLocation(): void {
    const pending = this.pending!;
    this.pending = null;
    if (pending.bare) { this.skipped(pending.line, pending.func.name); return; }
    this.addFrame(pending, 0);
  }

  private addFrame(pending: PendingCall, locationId: number): void {
    const frame = this.interner.frame(pending.func, locationId);
    if (this.mode === 'runtimeStack') { this.runtimeStack?.frames.push(frame); return; }
    const goroutine = this.goroutine;
    if (!goroutine) return;
    if (pending.createdBy) {
      // Ancestor sections repeat `created by`; the goroutine's own creator is the first one.
      if (this.mode === 'goroutine') { goroutine.createdBy = frame; goroutine.creatorGoroutine = pending.creatorGoroutine; }
      return;
    }
    if (this.mode === 'ancestor') { this.ancestorFrames?.push(frame); return; }
    this.frames.push(frame);
    this.frameIds.push(frameKey(pending.func, locationId));
    if (this.keepArgs) this.args.push(detachString(pending.args));
    const spec = pending.func.waitSpec;
    if (spec && spec.priority > goroutine.waitPriority && this.frames.length <= 12) {
      const address = firstArgAddress(pending.args);
      // An exact address from a deeper frame beats a `?` (possibly stale) one from a closer frame.
      const priority = address ? spec.priority - (address.inexact ? 1.5 : 0) : -1;
      if (address && priority > goroutine.waitPriority) {
        goroutine.waitOn = { kind: spec.kind, op: spec.op, address: address.address, inexact: address.inexact };
        goroutine.waitPriority = priority;
      }
    }
  }

  private touch(): void {
    if (this.goroutine) this.goroutine.endLine = this.lineNo;
    else if (this.runtimeStack) this.runtimeStack.endLine = this.lineNo;
  }

  private recordLine(text: string, s: number, end: number): void {
    const record = this.record!;
    record.endLine = this.lineNo;
    if (text.startsWith('# labels:', s)) {
      Object.assign(record.labels, parseLabels(text.slice(s + 9, end)));
      return;
    }
    const parsed = parseRecordFrameLine(text, s, end);
    if (!parsed) { this.skipLine(text, s, end); return; }
    const locationId = parsed.pathEnd < 0 ? 0 : this.interner.location(text.slice(parsed.pathStart, end),
      () => text.slice(parsed.pathStart, parsed.pathEnd), parsed.line);
    record.frames.push(this.interner.frame(this.interner.func(text.slice(parsed.funcStart, parsed.funcEnd)), locationId));
  }

  /** Crash headers, register dumps, debug=1 record headers, fences and separators. */
  private otherDumpLine(text: string, s: number, end: number): boolean {
    const first = text.charCodeAt(s);
    if (first >= 0x30 && first <= 0x39) {
      const line = text.slice(s, end);
      const record = RECORD_HEADER.exec(line);
      if (record) {
        this.endSection();
        this.flushSkipped();
        this.record = { count: Number(record[1]), frames: [], labels: {}, startLine: this.lineNo, endLine: this.lineNo };
        this.mode = 'record';
        return true;
      }
      return HEX_DUMP.test(line);
    }
    if (end - s === 2 && text.startsWith('--', s)) { this.endSection(); return true; }
    const line = text.slice(s, Math.min(end, s + 200));
    if (FENCE.test(line)) { this.endSection(); return true; }
    if (CRASH_HEADER.test(line)) {
      this.endSection();
      this.flushSkipped();
      this.crash ??= { message: detachString(text.slice(s, end)), line: this.lineNo };
      return true;
    }
    if (line === 'runtime stack:') {
      this.endSection();
      this.flushSkipped();
      this.runtimeStack = { frames: [], startLine: this.lineNo, endLine: this.lineNo };
      this.mode = 'runtimeStack';
      return true;
    }
    if (RUNTIME_NOISE.test(line) || REGISTER.test(line)) return true;
    if (line.startsWith('==================')) return true;
    if (line === 'WARNING: DATA RACE') {
      this.endSection();
      this.flushSkipped();
      this.mode = 'race';
      this.raceStart = this.lineNo;
      return true;
    }
    return false;
  }

  private endRace(): void {
    this.warn(this.raceStart, `lines ${this.raceStart}–${this.lineNo}: data race report of the race detector, not a goroutine dump; skipped`);
    this.mode = 'outside';
  }

  private skipLine(text: string, s: number, end: number): void {
    this.skipped(this.lineNo, text.slice(s, Math.min(end, s + 60)));
    this.lastLineCut = end - s < 2000 && looksCutShort(text.slice(s, end));
  }

  private skipped(line: number, sample: string): void {
    if (this.skipCount === 0) { this.skipStart = line; this.skipSample = detachString(sample); }
    this.skipEnd = line;
    this.skipCount++;
  }

  private flushSkipped(): void {
    if (this.skipCount === 0) return;
    const where = this.skipStart === this.skipEnd ? `line ${this.skipStart}` : `lines ${this.skipStart}–${this.skipEnd}`;
    const what = this.skipCount === 1 ? '1 line' : `${this.skipCount} lines`;
    this.warn(this.skipStart, `${where}: skipped ${what} that ${this.skipCount === 1 ? 'is' : 'are'} not part of a goroutine dump, starting "${this.skipSample}"`);
    this.skipCount = 0;
  }

  private warn(line: number, message: string): void {
    if (this.warnings.length < this.maxWarnings) this.warnings.push({ line, message });
    else this.suppressedWarnings++;
  }

  /** Blank line, separator or a new section: the current goroutine/record/stack is complete. */
  private endSection(): void {
    if (this.pending) this.commitPendingWithoutLocation();
    if (this.goroutine) this.finishGoroutine();
    if (this.runtimeStack) {
      const stack = this.runtimeStack;
      this.runtimeStacks.push({ frames: stack.frames, lines: { start: stack.startLine, end: stack.endLine } });
      this.runtimeStack = null;
    }
    if (this.record) {
      const record = this.record;
      this.records.push({
        count: record.count, frames: this.interner.stack(record.frames).frames, labels: record.labels,
        lines: { start: record.startLine, end: record.endLine },
      });
      this.record = null;
    }
    if (this.mode !== 'race') this.mode = 'outside';
  }

  private finishGoroutine(): void {
    const builder = this.goroutine!;
    this.goroutine = null;
    this.ancestorFrames = null;
    const header = builder.header;
    const ancestors: readonly AncestorStack[] = builder.ancestors.length === 0 ? NO_ANCESTORS
      : builder.ancestors.map(a => ({ id: a.id, frames: this.interner.stack(a.frames).frames }));
    this.goroutines.push({
      id: header.id, state: header.state, waitMinutes: header.waitMinutes, lockedToThread: header.lockedToThread,
      leaked: header.leaked, synctest: header.synctest,
      frames: this.interner.stackOf(this.frameIds, this.frames).frames,
      args: this.keepArgs ? this.args : null,
      createdBy: builder.createdBy, creatorGoroutine: builder.creatorGoroutine,
      framesElided: builder.framesElided, stackUnavailable: builder.stackUnavailable, ancestors,
      waitOn: builder.waitOn, lines: { start: builder.startLine, end: builder.endLine },
    });
  }

  finish(byteLength: number): GoroutineDump {
    const cutAtLimit = byteLength === PPROF_DEBUG2_LIMIT;
    const cutMidLine = !this.lastLineTerminated && (this.lastLineCut || this.pending !== null);
    const truncated = cutAtLimit || cutMidLine;
    // The cut line itself is explained by the truncation warning, not reported as skipped text.
    if (cutMidLine && this.lastLineCut && this.skipEnd === this.lineNo) this.skipCount--;
    this.flushSkipped();
    if (truncated) {
      const cut = this.goroutine;
      this.goroutine = null;
      this.pending = null;
      const dropped = cut ? `goroutine ${cut.header.id} (from line ${cut.startLine}) is cut off and left out, and ` : '';
      this.warn(this.lineNo, `the dump is truncated at line ${this.lineNo}` +
        `${cutAtLimit ? ' (runtime/pprof stops debug=2 output at 64 MiB)' : ''}: ${dropped}goroutines created late are missing`);
    }
    if (this.mode === 'race') this.endRace();
    this.endSection();
    this.flushSkipped();
    if (this.suppressedWarnings > 0) {
      this.warnings.push({ line: this.lineNo, message: `${this.suppressedWarnings} more warnings not shown` });
    }
    const format = this.goroutines.length > 0 ? 'traceback' : this.records.length > 0 || this.declaredTotal !== null ? 'debug1' : 'empty';
    return {
      format, goroutines: this.goroutines, records: this.records, declaredTotal: this.declaredTotal, truncated,
      crash: this.crash, runtimeStacks: this.runtimeStacks, warnings: this.warnings, lineCount: this.lineNo,
    };
  }
}

/** First argument word when it is an address: `0xc000123456`, `0xc000123456?`, `{0xc000…, 0x2}`. */
function firstArgAddress(args: string): { address: string; inexact: boolean } | null {
  const match = /^\{?(0x[0-9a-fA-F]+)(\?)?/.exec(args);
  if (!match || match[1].length < 5) return null;
  return { address: detachString(match[1].toLowerCase()), inexact: match[2] === '?' };
}

/**
 * Scans a goroutine dump. Never throws on bad input: what cannot be read becomes a warning with
 * its line number.
 */
export function scanGoroutineDump(input: string | Uint8Array, options: ScanOptions = {}): GoroutineDump {
  const scanner = new DumpScanner(options);
  forEachTextChunk(input, chunk => scanner.scanChunk(chunk));
  return scanner.finish(input.length);
}
