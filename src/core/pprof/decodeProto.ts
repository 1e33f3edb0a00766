// Streaming decoder for profile.proto (github.com/google/pprof/proto/profile.proto)
// straight into the columnar model:
//   1. walk the top-level fields and remember where each message is;
//   2. decode strings, functions, mappings and locations first (Go writes them AFTER the
//      samples), then the samples, turning location ids into indices on the fly.
// The big arrays are allocated once at their final size (growing them would double the
// peak memory): when the decoder owns the bytes (it gunzipped them), the stacks are
// written over sample bytes already read, so no count is needed; otherwise a counting
// pass over the samples comes first. No per-sample objects are created; a million-sample
// heap profile decodes into a few typed arrays. Labels are interned per distinct set
// (labelSets.ts).
import { ProfileParseError } from './errors';
import type { Profile, ProfileFunction, ProfileLine, ProfileMapping, SampleTable, ValueType } from './model';
import { defineLazyLocations, type LocationColumns } from './locationColumns';
import { LabelSetTable, defineLazyLabelColumns } from './labelSets';
import { WideValues } from './exactSums';
import { allZero, ProtoCursor, VarintEndCounter, WIRE_LEN, WIRE_VARINT } from './protoReader';
import { NumberKeyMap } from '../numberKeyMap';
import { idWarnings, type IdTally } from './idChecks';
import { WideIds } from './wideIds';
import { decodeEscapingBytes } from '../byteEscapes';

// Field numbers of message Profile.
const P_SAMPLE_TYPE = 1, P_SAMPLE = 2, P_MAPPING = 3, P_LOCATION = 4, P_FUNCTION = 5, P_STRING = 6,
  P_DROP_FRAMES = 7, P_KEEP_FRAMES = 8, P_TIME = 9, P_DURATION = 10, P_PERIOD_TYPE = 11, P_PERIOD = 12,
  P_COMMENT = 13, P_DEFAULT_SAMPLE_TYPE = 14;

/** Growable list of [start, end) byte ranges. */
class Ranges {
  starts = new Uint32Array(16);
  ends = new Uint32Array(16);
  length = 0;
  push(start: number, end: number): void {
    if (this.length === this.starts.length) this.grow();
    this.starts[this.length] = start;
    this.ends[this.length++] = end;
  }

  // Apart from push, which is then small enough to be inlined where it is called.
  private grow(): void {
    const s = new Uint32Array(this.length * 2); s.set(this.starts); this.starts = s;
    const e = new Uint32Array(this.length * 2); e.set(this.ends); this.ends = e;
  }
}

interface ValueTypeRef { type: number; unit: number }

interface TopLevel {
  /** Where each sample_type message is, decoded after the strings (decodeSampleTypes). */
  sampleTypes: Ranges;
  samples: Ranges;
  mappings: Ranges;
  locations: Ranges;
  functions: Ranges;
  strings: Ranges;
  comments: number[];
  dropFrames: number;
  keepFrames: number;
  timeNanos: number;
  timeNanosExact: bigint | undefined;
  durationNanos: number;
  durationNanosExact: bigint | undefined;
  periodType?: ValueTypeRef;
  period: number;
  defaultSampleType: number;
  /** NUL bytes that end the file after its last field (a writer that crashed, a preallocated file); 0 when none. */
  zeroPadding: number;
}

/** How many location ids and values some samples hold. */
interface SampleCounts { locationIds: number; values: number }


/**
 * `ownsBuffer`: `buf` is the decoder's to overwrite (it was gunzipped for this call). Then
 * the stacks are decoded into the bytes of samples already read (see StackWriter): the
 * raw profile and the largest decoded array do not have to exist side by side.
 */
export function decodeProfileProto(buf: Uint8Array, gzipped: boolean, ownsBuffer = false): Profile {
  const top = scanTopLevel(buf);
  const warnings: string[] = [];
  if (top.zeroPadding > 0) warnings.push(`${top.zeroPadding} NUL bytes after the profile's last field were ignored (a file padded by a crashed writer?)`);
  const strings = decodeStrings(buf, top.strings);
  const str = (i: number, what: string): string => {
    if (i < 0 || i >= strings.length || !Number.isInteger(i)) {
      throw new ProfileParseError(`${what} refers to string ${i} but the string table has ${strings.length} entries`);
    }
    return strings[i];
  };
  // Ids past 2^53 given stand-ins that keep them apart (wideIds.ts).
  const wideIds = new WideIds();
  const functions = decodeFunctions(buf, top.functions, str, wideIds);
  const functionIds = functions.map(f => f.id);
  const functionIndex = idIndex(functionIds);
  const mappings = decodeMappings(buf, top.mappings, str, wideIds);
  const mappingIds = mappings.map(m => m.id);
  const mappingIndex = idIndex(mappingIds);
  const locations = decodeLocations(buf, top.locations, functionIndex, mappingIndex, warnings, wideIds);
  const locationIds = locations.id!;
  const locationIndex = idIndex(locationIds);
  const shown = (id: number): string => wideIds.shown(id);
  warnings.push(...idWarnings('functions', functionIndex, shown), ...idWarnings('mappings', mappingIndex, shown), ...idWarnings('locations', locationIndex, shown));
  const sampleTypes = decodeSampleTypes(buf, top.sampleTypes, str);
  // pprof's own check (CheckValid): samples whose values name nothing cannot be shown.
  if (sampleTypes.length === 0 && top.samples.length > 0) {
    throw new ProfileParseError(`missing sample type information: ${top.samples.length} samples but no sample_type`, { offset: top.samples.starts[0] });
  }
  const samples = decodeSamples(buf, top, sampleTypes.length, locationIndex, locations.count, strings, ownsBuffer, wideIds);

  let defaultSampleTypeIndex = sampleTypes.length - 1;
  const defaultSampleType = top.defaultSampleType !== 0 ? str(top.defaultSampleType, 'default_sample_type') : '';
  if (defaultSampleType !== '') {
    const name = defaultSampleType;
    const i = sampleTypes.findIndex(t => t.type === name);
    if (i >= 0) defaultSampleTypeIndex = i;
    else warnings.push(`default_sample_type "${name}" is not one of the sample types`);
  }
  return defineLazyLocations({
    format: 'proto', gzipped,
    sampleTypes,
    defaultSampleTypeIndex: Math.max(0, defaultSampleTypeIndex),
    periodType: top.periodType ? { type: str(top.periodType.type, 'period_type'), unit: str(top.periodType.unit, 'period_type') } : undefined,
    period: top.period,
    timeNanos: top.timeNanos,
    ...(top.timeNanosExact !== undefined && { timeNanosExact: top.timeNanosExact }),
    durationNanos: top.durationNanos,
    ...(top.durationNanosExact !== undefined && { durationNanosExact: top.durationNanosExact }),
    ...(defaultSampleType !== '' && { defaultSampleType }),
    comments: top.comments.map(c => str(c, 'comment')),
    dropFrames: str(top.dropFrames, 'drop_frames'),
    keepFrames: str(top.keepFrames, 'keep_frames'),
    mappings, functions, strings, samples, warnings,
  }, locations);
}

