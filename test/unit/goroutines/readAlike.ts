// Shared by the goroutine tests that pin a reading on both paths: the byte path's shortcuts and the
// text path must make one reading of every input.
import assert from 'node:assert/strict';
import { scanGoroutineDump } from '../../../src/core/goroutines';

/** A value as JSON sees it, bigints as text: two readings compared field by field. */
export const plainJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (_key, v: unknown) => typeof v === 'bigint' ? `${v}n` : v));

/** The scan on the bytes' shortcuts and without them: one reading, returned. */
export function readAlike(text: string): ReturnType<typeof scanGoroutineDump> {
  const bytes = new TextEncoder().encode(text);
  const dump = scanGoroutineDump(bytes);
  assert.deepEqual(plainJson(dump), plainJson(scanGoroutineDump(bytes, { withoutShortcuts: true })), JSON.stringify(text));
  return dump;
}
