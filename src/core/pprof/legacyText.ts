// Go's legacy text profiles (what /debug/pprof/<name>?debug=1 serves), read the way
// pprof's legacy_profile.go reads them, plus the symbol lines pprof ignores:
//   heap profile: 4: 266528 [123: 11284472] @ heap/1048576     (heap / allocs)
//   --- mutex: | --- contention: | --- contentionz 1 ---        (mutex / block)
//   goroutine profile: total 6 | threadcreate profile: total 5  (count profiles)
//   --- threadz 1 --- (gperftools' threads: legacyThread.ts), --- heapz 1 --- (Java: legacyJava.ts)
// Each sample line "… @ 0xPC 0xPC …" lists return addresses LEAF FIRST. The following
// "#\t0xPC-1\tfunc+0xoff\tfile:line" lines symbolize them (Go prints one per logical
// frame, inlined frames included, with PC = return address − 1, and hides leading
// runtime.* frames), and "# labels: {…}" carries goroutine labels.
import { ProfileParseError, shownInput } from './errors';
import type { Profile, ProfileFunction, ProfileLine, ProfileMapping, SampleTable, ValueType } from './model';
import { defineLazyLocations } from './locationColumns';
import { mappingFinder, parseProcMaps } from './procMaps';
import { NumberKeyMap } from '../numberKeyMap';
import { appendAll } from '../appendAll';
import { javaTextKind, parseJavaText } from './legacyJava';
import { scaleHeapSample } from './heapSampling';
import { isThreadProfileStart, parseThreadText } from './legacyThread';
import { TextLines } from './textLines';
import { WideValues } from './exactSums';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';
import { splitLines } from '../lineEnds';

export type LegacyTextKind = 'heap' | 'contention' | 'count' | 'java' | 'thread';

const heapHeaderRE = /^heap profile: *(\d+): *(\d+) *\[ *(\d+): *(\d+) *\] *@ *([a-z_0-9]*)\/?(\d*)/;
const heapSampleRE = /^(-?\d+): *(-?\d+) *\[ *(\d+): *(\d+) *\] *@([ x0-9a-fA-F]*)$/;
const contentionSampleRE = /^(\d+) +(\d+) *@([ x0-9a-fA-F]*)$/;
const countHeaderRE = /^(\S+) profile: total \d+$/;
const countSampleRE = /^(\d+) @([ x0-9a-fA-F]*)$/;

/** Recognizes a legacy text profile by its first meaningful line. */
export function legacyTextKind(firstLine: string): LegacyTextKind | undefined {
  if (heapHeaderRE.test(firstLine)) return 'heap';
  if (javaTextKind(firstLine) === 'heap') return 'java';
  if (isThreadProfileStart(firstLine)) return 'thread';
  if (/^--- (mutex:|contention:|contentionz )/.test(firstLine)) return 'contention';
  if (countHeaderRE.test(firstLine)) return 'count';
  return undefined;
}

interface Builder {
  // As pprof, one location per distinct address, its entry in locationByAddress its index; the
  // locations are columns (locationColumns.ts): the addresses are the map's keys, and a location a
  // "#" line named has 1 + the index of its lines in lineLists at its index in linesRef.
  locationByAddress: NumberKeyMap;
  linesRef: Uint32Array;
  lineLists: ProfileLine[][];
  functions: ProfileFunction[];
  functionByKey: Map<string, number>;
  strings: string[];
  stringIndex: Map<string, number>;
  values: number[];
  /** The values past 2^53, kept as the int64s pprof reads (strconv.ParseInt) and sums. */
  wide: WideValues;
  stackStart: number[];
  stack: Uint32Array;
  stackLength: number;
  /** The addresses of the sample line just read (parseAddresses). */
  addresses: Float64Array;
  labelStart: number[];
  labelKey: number[];
  labelStr: number[];
  labelNum: number[];
  // The sample just read, waiting for its "#" lines: where its stack starts in `stack`, how often
  // each of its PCs occurs (counted once, when a PC first gets a second "#" line: a symbol line never
  // scans the "@" list, which may be 10^6 deep, and most blocks never need the count), how many
  // "#" lines each PC got so far, and the locations first named by this block.
  sampleStart: number;
  pendingCount: NumberKeyMap | undefined;
  symbolLinesSeen: NumberKeyMap;
  namedInBlock: Set<number>;
}