function scanTopLevel(buf: Uint8Array): TopLevel {
  const top: TopLevel = {
    sampleTypes: new Ranges(), samples: new Ranges(), mappings: new Ranges(), locations: new Ranges(), functions: new Ranges(),
    strings: new Ranges(), comments: [], dropFrames: 0, keepFrames: 0, timeNanos: 0, timeNanosExact: undefined, durationNanos: 0, durationNanosExact: undefined, period: 0,
    defaultSampleType: 0, zeroPadding: 0,
  };
  const c = new ProtoCursor(buf);
  const end = buf.length;
  const { samples, locations } = top;
  while (c.pos < end) {
    const tagAt = c.pos;
    // A sample or location of a one-byte tag and a length under 2^14 (all of them in Go's
    // profiles: 10^6 each in a large one), listed here; any other field below, by the cursor.
    const first = buf[tagAt];
    if ((first === (P_SAMPLE << 3 | WIRE_LEN) || first === (P_LOCATION << 3 | WIRE_LEN)) && tagAt + 2 < end) {
      const b0 = buf[tagAt + 1], b1 = buf[tagAt + 2];
      const short = b0 < 0x80;
      if (short || b1 < 0x80) {
        const start = tagAt + (short ? 2 : 3);
        const stop = start + (short ? b0 : (b0 & 0x7f) | (b1 << 7));
        if (stop <= end) {
          (first === (P_SAMPLE << 3 | WIRE_LEN) ? samples : locations).push(start, stop);
          c.pos = stop;
          continue;
        }
      }
    }
    const tag = c.uvarint(end);
    const field = Math.floor(tag / 8), wire = tag & 7;
    if (field === 0) {
      // pprof's decoder skips field 0 as any field it does not know: a file padded with NULs reads.
      if (allZero(buf, tagAt, end)) { top.zeroPadding = end - tagAt; break; }
      throw new ProfileParseError('invalid protobuf field number 0: not a profile.proto message', { offset: tagAt });
    }
    if (wire === WIRE_LEN) {
      const stop = c.lengthEnd(end);
      const start = c.pos;
      switch (field) {
        case P_SAMPLE: top.samples.push(start, stop); break;
        case P_LOCATION: top.locations.push(start, stop); break;
        case P_FUNCTION: top.functions.push(start, stop); break;
        case P_MAPPING: top.mappings.push(start, stop); break;
        case P_STRING: top.strings.push(start, stop); break;
        case P_SAMPLE_TYPE: top.sampleTypes.push(start, stop); break;
        case P_PERIOD_TYPE: top.periodType = decodeValueType(buf, start, stop); break;
        case P_COMMENT: {
          const p = new ProtoCursor(buf, start);
          while (p.pos < stop) top.comments.push(p.uvarint(stop));
          break;
        }
        default: break;
      }
      c.pos = stop;
    } else if (wire === WIRE_VARINT) {
      const v = c.svarint(end);
      switch (field) {
        case P_DROP_FRAMES: top.dropFrames = v; break;
        case P_KEEP_FRAMES: top.keepFrames = v; break;
        case P_TIME: top.timeNanos = v; top.timeNanosExact = Number.isSafeInteger(v) ? undefined : c.lastInt64(); break;
        case P_DURATION: top.durationNanos = v; top.durationNanosExact = Number.isSafeInteger(v) ? undefined : c.lastInt64(); break;
        case P_PERIOD: top.period = v; break;
        case P_COMMENT: top.comments.push(v); break;
        case P_DEFAULT_SAMPLE_TYPE: top.defaultSampleType = v; break;
        default: break;
      }
    } else {
      if (field <= P_DEFAULT_SAMPLE_TYPE) {
        throw new ProfileParseError(`profile field ${field} has wire type ${wire}, which profile.proto does not allow`, { offset: tagAt });
      }
      c.skip(wire, end);
    }
  }
  return top;
}

