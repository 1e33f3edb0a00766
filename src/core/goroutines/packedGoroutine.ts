// The scanner's goroutine record. A dump holds one per goroutine (18,000 in the story's dump,
// 200,000 in an unbounded runtime.Stack), and most of a Goroutine's fields are the same for every
// goroutine with the same header bracket: those live once in the shared HeaderInfo, the rarely set
// ones in one optional object, and the line range is made on demand. That is ~100 bytes per
// goroutine instead of a 16-field object plus a range object (~190 bytes), which keeps a dump's
// records within its size in memory (issue 4's target: peak memory under 2× the input).
import type { AncestorStack, Goroutine, LineRange, SourceFrame, WaitOn } from './model';

/** What a header bracket says (`[chan send, 429 minutes, locked to thread]`); shared by all goroutines with that bracket. */
export interface HeaderInfo {
  readonly state: string;
  readonly waitMinutes: number | null;
  readonly lockedToThread: boolean;
  readonly leaked: boolean;
  readonly synctest: boolean;
}

/** Fields that only unusual goroutines set. */
export interface RareGoroutineParts {
  readonly args: readonly string[] | null;
  readonly framesElided: boolean;
  readonly stackUnavailable: boolean;
  readonly ancestors: readonly AncestorStack[];
}

const NO_ANCESTORS: readonly AncestorStack[] = Object.freeze([]);

export class PackedGoroutine implements Goroutine {
  constructor(
    readonly id: number,
    private readonly header: HeaderInfo,
    readonly frames: readonly SourceFrame[],
    readonly createdBy: SourceFrame | null,
    readonly creatorGoroutine: number | null,
    readonly waitOn: WaitOn | null,
    private readonly startLine: number,
    private readonly endLine: number,
    /** Null when args, elision, unavailable stack and ancestors are all absent. */
    private readonly rare: RareGoroutineParts | null,
  ) {}

  get state(): string { return this.header.state; }
  get waitMinutes(): number | null { return this.header.waitMinutes; }
  get lockedToThread(): boolean { return this.header.lockedToThread; }
  get leaked(): boolean { return this.header.leaked; }
  get synctest(): boolean { return this.header.synctest; }
  get args(): readonly string[] | null { return this.rare?.args ?? null; }
  get framesElided(): boolean { return this.rare?.framesElided ?? false; }
  get stackUnavailable(): boolean { return this.rare?.stackUnavailable ?? false; }
  get ancestors(): readonly AncestorStack[] { return this.rare?.ancestors ?? NO_ANCESTORS; }
  get lines(): LineRange { return { start: this.startLine, end: this.endLine }; }

  /** The plain Goroutine, field for field, so JSON output is as before. Never posted between threads (only views are). */
  toJSON(): Goroutine {
    return {
      id: this.id, state: this.state, waitMinutes: this.waitMinutes, lockedToThread: this.lockedToThread,
      leaked: this.leaked, synctest: this.synctest, frames: this.frames, args: this.args,
      createdBy: this.createdBy, creatorGoroutine: this.creatorGoroutine, framesElided: this.framesElided,
      stackUnavailable: this.stackUnavailable, ancestors: this.ancestors, waitOn: this.waitOn, lines: this.lines,
    };
  }
}
