// The call line the scanner read last, waiting for the `file:line` line Go prints under it: one
// object, reused for every call, shared by the scanner and the parts that read a call's lines.

import type { InternedFunc } from './frameInterner';
import type { GoroutineId } from './model';

export interface PendingCall {
  func: InternedFunc;
  args: string;
  bare: boolean;
  createdBy: boolean;
  creatorGoroutine: GoroutineId | null;
  line: number;
  /** Joined from a wrapped name whose pieces both read as names (wrappedName.ts): what the lines were, should no `file:line` follow. */
  unjoined: { headLine: number; headName: string; rest: string; restLine: number; creator: PendingCall | null } | null;
}