export function parseLegacyText(text: string, gzipped: boolean): Profile {
  const lines = new TextLines(text);
  let header = lines.next();
  while (header !== undefined && isBlankOrComment(header)) header = lines.next();
  if (header === undefined) throw new ProfileParseError('empty text profile');
  header = header.trim();
  const kind = legacyTextKind(header);
  if (!kind) throw new ProfileParseError(`unrecognized text profile header "${header.slice(0, 60)}"`, { line: lines.index });
  // As pprof: a contentionz whose attributes Go's contention reader does not know is Java's.
  // Both rarer forms are read from the array of lines (the header's index in it: the line just read).
  if (kind === 'thread') return parseThreadText(splitLines(text), lines.index - 1, gzipped);
  if (kind === 'java' || (javaTextKind(header) === 'contention' && !onlyGoContentionAttributes(lines))) return parseJavaText(splitLines(text), lines.index - 1, gzipped);
  const b: Builder = {
    locationByAddress: new NumberKeyMap(), linesRef: new Uint32Array(64), lineLists: [], functions: [], functionByKey: new ContentKeyedMap(), strings: [''], stringIndex: new ContentKeyedMap([['', 0]]),
    values: [], wide: new WideValues(), stackStart: [], stack: new Uint32Array(64), stackLength: 0, addresses: new Float64Array(64), labelStart: [], labelKey: [], labelStr: [], labelNum: [], sampleStart: 0, pendingCount: undefined,
    symbolLinesSeen: new NumberKeyMap(), namedInBlock: new Set(),
  };
  const profile = emptyProfile(gzipped);
  const mappings: ProfileMapping[] = [];
  let parseSample: (line: string, lineNo: number) => void;
  if (kind === 'heap') parseSample = heapParser(header, profile, b);
  else if (kind === 'contention') parseSample = contentionParser(header, lines, profile, b);
  else parseSample = countParser(header, profile, b);

  for (let raw = lines.next(); raw !== undefined; raw = lines.next()) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('#')) {
      if (line.startsWith('# labels:')) addGoroutineLabels(line, lines.index, b);
      // Kept with their "#": pprof's reader keeps no comment here, and a "#" comment is one
      // its reports never print.
      else if (line.startsWith('# runtime.MemStats') || profile.comments.length > 0) profile.comments.push(line);
      else symbolize(line, b);
      continue;
    }
    if (/^(--- ?Memory map:|MAPPED_LIBRARIES:)/.test(line)) {
      appendAll(mappings, parseProcMaps(lines.rest()));
      break;
    }
    if (line.startsWith('---')) break;
    parseSample(line, lines.index);
  }
  return finish(profile, b, mappings);
}

function emptyProfile(gzipped: boolean): Profile {
  return {
    format: 'legacy-heap', gzipped, sampleTypes: [], defaultSampleTypeIndex: 0, period: 1, timeNanos: 0, durationNanos: 0,
    comments: [], dropFrames: '', keepFrames: '', mappings: [], locations: [], functions: [], strings: [''],
    samples: undefined as unknown as SampleTable, warnings: [],
  };
}