// Counts location ids and values in the sample fields in [start, end) without decoding them.
function countSampleFields(c: ProtoCursor, varintEnds: VarintEndCounter, start: number, end: number, counts: SampleCounts): void {
  c.pos = start;
  while (c.pos < end) {
    const tag = c.uvarint(end);
    const field = Math.floor(tag / 8), wire = tag & 7;
    if (wire === WIRE_LEN) {
      const stop = c.lengthEnd(end);
      if (field === 1) counts.locationIds += varintEnds.count(c.pos, stop);
      else if (field === 2) counts.values += varintEnds.count(c.pos, stop);
      c.pos = stop;
    } else {
      c.skip(wire, end);
      if (wire === WIRE_VARINT) {
        if (field === 1) counts.locationIds++;
        else if (field === 2) counts.values++;
      }
    }
  }
}

/** Counts over samples [from … to) of the top-level ranges. */
function countSamples(buf: Uint8Array, samples: Ranges, from: number, to: number): SampleCounts {
  const counts = { locationIds: 0, values: 0 };
  const c = new ProtoCursor(buf), varintEnds = new VarintEndCounter(buf);
  const { starts, ends } = samples;
  let locationIds = 0, values = 0;
  for (let s = from; s < to; s++) {
    const end = ends[s];
    let pos = starts[s];
    // Packed ids and values of a one-byte tag and length, counted here a byte at a time (a
    // sample's are a few bytes); any other field from there on by countSampleFields.
    while (pos + 1 < end) {
      const tag = buf[pos], length = buf[pos + 1];
      const stop = pos + 2 + length;
      if ((tag !== (1 << 3 | WIRE_LEN) && tag !== (2 << 3 | WIRE_LEN)) || length >= 0x80 || stop > end) break;
      let numbers = 0;
      for (let i = pos + 2; i < stop; i++) numbers += (buf[i] >>> 7) ^ 1;
      if (tag === (1 << 3 | WIRE_LEN)) locationIds += numbers;
      else values += numbers;
      pos = stop;
    }
    if (pos < end) countSampleFields(c, varintEnds, pos, end, counts);
  }
  counts.locationIds += locationIds;
  counts.values += values;
  return counts;
}

/**
 * The location ids not yet decoded, in bytes not yet read (the ones before may have been
 * overwritten): the id just read (ending at `pos`), the rest of its packed field up to
 * `fieldEnd` (= pos when not packed), the other fields up to the sample's `end`, and the
 * samples after sample s.
 */
function locationIdsLeft(buf: Uint8Array, samples: Ranges, s: number, pos: number, fieldEnd: number, end: number): number {
  const counts = countSamples(buf, samples, s + 1, samples.length);
  countSampleFields(new ProtoCursor(buf), new VarintEndCounter(buf), fieldEnd, end, counts);
  return 1 + new VarintEndCounter(buf).count(pos, fieldEnd) + counts.locationIds;
}

/**
 * The sample types, one cursor for all of them. A type that repeats the one before it (a profile
 * may list 10^6 alike) is that same object: nothing changes a ValueType once read.
 */
function decodeSampleTypes(buf: Uint8Array, ranges: Ranges, str: (i: number, what: string) => string): ValueType[] {
  const out = new Array<ValueType>(ranges.length);
  const c = new ProtoCursor(buf);
  let before: ValueType | undefined, beforeType = -1, beforeUnit = -1;
  for (let i = 0; i < ranges.length; i++) {
    const end = ranges.ends[i];
    let type = 0, unit = 0;
    c.pos = ranges.starts[i];
    while (c.pos < end) {
      const tag = c.uvarint(end);
      if (tag === (1 << 3)) type = c.uvarint(end);
      else if (tag === (2 << 3)) unit = c.uvarint(end);
      else c.skip(tag & 7, end);
    }
    if (before === undefined || type !== beforeType || unit !== beforeUnit) {
      before = { type: str(type, 'sample_type'), unit: str(unit, 'sample_type') };
      beforeType = type; beforeUnit = unit;
    }
    out[i] = before;
  }
  return out;
}

function decodeValueType(buf: Uint8Array, start: number, end: number): ValueTypeRef {
  const c = new ProtoCursor(buf, start);
  const vt = { type: 0, unit: 0 };
  while (c.pos < end) {
    const tag = c.uvarint(end);
    if (tag === (1 << 3)) vt.type = c.uvarint(end);
    else if (tag === (2 << 3)) vt.unit = c.uvarint(end);
    else c.skip(tag & 7, end);
  }
  return vt;
}

/** The most bytes of strings decoded at once: a run that is not ASCII is decoded again string by string. */
const STRING_RUN_BYTES = 1 << 16;

function decodeStrings(buf: Uint8Array, ranges: Ranges): string[] {
  const out = new Array<string>(ranges.length);
  const { starts, ends } = ranges;
  for (let i = 0; i < ranges.length;) {
    // A run of strings each two bytes after the last (its tag and a one-byte length: ASCII) is
    // decoded at once; when every byte of it is ASCII, each string is cut from that text at its
    // bytes' offsets. 10^6 short strings were 10^6 decoder calls and as many Buffer views.
    const from = starts[i];
    let j = i + 1;
    while (j < ranges.length && starts[j] === ends[j - 1] + 2 && ends[j] - from <= STRING_RUN_BYTES) j++;
    if (j - i > 1) {
      const text = asciiText(buf, from, ends[j - 1]);
      if (text !== undefined) {
        for (let k = i; k < j; k++) out[k] = text.slice(starts[k] - from, ends[k] - from);
        i = j;
        continue;
      }
    }
    for (; i < j; i++) out[i] = starts[i] === ends[i] ? '' : decodeEscapingBytes(buf.subarray(starts[i], ends[i]));
  }
  if (out.length === 0) out.push('');
  else if (out[0] !== '') throw new ProfileParseError('string_table[0] must be the empty string', { offset: ranges.starts[0] });
  return out;
}

