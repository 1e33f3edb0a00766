// How far a gzip file may expand. A 2 MB file can hold 2 GB of zeros (deflate reaches ~1000:1),
// so gunzip stops, while it streams, at a limit: by default a multiple of the compressed size
// (real profiles expand 2-10×, goroutine dumps up to ~100×), never under a floor that any real
// small file fits, never over an absolute cap. A caller may set the limit outright (a setting,
// "retry with a higher limit").
import { Gunzip } from 'fflate';
import { ProfileParseError } from './errors';

const MiB = 1024 * 1024;
export const UNZIP_RATIO = 100;
export const UNZIP_FLOOR_BYTES = 128 * MiB;
export const UNZIP_CAP_BYTES = 2048 * MiB;

/** The limit and how it came about, for the error message. */
export interface UnzipLimit {
  bytes: number;
  /** "100× the 2 MiB file", "set to 4096 MiB"… */
  why: string;
}

/** The default limit for a gzip file of `compressedBytes`, or the one a caller set (bytes). */
export function unzipLimit(compressedBytes: number, setBytes?: number): UnzipLimit {
  if (setBytes !== undefined && setBytes > 0) return { bytes: setBytes, why: `set to ${formatMiB(setBytes)}` };
  const bytes = Math.min(UNZIP_CAP_BYTES, Math.max(UNZIP_FLOOR_BYTES, UNZIP_RATIO * compressedBytes));
  const why = bytes === UNZIP_CAP_BYTES ? `at most ${formatMiB(UNZIP_CAP_BYTES)}`
    : bytes === UNZIP_FLOOR_BYTES ? `${formatMiB(UNZIP_FLOOR_BYTES)} for a file under ${formatMiB(UNZIP_FLOOR_BYTES / UNZIP_RATIO)}`
      : `${UNZIP_RATIO}× the ${formatMiB(compressedBytes)} file`;
  return { bytes, why };
}

/** Gzip data that expands beyond its limit; `limitBytes` lets a caller offer a higher one. */
export class UnzipLimitError extends ProfileParseError {
  readonly limitBytes: number;

  constructor(limit: UnzipLimit) {
    super(`gzip expands beyond ${formatMiB(limit.bytes)} (limit ${limit.why})`);
    this.name = 'UnzipLimitError';
    this.limitBytes = limit.bytes;
  }
}

export function formatMiB(bytes: number): string {
  const mib = bytes / MiB;
  if (mib >= 1024 && mib % 1024 === 0) return `${mib / 1024} GiB`;
  return `${mib >= 10 || Number.isInteger(mib) ? Math.round(mib) : mib.toFixed(1)} MiB`;
}

// Input is fed in pieces sized so that one push cannot inflate past the limit by more than
// ~4 MiB: deflate expands at most DEFLATE_MAX_RATIO times, so a piece of (what the limit still
// allows) / DEFLATE_MAX_RATIO bytes stays within it. Far from the limit the pieces are large:
// fflate copies its 32 KiB window and regrows its output on every push, which with 4 KiB pieces
// took ten times longer than the inflating itself in Chromium (21 s for a 37.6 MB profile).
const PUSH_MIN_BYTES = 4 * 1024;
const PUSH_MAX_BYTES = 1024 * 1024;
const DEFLATE_MAX_RATIO = 1032;

/** The size of the next piece of input when `room` more output bytes are allowed. */
export function pushBytes(room: number): number {
  return Math.max(PUSH_MIN_BYTES, Math.min(PUSH_MAX_BYTES, Math.floor(room / DEFLATE_MAX_RATIO)));
}

/**
 * Gunzips with fflate, streaming, and throws UnzipLimitError as soon as the output passes
 * `limit.bytes`; the output buffer starts at the size the trailer declares (`sizeHint`) and grows.
 * Other errors (corrupt data) are fflate's.
 */
export function gunzipWithin(bytes: Uint8Array, limit: UnzipLimit, sizeHint: number): Uint8Array {
  let out = new Uint8Array(Math.min(limit.bytes, Math.max(sizeHint, 64 * 1024)));
  let size = 0;
  const inflater = new Gunzip(chunk => {
    if (size + chunk.length > limit.bytes) throw new UnzipLimitError(limit);
    if (size + chunk.length > out.length) {
      const grown = new Uint8Array(Math.min(limit.bytes, Math.max(out.length * 2, size + chunk.length)));
      grown.set(out.subarray(0, size));
      out = grown;
    }
    out.set(chunk, size);
    size += chunk.length;
  });
  for (let at = 0; at < bytes.length;) {
    const end = Math.min(bytes.length, at + pushBytes(limit.bytes - size));
    inflater.push(bytes.subarray(at, end), end === bytes.length);
    at = end;
  }
  return out.subarray(0, size);
}

const PROBE_BYTES = 64 * 1024;

/**
 * Whether gzip data is surely a bomb without inflating it up to its limit: its trailer declares
 * more than the limit AND its first 64 KiB already expand beyond the ratio the limit allows. The
 * trailer alone is not enough: a file cut short ends in compressed bytes that read as any size.
 */
export function isDeclaredBomb(bytes: Uint8Array, limit: UnzipLimit): boolean {
  const n = bytes.length;
  if (n < 18) return false;
  const declared = (bytes[n - 4] | (bytes[n - 3] << 8) | (bytes[n - 2] << 16) | (bytes[n - 1] << 24)) >>> 0;
  if (declared <= limit.bytes) return false;
  const probe = bytes.subarray(0, Math.min(n, PROBE_BYTES));
  const enough = UNZIP_RATIO * probe.length;
  let inflated = 0;
  const stop = new Error('enough');
  const inflater = new Gunzip(chunk => {
    inflated += chunk.length;
    if (inflated >= enough) throw stop;
  });
  try {
    for (let at = 0; at < probe.length; at += PUSH_MIN_BYTES) inflater.push(probe.subarray(at, Math.min(probe.length, at + PUSH_MIN_BYTES)), false);
  } catch (e) {
    if (e !== stop) return false;
  }
  return inflated >= enough;
}