function heapParser(header: string, profile: Profile, b: Builder): (line: string, lineNo: number) => void {
  const m = heapHeaderRE.exec(header)!;
  profile.format = 'legacy-heap';
  profile.periodType = { type: 'space', unit: 'bytes' };
  let v2 = false;
  switch (m[5]) {
    case 'heapz_v2': case 'heap_v2': v2 = true; profile.period = finiteNumber(m[6] || '0', 'sampling rate', 1); break;
    // Go writes 2*MemProfileRate after "heap/".
    case 'heap': v2 = true; profile.period = Math.trunc(finiteNumber(m[6] || '0', 'sampling rate', 1) / 2); break;
    case 'heapprofile': profile.period = 1; break;
    case 'growthz': case 'growth': case 'fragmentationz': case 'fragmentation': profile.period = 1; break;
    default: throw new ProfileParseError(`unknown heap profile sampling "${m[5]}"`, { line: 1 });
  }
  const hasAlloc = (m[3] !== m[1] && m[3] !== '0') || (m[4] !== m[2] && m[4] !== '0');
  // alloc before inuse so that, as in pprof, the default (last) type is inuse_space.
  profile.sampleTypes = hasAlloc
    ? [vt('alloc_objects', 'count'), vt('alloc_space', 'bytes'), vt('inuse_objects', 'count'), vt('inuse_space', 'bytes')]
    : [vt('objects', 'count'), vt('space', 'bytes')];
  profile.defaultSampleTypeIndex = profile.sampleTypes.length - 1;
  const rate = profile.period;
  return (line, lineNo) => {
    const s = heapSampleRE.exec(line);
    if (!s) throw new ProfileParseError(`malformed heap sample "${line.slice(0, 60)}"`, { line: lineNo });
    let blockSize = 0;
    const add = (countText: string, sizeText: string, what: string): void => {
      let count = finiteNumber(countText, `${what} count`, lineNo), size = finiteNumber(sizeText, `${what} bytes`, lineNo);
      if (count === 0 && size !== 0) throw new ProfileParseError(`${what} count is 0 but ${what} bytes is ${size}`, { line: lineNo });
      if (count !== 0) {
        // pprof's int64 division of the sizes as written (a double's quotient can be a unit off past 2^53).
        blockSize = Math.abs(size) > Number.MAX_SAFE_INTEGER ? Number(BigInt(sizeText) / BigInt(countText)) : Math.trunc(size / count);
        if (v2) [count, size] = scaleHeapSample(count, size, rate);
        if (!Number.isFinite(count) || !Number.isFinite(size)) {
          throw new ProfileParseError(`${what} sample of ${countText} objects and ${sizeText} bytes cannot be unsampled at sampling rate ${rate}: it comes to more than a number holds`, { line: lineNo });
        }
      }
      // Unsampled values are pprof's float64 products; the rest are the int64s as written.
      const unsampled = v2 && rate > 1 && count !== 0;
      pushValue(b, count, unsampled ? undefined : countText);
      pushValue(b, size, unsampled ? undefined : sizeText);
    };
    if (hasAlloc) add(s[3], s[4], 'allocation');
    add(s[1], s[2], 'inuse');
    startSample(b, parseAddresses(s[5], lineNo, b));
    b.labelKey.push(intern(b, 'bytes'));
    b.labelStr.push(0);
    b.labelNum.push(blockSize);
  };
}

function contentionParser(header: string, lines: TextLines, profile: Profile, b: Builder): (line: string, lineNo: number) => void {
  profile.format = 'legacy-contention';
  profile.periodType = vt('contentions', 'count');
  profile.sampleTypes = [vt('contentions', 'count'), vt('delay', 'nanoseconds')];
  profile.defaultSampleTypeIndex = 1;
  profile.comments.length = 0;
  let cpuHz = 0;
  // The attribute lines under the header; the first other line is read again as the samples' first.
  for (let at = lines.position(), raw = lines.next(); raw !== undefined; at = lines.position(), raw = lines.next()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq < 0 || line.startsWith('---')) { lines.rewind(at); break; }
    const key = line.slice(0, eq).trim(), value = line.slice(eq + 1).trim();
    const n = Number(value);
    // The keys are goContentionAttributes'.
    switch (key) {
      case 'cycles/second': cpuHz = n; break;
      case 'sampling period': profile.period = n; break;
      case 'ms since reset': profile.durationNanos = n * 1e6; break;
      case 'discarded samples': break;
      default: throw new ProfileParseError(`unknown contention profile attribute "${shownInput(key)}" in ${shownInput(header)}`, { line: lines.index });
    }
    if (!Number.isFinite(n)) throw new ProfileParseError(`attribute "${shownInput(key)}" is not a number`, { line: lines.index });
  }
  const period = profile.period;
  const parse = (line: string, lineNo: number): void => {
    const s = contentionSampleRE.exec(line);
    if (!s) throw new ProfileParseError(`malformed contention sample "${line.slice(0, 60)}"`, { line: lineNo });
    let cycles = finiteNumber(s[1], 'contention cycles', lineNo), count = finiteNumber(s[2], 'contention count', lineNo);
    // As pprof: delays are cycles scaled to nanoseconds, both unsampled by the period.
    if (period > 0) {
      if (cpuHz > 0) cycles = Math.trunc(cycles * period / (cpuHz / 1e9));
      count = count * period;
      if (!Number.isFinite(cycles) || !Number.isFinite(count)) throw new ProfileParseError(`contention sample of ${s[2]} events and ${s[1]} cycles at sampling period ${period} comes to more than a number holds`, { line: lineNo });
    }
    // pprof multiplies the count by the period as int64s; the delay is an int64 as written unless scaled by cycles/second.
    pushValue(b, count, period > 0 ? exactProduct(s[2], period, count) : s[2]);
    pushValue(b, cycles, period > 0 && cpuHz > 0 ? undefined : s[1]);
    startSample(b, parseAddresses(s[3], lineNo, b));
  };
  return parse;
}