/** bytes start..end as text when every one is ASCII (each byte then one character), else undefined. */
function asciiText(buf: Uint8Array, start: number, end: number): string | undefined {
  const text = ASCII_OR_NOT.decode(buf.subarray(start, end));
  // A byte past ASCII decodes to fewer characters (a sequence) or to U+FFFD (not UTF-8).
  return text.length === end - start && !text.includes('\ufffd') ? text : undefined;
}
const ASCII_OR_NOT = new TextDecoder('utf-8');

type StringAt = (i: number, what: string) => string;

/**
 * Whether message i's bytes are message i-1's: a run of equal messages (a million empty ones, or
 * one repeated) then shares one decoded object instead of an object each. Decoded records are
 * never changed, and equal bytes decode equal.
 */
function repeatsPrevious(buf: Uint8Array, ranges: Ranges, i: number): boolean {
  if (i === 0) return false;
  const start = ranges.starts[i], length = ranges.ends[i] - start;
  const before = ranges.starts[i - 1];
  if (ranges.ends[i - 1] - before !== length) return false;
  for (let k = 0; k < length; k++) if (buf[start + k] !== buf[before + k]) return false;
  return true;
}

function decodeFunctions(buf: Uint8Array, ranges: Ranges, str: StringAt, wideIds: WideIds): ProfileFunction[] {
  const out: ProfileFunction[] = new Array(ranges.length);
  for (let i = 0; i < ranges.length; i++) {
    if (repeatsPrevious(buf, ranges, i)) { out[i] = out[i - 1]; continue; }
    const end = ranges.ends[i];
    const c = new ProtoCursor(buf, ranges.starts[i]);
    let id = 0, name = 0, systemName = 0, filename = 0, startLine = 0;
    while (c.pos < end) {
      const tag = c.uvarint(end);
      switch (tag) {
        case (1 << 3): id = wideIds.id(c, c.uvarint(end)); break;
        case (2 << 3): name = c.svarint(end); break;
        case (3 << 3): systemName = c.svarint(end); break;
        case (4 << 3): filename = c.svarint(end); break;
        case (5 << 3): startLine = c.svarint(end); break;
        default: c.skip(tag & 7, end);
      }
    }
    out[i] = { id, name: str(name, 'function name'), systemName: str(systemName, 'function system_name'), filename: str(filename, 'function filename'), startLine };
  }
  return out;
}

function decodeMappings(buf: Uint8Array, ranges: Ranges, str: StringAt, wideIds: WideIds): ProfileMapping[] {
  const out: ProfileMapping[] = new Array(ranges.length);
  for (let i = 0; i < ranges.length; i++) {
    if (repeatsPrevious(buf, ranges, i)) { out[i] = out[i - 1]; continue; }
    const end = ranges.ends[i];
    const c = new ProtoCursor(buf, ranges.starts[i]);
    const m: ProfileMapping = { id: 0, start: 0, limit: 0, offset: 0, file: '', buildId: '', hasFunctions: false, hasFilenames: false, hasLineNumbers: false, hasInlineFrames: false };
    while (c.pos < end) {
      const tag = c.uvarint(end);
      switch (tag) {
        case (1 << 3): m.id = wideIds.id(c, c.uvarint(end)); break;
        case (2 << 3): m.start = c.uvarint(end); break;
        case (3 << 3): m.limit = c.uvarint(end); break;
        case (4 << 3): m.offset = c.uvarint(end); break;
        case (5 << 3): m.file = str(c.svarint(end), 'mapping filename'); break;
        case (6 << 3): m.buildId = str(c.svarint(end), 'mapping build_id'); break;
        case (7 << 3): m.hasFunctions = c.uvarint(end) !== 0; break;
        case (8 << 3): m.hasFilenames = c.uvarint(end) !== 0; break;
        case (9 << 3): m.hasLineNumbers = c.uvarint(end) !== 0; break;
        case (10 << 3): m.hasInlineFrames = c.uvarint(end) !== 0; break;
        default: c.skip(tag & 7, end);
      }
    }
    out[i] = m;
  }
  return out;
}

/**
 * The locations as columns (locationColumns.ts): no object per location. A location's lines are a
 * list in `lineLists`; the one-line locations of one line (a function's line of many addresses)
 * share one list, as nothing changes a location's lines once read: 10^6 addresses of one line
 * kept 10^6 arrays and line objects, two thirds of the locations' memory.
 * A location as Go writes it (each field once, numbers of at most 7 bytes, one line) is read by
 * readPlainLocation with no object and no cursor; any other is read field by field (readLocation).
 */
