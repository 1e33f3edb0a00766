// What a hostile case answered, taken apart in the tests: its result, or its one error.
import assert from 'node:assert/strict';
import type { Outcome } from './cases';

/** The case's result; fails the test with the error when it threw one. */
export function okOf(o: Outcome): Record<string, unknown> {
  if ('error' in o) assert.fail(`expected a result, got the error: ${o.error}`);
  return o.ok;
}

/** The case's error message; fails the test when it answered a result. */
export function errorOf(o: Outcome): string {
  if ('ok' in o) assert.fail(`expected an error, got ${JSON.stringify(o.ok)}`);
  return o.error;
}