const goContentionAttributes = new Set(['cycles/second', 'sampling period', 'ms since reset', 'discarded samples']);

/** Whether every "key = value" line under a contention header is one Go's reader knows; the lines are read again after. */
function onlyGoContentionAttributes(lines: TextLines): boolean {
  const start = lines.position();
  try {
    for (let raw = lines.next(); raw !== undefined; raw = lines.next()) {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      const eq = line.indexOf('=');
      if (eq < 0 || line.startsWith('---')) return true;
      if (!goContentionAttributes.has(line.slice(0, eq).trim())) return false;
    }
    return true;
  } finally {
    lines.rewind(start);
  }
}

function countParser(header: string, profile: Profile, b: Builder): (line: string, lineNo: number) => void {
  const type = countHeaderRE.exec(header)![1];
  profile.format = 'legacy-count';
  profile.periodType = vt(type, 'count');
  profile.sampleTypes = [vt(type, 'count')];
  return (line, lineNo) => {
    const s = countSampleRE.exec(line);
    if (!s) throw new ProfileParseError(`malformed ${type} sample "${line.slice(0, 60)}"`, { line: lineNo });
    pushValue(b, finiteNumber(s[1], `${type} count`, lineNo), s[1]);
    startSample(b, parseAddresses(s[2], lineNo, b));
  };
}

function vt(type: string, unit: string): ValueType { return { type, unit }; }

/**
 * A count, size or rate of a text profile: digits past what a double holds (~10^308) read as
 * Infinity and would make every sum and percentage NaN, so they are an error that says where;
 * so are digits past int64, which pprof refuses. Past 2^53 the double is rounded: pushValue keeps
 * the digits' int64 beside it.
 */
function finiteNumber(text: string, what: string, lineNo: number): number {
  const n = Number(text);
  if (!Number.isFinite(n)) throw new ProfileParseError(`${what} ${shownDigits(text)} is larger than a number holds`, { line: lineNo });
  // pprof reads each number as an int64 (strconv.ParseInt) and refuses the profile past it.
  if (Math.abs(n) >= 2 ** 63 && BigInt.asIntN(64, BigInt(text)) !== BigInt(text)) throw new ProfileParseError(`${what} ${shownDigits(text)} is larger than an int64 holds`, { line: lineNo });
  return n;
}

function shownDigits(text: string): string {
  return text.length > 24 ? `${text.slice(0, 12)}…(${text.length} digits)` : text;
}

/** Past this a double may have rounded the digits it was read from. */
const MAX_EXACT_DOUBLE = BigInt(Number.MAX_SAFE_INTEGER);

/** A value's digits as an int64 when the double `value` may have rounded them, else undefined. */
function exactDigits(value: number, digits: string | bigint | undefined): bigint | undefined {
  if (digits === undefined || Math.abs(value) <= Number.MAX_SAFE_INTEGER) return undefined;
  const exact = typeof digits === 'bigint' ? digits : BigInt(digits);
  return exact > MAX_EXACT_DOUBLE || exact < -MAX_EXACT_DOUBLE ? BigInt.asIntN(64, exact) : undefined;
}

/** `digits` × `period` as pprof's int64 multiplication gives it (wrapping past 2^63), when the double `product` passes 2^53. */
function exactProduct(digits: string, period: number, product: number): bigint | undefined {
  return Math.abs(product) > Number.MAX_SAFE_INTEGER && Number.isSafeInteger(period) ? BigInt(digits) * BigInt(period) : undefined;
}

/**
 * Appends a sample value: `value` as a double, and beside it the int64 of `digits` (the text it
 * was read from, or an int64 product) when the double rounded it, as pprof's int64 sums need.
 */
function pushValue(b: Builder, value: number, digits: string | bigint | undefined): void {
  const exact = exactDigits(value, digits);
  if (exact !== undefined) b.wide.add(b.values.length, exact);
  b.values.push(exact === undefined ? value : Number(exact));
}

function isBlankOrComment(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('#');
}

/**
 * The words of `text` (spaces, 'x' and hex digits, as the sample patterns capture them), each an
 * address, into the start of `b.addresses`; how many.
 */
