// The text's end inside a crash's lines, before any goroutine under them. Go writes the `[signal …]`
// line whole, closed by its `]`: a paste that stops inside it (or at a start of it, `[sig`) was cut
// there. The dump is truncated, its crash kept. Crash lines that stop whole (a `[signal …]` line
// closed, a panic line, even one ending in `[recovered]` whose nested panic is not there) may be all
// the paster meant to show, quoted: no cut (goroutineInput.ts says which at the input door).

const SIGNAL_LINE_START = '[signal ';

/** What the cut asks of the crash lines read (dumpBoundaries.ts' CrashHeaders). */
export interface CrashChain {
  /** Whether the chain of crash lines reaches `line`. */
  chainsTo(line: number): boolean;
}

export class CutCrashLines {
  /** The last `[signal …` line read without its closing bracket, or -1. */
  private openSignalLine = -1;

  /** A `[signal …]` line at `line`; `closed`: it ends with its `]`. */
  noteSignalLine(line: number, closed: boolean): void {
    this.openSignalLine = closed ? -1 : line;
  }

  /**
   * Where the text's last line, `lastLine`, cut the crash's lines, in the truncation warning's
   * words; null when it cut none. `lastSkipped`: the last line skipped, trimmed, when short.
   */
  cutAt(lastLine: number, crashes: CrashChain, lastSkipped: { line: number; text: string } | null): string | null {
    if (this.openSignalLine === lastLine) return 'inside the crash\'s `[signal …` line';
    if (lastSkipped !== null && lastSkipped.line === lastLine && crashes.chainsTo(lastLine - 1) && isSignalLineStart(lastSkipped.text.trim())) {
      return 'at the start of the crash\'s `[signal …` line';
    }
    return null;
  }
}

/** `[s`, `[sig`, `[signal`: the start of a `[signal …]` line, cut before its signal. */
function isSignalLineStart(text: string): boolean {
  return text.length >= 2 && text.length <= SIGNAL_LINE_START.length && SIGNAL_LINE_START.startsWith(text);
}
