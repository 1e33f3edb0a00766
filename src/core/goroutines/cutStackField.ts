// A log record's stack field (zap's `stacktrace`, `stack`, `stack_trace`: logRecords.ts'
// headlessStackField) whose closing quote the text's end never reached: the paste was cut inside
// the field, so the stack read from it is cut there, whatever its last frame looks like. The
// field's last piece says where: between two frames, in a frame's `file:line` (the frame keeps
// what it has), or in a call's name, kept as a frame marked cut once it names its package, as a
// goroutine's cut call is (cutAtEnd.ts); a piece too short to read (`gith`, a path's `net/http/se`)
// is named in the warning rather than skipped unsaid.

import type { HeadlessStack } from './model';
import type { FrameInterner } from './frameInterner';
import { CUT_MARK, mayStartFunctionName } from './lineParsers';
import { cutNameNamesPackage } from './goFunctions';

/** A `file:line` in the piece: a location's, no call's. */
const SOURCE_LOCATION = /\.(?:go|s|c):\d/;

/** Where a field left open was read: its line, and its text after its last line break, blanks at its end taken off. */
export interface OpenStackField {
  readonly line: number;
  readonly lastPiece: string;
}

/** The stack read from the cut field, marked cut (with the cut call as its last frame when it names one), and the warning's words. */
export interface CutFieldStack {
  readonly stack: HeadlessStack;
  readonly warning: string;
}

/** The field's value up to the cut: its last line, a line break and blanks after it taken as part of the cut. */
export function lastPieceOf(value: string): string {
  let end = value.length;
  while (end > 0 && isBlankCode(value.charCodeAt(end - 1))) end--;
  return value.slice(value.lastIndexOf('\n', end - 1) + 1, end);
}

/** `stack`, read from a field the text's end cut at `line`: the stack marked cut, and what the truncation warning says of it. */
export function cutFieldStack(stack: HeadlessStack, field: OpenStackField, interner: FrameInterner): CutFieldStack {
  const piece = field.lastPiece;
  let frames = stack.frames;
  let after = '';
  // A `file:line` Go prints behind a tab: cut in it, the frame above is the last, with what it has.
  // So is a `file:line (0x…)` line of recovery middleware's stack, written flush left.
  if (piece.length > 0 && !isBlankCode(piece.charCodeAt(0)) && !SOURCE_LOCATION.test(piece)) {
    const open = piece.indexOf('(');
    const name = open > 0 ? piece.slice(0, open) : piece;
    const last = frames.length > 0 ? frames[frames.length - 1] : undefined;
    // The reader kept a call cut in its arguments: it is the last frame already.
    if (last === undefined || last.func !== name || last.file !== '') {
      if (mayStartFunctionName(name) && cutNameNamesPackage(name)) {
        frames = [...frames, interner.frame(interner.func(open > 0 ? name : name + CUT_MARK), 0)];
      } else after = `; the piece after them, \`${piece.length > 60 ? `${piece.slice(0, 60)}…` : piece}\`, cut too short to read`;
    }
  }
  const count = frames.length;
  const kept = count === 0 ? 'before its first frame' : `(kept with the ${count} ${count === 1 ? 'frame' : 'frames'} before the cut${after})`;
  return {
    stack: { ...stack, frames, cut: true },
    warning: `the dump is truncated at line ${field.line}, inside a log record's stack field: the stack read from it is cut off ${kept}`,
  };
}

function isBlankCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
