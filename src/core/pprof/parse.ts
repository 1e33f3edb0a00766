// The single entry point from bytes to a Profile.
import { utf16Encoding } from '../goroutines/utf16Encoding';
import { decodeProfileProto } from './decodeProto';
import { ProfileParseError } from './errors';
import { describeGzipError } from './gzipErrors';
import { parseLegacyCpu } from './legacyCpu';
import { parseLegacyText } from './legacyText';
import type { Profile } from './model';
import { containerName, firstNonTextByte, isGzip, looksLikeText, profileProtoBreak, sniffRaw } from './sniff';
import { applyDropFrames } from './prune';
import { mergeSamples } from './mergeSamples';
import { gunzipWithin, isDeclaredBomb, unzipLimit, UnzipLimitError } from './unzipLimit';

export interface ParseOptions {
  /**
   * Gunzip to use instead of fflate, e.g. Node's zlib.gunzipSync in the CLI (faster on
   * large files). Must throw on corrupt input, and return a buffer nobody else uses: the
   * decoder overwrites it. `sizeHint` is gunzippedSizeHint(bytes):
   * pass it as zlib's chunkSize (`(b, n) => gunzipSync(b, { chunkSize: n })`) so zlib
   * inflates into one buffer instead of 16 KiB chunks concatenated at the end, which
   * halves its peak memory and saves a third of its time on large profiles.
   * It must stop, while it inflates, once the output would pass `maxBytes`, and then throw
   * (zlib: `maxOutputLength: maxBytes`); any error it throws then becomes UnzipLimitError.
   */
  gunzip?: (bytes: Uint8Array, sizeHint: number, maxBytes: number) => Uint8Array;
  /** How far gzip data may expand, in bytes; default unzipLimit's (a multiple of the file, capped). */
  maxUnzippedBytes?: number;
}

/**
 * The decompressed size a gzip file declares (its last member's ISIZE trailer, exact for
 * the single-member files Go writes), plus one byte so that zlib with this chunkSize
 * ends in the first chunk; clamped to [64 KiB, 1032 × input] (deflate's maximum ratio),
 * so a corrupt trailer cannot ask for an absurd buffer. Only a hint: any size works.
 */
export function gunzippedSizeHint(bytes: Uint8Array): number {
  const n = bytes.length;
  if (n < 18) return 64 * 1024;
  const declared = (bytes[n - 4] | (bytes[n - 3] << 8) | (bytes[n - 2] << 16) | (bytes[n - 1] << 24)) >>> 0;
  return Math.max(64 * 1024, Math.min(declared + 1, n * 1032));
}

/**
 * Gunzips gzip data (once) within its limit; UnzipLimitError when it expands beyond it,
 * ProfileParseError when it is corrupt or holds more gzip data.
 */
export function gunzipOnce(bytes: Uint8Array, gunzip?: ParseOptions['gunzip'], maxUnzippedBytes?: number): Uint8Array {
  const limit = unzipLimit(bytes.length, maxUnzippedBytes);
  // A bomb is refused at once instead of after inflating up to its limit. Anything else, a forged
  // trailer included, is still checked against the limit while it inflates.
  if (isDeclaredBomb(bytes, limit)) throw new UnzipLimitError(limit);
  const sizeHint = Math.min(gunzippedSizeHint(bytes), limit.bytes + 1);
  let raw: Uint8Array;
  try {
    raw = gunzip ? gunzip(bytes, sizeHint, limit.bytes) : gunzipWithin(bytes, limit, sizeHint);
  } catch (e) {
    if (e instanceof UnzipLimitError) throw e;
    // The hook's own over-limit error (zlib's ERR_BUFFER_TOO_LARGE): the data was not corrupt.
    if (gunzip && e instanceof RangeError) throw new UnzipLimitError(limit);
    throw new ProfileParseError(describeGzipError(e, bytes.length));
  }
  if (isGzip(raw)) throw new ProfileParseError('gzip data decompresses to more gzip data; decompress it once first');
  return raw;
}

/**
 * Decodes any Go profile: gzip-compressed or raw profile.proto, Go's legacy text
 * profiles (debug=1) and legacy binary CPU profiles. Throws ProfileParseError (what is
 * wrong and where) for anything else; never anything else for bad input.
 */
