// Recognizes what a file is from its bytes alone (never its name), cheaply: at most the
// first 64 KiB are looked at (decompressed first when gzip-compressed).
import { Gunzip } from 'fflate';
import { legacyCpuHeader } from './legacyCpu';
import { legacyTextKind } from './legacyText';
import { allZero, ProtoCursor } from './protoReader';
import { utf16Encoding } from '../goroutines/utf16Encoding';
import { splitLines } from '../lineEnds';

export type ProfileKind =
  | 'pprof'             // profile.proto
  | 'pprof-text'        // Go legacy text: heap / mutex / contention / goroutine or threadcreate debug=1
  | 'pprof-legacy-cpu'  // pre-proto binary CPU profile
  | 'goroutine-dump'    // debug=2 goroutine dump, panic or crash output (not a pprof profile)
  | 'unknown';

export interface SniffResult {
  kind: ProfileKind;
  gzipped: boolean;
}

const SNIFF_BYTES = 64 * 1024;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export function sniffProfileKind(bytes: Uint8Array): SniffResult {
  if (isGzip(bytes)) {
    const head = gunzipPrefix(bytes.subarray(0, SNIFF_BYTES));
    // A gzip stream we cannot even start to inflate is still "compressed something".
    return { kind: head ? sniffRaw(head) : 'unknown', gzipped: true };
  }
  return { kind: sniffRaw(bytes.subarray(0, SNIFF_BYTES)), gzipped: false };
}

/** Classifies uncompressed bytes (possibly only a prefix of the file). */
export function sniffRaw(head: Uint8Array): ProfileKind {
  if (head.length === 0) return 'unknown';
  const cpu = legacyCpuHeader(head);
  if (cpu) return 'pprof-legacy-cpu';
  // A text profile or dump saved by Windows PowerShell's `>` is UTF-16.
  const utf16 = utf16Encoding(head);
  if (utf16 !== null) return sniffText(new TextDecoder(utf16).decode(head.subarray(0, 16384)));
  // The NUL bytes a crashed writer leaves at a file's end are not text.
  const trimmed = withoutTrailingZeros(head);
  const nonText = firstNonTextByte(trimmed);
  if (nonText === -1) return sniffText(new TextDecoder().decode(head.subarray(0, 8192)));
  if (looksLikeProfileProto(head)) return 'pprof';
  // A text profile with a stray control byte in its first lines (a NUL from a crashed writer or a
  // bad copy): its whole lines before that byte must start as one, and then its parser says on
  // which line the byte is, or reads it as pprof does. Not ESC: a coloured text is the goroutine
  // reader's, which drops the colours.
  const before = trimmed.subarray(0, nonText);
  // The last line end before it: an LF, or a CR alone (lineEnds.ts).
  const textEnd = Math.max(before.lastIndexOf(0x0a), before.lastIndexOf(0x0d));
  if (textEnd > 0 && trimmed[nonText] !== 0x1b && sniffText(new TextDecoder().decode(head.subarray(0, textEnd))) === 'pprof-text') return 'pprof-text';
  return 'unknown';
}

