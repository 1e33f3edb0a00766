// The crashing thread's system stacks, each under a crash's `runtime stack:` line: the one being
// read in the scanner's `runtimeStack` state, and those read, of which a text of several dumps
// keeps the last dump's.

import type { RuntimeStack, SourceFrame } from './model';
import { appendAll } from '../appendAll';

/** The runtime stack being read. */
export interface OpenRuntimeStack {
  readonly frames: SourceFrame[];
  readonly startLine: number;
  endLine: number;
}

export class RuntimeStacks {
  /** The stack being read, or null. */
  open: OpenRuntimeStack | null = null;
  /** The stacks read, in text order. */
  readonly read: RuntimeStack[] = [];

  /** `runtime stack:` at line `line`: a stack begins. */
  begin(line: number): void {
    this.open = { frames: [], startLine: line, endLine: line };
  }

  /** Whether the stack being read began at line `line` and has no frame yet. */
  beganAt(line: number): boolean {
    const open = this.open;
    return open !== null && open.startLine === line && open.frames.length === 0;
  }

  /** The section ends: the stack being read, if any, is read. */
  finish(): void {
    const open = this.open;
    if (open === null) return;
    this.read.push({ frames: open.frames, lines: { start: open.startLine, end: open.endLine } });
    this.open = null;
  }

  /** Only the stacks from line `line` on are kept: those of the text's last dump. */
  keepFrom(line: number): void {
    const own = this.read.filter(stack => stack.lines.start >= line);
    this.read.length = 0;
    appendAll(this.read, own);
  }
}
