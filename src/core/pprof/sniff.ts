// Recognizes what a file is from its bytes alone (never its name), cheaply: at most the
// first 64 KiB are looked at (decompressed first when gzip-compressed).
import { Gunzip } from 'fflate';
import { legacyCpuHeader } from './legacyCpu';
import { legacyTextKind } from './legacyText';
import { allZero, ProtoCursor } from './protoReader';
import { utf16Encoding } from '../goroutines/utf16Encoding';

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
  if (looksLikeText(withoutTrailingZeros(head))) return sniffText(new TextDecoder().decode(head.subarray(0, 8192)));
  return looksLikeProfileProto(head) ? 'pprof' : 'unknown';
}

function sniffText(text: string): ProfileKind {
  const first = text.split(/\r?\n/).map(l => l.trim()).find(l => l !== '' && !l.startsWith('#'));
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
  const n = Math.min(head.length, 512);
  for (let i = 0; i < n; i++) {
    const b = head[i];
    if (b < 0x09 || (b > 0x0d && b < 0x20)) return false;
  }
  return true;
}

// Walks the top-level fields of the prefix: every tag must be a field of message Profile with the
// wire type profile.proto gives it (15 is doc_url, written by newer encoders), or a field number
// Profile lacks whose value pprof's decoder skips (wire types 0, 1, 2, 5: a newer or extended
// encoder's). The first field must be a Profile's, so bytes of another kind rarely pass.
function looksLikeProfileProto(head: Uint8Array): boolean {
  const walk = walkProfileFields(head);
  return walk.broken === null && walk.fields > 0 && walk.firstKnown;
}

/** Where a walk of a Profile message's top-level fields stopped at a tag no Profile has. */
export interface ProfileFieldBreak { offset: number; field: number; wire: number }

const WIRE_VARINT = 0, WIRE_FIXED64 = 1, WIRE_LENGTH = 2, WIRE_FIXED32 = 5;

function walkProfileFields(head: Uint8Array): { fields: number; firstKnown: boolean; broken: ProfileFieldBreak | null } {
  const c = new ProtoCursor(head);
  let fields = 0, firstKnown = false;
  try {
    for (let tags = 0; c.pos < head.length && tags < 64; tags++) {
      const offset = c.pos;
      const tag = c.uvarint(head.length);
      const field = Math.floor(tag / 8), wire = tag & 7;
      const broken = { fields, firstKnown, broken: { offset, field, wire } };
      if (field < 1) return allZero(head, offset, head.length) ? { fields, firstKnown, broken: null } : broken;
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
      const lenField = field <= 6 || field === 11 || field === 13;
      if (wire === WIRE_LENGTH && lenField) {
        const len = c.uvarint(head.length);
        c.pos += len;
      } else if (wire === WIRE_VARINT && !lenField || (wire === WIRE_VARINT && field === 13)) {
        c.uvarint(head.length);
      } else return broken;
      if (tags === 0) firstKnown = true;
      fields++;
    }
  } catch {
    return { fields, firstKnown, broken: null };
  }
  return { fields, firstKnown, broken: null };
}

/**
 * A binary file that starts as a Profile message (a few whole fields) and then holds a tag no
 * Profile has: a profile.proto corrupted there. Null when it does not start as one.
 */
export function profileProtoBreak(head: Uint8Array): ProfileFieldBreak | null {
  const walk = walkProfileFields(head);
  return walk.fields >= 3 ? walk.broken : null;
}

function gunzipPrefix(prefix: Uint8Array): Uint8Array | undefined {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const inflater = new Gunzip((chunk: Uint8Array) => { chunks.push(chunk); size += chunk.length; });
    // In small pieces, stopping once the head is there: 64 KiB of a gzip bomb inflate to 64 MiB.
    for (let at = 0; at < prefix.length && size < SNIFF_BYTES; at += 1024) inflater.push(prefix.subarray(at, at + 1024), false);
  } catch {
    if (size === 0) return undefined;
  }
  const out = new Uint8Array(Math.min(size, SNIFF_BYTES));
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
 * the profile out first. undefined for anything else.
 */
export function containerName(head: Uint8Array): string | undefined {
  const starts = (...magic: number[]) => head.length >= magic.length && magic.every((b, i) => head[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return 'a zip archive';
  if (head.length >= 262 && String.fromCharCode(...head.subarray(257, 262)) === 'ustar') return 'a tar archive';
  if (starts(0x42, 0x5a, 0x68)) return 'bzip2-compressed data';
  if (starts(0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00)) return 'xz-compressed data';
  if (starts(0x28, 0xb5, 0x2f, 0xfd)) return 'zstd-compressed data';
  if (starts(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c)) return 'a 7-zip archive';
  return undefined;
}