function decodeLocations(buf: Uint8Array, ranges: Ranges, functionIndex: IdIndex, mappingIndex: IdIndex, warnings: string[], wideIds: WideIds): LocationColumns {
  const count = ranges.length;
  const columns: ReadColumns = {
    count, id: new Float64Array(count), address: new Float64Array(count), mappingIndex: new Int32Array(count).fill(-1),
    linesRef: new Uint32Array(count), lineLists: [],
  };
  const ids = columns.id, addresses = columns.address, mappings = columns.mappingIndex, linesRef = columns.linesRef;
  const tally: LocationTally = { unknownFunctions: 0, lineWithoutFunction: 0, unknownMappings: 0 };
  const oneLines = new OneLineLists(columns.lineLists);
  const c = new ProtoCursor(buf);
  const plain = new Float64Array(PLAIN_FIELDS);
  const { starts, ends } = ranges;
  for (let i = 0; i < count; i++) {
    const lines = readPlainLocation(buf, starts[i], ends[i], plain);
    if (lines < 0) { readLocation(c, starts[i], ends[i], i, columns, functionIndex, mappingIndex, tally, oneLines, wideIds); continue; }
    ids[i] = plain[PLAIN_ID];
    addresses[i] = plain[PLAIN_ADDRESS];
    const mappingId = plain[PLAIN_MAPPING];
    // pprof reads an id no mapping has as no mapping, and gives the location its own.
    if (mappingId !== 0) {
      const m = functionOrMapping(mappingIndex, mappingId);
      mappings[i] = m;
      if (m < 0) tally.unknownMappings++;
    }
    if (lines === 0) continue;
    const functionId = plain[PLAIN_FUNCTION];
    let fi = -1;
    if (functionId !== 0) {
      fi = functionOrMapping(functionIndex, functionId);
      if (fi < 0) tally.unknownFunctions++;
    } else tally.lineWithoutFunction++;
    linesRef[i] = oneLines.refOf(fi, plain[PLAIN_LINE], plain[PLAIN_COLUMN]);
  }
  const { unknownFunctions, lineWithoutFunction, unknownMappings } = tally;
  if (unknownFunctions > 0) warnings.push(`${unknownFunctions} location line(s) refer to unknown function ids (pprof rejects the profile)`);
  if (lineWithoutFunction > 0) warnings.push(`${lineWithoutFunction} location line(s) name no function, id 0 (pprof rejects the profile)`);
  if (unknownMappings > 0) warnings.push(`${unknownMappings} location(s) refer to unknown mapping ids: read as without a mapping, as pprof reads them`);
  return columns;
}

/** LocationColumns while they are read. */
interface ReadColumns { count: number; id: Float64Array; address: Float64Array; mappingIndex: Int32Array; linesRef: Uint32Array; lineLists: ProfileLine[][]; folded?: Uint8Array }

interface LocationTally { unknownFunctions: number; lineWithoutFunction: number; unknownMappings: number }

/** readPlainLocation's answer: a location's fields by these indices. */
const PLAIN_ID = 0, PLAIN_MAPPING = 1, PLAIN_ADDRESS = 2, PLAIN_FUNCTION = 3, PLAIN_LINE = 4, PLAIN_COLUMN = 5, PLAIN_FIELDS = 6;
/** A varint of more than 7 bytes (past 2^49, or negative) is left to the cursor, which reads it exactly. */
const PLAIN_VARINT_LAST_SCALE = 2 ** 42;

/**
 * Reads the location in buf[pos, end) into `out` when it is plain: fields 1-4 each at most once
 * (a line's function, line and column each at most once), numbers of at most 7 bytes, nothing
 * else. Returns its number of lines (0 or 1), or -1 when it is not plain (then nothing is
 * known of it: the cursor reads it again, with every check and error).
 */
function readPlainLocation(buf: Uint8Array, pos: number, end: number, out: Float64Array): number {
  let id = 0, mapping = 0, address = 0, fn = 0, line = 0, column = 0, seen = 0;
  while (pos < end) {
    const tag = buf[pos++];
    if (tag === (4 << 3 | WIRE_LEN)) {
      if ((seen & 8) !== 0 || pos >= end) return -1;
      seen |= 8;
      const length = buf[pos++];
      const stop = pos + length;
      if (length >= 0x80 || stop > end) return -1;
      let lineSeen = 0;
      while (pos < stop) {
        const t = buf[pos++];
        let v = 0, scale = 1, b = 0x80;
        while (b >= 0x80) {
          if (pos >= stop || scale > PLAIN_VARINT_LAST_SCALE) return -1;
          b = buf[pos++];
          v += (b & 0x7f) * scale;
          scale *= 128;
        }
        if (t === (1 << 3) && (lineSeen & 1) === 0) { fn = v; lineSeen |= 1; }
        else if (t === (2 << 3) && (lineSeen & 2) === 0) { line = v; lineSeen |= 2; }
        else if (t === (3 << 3) && (lineSeen & 4) === 0) { column = v; lineSeen |= 4; }
        else return -1;
      }
      continue;
    }
    let v = 0, scale = 1, b = 0x80;
    while (b >= 0x80) {
      if (pos >= end || scale > PLAIN_VARINT_LAST_SCALE) return -1;
      b = buf[pos++];
      v += (b & 0x7f) * scale;
      scale *= 128;
    }
    if (tag === (1 << 3) && (seen & 1) === 0) { id = v; seen |= 1; }
    else if (tag === (2 << 3) && (seen & 2) === 0) { mapping = v; seen |= 2; }
    else if (tag === (3 << 3) && (seen & 4) === 0) { address = v; seen |= 4; }
    else return -1;
  }
  out[PLAIN_ID] = id; out[PLAIN_MAPPING] = mapping; out[PLAIN_ADDRESS] = address;
  out[PLAIN_FUNCTION] = fn; out[PLAIN_LINE] = line; out[PLAIN_COLUMN] = column;
  return seen >> 3;
}

