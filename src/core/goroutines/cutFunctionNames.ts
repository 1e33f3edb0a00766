// The function names longer than any Go prints, which the frame interner cuts to the longest it
// keeps (frameInterner.ts): counted as they are cut, with the line of the first, for one warning at
// the text's end.

import { MAX_FUNC_NAME_CHARS } from './frameInterner';
import type { WarningLog } from './warningLog';

export class CutFunctionNames {
  /** Distinct function names cut so far. */
  private count = 0;
  private firstLine = 0;

  /** A distinct name was cut while line `line` was read. */
  note(line: number): void {
    if (this.count++ === 0) this.firstLine = line;
  }

  /** At the text's end: the names cut, in one warning. */
  warn(log: WarningLog): void {
    const n = this.count;
    if (n === 0) return;
    const kib = MAX_FUNC_NAME_CHARS / 1024;
    log.warn(this.firstLine, `line ${this.firstLine}: ${n === 1 ? 'a function name is' : `${n} function names are`} longer than ` +
      `${kib} KiB (Go's never are): ${n === 1 ? 'it keeps' : 'each keeps'} its first ${kib} KiB`);
  }
}
