// An input string used as an object's property name (a goroutine's labels are an object, as its
// JSON shows them) is interned in one process-wide table, and V8 hashes a string longer than
// 16,383 characters by its length alone: every such key of one length collides with every other
// anywhere in the process, so a few thousand long label keys in a small gzipped dump take minutes.
// A longer key is cut to fit that limit, with its length and a digest of all its characters, so
// distinct keys stay distinct and the cut is visible. The digest is fixed (not this process's hash
// seed): the text it makes is output.

import { digestHex } from '../shared/textDigest';

/** The longest string V8 hashes by its characters (String::kMaxHashCalcLength). */
export const PROPERTY_KEY_LIMIT = 16_383;

/** `key` as it may name a property: itself when it fits, else its start marked cut. */
export function propertyKey(key: string): string {
  if (key.length <= PROPERTY_KEY_LIMIT) return key;
  const tail = `… (${key.length} characters, #${digestHex(key)})`;
  let end = PROPERTY_KEY_LIMIT - tail.length;
  // Not between the two halves of a surrogate pair (a lone half is no text in the JSON written).
  const last = key.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return key.slice(0, end) + tail;
}