/** Location i read field by field at the cursor: any field order, repeats, numbers of 10 bytes, lines of every kind. */
function readLocation(c: ProtoCursor, start: number, end: number, i: number, columns: ReadColumns, functionIndex: IdIndex, mappingIndex: IdIndex,
  tally: LocationTally, oneLines: OneLineLists, wideIds: WideIds): void {
  c.pos = start;
  // A location's lines in an array of their number: one grown by push reserves 17 slots, most of
  // the memory of a profile of 10^6 one-line locations (290 bytes each).
  let firstLine: ProfileLine | undefined, lines: ProfileLine[] | undefined;
  while (c.pos < end) {
    const tag = c.uvarint(end);
    switch (tag) {
      case (1 << 3): columns.id[i] = wideIds.id(c, c.uvarint(end)); break;
      case (2 << 3): {
        const id = wideIds.id(c, c.uvarint(end));
        // pprof reads an id no mapping has as no mapping, and gives the location its own.
        if (id !== 0) {
          const m = functionOrMapping(mappingIndex, id);
          columns.mappingIndex[i] = m;
          if (m < 0) tally.unknownMappings++;
        }
        break;
      }
      case (3 << 3): columns.address[i] = c.uvarint(end); break;
      case (4 << 3 | WIRE_LEN): {
        const stop = c.lengthEnd(end);
        const line: ProfileLine = { functionIndex: -1, line: 0, column: 0 };
        const unknownBefore = tally.unknownFunctions;
        while (c.pos < stop) {
          const t = c.uvarint(stop);
          if (t === (1 << 3)) {
            const id = wideIds.id(c, c.uvarint(stop));
            if (id !== 0) {
              line.functionIndex = functionOrMapping(functionIndex, id);
              if (line.functionIndex < 0) tally.unknownFunctions++;
            }
          } else if (t === (2 << 3)) line.line = c.svarint(stop);
          else if (t === (3 << 3)) line.column = c.svarint(stop);
          else c.skip(t & 7, stop);
        }
        // No function id (or 0, the same on the wire) and not an unknown one: pprof's nil function.
        if (line.functionIndex < 0 && tally.unknownFunctions === unknownBefore) tally.lineWithoutFunction++;
        if (firstLine === undefined) firstLine = line;
        else if (lines === undefined) lines = [firstLine, line];
        else lines.push(line);
        break;
      }
      case (5 << 3): {
        const folded = c.uvarint(end) !== 0;
        if (folded) (columns.folded ??= new Uint8Array(columns.count))[i] = 1;
        else if (columns.folded) columns.folded[i] = 0;
        break;
      }
      default: c.skip(tag & 7, end);
    }
  }
  if (lines !== undefined) columns.linesRef[i] = columns.lineLists.push(lines);
  else if (firstLine !== undefined) columns.linesRef[i] = oneLines.refOf(firstLine.functionIndex, firstLine.line, firstLine.column, firstLine);
}

/** Below these the line's function index and number make one key of a double. */
const SHARED_LINE_FUNCTIONS = 1 << 20, SHARED_LINE_NUMBERS = 2 ** 32;

/** The lists of one line each, one per distinct line (function, number; column 0) as far as a key of both fits a double. */
class OneLineLists {
  private readonly refOfKey = new NumberKeyMap();
  private readonly refs: number[] = [];
  /** The last shared line asked, and its list: addresses of one line come one after another. */
  private lastKey = -1;
  private lastRef = 0;

  constructor(private readonly lineLists: ProfileLine[][]) {}

  /** The linesRef of the list of this one line: the list of an earlier location of that line when there is one. */
  refOf(functionIndex: number, number: number, column: number, line?: ProfileLine): number {
    if (column !== 0 || functionIndex < 0 || functionIndex >= SHARED_LINE_FUNCTIONS || number < 0 || number >= SHARED_LINE_NUMBERS) {
      return this.lineLists.push([line ?? { functionIndex, line: number, column }]);
    }
    const key = functionIndex * SHARED_LINE_NUMBERS + number;
    if (key === this.lastKey) return this.lastRef;
    const entry = this.refOfKey.entryOf(key);
    if (entry === this.refs.length) this.refs.push(this.lineLists.push([line ?? { functionIndex, line: number, column }]));
    this.lastKey = key;
    return this.lastRef = this.refs[entry];
  }
}

