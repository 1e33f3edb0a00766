// A stack's `created by` line behind a log prefix not known yet: the first line of a paste that
// starts inside a goroutine at its creator (`2024-03-07T09:14:03Z stderr F created by main.start`).
// `created by` has words of its own, so the creator is not the line's last word as a call is: the
// prefix is the text before `created by `, which the creator's indented `file:line` on the next
// line must carry too (prefixedHeadlessStart.ts learns it from the pair).
import { asciiBytes, isBlankByte, startsWithBytes } from './byteLineParsers';
import { CREATED_BY, isBlank } from './lineParsers';
import { rareByteClass } from './byteClasses';

const CREATED_BY_BYTES = asciiBytes(CREATED_BY);

/**
 * Where `created by ` starts in the trimmed line text[s, end), after white space and within
 * `maxPrefix` characters of its start; -1 when it does not.
 */
export function prefixedCreatorAt(text: string, s: number, end: number, maxPrefix: number): number {
  // Bounded by the prefix's length: `text` may run on past the line, and the line for megabytes.
  const last = Math.min(end - CREATED_BY.length - 1, s + maxPrefix);
  for (let at = s + 1; at <= last; at++) {
    if (text.charCodeAt(at) === 0x63 /* c */ && isBlank(text.charCodeAt(at - 1)) && text.startsWith(CREATED_BY, at)) return at;
  }
  return -1;
}

/** The byte class (byteClasses.ts) every line holds that `mayHoldPrefixedCreator` takes. */
export const PREFIXED_CREATOR_CLASS = rareByteClass(CREATED_BY);

/** `prefixedCreatorAt` told on the bytes, for junk to be skipped without decoding: a prefix of 200 characters takes at most 800 bytes. */
export function mayHoldPrefixedCreator(bytes: Uint8Array, s: number, end: number): boolean {
  const last = Math.min(end - CREATED_BY_BYTES.length - 1, s + 800);
  for (let i = s + 1; i <= last; i++) {
    if (bytes[i] === 0x63 /* c */ && isBlankByte(bytes[i - 1]) && startsWithBytes(bytes, i, end, CREATED_BY_BYTES)) return true;
  }
  return false;
}