function sniffText(text: string): ProfileKind {
  const first = splitLines(text).map(l => l.trim()).find(l => l !== '' && !l.startsWith('#'));
  if (first !== undefined && legacyTextKind(first)) return 'pprof-text';
  if (/^(?:.*\s)?goroutine \d+ (?:gp=0x[0-9a-f]+ m=\S+ (?:mp=0x[0-9a-f]+ )?)?\[/m.test(text)) return 'goroutine-dump';
  return 'unknown';
}

function withoutTrailingZeros(head: Uint8Array): Uint8Array {
  let end = head.length;
  while (end > 0 && head[end - 1] === 0) end--;
  return head.subarray(0, end);
}

export function looksLikeText(head: Uint8Array): boolean {
  return firstNonTextByte(head) === -1;
}

/** Where in the first 512 bytes of `head` is a control byte text does not hold (tab and line ends it does), or -1. */
export function firstNonTextByte(head: Uint8Array): number {
  const n = Math.min(head.length, 512);
  for (let i = 0; i < n; i++) {
    const b = head[i];
    if (b < 0x09 || (b > 0x0d && b < 0x20)) return i;
  }
  return -1;
}

// Walks the top-level fields of the prefix: every tag must be a field of message Profile with the
// wire type profile.proto gives it (15 is doc_url, written by newer encoders), or a field number
// Profile lacks whose value pprof's decoder skips (wire types 0, 1, 2, 5: a newer or extended
// encoder's). The first field must be a Profile's, and more than its tag must agree: a tag and a
// length running past the end alone pass for about 1 random file in 60. So the first field is read
// as the message it holds (a sample type, a sample, a mapping, a location, a function, the period
// type), or, when it is a number, three whole fields start the head (two when they are all of it).
function looksLikeProfileProto(head: Uint8Array): boolean {
  const walk = walkProfileFields(head);
  if (walk.broken !== null || !walk.firstKnown) return false;
  // A head starting with a message field is judged by that message; one starting with a string or
  // a number (an encoder writing its fields out of order) by how many whole fields follow.
  const asMessage = firstFieldReadAsItsMessage(head);
  if (asMessage !== undefined) return asMessage;
  return walk.wholeKnown >= MIN_WHOLE_FIELDS || (walk.endsAtHeadEnd && walk.wholeKnown >= MIN_WHOLE_FIELDS - 1);
}

const WIRE_VARINT = 0, WIRE_FIXED64 = 1, WIRE_LENGTH = 2, WIRE_FIXED32 = 5;

/**
 * The wire types of each field of message Profile (profile.proto): messages and the string table by
 * length, numbers and string indices as varints, `comment`'s repeated indices packed or not.
 */
const PROFILE_FIELD_WIRES: ReadonlyMap<number, readonly number[]> = new Map([
  ...[1, 2, 3, 4, 5, 11].map((f): [number, number[]] => [f, [WIRE_LENGTH]]), // sample_type … function, period_type
  [6, [WIRE_LENGTH]], // string_table
  // drop/keep_frames, times, period, default_sample_type, doc_url (string table indices and numbers)
  ...[7, 8, 9, 10, 12, 14, 15].map((f): [number, number[]] => [f, [WIRE_VARINT]]),
  [13, [WIRE_VARINT, WIRE_LENGTH]], // comment
]);

/** Whole Profile fields a head must start with to be taken for profile.proto when its first field says too little. */
const MIN_WHOLE_FIELDS = 3;

/**
 * The wire types each field of a Profile's submessages may have, by the Profile field that holds
 * them (profile.proto): a repeated number packed (length) or not (varint).
 */
const SUBMESSAGE_FIELDS: ReadonlyMap<number, ReadonlyMap<number, readonly number[]>> = new Map([
  [1, new Map([[1, [WIRE_VARINT]], [2, [WIRE_VARINT]]])], // ValueType: type, unit
  [2, new Map([[1, [WIRE_VARINT, WIRE_LENGTH]], [2, [WIRE_VARINT, WIRE_LENGTH]], [3, [WIRE_LENGTH]]])], // Sample: location_id, value, label
  [3, new Map([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(f => [f, [WIRE_VARINT]]))], // Mapping: ids, addresses, strings, bools
  [4, new Map([[1, [WIRE_VARINT]], [2, [WIRE_VARINT]], [3, [WIRE_VARINT]], [4, [WIRE_LENGTH]], [5, [WIRE_VARINT]]])], // Location
  [5, new Map([1, 2, 3, 4, 5].map(f => [f, [WIRE_VARINT]]))], // Function: id, names, file, start line
  [11, new Map([[1, [WIRE_VARINT]], [2, [WIRE_VARINT]]])], // period_type: a ValueType
]);

/**
 * Whether the head's first field, when it holds a sample type, sample, mapping, location or
 * function (undefined when it holds none of these), reads as that message: its own fields are that
 * message's, all of it when it ends inside the head, else two fields at least up to the head's end
 * (a first sample of 10^5 frames runs past a 64 KiB head).
 */
function firstFieldReadAsItsMessage(head: Uint8Array): boolean | undefined {
  const c = new ProtoCursor(head);
  let whole = true, read = 0;
  try {
    const tag = c.uvarint(head.length);
    const fields = SUBMESSAGE_FIELDS.get(Math.floor(tag / 8));
    if (fields === undefined) return undefined;
    if ((tag & 7) !== WIRE_LENGTH) return false;
    const length = c.uvarint(head.length);
    const end = c.pos + length;
    whole = end <= head.length;
    const stop = Math.min(end, head.length);
    while (c.pos < stop) {
      const inner = c.uvarint(stop);
      const wire = inner & 7;
      if (!fields.get(Math.floor(inner / 8))?.includes(wire)) return false;
      if (wire === WIRE_VARINT) c.uvarint(stop);
      else {
        // Read into a name first: `c.pos += c.uvarint(…)` adds to the position before the length's own bytes.
        const length = c.uvarint(stop);
        c.pos += length;
      }
      read++;
    }
    return whole ? read > 0 && c.pos === end : read >= 2;
  } catch {
    // A varint cut by the head's end: the message read so far is all there is to judge.
    return !whole && read >= 2;
  }
}

/** Where a walk of a Profile message's top-level fields stopped at a tag no Profile has. */
export interface ProfileFieldBreak { offset: number; field: number; wire: number }

interface ProfileFieldWalk {
  /** Tags read as a Profile's (known, or skipped as pprof skips them). */
  fields: number;
  /** Known Profile fields whose value ends inside the head. */
  wholeKnown: number;
  firstKnown: boolean;
  /** Every field read ends inside the head, and nothing but zeros follows the last. */
  endsAtHeadEnd: boolean;
  broken: ProfileFieldBreak | null;
}

function walkProfileFields(head: Uint8Array): ProfileFieldWalk {
  const c = new ProtoCursor(head);
  let fields = 0, wholeKnown = 0, firstKnown = false;
  const walked = (endsAtHeadEnd: boolean, broken: ProfileFieldBreak | null = null): ProfileFieldWalk =>
    ({ fields, wholeKnown, firstKnown, endsAtHeadEnd, broken });
  try {
    for (let tags = 0; c.pos < head.length && tags < 64; tags++) {
      const offset = c.pos;
      const tag = c.uvarint(head.length);
      const field = Math.floor(tag / 8), wire = tag & 7;
      const broken = walked(false, { offset, field, wire });
      if (field < 1) return allZero(head, offset, head.length) ? walked(true) : broken;
      if (field > 15) {
        if (tags === 0) return broken;
        if (wire === WIRE_VARINT) c.uvarint(head.length);
        else if (wire === WIRE_FIXED64) c.pos += 8;
        else if (wire === WIRE_LENGTH) {
          const len = c.uvarint(head.length);
          c.pos += len;
        }
        else if (wire === WIRE_FIXED32) c.pos += 4;
        else return broken;
        continue;
      }
      if (!PROFILE_FIELD_WIRES.get(field)?.includes(wire)) return broken;
      if (wire === WIRE_LENGTH) {
        const len = c.uvarint(head.length);
        c.pos += len;
      } else c.uvarint(head.length);
      if (tags === 0) firstKnown = true;
      fields++;
      if (c.pos <= head.length) wholeKnown++;
    }
  } catch {
    return walked(false);
  }
  return walked(c.pos === head.length);
}

/**
 * A binary file that starts as a Profile message (a few whole fields) and then holds a tag no
 * Profile has: a profile.proto corrupted there. Null when it does not start as one.
 */
export function profileProtoBreak(head: Uint8Array): ProfileFieldBreak | null {
  const walk = walkProfileFields(head);
  return walk.fields >= 3 ? walk.broken : null;
}

/**
 * The first `max` bytes (64 KiB) that `prefix` (the start of a gzip stream) inflates to; undefined
 * when it fails before any byte comes out. Empty when the prefix ends before its first deflated byte.
 */
export function gunzipPrefix(prefix: Uint8Array, max = SNIFF_BYTES): Uint8Array | undefined {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const inflater = new Gunzip((chunk: Uint8Array) => { chunks.push(chunk); size += chunk.length; });
    // In small pieces, stopping once the head is there: 64 KiB of a gzip bomb inflate to 64 MiB.
    for (let at = 0; at < prefix.length && size < max; at += 1024) inflater.push(prefix.subarray(at, at + 1024), false);
  } catch {
    if (size === 0) return undefined;
  }
  const out = new Uint8Array(Math.min(size, max));
  let at = 0;
  for (const c of chunks) {
    if (at >= out.length) break;
    out.set(c.subarray(0, out.length - at), at);
    at += c.length;
  }
  return out;
}

/**
 * What a file that is no profile holds when it is a container a profile is often sent in (an
 * archive, another compressor's output), told by its magic bytes: so the error can say to take
 * the profile out first, naming the archive's first file when its header says it. undefined for
 * anything else.
 */
export function containerName(head: Uint8Array): string | undefined {
  const starts = (...magic: number[]) => head.length >= magic.length && magic.every((b, i) => head[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return `a zip archive${firstFileNamed(zipFirstName(head))}`;
  if (starts(0x50, 0x4b, 0x05, 0x06)) return 'a zip archive';
  if (head.length >= 262 && String.fromCharCode(...head.subarray(257, 262)) === 'ustar') return `a tar archive${firstFileNamed(tarFirstName(head))}`;
  // zlib's header: deflate (0x78) with the check bits of no dictionary and level 1, 6 or 9. Level
  // 2–5's second byte is `^`, and `x^` could start a text, so it is left to the parser's error.
  if (starts(0x78, 0x01) || starts(0x78, 0x9c) || starts(0x78, 0xda)) return 'zlib-compressed data';
  if (starts(0x42, 0x5a, 0x68)) return 'bzip2-compressed data';
  if (starts(0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00)) return 'xz-compressed data';
  if (starts(0x28, 0xb5, 0x2f, 0xfd)) return 'zstd-compressed data';
  if (starts(0x04, 0x22, 0x4d, 0x18)) return 'lz4-compressed data';
  if (starts(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c)) return 'a 7-zip archive';
  if (starts(0x52, 0x61, 0x72, 0x21, 0x1a, 0x07)) return 'a RAR archive';
  return undefined;
}

/** A program or core file rather than its output, told by its magic bytes; undefined for anything else. */
export function executableName(head: Uint8Array): string | undefined {
  const starts = (...magic: number[]) => head.length >= magic.length && magic.every((b, i) => head[i] === b);
  if (starts(0x7f, 0x45, 0x4c, 0x46)) return 'an ELF executable or core file';
  if (starts(0xcf, 0xfa, 0xed, 0xfe) || starts(0xce, 0xfa, 0xed, 0xfe)) return 'a Mach-O executable';
  // `MZ`, then the PE header where the DOS header's last field points: two ASCII letters alone could start a text.
  if (starts(0x4d, 0x5a) && head.length >= 64) {
    const pe = head[60] | (head[61] << 8) | (head[62] << 16);
    if (pe + 4 <= head.length && head[pe] === 0x50 && head[pe + 1] === 0x45 && head[pe + 2] === 0 && head[pe + 3] === 0) return 'a Windows executable';
  }
  return undefined;
}

// Longest archive member name shown in an error; longer ones are not shown.
const MAX_SHOWN_NAME = 100;

const firstFileNamed = (name: string | undefined): string => (name === undefined || name === '' ? '' : ` (its first file: ${name})`);

/** The first entry's name in a zip's local file header, when printable. */
function zipFirstName(head: Uint8Array): string | undefined {
  if (head.length < 30) return undefined;
  const length = head[26] | (head[27] << 8);
  return printableName(head.subarray(30, 30 + Math.min(length, MAX_SHOWN_NAME + 1)));
}

/** The first member's name in a tar header: its ustar prefix, then its name, each ended by a NUL. */
function tarFirstName(head: Uint8Array): string | undefined {
  const field = (from: number, size: number): Uint8Array => {
    const bytes = head.subarray(from, from + size);
    const nul = bytes.indexOf(0);
    return nul < 0 ? bytes : bytes.subarray(0, nul);
  };
  const name = printableName(field(0, 100));
  const prefix = head.length >= 500 ? printableName(field(345, 155)) : '';
  if (name === undefined || prefix === undefined) return undefined;
  const whole = prefix === '' ? name : `${prefix}/${name}`;
  return whole.length > MAX_SHOWN_NAME ? undefined : whole;
}

/** The bytes as text when they are printable ASCII of a shown length (a name in an error must carry no controls), else undefined; '' stays ''. */
function printableName(bytes: Uint8Array): string | undefined {
  if (bytes.length > MAX_SHOWN_NAME) return undefined;
  for (const b of bytes) if (b < 0x20 || b > 0x7e) return undefined;
  return String.fromCharCode(...bytes);
}