function decodeSamples(buf: Uint8Array, top: TopLevel, typeCount: number, locationIndex: IdIndex, locationCount: number, strings: readonly string[], ownsBuffer: boolean, wideIds: WideIds): SampleTable {
  const n = top.samples.length;
  // In place: index i of the stacks goes to bytes [2i, 2i+2) of `buf`, which must already
  // have been read. The samples come first in Go's profiles and a location id takes one or
  // two bytes plus the tags, lengths, values and labels around it, so the writes normally
  // stay behind the reads; when they would not, the stacks move to their own array. In
  // place, the arrays need no counting pass: the stacks' view is cut to size at the end
  // and a sample with a wrong number of values is reported where it is.
  let inPlace = ownsBuffer && locationCount <= 0x10000 && (buf.byteOffset & 1) === 0;
  let locations: Uint16Array | Uint32Array;
  let values: Float64Array;
  if (inPlace) {
    locations = new Uint16Array(buf.buffer, buf.byteOffset, buf.length >> 1);
    values = new Float64Array(n * typeCount);
  } else {
    const counts = countSamples(buf, top.samples, 0, n);
    if (counts.values !== n * typeCount) {
      throw new ProfileParseError(`samples hold ${counts.values} values in all, expected ${typeCount} per sample for ${n} samples`);
    }
    values = new Float64Array(counts.values);
    // Location indices fit 16 bits in most profiles; halving this, the largest array, matters.
    locations = locationCount <= 0x10000 ? new Uint16Array(counts.locationIds) : new Uint32Array(counts.locationIds);
  }
  const stackStart = new Uint32Array(n + 1);
  const labelSets = new LabelSetTable();
  /** Per sample its label set id; allocated when the first labelled sample shows up. */
  let sampleLabelSet: Uint32Array | undefined;
  const c = new ProtoCursor(buf);
  const dense = locationIndex.dense, sparse = locationIndex.sparse;
  const denseLen = dense.length;
  // Which locations some stack holds: lets top find its rows without rescanning the stacks.
  const used = new Uint8Array(locationCount);
  let li = 0, vi = 0;
  const wide = new WideValues();
  for (let s = 0; s < n; s++) {
    const end = top.samples.ends[s];
    c.pos = top.samples.starts[s];
    stackStart[s] = li;
    const valueStart = vi;
    let labelled = false;
    while (c.pos < end) {
      const tagAt = c.pos;
      // A tag and a length of one byte each read here: the cursor's calls are not inlined into this loop.
      const tag = buf[tagAt] < 0x80 ? buf[c.pos++] : c.uvarint(end);
      if (tag === (1 << 3 | WIRE_LEN) || tag === (1 << 3)) {
        const packed = tag !== (1 << 3);
        const length = c.pos < end ? buf[c.pos] : 0x80;
        const stop = !packed ? end : length < 0x80 && c.pos + 1 + length <= end ? (c.pos += 1) + length : c.lengthEnd(end);
        if (inPlace && 2 * li + (stop - c.pos) > c.pos) {
          // In place, and even one byte per id could catch up with the reads: check every write.
          while (c.pos < stop) {
            const at = c.pos;
            const id = wideIds.id(c, c.uvarint(stop));
            const index = id < denseLen ? dense[id] : (sparse?.get(id) ?? -1);
            if (index < 0) throw new ProfileParseError(`sample ${s} refers to unknown location id ${wideIds.shown(id)}`, { offset: at });
            if (inPlace && 2 * li + 2 > c.pos) {
              locations = stacksMovedOut(buf, li, li + locationIdsLeft(buf, top.samples, s, c.pos, packed ? stop : c.pos, end));
              inPlace = false;
            }
            used[index] = 1;
            locations[li++] = index;
            if (!packed) break;
          }
          continue;
        }
        if (packed) li = readDenseLocationIds(c, stop, dense, locations, li, s, used);
        while (c.pos < stop) {
          const at = c.pos;
          const id = wideIds.id(c, c.uvarint(stop));
          const index = id < denseLen ? dense[id] : (sparse?.get(id) ?? -1);
          if (index < 0) throw new ProfileParseError(`sample ${s} refers to unknown location id ${wideIds.shown(id)}`, { offset: at });
          used[index] = 1;
          locations[li++] = index;
          if (!packed) break;
        }
      } else if (tag === (2 << 3 | WIRE_LEN)) {
        const length = c.pos < end ? buf[c.pos] : 0x80;
        vi = readPackedValues(c, length < 0x80 && c.pos + 1 + length <= end ? (c.pos += 1) + length : c.lengthEnd(end), values, vi, wide);
      } else if (tag === (2 << 3)) {
        const v = c.svarint(end);
        if (!Number.isSafeInteger(v)) wide.add(vi, c.lastInt64());
        values[vi++] = v;
      } else if (tag === (3 << 3 | WIRE_LEN)) {
        if (!labelled) { labelSets.beginSet(); labelled = true; }
        readLabel(c, c.lengthEnd(end), labelSets, strings, s, tagAt);
      } else {
        c.skip(tag & 7, end);
      }
    }
    if (vi - valueStart !== typeCount) {
      throw new ProfileParseError(`sample ${s} has ${vi - valueStart} values but the profile has ${typeCount} sample types`, { offset: top.samples.starts[s] });
    }
    if (labelled) (sampleLabelSet ??= new Uint32Array(n))[s] = labelSets.endSet();
  }
  stackStart[n] = li;
  if (inPlace) locations = locations.subarray(0, li);
  const valuesExact = wide.exactValues(values);
  return defineLazyLabelColumns({ count: n, valueCount: typeCount, values, ...(valuesExact && { valuesExact }), stackStart, locations, locationUsed: used }, () => labelSets.columns(sampleLabelSet, n), () => labelSets.distinctKeys(),
    { setOf: sampleLabelSet });
}

// The hot loops of decodeSamples live in small functions of their own: V8 optimizes
// those within microseconds, while one big loop body takes ~100 ms to compile and runs
// unoptimized meanwhile (and again after any deoptimization).

/**
 * Reads the packed location ids from c.pos up to `stop` while they are of one to four bytes and
 * in the dense index, writing their indices from locations[li]; returns the new li and leaves
 * c.pos at the first id it did not take (the caller reads the rest, with every check). No branch
 * on the length of ids of one or two bytes: those mix randomly (mispredictions); ids of three or
 * four (10^4 locations and more) take a branch of their own.
 */