export function parseProfile(bytes: Uint8Array, options: ParseOptions = {}): Profile {
  if (bytes.length === 0) throw new ProfileParseError('empty file: not a profile');
  const gzipped = isGzip(bytes);
  const raw = gzipped ? gunzipOnce(bytes, options.gunzip, options.maxUnzippedBytes) : bytes;
  const where = gzipped ? ' after gunzip' : '';
  try {
    switch (sniffRaw(raw.subarray(0, 64 * 1024))) {
      case 'pprof': {
        // As pprof when it reads a profile: merged, then pruned by its drop_frames/keep_frames
        // (samples that differ only in the frames those drop stay apart). Without drop_frames
        // the merge waits for the views that show it (traces, diffs).
        const decoded = decodeProfileProto(raw, gzipped, raw !== bytes);
        const profile = decoded.dropFrames !== '' ? mergeSamples(decoded) : decoded;
        applyDropFrames(profile);
        return profile;
      }
      case 'pprof-text': return parseTextProfile(raw, gzipped);
      case 'pprof-legacy-cpu': return parseLegacyCpu(raw, gzipped);
      case 'goroutine-dump':
        throw new ProfileParseError('this is a goroutine dump (debug=2 / panic output), not a pprof profile: open it as a goroutine dump');
      case 'unknown':
        if (raw.length === 0) throw new ProfileParseError(`empty profile${where}`);
        if (containerName(raw)) throw new ProfileParseError(`${containerName(raw)}${where}, not a profile: take the profile out of it first`, { offset: 0 });
        throwIfCorruptProto(raw.subarray(0, 64 * 1024), where);
        throwIfTextWithControlByte(raw, where);
        throw new ProfileParseError(`unrecognized profile format${where}: neither profile.proto nor a Go text profile (first bytes ${hexHead(raw)})`, { offset: 0 });
    }
  } catch (e) {
    if (e instanceof ProfileParseError) throw e;
    // Anything else is our bug meeting odd input; still report it as a parse error.
    throw new ProfileParseError(`cannot read profile${where}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * A Go text profile: UTF-8, or UTF-16 as PowerShell's `>` saves it; the NUL bytes a crashed writer
 * (or a preallocated file) leaves at its end are not a line of it.
 */
function parseTextProfile(raw: Uint8Array, gzipped: boolean): Profile {
  const encoding = utf16Encoding(raw);
  let end = raw.length;
  if (encoding === null) while (end > 0 && raw[end - 1] === 0) end--;
  else {
    if (end % 2 === 1 && raw[end - 1] === 0) end--;
    while (end >= 2 && raw[end - 1] === 0 && raw[end - 2] === 0) end -= 2;
  }
  const profile = parseLegacyText(new TextDecoder(encoding ?? 'utf-8').decode(raw.subarray(0, end)), gzipped);
  if (end < raw.length) profile.warnings.push(`${raw.length - end} NUL bytes after the profile's last line were ignored (a file padded by a crashed writer?)`);
  return profile;
}

function throwIfCorruptProto(head: Uint8Array, where: string): void {
  if (looksLikeText(head)) return;
  const broken = profileProtoBreak(head);
  if (broken === null) return;
  throw new ProfileParseError(
    `corrupt profile.proto${where}: its first fields are a Profile's, then a tag of field ${broken.field} with wire type ${broken.wire}, which a Profile has not`,
    { offset: broken.offset });
}

/**
 * Text whose first bytes hold a control byte, at the line it stands on: a text profile whose header
 * line holds it (or a text of no known kind) is still unrecognized, but the message says where.
 */
function throwIfTextWithControlByte(raw: Uint8Array, where: string): void {
  const at = firstNonTextByte(raw);
  if (at <= 0) return;
  let line = 1;
  for (let i = 0; i < at; i++) if (raw[i] === 0x0a) line++;
  throw new ProfileParseError(
    `unrecognized profile format${where}: text, but byte ${at} (line ${line}) is 0x${raw[at].toString(16).padStart(2, '0')}, a control character no Go text profile holds (first bytes ${hexHead(raw)})`,
    { offset: at });
}

function hexHead(b: Uint8Array): string {
  return Array.from(b.subarray(0, 8), x => x.toString(16).padStart(2, '0')).join(' ');
}