function parseAddresses(text: string, lineNo: number, b: Builder): number {
  let out = b.addresses, n = 0;
  // One pass over the characters, each word's value summed as its digits are checked.
  for (let p = 0; p < text.length;) {
    if (text.charCodeAt(p) === 0x20) { p++; continue; }
    const start = p;
    let value = 0, ok = text.charCodeAt(p) === 0x30 && text.charCodeAt(p + 1) === 0x78;
    for (p += 2; p < text.length; p++) {
      const c = text.charCodeAt(p);
      if (c === 0x20) break;
      const digit = hexDigit(c);
      if (digit < 0) ok = false;
      value = value * 16 + digit;
    }
    const digits = p - start - 2;
    if (!ok || digits < 1 || digits > 16) {
      const end = text.indexOf(' ', start);
      throw new ProfileParseError(`bad address "${shownInput(text.slice(start, end < 0 ? text.length : end))}"`, { line: lineNo });
    }
    // Up to 13 digits the sum is below 2^52, so exact; longer ones rounded as parseInt rounds them.
    if (n === out.length) b.addresses = out = grownTo(out, n * 2);
    out[n++] = digits <= 13 ? value : parseInt(text.slice(start + 2, p), 16);
  }
  return n;
}

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x57 : -1;
}

function intern(b: Builder, s: string): number {
  let i = b.stringIndex.get(s);
  if (i === undefined) { i = b.strings.length; b.strings.push(s); b.stringIndex.set(s, i); }
  return i;
}

/** The sample whose stack is the first `depth` of `b.addresses`. */
function startSample(b: Builder, depth: number): void {
  b.stackStart.push(b.stackLength);
  b.labelStart.push(b.labelKey.length);
  b.sampleStart = b.stackLength;
  b.pendingCount = undefined;
  b.symbolLinesSeen.clear();
  // Clearing a Set allocates its table anew: not for the samples no symbol line named.
  if (b.namedInBlock.size > 0) b.namedInBlock.clear();
  b.locationByAddress.reserve(depth);
  if (b.stackLength + depth > b.stack.length) b.stack = grown(b.stack, b.stackLength + depth);
  const stack = b.stack, addresses = b.addresses;
  for (let i = 0; i < depth; i++) {
    const addr = addresses[i];
    // Return addresses point after the call; like pprof, step back onto the call
    // instruction (the symbol lines print the same adjusted PC).
    stack[b.stackLength++] = b.locationByAddress.entryOf(addr > 0 ? addr - 1 : 0);
  }
}

/** `a` copied into an array of at least `size` entries (doubling, so that appends cost linear time). */
function grown(a: Uint32Array, size: number): Uint32Array {
  let length = a.length * 2;
  while (length < size) length *= 2;
  return grownTo(a, length);
}

function grownTo<T extends Uint32Array | Float64Array>(a: T, length: number): T {
  const out = new (a.constructor as new (n: number) => T)(length);
  out.set(a);
  return out;
}

/** How often each location occurs in the stack of the sample just read. */
function countPending(b: Builder): NumberKeyMap {
  const counts = new NumberKeyMap();
  for (let p = b.sampleStart; p < b.stackLength; p++) counts.add(b.stack[p], 1);
  return counts;
}

// "#\t0x4d2867\tmain.allocBig+0x27\t/path/main.go:157": names the location with that PC.
// Several "#" lines for one PC are either inlined frames (innermost first) or the same
// frame repeated by direct recursion; the count of that PC in the "@" list tells which.
function symbolize(line: string, b: Builder): void {
  const m = parseSymbolLine(line);
  if (!m) return;
  const pc = m.pc;
  // The stack's locations are the map's entries (startSample's entryOf), not its values.
  const loc = b.locationByAddress.entry(pc);
  if (loc === undefined) return;
  const seen = (b.symbolLinesSeen.get(pc) ?? 0) + 1;
  b.symbolLinesSeen.set(pc, seen);
  if (loc < b.linesRef.length && b.linesRef[loc] !== 0) {
    if (!b.namedInBlock.has(loc)) return;
    b.pendingCount ??= countPending(b);
    if (seen <= (b.pendingCount.get(loc) ?? 0)) return;
  }
  b.namedInBlock.add(loc);
  const key = `${m.name}\u0000${m.file}`;
  let fn = b.functionByKey.get(key);
  if (fn === undefined) {
    fn = b.functions.length;
    b.functions.push({ id: fn + 1, name: m.name, systemName: m.name, filename: m.file, startLine: 0 });
    b.functionByKey.set(key, fn);
  }
  if (loc >= b.linesRef.length) b.linesRef = grown(b.linesRef, b.locationByAddress.size);
  if (b.linesRef[loc] === 0) b.linesRef[loc] = b.lineLists.push([]);
  b.lineLists[b.linesRef[loc] - 1].push({ functionIndex: fn, line: m.line, column: 0 });
}

const isSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);
const isHex = (c: number): boolean => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);

/**
 * "#<space>0xPC<space>func+0xOFF<space>file:line" (the line trimmed): the symbol of a PC; undefined
 * for a bare "# 0xPC" or anything else. By hand, in one pass: a regex with two free-length
 * parts ("func", "file") backtracks quadratically on a long line of "+0x1 " pieces.
 */
export function parseSymbolLine(line: string): { pc: number; name: string; file: string; line: number } | undefined {
  let p = 1;
  if (line.charCodeAt(0) !== 0x23 || !isSpace(line.charCodeAt(p))) return undefined;
  while (isSpace(line.charCodeAt(p))) p++;
  if (!line.startsWith('0x', p)) return undefined;
  const hexStart = p + 2;
  for (p = hexStart; isHex(line.charCodeAt(p)); p++);
  if (p === hexStart || p - hexStart > 16 || !isSpace(line.charCodeAt(p))) return undefined;
  const pc = parseInt(line.slice(hexStart, p), 16);
  while (isSpace(line.charCodeAt(p))) p++;
  const funcStart = p;
  // file:line: the digits that end the line, after a colon.
  let digits = line.length;
  while (digits > funcStart && line.charCodeAt(digits - 1) >= 0x30 && line.charCodeAt(digits - 1) <= 0x39) digits--;
  if (digits === line.length || line.charCodeAt(digits - 1) !== 0x3a) return undefined;
  const colon = digits - 1;
  // func: up to the first "+0xOFF" followed by blanks that end before the colon.
  for (let plus = line.indexOf('+0x', funcStart + 1); plus >= 0 && plus < colon; plus = line.indexOf('+0x', plus + 1)) {
    let q = plus + 3;
    while (isHex(line.charCodeAt(q))) q++;
    if (q === plus + 3 || !isSpace(line.charCodeAt(q))) continue;
    while (isSpace(line.charCodeAt(q))) q++;
    if (q > colon) continue;
    return { pc, name: line.slice(funcStart, plus), file: line.slice(q, colon), line: Number(line.slice(digits)) };
  }
  return undefined;
}

// "# labels: {"role":"waiter"}" (goroutine profile, debug=1).
function addGoroutineLabels(line: string, lineNo: number, b: Builder): void {
  const json = line.slice(line.indexOf('{'));
  let parsed: unknown;
  try { parsed = JSON.parse(json); } catch {
    throw new ProfileParseError(`malformed labels ${json.slice(0, 60)}`, { line: lineNo });
  }
  if (parsed === null || typeof parsed !== 'object') return;
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    b.labelKey.push(intern(b, key));
    b.labelStr.push(intern(b, String(value)));
    b.labelNum.push(0);
  }
}

function finish(profile: Profile, b: Builder, mappings: ProfileMapping[]): Profile {
  const n = b.stackStart.length;
  const valueCount = profile.sampleTypes.length;
  b.stackStart.push(b.stackLength);
  b.labelStart.push(b.labelKey.length);
  const count = b.locationByAddress.size;
  const address = b.locationByAddress.keysInOrder();
  const mappingIndex = new Int32Array(count);
  const mappingOf = mappingFinder(mappings);
  for (let l = 0; l < count; l++) mappingIndex[l] = mappingOf(address[l]);
  const linesRef = b.linesRef.length >= count ? b.linesRef.subarray(0, count) : grown(b.linesRef, count).subarray(0, count);
  profile.mappings = mappings;
  profile.functions = b.functions;
  profile.strings = b.strings;
  const values = Float64Array.from(b.values);
  const valuesExact = b.wide.exactValues(values);
  profile.samples = {
    count: n, valueCount, values, ...(valuesExact && { valuesExact }), stackStart: Uint32Array.from(b.stackStart),
    locations: count <= 0x10000 ? Uint16Array.from(b.stack.subarray(0, b.stackLength)) : b.stack.slice(0, b.stackLength),
    labelStart: Uint32Array.from(b.labelStart), labelKey: Uint32Array.from(b.labelKey), labelStr: Uint32Array.from(b.labelStr),
    labelNum: Float64Array.from(b.labelNum), labelUnit: new Uint32Array(b.labelKey.length),
  };
  return defineLazyLocations(profile, { count, address, mappingIndex, linesRef, lineLists: b.lineLists });
}