function readDenseLocationIds(c: ProtoCursor, stop: number, dense: Int32Array, locations: Uint16Array | Uint32Array, li: number, sample: number, used: Uint8Array): number {
  const buf = c.buf, denseLen = dense.length;
  let pos = c.pos;
  while (pos < stop) {
    const b0 = buf[pos];
    // Past the field, a continuation byte: the id does not end there.
    const b1 = pos + 1 < stop ? buf[pos + 1] : 0x80;
    let id: number, size: number;
    if ((b0 & b1 & 0x80) === 0) {
      const continued = b0 >>> 7;
      id = (b0 & 0x7f) | ((b1 << 7) & -continued);
      size = 1 + continued;
    } else {
      if (pos + 2 >= stop) break;
      const b2 = buf[pos + 2];
      id = (b0 & 0x7f) | ((b1 & 0x7f) << 7) | ((b2 & 0x7f) << 14);
      size = 3;
      if (b2 >= 0x80) {
        if (pos + 3 >= stop) break;
        const b3 = buf[pos + 3];
        if (b3 >= 0x80) break;
        id |= b3 << 21;
        size = 4;
      }
    }
    if (id >= denseLen) break;
    const index = dense[id];
    if (index < 0) throw new ProfileParseError(`sample ${sample} refers to unknown location id ${id}`, { offset: pos });
    used[index] = 1;
    locations[li++] = index;
    pos += size;
  }
  c.pos = pos;
  return li;
}

/** Reads packed values up to `stop` into values[vi …); returns the new vi. Values below 2^21 inline. */
function readPackedValues(c: ProtoCursor, stop: number, values: Float64Array, vi: number, wide: WideValues): number {
  const buf = c.buf;
  let pos = c.pos;
  while (pos < stop) {
    const b0 = buf[pos];
    if (b0 < 0x80) { values[vi++] = b0; pos++; continue; }
    const b1 = pos + 1 < stop ? buf[pos + 1] : 0x80;
    if (b1 < 0x80) { values[vi++] = (b0 & 0x7f) | (b1 << 7); pos += 2; continue; }
    if (pos + 2 < stop && buf[pos + 2] < 0x80) { values[vi++] = (b0 & 0x7f) | ((b1 & 0x7f) << 7) | (buf[pos + 2] << 14); pos += 3; continue; }
    c.pos = pos;
    const v = c.svarint(stop);
    if (!Number.isSafeInteger(v)) wide.add(vi, c.lastInt64());
    values[vi++] = v;
    pos = c.pos;
  }
  c.pos = pos;
  return vi;
}

/**
 * Reads one Label message ending at `stop` into the sample's pending label set. A label that holds
 * nothing is left out as pprof leaves it out: its driver works on a copy made by encoding the
 * profile again, where a string value "" becomes string 0 (no value) and a number 0 without a unit
 * becomes no field at all, and such a label is dropped on reading (Go's runtime writes
 * `pprof.Labels("k", "")` that way). Keeping them listed labels `go tool pprof -tags` does not.
 */
function readLabel(c: ProtoCursor, stop: number, labelSets: LabelSetTable, strings: readonly string[], sample: number, tagAt: number): void {
  let key = 0, str = 0, num = 0, unit = 0;
  while (c.pos < stop) {
    const t = c.uvarint(stop);
    switch (t) {
      case (1 << 3): key = c.uvarint(stop); break;
      case (2 << 3): str = c.uvarint(stop); break;
      case (3 << 3): num = c.svarint(stop); break;
      case (4 << 3): unit = c.uvarint(stop); break;
      default: c.skip(t & 7, stop);
    }
  }
  if (key >= strings.length || str >= strings.length || unit >= strings.length) {
    throw new ProfileParseError(`sample ${sample} has a label pointing past the string table (${strings.length} entries)`, { offset: tagAt });
  }
  const holdsNothing = str !== 0 ? strings[str] === '' : num === 0 && strings[unit] === '';
  if (!holdsNothing) labelSets.addLabel(key, str, num, unit);
}

/** The stacks decoded in place so far, copied to their own array of the full size. */
function stacksMovedOut(buf: Uint8Array, written: number, total: number): Uint16Array {
  const out = new Uint16Array(total);
  out.set(new Uint16Array(buf.buffer, buf.byteOffset, written));
  return out;
}

/** id → array index: a dense Int32Array when ids are small (Go numbers them 1..N), else a Map; and the ids' tally for idWarnings. */
interface IdIndex extends IdTally { dense: Int32Array; sparse?: NumberKeyMap }

function idIndex(ids: ArrayLike<number>): IdIndex {
  let max = 0;
  for (let i = 0; i < ids.length; i++) if (ids[i] > max) max = ids[i];
  let zero = 0, repeated = 0, firstRepeated = 0;
  if (max <= ids.length * 4 + 1024) {
    const dense = new Int32Array(max + 1).fill(-1);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (id === 0) zero++;
      if (dense[id] < 0) dense[id] = i;
      else if (id !== 0 && repeated++ === 0) firstRepeated = id;
    }
    return { dense, zero, repeated, firstRepeated };
  }
  const sparse = new NumberKeyMap();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id === 0) zero++;
    if (!sparse.has(id)) sparse.set(id, i);
    else if (id !== 0 && repeated++ === 0) firstRepeated = id;
  }
  return { dense: new Int32Array(0), sparse, zero, repeated, firstRepeated };
}

function functionOrMapping(index: IdIndex, id: number): number {
  return id < index.dense.length ? index.dense[id] : (index.sparse?.get(id) ?? -1);
}
